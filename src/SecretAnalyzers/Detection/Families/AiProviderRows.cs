using System;
using static SecretAnalyzers.Detection.Alphabets;

namespace SecretAnalyzers.Detection;

/// <summary>The token rows of OpenAI and Anthropic, with the validators only they use.</summary>
internal static class AiProviderRows
{
    public static readonly PrefixRule[] Rows =
    {
        // Anthropic before OpenAI: both start "sk-".
        new("sk-ant-api03-", TokenFormats.AnthropicApiKey, AnthropicKey, Base64Url, 80, 120),
        new("sk-ant-admin01-", TokenFormats.AnthropicAdminKey, AnthropicKey, Base64Url, 80, 120),
        new("sk-proj-", TokenFormats.OpenAiProjectKey, OpenAiKey, Base64Url, 40, 250),
        new("sk-svcacct-", TokenFormats.OpenAiServiceAccountKey, OpenAiKey, Base64Url, 40, 250),
        new("sk-service-", TokenFormats.OpenAiServiceAccountKey, OpenAiKey, Base64Url, 40, 250),
        new("sk-admin-", TokenFormats.OpenAiAdminKey, OpenAiKey, Base64Url, 40, 250),
        new("sk-None-", TokenFormats.OpenAiProjectKey, OpenAiKey, Base64Url, 40, 250),
        new("sk-", TokenFormats.OpenAiUserKey, OpenAiLegacyKey, Base62, 48, 48),
    };

    /// <summary>The characters on each side of an admin key's marker.</summary>
    private const int AdminHalf = 58;

    /// <summary>The shortest body of a project, service-account or unscoped key without the marker that still counts.</summary>
    private const int MarkerlessMinimum = 80;

    public static bool AnthropicKey(ReadOnlySpan<char> text, int start, PrefixRule rule, out SecretMatch match) => TokenValidators.Whole(text, start, rule, MatchAnthropicKey(text, start + rule.Prefix.Length, rule), out match);

    public static bool OpenAiKey(ReadOnlySpan<char> text, int start, PrefixRule rule, out SecretMatch match) => TokenValidators.Whole(text, start, rule, MatchOpenAiKey(text, start + rule.Prefix.Length, rule), out match);

    public static bool OpenAiLegacyKey(ReadOnlySpan<char> text, int start, PrefixRule rule, out SecretMatch match) => TokenValidators.Whole(text, start, rule, MatchOpenAiLegacyKey(text, start + rule.Prefix.Length), out match);

    private static int MatchOpenAiKey(ReadOnlySpan<char> text, int body, PrefixRule rule)
    {
        var run = CharClasses.RunLength(text, body, text.Length, CharClass.Base64Url, rule.Max + 1);
        if (run < rule.Min || run > rule.Max || !SecretScanner.EndsAtBoundary(text, body + run))
        {
            return -1;
        }

        if (rule.Format == TokenFormats.OpenAiAdminKey)
        {
            // Admin keys have one layout: 58 characters, the marker base64("OpenAI"), 58 more; each half random.
            return run == AdminHalf + 8 + AdminHalf && TextSearch.HasAt(text, body + AdminHalf, "T3BlbkFJ")
                && !PlaceholderFilter.IsPlaceholderBody(text, body, AdminHalf, 64) && !PlaceholderFilter.IsPlaceholderBody(text, body + AdminHalf + 8, AdminHalf, 64)
                ? body + run
                : -1;
        }

        // Real keys carry base64("OpenAI") in the middle. Without it, a body of at least MarkerlessMinimum characters
        // counts: that many random base64url characters after "sk-proj-" are no word, id or hash, and project keys have
        // been seen without the marker; shorter bodies without it are the look-alikes of tutorials and tests.
        var hasMarker = TextSearch.IndexOf(text, "T3BlbkFJ", body, run, StringComparison.Ordinal) >= 0;
        if ((!hasMarker && run < MarkerlessMinimum) || PlaceholderFilter.IsPlaceholderBody(text, body, run, 64))
        {
            return -1;
        }

        return body + run;
    }

    private static int MatchOpenAiLegacyKey(ReadOnlySpan<char> text, int body)
    {
        var run = CharClasses.RunLength(text, body, text.Length, CharClass.Alnum, 49);
        if (run != 48 || !SecretScanner.EndsAtBoundary(text, body + run) || (body + run < text.Length && text[body + run] == '-')
            || !TextSearch.HasAt(text, body + 20, "T3BlbkFJ")
            || PlaceholderFilter.IsPlaceholderBody(text, body, 20, 62) || PlaceholderFilter.IsPlaceholderBody(text, body + 28, 20, 62))
        {
            return -1;
        }

        return body + run;
    }

    private static int MatchAnthropicKey(ReadOnlySpan<char> text, int body, PrefixRule rule)
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
}
