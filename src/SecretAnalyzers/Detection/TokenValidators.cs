using System;

namespace SecretAnalyzers.Detection;

/// <summary>
/// What a prefixed row's validator checks after its prefix: each <c>Validate…</c> method is a <see cref="TokenValidator"/>,
/// named in the rows of <see cref="PrefixRules"/>, and reports the whole token (or, after a keyword, its value). Adding a
/// format adds a row and, if no shape here fits, a validator; the scanner does not change.
/// </summary>
internal static class TokenValidators
{
    public static bool Run(string text, int start, PrefixRule rule, out SecretMatch match) => Whole(text, start, rule, MatchRun(text, start + rule.Prefix.Length, rule), out match);

    public static bool CrcBase62(string text, int start, PrefixRule rule, out SecretMatch match) => Whole(text, start, rule, MatchCrcBase62(text, start + rule.Prefix.Length, rule), out match);

    public static bool GitHubFineGrained(string text, int start, PrefixRule rule, out SecretMatch match) => Whole(text, start, rule, MatchGitHubFineGrained(text, start, start + rule.Prefix.Length), out match);

    public static bool GitLab(string text, int start, PrefixRule rule, out SecretMatch match) => Whole(text, start, rule, MatchGitLab(text, start, start + rule.Prefix.Length, rule), out match);

    public static bool OpenAiKey(string text, int start, PrefixRule rule, out SecretMatch match) => Whole(text, start, rule, MatchOpenAiKey(text, start + rule.Prefix.Length, rule), out match);

    public static bool OpenAiLegacyKey(string text, int start, PrefixRule rule, out SecretMatch match) => Whole(text, start, rule, MatchOpenAiLegacyKey(text, start + rule.Prefix.Length), out match);

    public static bool AnthropicKey(string text, int start, PrefixRule rule, out SecretMatch match) => Whole(text, start, rule, MatchAnthropicKey(text, start + rule.Prefix.Length, rule), out match);

    public static bool SlackToken(string text, int start, PrefixRule rule, out SecretMatch match) => Whole(text, start, rule, SlackGrammar.Match(text, start + rule.Prefix.Length, rule.Prefix), out match);

    public static bool SlackWebhook(string text, int start, PrefixRule rule, out SecretMatch match) => Whole(text, start, rule, SlackGrammar.MatchWebhook(text, start + rule.Prefix.Length), out match);

    public static bool DiscordWebhook(string text, int start, PrefixRule rule, out SecretMatch match) => Whole(text, start, rule, MatchDiscordWebhook(text, start + rule.Prefix.Length), out match);

    public static bool SendGridKey(string text, int start, PrefixRule rule, out SecretMatch match) => Whole(text, start, rule, MatchSendGrid(text, start + rule.Prefix.Length), out match);

    public static bool DatabricksToken(string text, int start, PrefixRule rule, out SecretMatch match) => Whole(text, start, rule, MatchDatabricks(text, start + rule.Prefix.Length), out match);

    public static bool JsonWebToken(string text, int start, PrefixRule rule, out SecretMatch match) => Whole(text, start, rule, StructuredTokens.MatchJsonWebToken(text, start), out match);

    public static bool DiscordBotToken(string text, int start, PrefixRule rule, out SecretMatch match) => Whole(text, start, rule, StructuredTokens.MatchDiscordBotToken(text, start), out match);

    public static bool PrivateKeyBlock(string text, int start, PrefixRule rule, out SecretMatch match) => Whole(text, start, rule, StructuredTokens.MatchPrivateKey(text, start, start + rule.Prefix.Length), out match);

    /// <summary><c>AccountKey=</c> and <c>SharedAccessKey=</c>: the base64 value after the keyword.</summary>
    public static bool KeyValue(string text, int start, PrefixRule rule, out SecretMatch match) => KeyValues.TryMatchKeyValue(text, start, start + rule.Prefix.Length, rule, out match);

    /// <summary><c>Password=</c> / <c>Pwd=</c> in a connection string: the value after the keyword.</summary>
    public static bool ConnectionStringPassword(string text, int start, PrefixRule rule, out SecretMatch match) => KeyValues.TryMatchConnectionStringPassword(text, start, start + rule.Prefix.Length, out match);

    private static bool Whole(string text, int start, PrefixRule rule, int end, out SecretMatch match)
    {
        match = end >= 0 ? new SecretMatch(rule.Format, start, end - start) : default;
        return end >= 0;
    }

    // ---- each returns the end of the token, or -1 ----

    internal static int MatchRun(string text, int body, PrefixRule rule)
    {
        var run = CharClasses.RunLength(text, body, text.Length, rule.Alphabet, rule.Max + 1);
        if (run < rule.Min || run > rule.Max || !SecretScanner.EndsAtBoundary(text, body + run)
            || PlaceholderFilter.IsPlaceholderBody(text, body, run, SecretScanner.AlphabetSize(rule.Alphabet)))
        {
            return -1;
        }

        return body + run;
    }

    internal static int MatchCrcBase62(string text, int body, PrefixRule rule)
    {
        var run = CharClasses.RunLength(text, body, text.Length, CharClass.Alnum, rule.Min + 1);
        if (run != rule.Min || !SecretScanner.EndsAtBoundary(text, body + run) || !Checksums.IsValidGitHubCrc(text, body, run)
            || PlaceholderFilter.IsPlaceholderBody(text, body, run - 6, 62, checkWords: false))
        {
            return -1;
        }

        return body + run;
    }

    internal static int MatchGitHubFineGrained(string text, int start, int body)
    {
        // 22 base62 (a digit first) + "_" + 43 base62 + 8 base32 checksum + 8 base62.
        if (text.Length - body < 82 || !CharClasses.Is(text[body], CharClass.Digit)
            || CharClasses.RunLength(text, body, text.Length, CharClass.Alnum, 23) != 22 || text[body + 22] != '_'
            || CharClasses.RunLength(text, body + 23, text.Length, CharClass.Alnum, 60) != 59
            || !CharClasses.All(text, body + 66, 8, CharClass.Base32Upper)
            || !SecretScanner.EndsAtBoundary(text, body + 82) || (body + 82 < text.Length && text[body + 82] == '_')
            || !Checksums.IsValidGitHubFineGrained(text, start))
        {
            return -1;
        }

        return body + 82;
    }

    internal static int MatchGitLab(string text, int start, int body, PrefixRule rule)
    {
        var run = CharClasses.RunLength(text, body, text.Length, CharClass.Base64Url, 301);
        var end = body + run;
        if (end < text.Length && text[end] == '.')
        {
            // Routable: payload [".01"] "." 2-char base36 length + 7-char base36 CRC-32 of everything before it.
            var tail = end + 1;
            if (tail + 3 <= text.Length && text[tail] == '0' && text[tail + 1] == '1' && text[tail + 2] == '.')
            {
                tail += 3;
            }

            if (run < 27 || CharClasses.RunLength(text, tail, text.Length, CharClass.Lower | CharClass.Digit, 10) != 9
                || !SecretScanner.EndsAtBoundary(text, tail + 9) || (tail + 9 < text.Length && CharClasses.Is(text[tail + 9], CharClass.Base64Url))
                || !Checksums.IsValidGitLabRoutable(text, start, tail + 9 - start))
            {
                return -1;
            }

            return tail + 9;
        }

        if (run < rule.Min || run > rule.Max || !SecretScanner.EndsAtBoundary(text, end) || PlaceholderFilter.IsPlaceholderBody(text, body, run, 64))
        {
            return -1;
        }

        return end;
    }

    internal static int MatchOpenAiKey(string text, int body, PrefixRule rule)
    {
        var run = CharClasses.RunLength(text, body, text.Length, CharClass.Base64Url, rule.Max + 1);
        if (run < rule.Min || run > rule.Max || !SecretScanner.EndsAtBoundary(text, body + run))
        {
            return -1;
        }

        // Real keys carry base64("OpenAI") in the middle; a long random body after the prefix is a key too.
        var hasMarker = text.IndexOf("T3BlbkFJ", body, run, StringComparison.Ordinal) >= 0;
        if ((!hasMarker && run < 80) || PlaceholderFilter.IsPlaceholderBody(text, body, run, 64))
        {
            return -1;
        }

        return body + run;
    }

    internal static int MatchOpenAiLegacyKey(string text, int body)
    {
        var run = CharClasses.RunLength(text, body, text.Length, CharClass.Alnum, 49);
        if (run != 48 || !SecretScanner.EndsAtBoundary(text, body + run) || (body + run < text.Length && text[body + run] == '-')
            || string.CompareOrdinal(text, body + 20, "T3BlbkFJ", 0, 8) != 0
            || PlaceholderFilter.IsPlaceholderBody(text, body, 20, 62) || PlaceholderFilter.IsPlaceholderBody(text, body + 28, 20, 62))
        {
            return -1;
        }

        return body + run;
    }

    internal static int MatchAnthropicKey(string text, int body, PrefixRule rule)
    {
        var run = CharClasses.RunLength(text, body, text.Length, CharClass.Base64Url, rule.Max + 1);
        if (run < rule.Min || run > rule.Max || !SecretScanner.EndsAtBoundary(text, body + run)
            || text[body + run - 1] != 'A' || text[body + run - 2] != 'A'
            || PlaceholderFilter.IsPlaceholderBody(text, body, run - 2, 64))
        {
            return -1;
        }

        return body + run;
    }

    internal static int MatchDiscordWebhook(string text, int body)
    {
        var id = CharClasses.RunLength(text, body, text.Length, CharClass.Digit, 21);
        if (id < 17 || id > 20 || body + id >= text.Length || text[body + id] != '/')
        {
            return -1;
        }

        var secret = body + id + 1;
        var run = CharClasses.RunLength(text, secret, text.Length, CharClass.Base64Url, 69);
        if (run < 60 || run > 68 || !SecretScanner.EndsAtBoundary(text, secret + run) || PlaceholderFilter.IsPlaceholderBody(text, secret, run, 64))
        {
            return -1;
        }

        return secret + run;
    }

    internal static int MatchSendGrid(string text, int body)
    {
        var first = CharClasses.RunLength(text, body, text.Length, CharClass.Base64Url, 25);
        if (first < 20 || first > 24 || body + first >= text.Length || text[body + first] != '.')
        {
            return -1;
        }

        var second = body + first + 1;
        var run = CharClasses.RunLength(text, second, text.Length, CharClass.Base64Url, 51);
        if (run < 39 || run > 50 || !SecretScanner.EndsAtBoundary(text, second + run)
            || PlaceholderFilter.IsPlaceholderBody(text, body, first, 64) || PlaceholderFilter.IsPlaceholderBody(text, second, run, 64))
        {
            return -1;
        }

        return second + run;
    }

    internal static int MatchDatabricks(string text, int body)
    {
        var run = CharClasses.RunLength(text, body, text.Length, CharClass.HexLower, 33);
        if (run != 32)
        {
            return -1;
        }

        var end = body + 32;
        if (end + 1 < text.Length && text[end] == '-' && CharClasses.Is(text[end + 1], CharClass.Digit))
        {
            end += 2;
        }

        if (!SecretScanner.EndsAtBoundary(text, end) || PlaceholderFilter.IsPlaceholderBody(text, body, 32, 16))
        {
            return -1;
        }

        return end;
    }
}
