using System;
using static SecretAnalyzers.Detection.Alphabets;

namespace SecretAnalyzers.Detection;

/// <summary>The token rows of SendGrid, Mailgun, NuGet, Hugging Face, PyPI, Shopify, DigitalOcean, Databricks, Square and Discord, with the validators only they use.</summary>
internal static class ServiceRows
{
    public static readonly PrefixRule[] Rows =
    {
        new("SG.", TokenFormats.SendGridApiKey, SendGridKey, shortestText: 63),
        new("key-", TokenFormats.MailgunApiKey, TokenValidators.Run, LowerAlnum, 32, 32),
        new("oy2", TokenFormats.NuGetApiKey, TokenValidators.Run, CharClass.Base32Lower, 43, 43),
        new("OY2", TokenFormats.NuGetApiKey, TokenValidators.Run, CharClass.Base32Upper, 43, 43),
        new("hf_", TokenFormats.HuggingFaceToken, TokenValidators.Run, Base62, 34, 34),
        new("api_org_", TokenFormats.HuggingFaceToken, TokenValidators.Run, Base62, 34, 34),
        new("pypi-AgEIcHlwaS5vcmc", TokenFormats.PyPiUploadToken, TokenValidators.Run, Base64Url, 50, 1000),
        new("pypi-AgENdGVzdC5weXBpLm9yZw", TokenFormats.PyPiUploadToken, TokenValidators.Run, Base64Url, 50, 1000),
        new("shpat_", TokenFormats.ShopifyAccessToken, TokenValidators.Run, Hex, 32, 32),
        new("shpca_", TokenFormats.ShopifyAccessToken, TokenValidators.Run, Hex, 32, 32),
        new("shppa_", TokenFormats.ShopifyAccessToken, TokenValidators.Run, Hex, 32, 32),
        new("shpss_", TokenFormats.ShopifySharedSecret, TokenValidators.Run, Hex, 32, 32),
        new("dop_v1_", TokenFormats.DigitalOceanToken, TokenValidators.Run, Hex, 64, 64),
        new("doo_v1_", TokenFormats.DigitalOceanToken, TokenValidators.Run, Hex, 64, 64),
        new("dor_v1_", TokenFormats.DigitalOceanToken, TokenValidators.Run, Hex, 64, 64),
        new("dapi", TokenFormats.DatabricksToken, DatabricksToken, Hex, 32, 32),
        new("EAAA", TokenFormats.SquareAccessToken, TokenValidators.Run, Base64Url, 60, 60),
        new("sq0atp-", TokenFormats.SquareAccessToken, TokenValidators.Run, Base64Url, 22, 22),
        new("sq0csp-", TokenFormats.SquareApplicationSecret, TokenValidators.Run, Base64Url, 43, 43),
        new("sandbox-sq0csb-", TokenFormats.SquareSandboxSecret, TokenValidators.Run, Base64Url, 43, 43),
        new("discord.com/api/webhooks/", TokenFormats.DiscordWebhookUrl, DiscordWebhook, shortestText: 100),
        new("discordapp.com/api/webhooks/", TokenFormats.DiscordWebhookUrl, DiscordWebhook, shortestText: 100),
        // Discord bot tokens start with the base64 of a decimal user id: an ASCII digit then another encode as
        // [MNO] then [DTjz]. Spelling the pairs out keeps every other capitalised word off the Discord check.
        new("MD", TokenFormats.DiscordBotToken, DiscordBotToken, shortestText: 50),
        new("MT", TokenFormats.DiscordBotToken, DiscordBotToken, shortestText: 50),
        new("Mj", TokenFormats.DiscordBotToken, DiscordBotToken, shortestText: 50),
        new("Mz", TokenFormats.DiscordBotToken, DiscordBotToken, shortestText: 50),
        new("ND", TokenFormats.DiscordBotToken, DiscordBotToken, shortestText: 50),
        new("NT", TokenFormats.DiscordBotToken, DiscordBotToken, shortestText: 50),
        new("Nj", TokenFormats.DiscordBotToken, DiscordBotToken, shortestText: 50),
        new("Nz", TokenFormats.DiscordBotToken, DiscordBotToken, shortestText: 50),
        new("OD", TokenFormats.DiscordBotToken, DiscordBotToken, shortestText: 50),
        new("OT", TokenFormats.DiscordBotToken, DiscordBotToken, shortestText: 50),
        new("Oj", TokenFormats.DiscordBotToken, DiscordBotToken, shortestText: 50),
        new("Oz", TokenFormats.DiscordBotToken, DiscordBotToken, shortestText: 50),
    };

    public static bool SendGridKey(ReadOnlySpan<char> text, int start, PrefixRule rule, out SecretMatch match) => TokenValidators.Whole(text, start, rule, MatchSendGrid(text, start + rule.Prefix.Length), out match);

    public static bool DatabricksToken(ReadOnlySpan<char> text, int start, PrefixRule rule, out SecretMatch match) => TokenValidators.Whole(text, start, rule, MatchDatabricks(text, start + rule.Prefix.Length), out match);

    public static bool DiscordWebhook(ReadOnlySpan<char> text, int start, PrefixRule rule, out SecretMatch match) => TokenValidators.Whole(text, start, rule, MatchDiscordWebhook(text, start + rule.Prefix.Length), out match);

    public static bool DiscordBotToken(ReadOnlySpan<char> text, int start, PrefixRule rule, out SecretMatch match) => TokenValidators.Whole(text, start, rule, StructuredTokens.MatchDiscordBotToken(text, start), out match);

    private static int MatchSendGrid(ReadOnlySpan<char> text, int body)
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

    private static int MatchDatabricks(ReadOnlySpan<char> text, int body)
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

    private static int MatchDiscordWebhook(ReadOnlySpan<char> text, int body)
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
}
