using System;

namespace SecretAnalyzers.Detection;

/// <summary>
/// The scanner's gates, derived from the rows of <see cref="PrefixRules"/> and <see cref="UnprefixedRules"/> and from
/// the two anchored formats, so that a new row cannot be skipped by a gate that does not know it. A test checks every
/// row against them and against real tokens of its format.
/// </summary>
internal static class ScanGates
{
    /// <summary>
    /// The formats found at an anchor character inside any text, with the shortest text each can be found in: a URL's
    /// password (<c>a://b:c@d</c>, behind <c>://</c>) and an Entra ID client secret (40 characters around <c>8Q~</c>, or
    /// 37 around <c>7Q~</c> in the older layout).
    /// </summary>
    public static readonly (TokenFormat Format, int ShortestText)[] Anchored =
    {
        (TokenFormats.UrlPassword, 10),
        (TokenFormats.AzureEntraClientSecret, StructuredTokens.LegacyEntraClientSecretLength),
    };

    /// <summary>No secret is shorter than this: the least of every row's shortest text.</summary>
    public static readonly int MinimumLength = ComputeMinimumLength();

    /// <summary>
    /// Every secret not found in the gaps is a run of at least this many token characters: the least of those rows'
    /// shortest texts (an AWS access key id, 20). The anchored formats hold no run of this length on purpose: the gap
    /// search finds their anchors.
    /// </summary>
    public static readonly int ShortestTokenRun = ComputeShortestTokenRun();

    /// <summary>The longest unprefixed run, padding aside.</summary>
    public static readonly int LongestUnprefixedRun = ComputeLongestUnprefixedRun();

    private static readonly bool[] UnprefixedRunLengths = LengthTable(paddedToo: true);

    private static readonly bool[] UnpaddedUnprefixedLengths = LengthTable(paddedToo: false);

    /// <summary>Whether an unprefixed row has a run of this length.</summary>
    public static bool IsUnprefixedRunLength(int run) => run < UnprefixedRunLengths.Length && UnprefixedRunLengths[run];

    /// <summary>Whether an unprefixed row without padding has a run of this length: the length of a whole word of letters and digits.</summary>
    public static bool IsUnpaddedUnprefixedLength(int run) => run < UnpaddedUnprefixedLengths.Length && UnpaddedUnprefixedLengths[run];

    private static int ComputeMinimumLength()
    {
        var least = int.MaxValue;
        foreach (var rule in PrefixRules.All)
        {
            least = Math.Min(least, rule.ShortestText);
        }

        foreach (var rule in UnprefixedRules.All)
        {
            least = Math.Min(least, rule.Run + rule.Padding);
        }

        foreach (var (_, shortest) in Anchored)
        {
            least = Math.Min(least, shortest);
        }

        return least;
    }

    private static int ComputeShortestTokenRun()
    {
        var least = int.MaxValue;
        foreach (var rule in PrefixRules.All)
        {
            if (!rule.FoundInGaps)
            {
                least = Math.Min(least, rule.ShortestText);
            }
        }

        foreach (var rule in UnprefixedRules.All)
        {
            least = Math.Min(least, rule.Run);
        }

        return least;
    }

    private static int ComputeLongestUnprefixedRun()
    {
        var longest = 0;
        foreach (var rule in UnprefixedRules.All)
        {
            longest = Math.Max(longest, rule.Run);
        }

        return longest;
    }

    private static bool[] LengthTable(bool paddedToo)
    {
        var table = new bool[LongestUnprefixedRun + 1];
        foreach (var rule in UnprefixedRules.All)
        {
            if (paddedToo || rule.Padding == 0)
            {
                table[rule.Run] = true;
            }
        }

        return table;
    }
}
