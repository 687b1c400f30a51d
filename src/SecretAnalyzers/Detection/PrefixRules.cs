using System;
using System.Collections.Generic;

namespace SecretAnalyzers.Detection;

/// <summary>Checks what follows a row's prefix at <paramref name="start"/> and gives the match (the token, or the value after a keyword).</summary>
internal delegate bool TokenValidator(ReadOnlySpan<char> text, int start, PrefixRule rule, out SecretMatch match);

/// <summary>One prefix the scanner recognises, and how to validate what follows it.</summary>
internal sealed class PrefixRule
{
    public PrefixRule(string prefix, TokenFormat format, TokenValidator validator, CharClass alphabet = CharClass.None, int min = 0, int max = 0, bool ignoreCase = false, int shortestText = 0, bool foundInGaps = false)
    {
        Prefix = prefix;
        Format = format;
        Validator = validator;
        ShortestText = shortestText > 0 ? shortestText : prefix.Length + min;
        FoundInGaps = foundInGaps;
        Alphabet = alphabet;
        Min = min;
        Max = max;
        IgnoreCase = ignoreCase;
        for (var k = 0; k < Math.Min(HeadLength, prefix.Length); k++)
        {
            var c = (ulong)prefix[k];
            var shift = 16 * k;
            if (ignoreCase && ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')))
            {
                c |= 0x20;
                HeadFold |= 0x20UL << shift;
            }

            Head |= c << shift;
            HeadMask |= 0xFFFFUL << shift;
        }
    }

    /// <summary>How many of the prefix's first characters <see cref="Head"/> holds: four UTF-16 units, one 64-bit word.</summary>
    public const int HeadLength = 4;

    /// <summary>
    /// The prefix's first <see cref="HeadLength"/> characters packed in one word (letters of a case-insensitive prefix in
    /// lower case), so that most rows a word could start are ruled out by one comparison: text whose first four
    /// characters are read as a word <c>w</c> starts like the prefix when <c>((w | HeadFold) &amp; HeadMask) == Head</c>.
    /// </summary>
    public ulong Head { get; }

    /// <summary>Ones over the characters <see cref="Head"/> holds (fewer than four for a shorter prefix).</summary>
    public ulong HeadMask { get; }

    /// <summary>The lower-case bit of every letter of a case-insensitive prefix, which folds the text's letters to lower case.</summary>
    public ulong HeadFold { get; }

    public string Prefix { get; }

    public TokenFormat Format { get; }

    public TokenValidator Validator { get; }

    /// <summary>The length of the shortest text in which this row finds a secret: no text shorter than every row's is scanned.</summary>
    public int ShortestText { get; }

    /// <summary>
    /// Whether a token of this row can be shorter than <see cref="ScanGates.ShortestTokenRun"/> or hold characters
    /// that are no token characters: then it is found between long runs, at the <c>=</c>, <c>:</c> or <c>-</c> of its
    /// prefix, and the run gate does not count it.
    /// </summary>
    public bool FoundInGaps { get; }

    public CharClass Alphabet { get; }

    public int Min { get; }

    public int Max { get; }

    public bool IgnoreCase { get; }
}

/// <summary>The alphabets the rows name.</summary>
internal static class Alphabets
{
    public const CharClass Base62 = CharClass.Alnum;
    public const CharClass Base64Url = CharClass.Base64Url;
    public const CharClass Hex = CharClass.HexLower;
    public const CharClass LowerAlnum = CharClass.Lower | CharClass.Digit;
}

/// <summary>The prefix table: token formats as data, indexed by first character.</summary>
internal static class PrefixRules
{

    /// <summary>Every row, family by family (<c>Families/</c>): a family keeps its rows and the validators only it uses together.</summary>
    public static readonly PrefixRule[] All = Concat(StripeRows.Rows, AiProviderRows.Rows, AwsRows.Rows, GitHubRows.Rows, GitLabRows.Rows, SlackRows.Rows, GoogleRows.Rows, AzureRows.Rows, ServiceRows.Rows, StructuredRows.Rows);

    /// <summary>Rules by first character (both cases for case-insensitive prefixes), longest prefix first.</summary>
    private static readonly PrefixRule[]?[] ByFirstChar = Index(All);

    /// <summary>
    /// One bit per (first, second) ASCII character pair that begins some prefix: the gate that keeps ordinary
    /// words ("select", "status", "order") from ever reaching a string comparison.
    /// </summary>
    private static readonly ulong[] Pairs = IndexPairs(All);

    /// <summary>
    /// The rows whose tokens can stand between long runs (<see cref="PrefixRule.FoundInGaps"/>): every other row's
    /// token is a long run itself, and is found inside one. A handful of rows, so that the keys and dashes of text
    /// between runs (<c>AccountKey=</c>, <c>sk-proj-x</c>) are mostly ruled out by the pair gate.
    /// </summary>
    private static readonly PrefixRule[] GapRows = Array.FindAll(All, rule => rule.FoundInGaps);

    private static readonly PrefixRule[]?[] GapRowsByFirstChar = Index(GapRows);

    private static readonly ulong[] GapPairs = IndexPairs(GapRows);

    /// <summary>
    /// The characters that end the word of a row found between long runs by the word before its <c>=</c> or
    /// <c>-</c> (<c>Password</c>, <c>Pwd</c>, <c>xoxr</c>): a word that ends otherwise is not read back to its start.
    /// </summary>
    private static readonly bool[] GapWordEnds = IndexGapWordEnds();

    public static IEnumerable<char> StartCharacters
    {
        get
        {
            foreach (var rule in All)
            {
                yield return rule.Prefix[0];
                if (rule.IgnoreCase)
                {
                    yield return char.ToLowerInvariant(rule.Prefix[0]);
                    yield return char.ToUpperInvariant(rule.Prefix[0]);
                }
            }
        }
    }

    /// <summary>The candidate rules for a first character, or null. The caller has already checked <c>c &lt; 128</c>.</summary>
    public static PrefixRule[]? For(char c) => ByFirstChar[c];

    /// <summary>Whether some prefix starts with <paramref name="first"/> followed by <paramref name="second"/>. The caller has checked <c>first &lt; 128</c>.</summary>
    public static bool MayStart(char first, char second) => IsPair(Pairs, first, second);

    /// <summary>The candidate rows for a first character between long runs, or null. The caller has already checked <c>c &lt; 128</c>.</summary>
    public static PrefixRule[]? ForGap(char c) => GapRowsByFirstChar[c];

    /// <summary>Whether some row found between long runs starts with <paramref name="first"/> and <paramref name="second"/>.</summary>
    public static bool MayStartInGap(char first, char second) => IsPair(GapPairs, first, second);

    /// <summary>Whether a word that ends with <paramref name="c"/> may be the start of a row found between long runs.</summary>
    public static bool MayEndGapWord(char c) => c < 128 && GapWordEnds[c];

    private static bool[] IndexGapWordEnds()
    {
        var ends = new bool[128];
        foreach (var rule in GapRows)
        {
            var word = rule.Prefix.TrimEnd('-', ' ', '=');
            // Not CharClasses.IsAlnum: its table is built from this class's rows, and may not exist yet.
            if (word.Length > 0 && word[0] < 128 && char.IsLetterOrDigit(word[0]))
            {
                foreach (var c in Variants(word[word.Length - 1], rule.IgnoreCase))
                {
                    ends[c] = true;
                }
            }
        }

        return ends;
    }

    private static bool IsPair(ulong[] pairs, char first, char second) =>
        second < 128 && (pairs[(first << 1) | (second >> 6)] & (1UL << (second & 63))) != 0;

    private static PrefixRule[] Concat(params PrefixRule[][] families)
    {
        var all = new List<PrefixRule>();
        foreach (var family in families)
        {
            all.AddRange(family);
        }

        return all.ToArray();
    }

    private static ulong[] IndexPairs(PrefixRule[] rows)
    {
        var pairs = new ulong[256];
        foreach (var rule in rows)
        {
            foreach (var first in Variants(rule.Prefix[0], rule.IgnoreCase))
            {
                foreach (var second in Variants(rule.Prefix[1], rule.IgnoreCase))
                {
                    pairs[(first << 1) | (second >> 6)] |= 1UL << (second & 63);
                }
            }
        }

        return pairs;
    }

    private static IEnumerable<char> Variants(char c, bool ignoreCase)
    {
        yield return c;
        if (ignoreCase && char.ToLowerInvariant(c) != c)
        {
            yield return char.ToLowerInvariant(c);
        }
        else if (ignoreCase && char.ToUpperInvariant(c) != c)
        {
            yield return char.ToUpperInvariant(c);
        }
    }

    private static PrefixRule[]?[] Index(PrefixRule[] rows)
    {
        var lists = new List<PrefixRule>?[128];
        foreach (var rule in rows)
        {
            var first = rule.Prefix[0];
            Add(lists, first, rule);
            if (rule.IgnoreCase)
            {
                var other = char.IsUpper(first) ? char.ToLowerInvariant(first) : char.ToUpperInvariant(first);
                Add(lists, other, rule);
            }
        }

        var index = new PrefixRule[]?[128];
        for (var c = 0; c < 128; c++)
        {
            if (lists[c] is { } list)
            {
                // Longest first: "sk-ant-api03-" is tried before "sk-". Equal-length prefixes never both match.
                list.Sort((a, b) => b.Prefix.Length.CompareTo(a.Prefix.Length));
                index[c] = list.ToArray();
            }
        }

        return index;
    }

    private static void Add(List<PrefixRule>?[] lists, char c, PrefixRule rule)
    {
        (lists[c] ??= new List<PrefixRule>()).Add(rule);
    }
}
