using System.Linq;
using SecretAnalyzers.Detection;
using SecretAnalyzers.Tests.Infrastructure;

namespace SecretAnalyzers.Tests.Detection;

/// <summary>
/// The rows of the token tables and the scanner's gates agree: every row can be reached through the gates, and no
/// row claims a shortest text longer than a real token of its format. Adding a row that breaks a gate fails here.
/// </summary>
public class ScanGateTableTests
{
    [Fact]
    public void Every_row_not_found_in_the_gaps_is_a_run_of_token_characters_at_least_as_long_as_the_run_gate()
    {
        foreach (var rule in PrefixRules.All.Where(r => !r.FoundInGaps))
        {
            Assert.True(rule.Prefix.All(c => CharClasses.Is(c, CharClass.TokenChar)), rule.Prefix + " holds a character that ends a run");
            Assert.True(rule.ShortestText >= ScanGates.ShortestTokenRun, rule.Prefix + " can be shorter than the run gate");
            for (var c = (char)0; c < 128; c++)
            {
                Assert.True(!CharClasses.Is(c, rule.Alphabet) || CharClasses.Is(c, CharClass.TokenChar), rule.Prefix + "'s alphabet holds '" + c + "', which ends a run");
            }
        }
    }

    [Fact]
    public void Every_row_found_in_the_gaps_has_an_anchor_the_gap_search_stops_at()
    {
        // The gap search stops at '=' (the keyword before it), ':' and '-' (the word before it, or a PEM block).
        foreach (var rule in PrefixRules.All.Where(r => r.FoundInGaps))
        {
            var anchored = rule.Prefix.EndsWith('-') && rule.Prefix[..^1].All(char.IsLetterOrDigit)
                || rule.Prefix.StartsWith('-')
                || rule.Prefix.All(char.IsLetterOrDigit);
            Assert.True(anchored, rule.Prefix + " cannot be found between runs");
        }
    }

    [Fact]
    public void No_row_is_shorter_than_the_length_gate_and_every_unprefixed_row_passes_the_run_gates()
    {
        // A hard-coded gate that a new row undercuts fails here; the shortest text the engine flags (11 characters,
        // "Pwd=…;A=b") is pinned by the analyzer tests.
        Assert.Equal(SecretScanner.MinimumLength, ScanGates.MinimumLength);
        Assert.All(PrefixRules.All, rule => Assert.True(rule.ShortestText >= ScanGates.MinimumLength, rule.Prefix));
        Assert.All(ScanGates.Anchored, anchored => Assert.True(anchored.ShortestText >= ScanGates.MinimumLength, anchored.Format.Id));
        foreach (var rule in UnprefixedRules.All)
        {
            Assert.True(rule.Run + rule.Padding >= ScanGates.MinimumLength);
            Assert.True(rule.Run >= ScanGates.ShortestTokenRun);
            Assert.True(ScanGates.IsUnprefixedRunLength(rule.Run));
            Assert.True(rule.Padding > 0 || ScanGates.IsUnpaddedUnprefixedLength(rule.Run));
        }
    }

    [Theory]
    [MemberData(nameof(TokenFormatTests.ValidTokens), MemberType = typeof(TokenFormatTests))]
    public void No_row_claims_a_shortest_text_longer_than_a_real_token_of_its_format(string formatId, string token)
    {
        var rows = PrefixRules.All.Where(r => r.Format.Id == formatId && token.StartsWith(r.Prefix, r.IgnoreCase ? System.StringComparison.OrdinalIgnoreCase : System.StringComparison.Ordinal)).ToArray();
        foreach (var row in rows)
        {
            Assert.True(row.ShortestText <= token.Length, $"{row.Prefix}: shortest text {row.ShortestText}, a real token has {token.Length}");
        }

        // Whatever row or anchor finds it, the token is found through the gates.
        Assert.Contains(Scan.All(token), m => m.Format == formatId);
    }
}
