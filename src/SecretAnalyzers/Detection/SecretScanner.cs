using System;

namespace SecretAnalyzers.Detection;

/// <summary>
/// Finds provider secrets in a string in one left-to-right pass. Per character the pass costs one table
/// lookup; only a character that can start a token at a word boundary is looked at further, and only a
/// token with the right prefix, alphabet and length reaches the checksum and placeholder checks.
/// Nothing is allocated for text that holds no secret.
/// </summary>
internal static class SecretScanner
{
    /// <summary>No secret the scanner knows is shorter than this; shorter literals are skipped unread.</summary>
    public const int MinimumLength = 10;

    /// <summary>
    /// Every secret the scanner knows is a run of at least this many token characters (the shortest is an AWS access
    /// key id), except a few, each behind a character of its own: a connection-string password (after <c>=</c>), a
    /// URL password (after <c>://</c>), a PEM block (<c>-----BEGIN </c>) and a Slack legacy token of 13 to 19
    /// characters (<c>xoxr-</c>: a dash after the prefix word).
    /// </summary>
    private const int ShortestTokenRun = 20;

    /// <summary>Finds the first secret that starts at or after <paramref name="start"/>.</summary>
    /// <remarks>
    /// Gates first: text outside runs of at least <see cref="ShortestTokenRun"/> token characters is looked at only
    /// where <c>=</c>, <c>:</c> or <c>-</c> stands (one vectorised search), and a run is found by probing every
    /// twentieth character; the full pass (<see cref="TryFindInRange"/>) runs inside such runs only. The result is the
    /// same as that pass over the whole text, which the tests check.
    /// </remarks>
    public static bool TryFind(string text, int start, out SecretMatch match)
    {
        var position = start;
        while (position < text.Length)
        {
            var runStart = NextLongRun(text, position, out var runEnd);
            var gapEnd = runStart < 0 ? text.Length : runStart;
            if (gapEnd > position && TryFindInGap(text, position, gapEnd, start, out match))
            {
                return true;
            }

            if (runStart < 0)
            {
                break;
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
    /// The first run of at least <see cref="ShortestTokenRun"/> token characters at or after <paramref name="from"/>,
    /// or -1. A probe <see cref="ShortestTokenRun"/> - 1 characters ahead that is no token character rules out every
    /// start before it; one that is, is followed back. No character is read more than twice.
    /// </summary>
    private static int NextLongRun(string text, int from, out int runEnd)
    {
        var i = from;
        while (true)
        {
            var probe = i + ShortestTokenRun - 1;
            if (probe >= text.Length)
            {
                runEnd = text.Length;
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

            var end = probe + 1;
            while (end < text.Length && CharClasses.Is(text[end], CharClass.TokenChar))
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
    private static bool TryFindInGap(string text, int from, int to, int searchStart, out SecretMatch match)
    {
        var i = from;
        while (i < to)
        {
            var found = text.AsSpan(i, to - i).IndexOfAny('=', ':', '-');
            if (found < 0)
            {
                break;
            }

            i += found;
            switch (text[i])
            {
                case '=':
                    var keyword = KeywordBefore(text, i);
                    if (keyword >= searchStart && TryPrefixedAt(text, keyword, out match))
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
                    var word = WordBefore(text, i);
                    if ((word >= searchStart && TryPrefixedAt(text, word, out match)) || TryPrefixedAt(text, i, out match))
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

    /// <summary>The start of the word that ends, spaces aside, just before the <c>=</c> at <paramref name="equals"/>; -1 if none.</summary>
    private static int KeywordBefore(string text, int equals)
    {
        var end = equals;
        while (end > 0 && (text[end - 1] == ' ' || text[end - 1] == '\t'))
        {
            end--;
        }

        return WordBefore(text, end);
    }

    /// <summary>The start of the run of letters and digits that ends just before <paramref name="end"/>; -1 if none.</summary>
    private static int WordBefore(string text, int end)
    {
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
    internal static bool TryFindInRange(string text, int from, int to, int searchStart, out SecretMatch match)
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

    private static int SkipAlnum(string text, int i, int end)
    {
        while (i < end && CharClasses.IsAlnum(text[i]))
        {
            i++;
        }

        return i;
    }

    /// <summary>
    /// Unprefixed secrets are base64 runs of 32, 40, 44, 52 or 88 characters. A word that ends at a character
    /// that cannot continue a base64 run has its final length already, and almost never one of those.
    /// </summary>
    private static bool MayBeUnprefixedRun(string text, int wordLength, int wordEnd)
    {
        if (wordLength >= 90)
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

        return wordLength == 32 || wordLength == 40 || wordLength == 52;
    }

    /// <summary>A prefixed token at <paramref name="i"/>, whose first character is ASCII; the pair bitmap answers first for most words.</summary>
    private static bool TryPrefixedAt(string text, int i, out SecretMatch match)
    {
        if (i + 1 < text.Length && PrefixRules.MayStart(text[i], text[i + 1]))
        {
            return TryPrefixed(text, i, out match);
        }

        match = default;
        return false;
    }

    private static bool TryPrefixed(string text, int i, out SecretMatch match)
    {
        var rules = PrefixRules.For(text[i]);
        if (rules is not null)
        {
            foreach (var rule in rules)
            {
                if (HasPrefix(text, i, rule) && TryShape(text, i, rule, out match))
                {
                    return true;
                }
            }
        }

        match = default;
        return false;
    }

    private static bool HasPrefix(string text, int i, PrefixRule rule)
    {
        var prefix = rule.Prefix;
        if (text.Length - i < prefix.Length)
        {
            return false;
        }

        var candidate = text.AsSpan(i, prefix.Length);
        return rule.IgnoreCase ? candidate.Equals(prefix.AsSpan(), StringComparison.OrdinalIgnoreCase) : candidate.SequenceEqual(prefix.AsSpan());
    }

    private static bool TryShape(string text, int i, PrefixRule rule, out SecretMatch match)
    {
        var body = i + rule.Prefix.Length;
        var end = rule.Shape switch
        {
            TokenShape.Run => MatchRun(text, body, rule),
            TokenShape.CrcBase62 => MatchCrcBase62(text, body, rule),
            TokenShape.GitHubFineGrained => MatchGitHubFineGrained(text, i, body),
            TokenShape.GitLab => MatchGitLab(text, i, body, rule),
            TokenShape.OpenAiKey => MatchOpenAiKey(text, body, rule),
            TokenShape.OpenAiLegacyKey => MatchOpenAiLegacyKey(text, body),
            TokenShape.AnthropicKey => MatchAnthropicKey(text, body, rule),
            TokenShape.SlackToken => SlackGrammar.Match(text, body, rule.Prefix),
            TokenShape.SlackWebhook => SlackGrammar.MatchWebhook(text, body),
            TokenShape.DiscordWebhook => MatchDiscordWebhook(text, body),
            TokenShape.SendGridKey => MatchSendGrid(text, body),
            TokenShape.DatabricksToken => MatchDatabricks(text, body),
            TokenShape.JsonWebToken => StructuredTokens.MatchJsonWebToken(text, i),
            TokenShape.DiscordBotToken => StructuredTokens.MatchDiscordBotToken(text, i),
            TokenShape.PrivateKeyBlock => StructuredTokens.MatchPrivateKey(text, i, body),
            TokenShape.KeyValue => -2,
            TokenShape.ConnectionStringPassword => -2,
            _ => -1,
        };

        if (end >= 0)
        {
            match = new SecretMatch(rule.Format, i, end - i);
            return true;
        }

        // These report the value after the keyword, not the keyword.
        if (end == -2)
        {
            return rule.Shape == TokenShape.KeyValue
                ? KeyValues.TryMatchKeyValue(text, i, body, rule, out match)
                : KeyValues.TryMatchConnectionStringPassword(text, i, body, out match);
        }

        match = default;
        return false;
    }

    private static bool TryAnchored(string text, int i, int searchStart, out SecretMatch match)
    {
        if (text[i] == '~')
        {
            var start = i - 5;
            if (start >= searchStart && text[i - 1] == 'Q' && text[i - 2] == '8' && StructuredTokens.IsEntraClientSecret(text, start))
            {
                match = new SecretMatch(TokenFormats.AzureEntraClientSecret, start, 40);
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

    /// <summary>Base64 runs with no prefix: Azure identifiable keys, and the context-dependent AWS and Twilio secrets.</summary>
    private static bool TryUnprefixedRun(string text, int i, out SecretMatch match)
    {
        match = default;
        var run = CharClasses.RunLength(text, i, text.Length, CharClass.Base64, 90);
        if (run != 32 && run != 40 && run != 43 && run != 52 && run != 86)
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
        // A longer token goes on here ('-' may still join the 32-8-8 hex groups of a Mailgun key).
        if (next < text.Length && CharClasses.Is(text[next], CharClass.Base64Url) && !(run == 32 && padding == 0 && text[next] == '-'))
        {
            return false;
        }

        switch (run + padding)
        {
            case 88:
            case 44:
            case 52:
                if (AzureKeys.TryMatchIdentifiable(text, i, run + padding, out match))
                {
                    return true;
                }

                return false;

            case 40 when padding == 0:
                return TryAwsSecretAccessKey(text, i, out match);

            case 32 when padding == 0:
                return TryMailgunOrTwilio(text, i, out match);

            default:
                return false;
        }
    }

    private static bool TryAwsSecretAccessKey(string text, int i, out SecretMatch match)
    {
        match = default;
        bool upper = false, lower = false, nonHex = false;
        for (var k = i; k < i + 40; k++)
        {
            var c = text[k];
            upper |= c >= 'A' && c <= 'Z';
            lower |= c >= 'a' && c <= 'z';
            nonHex |= !((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'));
        }

        // 40 hex characters are a SHA-1, not a key; a single-case run is an identifier.
        if (!upper || !lower || !nonHex || PlaceholderFilter.IsPlaceholderBody(text, i, 40, 64))
        {
            return false;
        }

        var context = ContextRules.IsAwsSecretName(text, ContextRules.KeyNameBefore(text, i)) || ContextRules.ContainsAwsAccessKeyIdNear(text, i, 40)
            ? ContextRequirement.None
            : ContextRequirement.AwsSecretAccessKey;
        match = new SecretMatch(TokenFormats.AwsSecretAccessKey, i, 40, context);
        return true;
    }

    private static bool TryMailgunOrTwilio(string text, int i, out SecretMatch match)
    {
        match = default;
        var hex = CharClasses.All(text, i, 32, CharClass.HexLower);

        // Mailgun's current keys: 32-8-8 lower-case hex.
        if (hex && text.Length >= i + 50 && text[i + 32] == '-' && text[i + 41] == '-'
            && CharClasses.All(text, i + 33, 8, CharClass.HexLower) && CharClasses.All(text, i + 42, 8, CharClass.HexLower)
            && (text.Length == i + 50 || !CharClasses.Is(text[i + 50], CharClass.Base64Url)))
        {
            if (PlaceholderFilter.IsPlaceholderBody(text, i, 50, 17))
            {
                return false;
            }

            match = new SecretMatch(TokenFormats.MailgunApiKey, i, 50);
            return true;
        }

        if (i + 32 < text.Length && text[i + 32] == '-')
        {
            return false;
        }

        // Twilio auth tokens are 32 hex (an MD5 has the same shape); API key secrets 32 base62. Only context tells.
        if (!CharClasses.All(text, i, 32, CharClass.Alnum) || PlaceholderFilter.IsPlaceholderBody(text, i, 32, hex ? 16 : 62))
        {
            return false;
        }

        var format = hex ? TokenFormats.TwilioAuthToken : TokenFormats.TwilioApiKeySecret;
        var context = ContextRules.IsTwilioSecretName(text, ContextRules.KeyNameBefore(text, i)) || ContextRules.ContainsTwilioSidNear(text, i, 32)
            ? ContextRequirement.None
            : ContextRequirement.Twilio;
        match = new SecretMatch(format, i, 32, context);
        return true;
    }

    // ---- prefixed shapes: each returns the end of the token, or -1 ----

    private static int MatchRun(string text, int body, PrefixRule rule)
    {
        var run = CharClasses.RunLength(text, body, text.Length, rule.Alphabet, rule.Max + 1);
        if (run < rule.Min || run > rule.Max || !EndsAtBoundary(text, body + run)
            || PlaceholderFilter.IsPlaceholderBody(text, body, run, AlphabetSize(rule.Alphabet)))
        {
            return -1;
        }

        return body + run;
    }

    private static int MatchCrcBase62(string text, int body, PrefixRule rule)
    {
        var run = CharClasses.RunLength(text, body, text.Length, CharClass.Alnum, rule.Min + 1);
        if (run != rule.Min || !EndsAtBoundary(text, body + run) || !Checksums.IsValidGitHubCrc(text, body, run)
            || PlaceholderFilter.IsPlaceholderBody(text, body, run - 6, 62, checkWords: false))
        {
            return -1;
        }

        return body + run;
    }

    private static int MatchGitHubFineGrained(string text, int start, int body)
    {
        // 22 base62 (a digit first) + "_" + 43 base62 + 8 base32 checksum + 8 base62.
        if (text.Length - body < 82 || !CharClasses.Is(text[body], CharClass.Digit)
            || CharClasses.RunLength(text, body, text.Length, CharClass.Alnum, 23) != 22 || text[body + 22] != '_'
            || CharClasses.RunLength(text, body + 23, text.Length, CharClass.Alnum, 60) != 59
            || !CharClasses.All(text, body + 66, 8, CharClass.Base32Upper)
            || !EndsAtBoundary(text, body + 82) || (body + 82 < text.Length && text[body + 82] == '_')
            || !Checksums.IsValidGitHubFineGrained(text, start))
        {
            return -1;
        }

        return body + 82;
    }

    private static int MatchGitLab(string text, int start, int body, PrefixRule rule)
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
                || !EndsAtBoundary(text, tail + 9) || (tail + 9 < text.Length && CharClasses.Is(text[tail + 9], CharClass.Base64Url))
                || !Checksums.IsValidGitLabRoutable(text, start, tail + 9 - start))
            {
                return -1;
            }

            return tail + 9;
        }

        if (run < rule.Min || run > rule.Max || !EndsAtBoundary(text, end) || PlaceholderFilter.IsPlaceholderBody(text, body, run, 64))
        {
            return -1;
        }

        return end;
    }

    private static int MatchOpenAiKey(string text, int body, PrefixRule rule)
    {
        var run = CharClasses.RunLength(text, body, text.Length, CharClass.Base64Url, rule.Max + 1);
        if (run < rule.Min || run > rule.Max || !EndsAtBoundary(text, body + run))
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

    private static int MatchOpenAiLegacyKey(string text, int body)
    {
        var run = CharClasses.RunLength(text, body, text.Length, CharClass.Alnum, 49);
        if (run != 48 || !EndsAtBoundary(text, body + run) || (body + run < text.Length && text[body + run] == '-')
            || string.CompareOrdinal(text, body + 20, "T3BlbkFJ", 0, 8) != 0
            || PlaceholderFilter.IsPlaceholderBody(text, body, 20, 62) || PlaceholderFilter.IsPlaceholderBody(text, body + 28, 20, 62))
        {
            return -1;
        }

        return body + run;
    }

    private static int MatchAnthropicKey(string text, int body, PrefixRule rule)
    {
        var run = CharClasses.RunLength(text, body, text.Length, CharClass.Base64Url, rule.Max + 1);
        if (run < rule.Min || run > rule.Max || !EndsAtBoundary(text, body + run)
            || text[body + run - 1] != 'A' || text[body + run - 2] != 'A'
            || PlaceholderFilter.IsPlaceholderBody(text, body, run - 2, 64))
        {
            return -1;
        }

        return body + run;
    }

    private static int MatchDiscordWebhook(string text, int body)
    {
        var id = CharClasses.RunLength(text, body, text.Length, CharClass.Digit, 21);
        if (id < 17 || id > 20 || body + id >= text.Length || text[body + id] != '/')
        {
            return -1;
        }

        var secret = body + id + 1;
        var run = CharClasses.RunLength(text, secret, text.Length, CharClass.Base64Url, 69);
        if (run < 60 || run > 68 || !EndsAtBoundary(text, secret + run) || PlaceholderFilter.IsPlaceholderBody(text, secret, run, 64))
        {
            return -1;
        }

        return secret + run;
    }

    private static int MatchSendGrid(string text, int body)
    {
        var first = CharClasses.RunLength(text, body, text.Length, CharClass.Base64Url, 25);
        if (first < 20 || first > 24 || body + first >= text.Length || text[body + first] != '.')
        {
            return -1;
        }

        var second = body + first + 1;
        var run = CharClasses.RunLength(text, second, text.Length, CharClass.Base64Url, 51);
        if (run < 39 || run > 50 || !EndsAtBoundary(text, second + run)
            || PlaceholderFilter.IsPlaceholderBody(text, body, first, 64) || PlaceholderFilter.IsPlaceholderBody(text, second, run, 64))
        {
            return -1;
        }

        return second + run;
    }

    private static int MatchDatabricks(string text, int body)
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

        if (!EndsAtBoundary(text, end) || PlaceholderFilter.IsPlaceholderBody(text, body, 32, 16))
        {
            return -1;
        }

        return end;
    }

    /// <summary>A token ends where the text ends or at a character that cannot continue an identifier.</summary>
    internal static bool EndsAtBoundary(string text, int end) => end >= text.Length || !CharClasses.IsAlnum(text[end]);

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
