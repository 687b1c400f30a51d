using System;
using System.Runtime.InteropServices;

namespace SecretAnalyzers.Detection;

/// <summary>
/// Finds provider secrets in a string in one left-to-right pass. Per character the pass costs one table
/// lookup; only a character that can start a token at a word boundary is looked at further, and only a
/// token with the right prefix, alphabet and length reaches the checksum and placeholder checks.
/// Nothing is allocated for text that holds no secret.
/// </summary>
internal static class SecretScanner
{
    /// <summary>No secret the scanner knows is shorter than this (<see cref="ScanGates"/>); shorter literals are skipped unread.</summary>
    public static readonly int MinimumLength = ScanGates.MinimumLength;

    /// <summary>Every secret is a run of at least this many token characters, or found in the gaps (<see cref="ScanGates"/>).</summary>
    private static readonly int ShortestTokenRun = ScanGates.ShortestTokenRun;

    /// <summary>The length past which a run is handed to the full pass in pieces (<see cref="NextLongRun"/>).</summary>
    private const int LongestRange = 256;

    /// <summary>The first and the largest stretch of text in which <see cref="TryFind"/> looks for the next run.</summary>
    private const int FirstWindow = 256, LargestWindow = 1 << 16;

    /// <summary>Finds the first secret that starts at or after <paramref name="start"/>.</summary>
    /// <remarks>
    /// Gates first: text outside runs of at least <see cref="ShortestTokenRun"/> token characters is looked at only
    /// where <c>=</c>, <c>:</c> or <c>-</c> stands (one vectorised search), and a run is found by probing every
    /// twentieth character; the full pass (<see cref="TryFindInRange"/>) runs inside such runs only. The result is the
    /// same as that pass over the whole text, which the tests check.
    /// </remarks>
    public static bool TryFind(ReadOnlySpan<char> text, int start, out SecretMatch match)
    {
        var position = start;
        var window = FirstWindow;
        while (position < text.Length)
        {
            // Runs are looked for in windows that double: a caller resumes after each match, and the search must
            // cost in proportion to the distance to the next match, not to the rest of the text.
            var limit = text.Length - position > window ? position + window : text.Length;
            window = Math.Min(window * 2, LargestWindow);
            var runStart = NextLongRun(text, position, limit, out var runEnd);

            // A run may start at the '=' after a spaced keyword ("Pwd =Xk29…"): the keyword is in the gap, and so is
            // the stop that reads it.
            var gapEnd = runStart < 0 ? limit : text[runStart] == '=' ? runStart + 1 : runStart;
            if (gapEnd > position && TryFindInGap(text, position, gapEnd, start, out match))
            {
                return true;
            }

            if (runStart < 0)
            {
                position = limit;
                continue;
            }

            if (TryFindInRange(text, runStart, runEnd, start, out match))
            {
                return true;
            }

            position = runEnd;
        }

        match = default;
        return false;
    }

    /// <summary>
    /// The first run of at least <see cref="ShortestTokenRun"/> token characters that starts at or after
    /// <paramref name="from"/> and before <paramref name="limit"/>, or -1; and where it ends, or where its first piece
    /// ends past <see cref="LongestRange"/> characters, at the end of a word. A probe <see cref="ShortestTokenRun"/> - 1
    /// characters ahead that is no token character rules out every start before it; one that is, is followed back.
    /// </summary>
    private static int NextLongRun(ReadOnlySpan<char> text, int from, int limit, out int runEnd)
    {
        // One test per probe: past this one, no run starts before the limit or fits in the text.
        var lastProbe = Math.Min(limit + ShortestTokenRun - 2, text.Length - 1);
        var i = from;
        while (true)
        {
            var probe = i + ShortestTokenRun - 1;
            if (probe > lastProbe)
            {
                runEnd = limit;
                return -1;
            }

            if (!CharClasses.Is(text[probe], CharClass.TokenChar))
            {
                i = probe + 1;
                continue;
            }

            var k = probe - 1;
            while (k >= i && CharClasses.Is(text[k], CharClass.TokenChar))
            {
                k--;
            }

            if (k >= i)
            {
                i = k + 1;
                continue;
            }

            // A long run is handed over in pieces that end between words: after a match the scan resumes inside the
            // run, and measuring it to its end again from each match would be quadratic in a text of many tokens.
            var end = probe + 1;
            while (end < text.Length && CharClasses.Is(text[end], CharClass.TokenChar)
                && (end - i < LongestRange || CharClasses.IsAlnum(text[end])))
            {
                end++;
            }

            runEnd = end;
            return i;
        }
    }

    /// <summary>
    /// Between long runs only the secrets that are no long run can start: the value after <c>Password =</c> or
    /// <c>Pwd =</c>, the password of a <c>scheme://user:password@host</c> URL, a PEM block, a short Slack legacy token.
    /// </summary>
    private static bool TryFindInGap(ReadOnlySpan<char> text, int from, int to, int searchStart, out SecretMatch match)
    {
        var i = from;
        while (i < to)
        {
            var found = text.Slice(i, to - i).IndexOfAny('=', ':', '-');
            if (found < 0)
            {
                break;
            }

            i += found;
            switch (text[i])
            {
                case '=':
                    var keyword = KeywordBefore(text, i);
                    if (keyword >= searchStart && TryPrefixedInGapAt(text, keyword, out match))
                    {
                        return true;
                    }

                    break;
                case ':':
                    if (TryAnchored(text, i, searchStart, out match))
                    {
                        return true;
                    }

                    break;
                default:
                    // A dash ends the prefix of a short token ("xoxr-" and 8 characters), or starts a PEM block.
                    var word = GapWordBefore(text, i);
                    if ((word >= searchStart && TryPrefixedInGapAt(text, word, out match)) || TryPrefixedInGapAt(text, i, out match))
                    {
                        return true;
                    }

                    break;
            }

            i++;
        }

        match = default;
        return false;
    }

    /// <summary>
    /// The start of the word that ends, spaces aside, just before the <c>=</c> at <paramref name="equals"/>; -1 if none,
    /// or if no row found between long runs ends like it.
    /// </summary>
    private static int KeywordBefore(ReadOnlySpan<char> text, int equals)
    {
        var end = equals;
        while (end > 0 && (text[end - 1] == ' ' || text[end - 1] == '\t'))
        {
            end--;
        }

        return GapWordBefore(text, end);
    }

    /// <summary>
    /// The start of the run of letters and digits that ends just before <paramref name="end"/>; -1 if none, or if no
    /// row found between long runs ends like it (then the word is not read back at all).
    /// </summary>
    private static int GapWordBefore(ReadOnlySpan<char> text, int end)
    {
        if (end == 0 || !PrefixRules.MayEndGapWord(text[end - 1]))
        {
            return -1;
        }

        var word = end;
        while (word > 0 && CharClasses.IsAlnum(text[word - 1]))
        {
            word--;
        }

        return word < end ? word : -1;
    }

    /// <summary>
    /// The full pass over positions [<paramref name="from"/>, <paramref name="to"/>); a token it finds may read
    /// past <paramref name="to"/>, and context before <paramref name="from"/>. <paramref name="searchStart"/> is where
    /// the caller's search began: no secret starts before it.
    /// </summary>
    internal static bool TryFindInRange(ReadOnlySpan<char> text, int from, int to, int searchStart, out SecretMatch match)
    {
        var end = to;
        var i = from;

        // Inside a run of letters and digits no token can start (a prefix needs a left boundary), so the loop
        // looks at a word once, at its first character, and then skips it whole.
        if (i > 0 && i < end && CharClasses.IsAlnum(text[i]) && CharClasses.IsAlnum(text[i - 1]))
        {
            i = SkipAlnum(text, i, end);
        }

        while (i < end)
        {
            var c = text[i];
            var cls = CharClasses.Of(c);
            if ((cls & CharClass.Alnum) == 0)
            {
                if ((cls & (CharClass.TokenStart | CharClass.Anchor)) != 0
                    && (((cls & CharClass.TokenStart) != 0 && TryPrefixedAt(text, i, out match))
                        || ((cls & CharClass.Anchor) != 0 && TryAnchored(text, i, searchStart, out match))))
                {
                    return true;
                }

                // A base64 run may start with '+' or '/' (an AWS secret access key does one time in thirty-two).
                if ((cls & CharClass.Base64Extra) != 0 && (i == 0 || !CharClasses.Is(text[i - 1], CharClass.Base64 | CharClass.UrlExtra))
                    && TryUnprefixedRun(text, i, out match))
                {
                    return true;
                }

                i++;
                continue;
            }

            // A word starts at i.
            if ((cls & CharClass.TokenStart) != 0 && TryPrefixedAt(text, i, out match))
            {
                return true;
            }

            var wordEnd = SkipAlnum(text, i + 1, end);
            if ((i == 0 || !CharClasses.Is(text[i - 1], CharClass.Base64 | CharClass.UrlExtra)) && MayBeUnprefixedRun(text, wordEnd - i, wordEnd)
                && TryUnprefixedRun(text, i, out match))
            {
                return true;
            }

            i = wordEnd;
        }

        match = default;
        return false;
    }

    private static int SkipAlnum(ReadOnlySpan<char> text, int i, int end)
    {
        while (i < end && CharClasses.IsAlnum(text[i]))
        {
            i++;
        }

        return i;
    }

    /// <summary>
    /// Unprefixed secrets are base64 runs of the lengths <see cref="UnprefixedRules"/> lists. A word that ends at a
    /// character that cannot continue a base64 run has its final length already, and almost never one of those.
    /// </summary>
    private static bool MayBeUnprefixedRun(ReadOnlySpan<char> text, int wordLength, int wordEnd)
    {
        if (wordLength > ScanGates.LongestUnprefixedRun)
        {
            return false;
        }

        if (wordEnd < text.Length)
        {
            var next = text[wordEnd];
            if (next == '+' || next == '/' || next == '=' || next == '-')
            {
                return true;
            }
        }

        return ScanGates.IsUnpaddedUnprefixedLength(wordLength);
    }

    /// <summary>A prefixed token at <paramref name="i"/>, whose first character is ASCII; the pair bitmap answers first for most words.</summary>
    private static bool TryPrefixedAt(ReadOnlySpan<char> text, int i, out SecretMatch match)
    {
        if (i + 1 < text.Length && PrefixRules.MayStart(text[i], text[i + 1]))
        {
            return TryPrefixed(text, i, PrefixRules.For(text[i]), out match);
        }

        match = default;
        return false;
    }

    /// <summary>
    /// <see cref="TryPrefixedAt"/> between long runs, where only the rows <see cref="PrefixRule.FoundInGaps"/> can
    /// match: every other row's token is a run of at least <see cref="ShortestTokenRun"/> token characters, and no such
    /// run starts in a gap (a gap may end with the last few characters of a long run's last piece, too few for one).
    /// </summary>
    private static bool TryPrefixedInGapAt(ReadOnlySpan<char> text, int i, out SecretMatch match)
    {
        if (i + 1 < text.Length && PrefixRules.MayStartInGap(text[i], text[i + 1]))
        {
            return TryPrefixed(text, i, PrefixRules.ForGap(text[i]), out match);
        }

        match = default;
        return false;
    }

    private static bool TryPrefixed(ReadOnlySpan<char> text, int i, PrefixRule[]? rules, out SecretMatch match)
    {
        if (rules is not null)
        {
            // The first four characters as one word rule out most rows with one comparison each; the string
            // comparison is left for the rows that pass and for the last three characters of a text.
            var head = BitConverter.IsLittleEndian && text.Length - i >= PrefixRule.HeadLength
                ? MemoryMarshal.Read<ulong>(MemoryMarshal.AsBytes(text.Slice(i, PrefixRule.HeadLength)))
                : 0;
            foreach (var rule in rules)
            {
                if ((head == 0 || ((head | rule.HeadFold) & rule.HeadMask) == rule.Head)
                    && ((head != 0 && rule.Prefix.Length <= PrefixRule.HeadLength) || HasPrefix(text, i, rule))
                    && rule.Validator(text, i, rule, out match))
                {
                    return true;
                }
            }
        }

        match = default;
        return false;
    }

    private static bool HasPrefix(ReadOnlySpan<char> text, int i, PrefixRule rule)
    {
        var prefix = rule.Prefix;
        if (text.Length - i < prefix.Length)
        {
            return false;
        }

        var candidate = text.Slice(i, prefix.Length);
        return rule.IgnoreCase ? candidate.Equals(prefix.AsSpan(), StringComparison.OrdinalIgnoreCase) : candidate.SequenceEqual(prefix.AsSpan());
    }

    private static bool TryAnchored(ReadOnlySpan<char> text, int i, int searchStart, out SecretMatch match)
    {
        if (text[i] == '~')
        {
            var start = i - 5;
            if (start >= searchStart && text[i - 1] == 'Q' && text[i - 2] == '8' && StructuredTokens.IsEntraClientSecret(text, start))
            {
                match = new SecretMatch(TokenFormats.AzureEntraClientSecret, start, 40);
                return true;
            }

            if (start >= searchStart && text[i - 1] == 'Q' && text[i - 2] == '7' && StructuredTokens.IsLegacyEntraClientSecret(text, start))
            {
                match = new SecretMatch(TokenFormats.AzureEntraClientSecret, start, StructuredTokens.LegacyEntraClientSecretLength);
                return true;
            }
        }
        else if (i + 2 < text.Length && text[i + 1] == '/' && text[i + 2] == '/')
        {
            return KeyValues.TryMatchUrlPassword(text, i, out match);
        }

        match = default;
        return false;
    }

    /// <summary>Base64 runs with no prefix (<see cref="UnprefixedRules"/>): Azure identifiable keys, and the context-dependent AWS and Twilio secrets.</summary>
    private static bool TryUnprefixedRun(ReadOnlySpan<char> text, int i, out SecretMatch match)
    {
        match = default;
        var run = CharClasses.RunLength(text, i, text.Length, CharClass.Base64, ScanGates.LongestUnprefixedRun + 1);
        if (!ScanGates.IsUnprefixedRunLength(run))
        {
            return false;
        }

        var after = i + run;
        var padding = 0;
        while (after + padding < text.Length && text[after + padding] == '=')
        {
            padding++;
        }

        var next = after + padding;
        foreach (var rule in UnprefixedRules.All)
        {
            // A longer token goes on where a token character follows, unless the row lets a dash join its groups.
            if (rule.Run == run && rule.Padding == padding
                && (next >= text.Length || !CharClasses.Is(text[next], CharClass.Base64Url) || (rule.MayContinueWithDash && text[next] == '-')))
            {
                return rule.Validator(text, i, out match);
            }
        }

        return false;
    }

    /// <summary>A token ends where the text ends or at a character that cannot continue an identifier.</summary>
    internal static bool EndsAtBoundary(ReadOnlySpan<char> text, int end) => end >= text.Length || !CharClasses.IsAlnum(text[end]);

    internal static int AlphabetSize(CharClass alphabet) => alphabet switch
    {
        CharClass.HexLower => 16,
        CharClass.Base32Upper or CharClass.Base32Lower => 32,
        CharClass.Lower | CharClass.Digit => 36,
        CharClass.Letter => 52,
        CharClass.Alnum => 62,
        _ => 64,
    };
}
