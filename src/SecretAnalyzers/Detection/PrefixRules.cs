using System.Collections.Generic;

namespace SecretAnalyzers.Detection;

/// <summary>How the part after a prefix is validated.</summary>
internal enum TokenShape : byte
{
    /// <summary>A run of the alphabet, between the minimum and maximum length, ending at a non-alphanumeric character.</summary>
    Run,

    /// <summary>Exactly <c>Min</c> base62 characters whose last 6 are the CRC-32 of the rest (GitHub classic, npm).</summary>
    CrcBase62,

    /// <summary><c>github_pat_</c>: 82 characters with a SHA-256/base32 checksum.</summary>
    GitHubFineGrained,

    /// <summary>GitLab: a legacy body of fixed length, or a routable body ending in a CRC-32/base36 tail.</summary>
    GitLab,

    /// <summary>OpenAI project, service-account and admin keys: the <c>T3BlbkFJ</c> marker, or a long random body.</summary>
    OpenAiKey,

    /// <summary>Legacy OpenAI <c>sk-</c> keys: 20 + <c>T3BlbkFJ</c> + 20.</summary>
    OpenAiLegacyKey,

    /// <summary>Anthropic: a body that ends in <c>AA</c>.</summary>
    AnthropicKey,

    SlackToken,
    SlackWebhook,
    DiscordWebhook,
    SendGridKey,
    DatabricksToken,

    /// <summary><c>AccountKey=</c> and <c>SharedAccessKey=</c>: the base64 value after the keyword.</summary>
    KeyValue,

    /// <summary><c>Password=</c> / <c>Pwd=</c> in a connection string.</summary>
    ConnectionStringPassword,

    PrivateKeyBlock,
    JsonWebToken,
    DiscordBotToken,
}

/// <summary>One prefix the scanner recognises, and how to validate what follows it.</summary>
internal sealed class PrefixRule
{
    public PrefixRule(string prefix, TokenFormat format, TokenShape shape, CharClass alphabet = CharClass.None, int min = 0, int max = 0, bool ignoreCase = false)
    {
        Prefix = prefix;
        Format = format;
        Shape = shape;
        Alphabet = alphabet;
        Min = min;
        Max = max;
        IgnoreCase = ignoreCase;
    }

    public string Prefix { get; }

    public TokenFormat Format { get; }

    public TokenShape Shape { get; }

    public CharClass Alphabet { get; }

    public int Min { get; }

    public int Max { get; }

    public bool IgnoreCase { get; }
}

/// <summary>The prefix table: token formats as data, indexed by first character.</summary>
internal static class PrefixRules
{
    private const CharClass Base62 = CharClass.Alnum;
    private const CharClass Base64Url = CharClass.Base64Url;
    private const CharClass Hex = CharClass.HexLower;
    private const CharClass LowerAlnum = CharClass.Lower | CharClass.Digit;

    public static readonly PrefixRule[] All =
    {
        // Stripe. Publishable keys (pk_) and object ids (cus_, pi_, price_, cs_live_, …) are public and absent on purpose.
        new("sk_live_", TokenFormats.StripeLiveSecretKey, TokenShape.Run, Base62, 24, 247),
        new("rk_live_", TokenFormats.StripeLiveRestrictedKey, TokenShape.Run, Base62, 24, 247),
        new("sk_test_", TokenFormats.StripeTestSecretKey, TokenShape.Run, Base62, 24, 247),
        new("rk_test_", TokenFormats.StripeTestRestrictedKey, TokenShape.Run, Base62, 24, 247),
        new("whsec_", TokenFormats.StripeWebhookSecret, TokenShape.Run, Base62, 32, 64),

        // Anthropic before OpenAI: both start "sk-".
        new("sk-ant-api03-", TokenFormats.AnthropicApiKey, TokenShape.AnthropicKey, Base64Url, 80, 120),
        new("sk-ant-admin01-", TokenFormats.AnthropicAdminKey, TokenShape.AnthropicKey, Base64Url, 80, 120),
        new("sk-proj-", TokenFormats.OpenAiProjectKey, TokenShape.OpenAiKey, Base64Url, 40, 250),
        new("sk-svcacct-", TokenFormats.OpenAiServiceAccountKey, TokenShape.OpenAiKey, Base64Url, 40, 250),
        new("sk-service-", TokenFormats.OpenAiServiceAccountKey, TokenShape.OpenAiKey, Base64Url, 40, 250),
        new("sk-admin-", TokenFormats.OpenAiAdminKey, TokenShape.OpenAiKey, Base64Url, 40, 250),
        new("sk-None-", TokenFormats.OpenAiProjectKey, TokenShape.OpenAiKey, Base64Url, 40, 250),
        new("sk-", TokenFormats.OpenAiUserKey, TokenShape.OpenAiLegacyKey, Base62, 48, 48),

        // AWS access key ids: 16 characters of the base32 alphabet.
        new("AKIA", TokenFormats.AwsAccessKeyId, TokenShape.Run, CharClass.Base32Upper, 16, 16),
        new("ASIA", TokenFormats.AwsAccessKeyId, TokenShape.Run, CharClass.Base32Upper, 16, 16),
        new("ABIA", TokenFormats.AwsAccessKeyId, TokenShape.Run, CharClass.Base32Upper, 16, 16),
        new("ACCA", TokenFormats.AwsAccessKeyId, TokenShape.Run, CharClass.Base32Upper, 16, 16),
        new("ABSK", TokenFormats.AwsBedrockApiKey, TokenShape.Run, CharClass.Base64, 100, 300),

        // GitHub and npm carry a CRC-32 checksum; look-alikes with a wrong one were never issued.
        new("ghp_", TokenFormats.GitHubPersonalAccessToken, TokenShape.CrcBase62, Base62, 36, 36),
        new("gho_", TokenFormats.GitHubOAuthToken, TokenShape.CrcBase62, Base62, 36, 36),
        new("ghu_", TokenFormats.GitHubUserToServerToken, TokenShape.CrcBase62, Base62, 36, 36),
        new("ghs_", TokenFormats.GitHubServerToServerToken, TokenShape.CrcBase62, Base62, 36, 36),
        new("ghr_", TokenFormats.GitHubRefreshToken, TokenShape.CrcBase62, Base62, 76, 76),
        new("github_pat_", TokenFormats.GitHubFineGrainedToken, TokenShape.GitHubFineGrained),
        new("npm_", TokenFormats.NpmAccessToken, TokenShape.CrcBase62, Base62, 36, 36),

        // GitLab.
        new("glpat-", TokenFormats.GitLabPersonalAccessToken, TokenShape.GitLab, Base64Url, 20, 20),
        new("glrt-", TokenFormats.GitLabRunnerToken, TokenShape.GitLab, Base64Url, 20, 20),
        new("glptt-", TokenFormats.GitLabToken, TokenShape.Run, Hex, 40, 40),
        new("gldt-", TokenFormats.GitLabToken, TokenShape.GitLab, Base64Url, 20, 20),
        new("glft-", TokenFormats.GitLabToken, TokenShape.GitLab, Base64Url, 20, 20),
        new("glsoat-", TokenFormats.GitLabToken, TokenShape.GitLab, Base64Url, 20, 20),
        new("glffct-", TokenFormats.GitLabToken, TokenShape.GitLab, Base64Url, 20, 20),
        new("glimt-", TokenFormats.GitLabToken, TokenShape.GitLab, Base64Url, 25, 25),
        new("glagent-", TokenFormats.GitLabToken, TokenShape.GitLab, Base64Url, 50, 50),
        new("gloas-", TokenFormats.GitLabToken, TokenShape.GitLab, Base64Url, 64, 64),
        new("glcbt-", TokenFormats.GitLabToken, TokenShape.Run, Base64Url, 22, 26),
        new("GR1348941", TokenFormats.GitLabRunnerToken, TokenShape.Run, Base64Url, 20, 20),

        // Slack.
        new("xoxb-", TokenFormats.SlackBotToken, TokenShape.SlackToken),
        new("xoxp-", TokenFormats.SlackUserToken, TokenShape.SlackToken),
        new("xoxe.xoxp-", TokenFormats.SlackConfigToken, TokenShape.SlackToken),
        new("xoxe.xoxb-", TokenFormats.SlackConfigToken, TokenShape.SlackToken),
        new("xoxe-", TokenFormats.SlackConfigToken, TokenShape.SlackToken),
        new("xapp-", TokenFormats.SlackAppToken, TokenShape.SlackToken),
        new("xoxa-", TokenFormats.SlackLegacyToken, TokenShape.SlackToken),
        new("xoxr-", TokenFormats.SlackLegacyToken, TokenShape.SlackToken),
        new("xoxo-", TokenFormats.SlackLegacyToken, TokenShape.SlackToken),
        new("xoxs-", TokenFormats.SlackLegacyToken, TokenShape.SlackToken),
        new("hooks.slack.com/", TokenFormats.SlackWebhookUrl, TokenShape.SlackWebhook),

        // Google.
        new("AIza", TokenFormats.GoogleApiKey, TokenShape.Run, Base64Url, 35, 35),
        new("GOCSPX-", TokenFormats.GoogleOAuthClientSecret, TokenShape.Run, Base64Url, 28, 28),

        // Azure connection-string keys (identifiable keys and Entra secrets have no prefix: see SecretScanner).
        new("AccountKey=", TokenFormats.AzureStorageAccountKey, TokenShape.KeyValue, CharClass.Base64, 40, 100, ignoreCase: true),
        new("SharedAccessKey=", TokenFormats.AzureSharedAccessKey, TokenShape.KeyValue, CharClass.Base64, 40, 100, ignoreCase: true),

        new("SG.", TokenFormats.SendGridApiKey, TokenShape.SendGridKey),
        new("key-", TokenFormats.MailgunApiKey, TokenShape.Run, LowerAlnum, 32, 32),
        new("oy2", TokenFormats.NuGetApiKey, TokenShape.Run, CharClass.Base32Lower, 43, 43),
        new("OY2", TokenFormats.NuGetApiKey, TokenShape.Run, CharClass.Base32Upper, 43, 43),
        new("hf_", TokenFormats.HuggingFaceToken, TokenShape.Run, Base62, 34, 34),
        new("api_org_", TokenFormats.HuggingFaceToken, TokenShape.Run, Base62, 34, 34),
        new("pypi-AgEIcHlwaS5vcmc", TokenFormats.PyPiUploadToken, TokenShape.Run, Base64Url, 50, 1000),
        new("pypi-AgENdGVzdC5weXBpLm9yZw", TokenFormats.PyPiUploadToken, TokenShape.Run, Base64Url, 50, 1000),
        new("shpat_", TokenFormats.ShopifyAccessToken, TokenShape.Run, Hex, 32, 32),
        new("shpca_", TokenFormats.ShopifyAccessToken, TokenShape.Run, Hex, 32, 32),
        new("shppa_", TokenFormats.ShopifyAccessToken, TokenShape.Run, Hex, 32, 32),
        new("shpss_", TokenFormats.ShopifySharedSecret, TokenShape.Run, Hex, 32, 32),
        new("dop_v1_", TokenFormats.DigitalOceanToken, TokenShape.Run, Hex, 64, 64),
        new("doo_v1_", TokenFormats.DigitalOceanToken, TokenShape.Run, Hex, 64, 64),
        new("dor_v1_", TokenFormats.DigitalOceanToken, TokenShape.Run, Hex, 64, 64),
        new("dapi", TokenFormats.DatabricksToken, TokenShape.DatabricksToken, Hex, 32, 32),
        new("EAAA", TokenFormats.SquareAccessToken, TokenShape.Run, Base64Url, 60, 60),
        new("sq0atp-", TokenFormats.SquareAccessToken, TokenShape.Run, Base64Url, 22, 22),
        new("sq0csp-", TokenFormats.SquareApplicationSecret, TokenShape.Run, Base64Url, 43, 43),
        new("sandbox-sq0csb-", TokenFormats.SquareSandboxSecret, TokenShape.Run, Base64Url, 43, 43),
        new("discord.com/api/webhooks/", TokenFormats.DiscordWebhookUrl, TokenShape.DiscordWebhook),
        new("discordapp.com/api/webhooks/", TokenFormats.DiscordWebhookUrl, TokenShape.DiscordWebhook),

        // Discord bot tokens start with the base64 of a decimal user id: an ASCII digit then another encode as
        // [MNO] then [DTjz]. Spelling the pairs out keeps every other capitalised word off the Discord check.
        new("MD", TokenFormats.DiscordBotToken, TokenShape.DiscordBotToken),
        new("MT", TokenFormats.DiscordBotToken, TokenShape.DiscordBotToken),
        new("Mj", TokenFormats.DiscordBotToken, TokenShape.DiscordBotToken),
        new("Mz", TokenFormats.DiscordBotToken, TokenShape.DiscordBotToken),
        new("ND", TokenFormats.DiscordBotToken, TokenShape.DiscordBotToken),
        new("NT", TokenFormats.DiscordBotToken, TokenShape.DiscordBotToken),
        new("Nj", TokenFormats.DiscordBotToken, TokenShape.DiscordBotToken),
        new("Nz", TokenFormats.DiscordBotToken, TokenShape.DiscordBotToken),
        new("OD", TokenFormats.DiscordBotToken, TokenShape.DiscordBotToken),
        new("OT", TokenFormats.DiscordBotToken, TokenShape.DiscordBotToken),
        new("Oj", TokenFormats.DiscordBotToken, TokenShape.DiscordBotToken),
        new("Oz", TokenFormats.DiscordBotToken, TokenShape.DiscordBotToken),

        new("eyJ", TokenFormats.JsonWebToken, TokenShape.JsonWebToken),
        new("-----BEGIN ", TokenFormats.PrivateKey, TokenShape.PrivateKeyBlock),
        new("Password", TokenFormats.ConnectionStringPassword, TokenShape.ConnectionStringPassword, ignoreCase: true),
        new("Pwd", TokenFormats.ConnectionStringPassword, TokenShape.ConnectionStringPassword, ignoreCase: true),
    };

    /// <summary>Rules by first character (both cases for case-insensitive prefixes), longest prefix first.</summary>
    private static readonly PrefixRule[]?[] ByFirstChar = Index();

    /// <summary>
    /// One bit per (first, second) ASCII character pair that begins some prefix: the gate that keeps ordinary
    /// words ("select", "status", "order") from ever reaching a string comparison.
    /// </summary>
    private static readonly ulong[] Pairs = IndexPairs();

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
    public static bool MayStart(char first, char second) =>
        second < 128 && (Pairs[(first << 1) | (second >> 6)] & (1UL << (second & 63))) != 0;

    private static ulong[] IndexPairs()
    {
        var pairs = new ulong[256];
        foreach (var rule in All)
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

    private static PrefixRule[]?[] Index()
    {
        var lists = new List<PrefixRule>?[128];
        foreach (var rule in All)
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
