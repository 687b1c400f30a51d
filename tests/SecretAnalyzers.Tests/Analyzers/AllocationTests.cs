using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
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

    /// <summary>
    /// A 32-hex hash is shaped like a Twilio auth token and goes on to the context check, which fails without a Twilio
    /// name or SID: that costs no byte per literal either, in every place a hash stands (the per-file and
    /// per-compilation answers are kept from the first, warm-up run). Ten times the hashes, the same bytes.
    /// </summary>
    [Theory]
    [InlineData("var v{0} = \"{1}\";")]
    [InlineData("Log(\"{1}\", id, name);")]
    [InlineData("settings[\"key{0}\"] = \"{1}\";")]
    [InlineData("if (name == \"{1}\") {{ return name; }}")]
    [InlineData("Log(\"{1}\" + name);")]
    [InlineData("Log(\"{1}\" + \"-v2\");")]
    public async Task Nothing_is_allocated_per_hash_whose_context_fails(string statement)
    {
        var few = RatioReport.CallbackAllocations(HashCompilation(statement, 100));
        var many = RatioReport.CallbackAllocations(HashCompilation(statement, 1_000));

        Assert.True(many.Callbacks >= 1_000, $"{many.Callbacks} callbacks");
        Assert.Empty(await HashCompilation(statement, 100).WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new HardCodedSecretAnalyzer()))
            .GetAnalyzerDiagnosticsAsync());
        Assert.True(many.AllocatedBytes <= few.AllocatedBytes + 512, $"{few.AllocatedBytes} bytes for 100 hashes, {many.AllocatedBytes} for 1,000");
    }

    [Fact]
    public void Reporting_a_secret_is_counted()
    {
        // The corpus holds a secret at every thousandth literal; a diagnostic costs bytes, so the counter sees them.
        var counted = RatioReport.CallbackAllocations(Corpus.MixedCompilation(2_000));

        Assert.True(counted.AllocatedBytes > 0);
    }

    private static Compilation HashCompilation(string statement, int count)
    {
        var random = new Random(3);
        var source = new StringBuilder("using System; using System.Collections.Generic; class C { static void Log(string m, params object[] a) { } ");
        source.AppendLine("Dictionary<string, string> settings = new(); string M(int id, string name) {");
        for (var i = 0; i < count; i++)
        {
            source.AppendLine(string.Format(CultureInfo.InvariantCulture, statement, i, Corpus.Pick(random, "0123456789abcdef", 32)));
        }

        source.AppendLine("return name; } }");
        return Corpus.Compile(new[] { CSharpSyntaxTree.ParseText(source.ToString()) });
    }
}

/// <summary>Run alone: an analyzer run of another test at the same time would hold the reusable piece lists.</summary>
[CollectionDefinition(nameof(AllocationTests), DisableParallelization = true)]
public sealed class AllocationTestsCollection
{
}
