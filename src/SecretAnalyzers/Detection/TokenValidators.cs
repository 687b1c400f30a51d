using System;

namespace SecretAnalyzers.Detection;

/// <summary>
/// The validator most rows share: a run of the row's alphabet between its lengths, ending at a boundary, that is no
/// placeholder. A family whose tokens have more structure keeps its own validators beside its rows (<c>Families/</c>);
/// adding a format adds a row there and, if no validator fits, one beside it. The scanner does not change.
/// </summary>
internal static class TokenValidators
{
    public static bool Run(ReadOnlySpan<char> text, int start, PrefixRule rule, out SecretMatch match) => Whole(text, start, rule, MatchRun(text, start + rule.Prefix.Length, rule), out match);

    internal static bool Whole(ReadOnlySpan<char> text, int start, PrefixRule rule, int end, out SecretMatch match)
    {
        match = end >= 0 ? new SecretMatch(rule.Format, start, end - start) : default;
        return end >= 0;
    }

    /// <summary>The end of the run after a prefix, or -1.</summary>
    internal static int MatchRun(ReadOnlySpan<char> text, int body, PrefixRule rule)
    {
        var run = CharClasses.RunLength(text, body, text.Length, rule.Alphabet, rule.Max + 1);
        if (run < rule.Min || run > rule.Max || !SecretScanner.EndsAtBoundary(text, body + run)
            || PlaceholderFilter.IsPlaceholderBody(text, body, run, SecretScanner.AlphabetSize(rule.Alphabet)))
        {
            return -1;
        }

        return body + run;
    }
}
