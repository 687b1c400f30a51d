using SecretAnalyzers.Benchmarks;

namespace SecretAnalyzers.Tests.Analyzers;

/// <summary>
/// SECA001/SECA008 allocate nothing for a literal that holds no secret. Counted inside the rule's own callbacks, on
/// their threads, over the benchmark's corpus: a count, not a timing, so it holds on any machine.
/// </summary>
[Collection(nameof(AllocationTests))]
public class AllocationTests
{
    [Fact]
    public void Nothing_is_allocated_for_literals_without_secrets()
    {
        // Without candidates: the 32-hex hashes that go on to the context check are work after a syntactic hit, which
        // may allocate. Concatenations whose pieces touch (a GUID + "/items?limit=50", base64 + "-v2") are in, joined.
        var counted = RatioReport.CallbackAllocations(Corpus.MixedCompilation(20_000, secrets: false, candidates: false));

        // Every literal and concatenation was visited, and none of them cost a byte, the joined ones included.
        Assert.True(counted.Callbacks > 20_000, $"{counted.Callbacks} callbacks");
        Assert.Equal(0, counted.AllocatedBytes);
    }

    [Fact]
    public void Reporting_a_secret_is_counted()
    {
        // The corpus holds a secret at every thousandth literal; a diagnostic costs bytes, so the counter sees them.
        var counted = RatioReport.CallbackAllocations(Corpus.MixedCompilation(2_000));

        Assert.True(counted.AllocatedBytes > 0);
    }
}

/// <summary>Run alone: an analyzer run of another test at the same time would hold the reusable piece lists.</summary>
[CollectionDefinition(nameof(AllocationTests), DisableParallelization = true)]
public sealed class AllocationTestsCollection
{
}
