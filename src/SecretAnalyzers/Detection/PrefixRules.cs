using System.Collections.Generic;

namespace SecretAnalyzers.Detection;

/// <summary>Checks what follows a row's prefix at <paramref name="start"/> and gives the match (the token, or the value after a keyword).</summary>
internal delegate bool TokenValidator(string text, int start, PrefixRule rule, out SecretMatch match);

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
    }

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
        new("sk_live_", TokenFormats.StripeLiveSecretKey, TokenValidators.Run, Base62, 24, 247),
        new("rk_live_", TokenFormats.StripeLiveRestrictedKey, TokenValidators.Run, Base62, 24, 247),
        new("sk_test_", TokenFormats.StripeTestSecretKey, TokenValidators.Run, Base62, 24, 247),
        new("rk_test_", TokenFormats.StripeTestRestrictedKey, TokenValidators.Run, Base62, 24, 247),
        new("whsec_", TokenFormats.StripeWebhookSecret, TokenValidators.Run, Base62, 32, 64),

        // Anthropic before OpenAI: both start "sk-".
        new("sk-ant-api03-", TokenFormats.AnthropicApiKey, TokenValidators.AnthropicKey, Base64Url, 80, 120),
        new("sk-ant-admin01-", TokenFormats.AnthropicAdminKey, TokenValidators.AnthropicKey, Base64Url, 80, 120),
        new("sk-proj-", TokenFormats.OpenAiProjectKey, TokenValidators.OpenAiKey, Base64Url, 40, 250),
        new("sk-svcacct-", TokenFormats.OpenAiServiceAccountKey, TokenValidators.OpenAiKey, Base64Url, 40, 250),
        new("sk-service-", TokenFormats.OpenAiServiceAccountKey, TokenValidators.OpenAiKey, Base64Url, 40, 250),
        new("sk-admin-", TokenFormats.OpenAiAdminKey, TokenValidators.OpenAiKey, Base64Url, 40, 250),
        new("sk-None-", TokenFormats.OpenAiProjectKey, TokenValidators.OpenAiKey, Base64Url, 40, 250),
        new("sk-", TokenFormats.OpenAiUserKey, TokenValidators.OpenAiLegacyKey, Base62, 48, 48),

        // AWS access key ids: 16 characters of the base32 alphabet.
        new("AKIA", TokenFormats.AwsAccessKeyId, TokenValidators.Run, CharClass.Base32Upper, 16, 16),
        new("ASIA", TokenFormats.AwsAccessKeyId, TokenValidators.Run, CharClass.Base32Upper, 16, 16),
        new("ABIA", TokenFormats.AwsAccessKeyId, TokenValidators.Run, CharClass.Base32Upper, 16, 16),
        new("ACCA", TokenFormats.AwsAccessKeyId, TokenValidators.Run, CharClass.Base32Upper, 16, 16),
        new("ABSK", TokenFormats.AwsBedrockApiKey, TokenValidators.Run, CharClass.Base64, 100, 300),

        // GitHub and npm carry a CRC-32 checksum; look-alikes with a wrong one were never issued.
        new("ghp_", TokenFormats.GitHubPersonalAccessToken, TokenValidators.CrcBase62, Base62, 36, 36),
        new("gho_", TokenFormats.GitHubOAuthToken, TokenValidators.CrcBase62, Base62, 36, 36),
        new("ghu_", TokenFormats.GitHubUserToServerToken, TokenValidators.CrcBase62, Base62, 36, 36),
        new("ghs_", TokenFormats.GitHubServerToServerToken, TokenValidators.CrcBase62, Base62, 36, 36),
        new("ghr_", TokenFormats.GitHubRefreshToken, TokenValidators.CrcBase62, Base62, 76, 76),
        new("github_pat_", TokenFormats.GitHubFineGrainedToken, TokenValidators.GitHubFineGrained, shortestText: 93),
        new("npm_", TokenFormats.NpmAccessToken, TokenValidators.CrcBase62, Base62, 36, 36),

        // GitLab.
        new("glpat-", TokenFormats.GitLabPersonalAccessToken, TokenValidators.GitLab, Base64Url, 20, 20),
        new("glrt-", TokenFormats.GitLabRunnerToken, TokenValidators.GitLab, Base64Url, 20, 20),
        new("glptt-", TokenFormats.GitLabToken, TokenValidators.Run, Hex, 40, 40),
        new("gldt-", TokenFormats.GitLabToken, TokenValidators.GitLab, Base64Url, 20, 20),
        new("glft-", TokenFormats.GitLabToken, TokenValidators.GitLab, Base64Url, 20, 20),
        new("glsoat-", TokenFormats.GitLabToken, TokenValidators.GitLab, Base64Url, 20, 20),
        new("glffct-", TokenFormats.GitLabToken, TokenValidators.GitLab, Base64Url, 20, 20),
        new("glimt-", TokenFormats.GitLabToken, TokenValidators.GitLab, Base64Url, 25, 25),
        new("glagent-", TokenFormats.GitLabToken, TokenValidators.GitLab, Base64Url, 50, 50),
        new("gloas-", TokenFormats.GitLabToken, TokenValidators.GitLab, Base64Url, 64, 64),
        new("glcbt-", TokenFormats.GitLabToken, TokenValidators.Run, Base64Url, 22, 26),
        new("GR1348941", TokenFormats.GitLabRunnerToken, TokenValidators.Run, Base64Url, 20, 20),

        // Slack. Legacy tokens can be as short as 13 characters: found at the dash after their prefix word.
        new("xoxb-", TokenFormats.SlackBotToken, TokenValidators.SlackToken, shortestText: 20),
        new("xoxp-", TokenFormats.SlackUserToken, TokenValidators.SlackToken, shortestText: 20),
        new("xoxe.xoxp-", TokenFormats.SlackConfigToken, TokenValidators.SlackToken, shortestText: 20),
        new("xoxe.xoxb-", TokenFormats.SlackConfigToken, TokenValidators.SlackToken, shortestText: 20),
        new("xoxe-", TokenFormats.SlackConfigToken, TokenValidators.SlackToken, shortestText: 20),
        new("xapp-", TokenFormats.SlackAppToken, TokenValidators.SlackToken, shortestText: 20),
        new("xoxa-", TokenFormats.SlackLegacyToken, TokenValidators.SlackToken, shortestText: 13, foundInGaps: true),
        new("xoxr-", TokenFormats.SlackLegacyToken, TokenValidators.SlackToken, shortestText: 13, foundInGaps: true),
        new("xoxo-", TokenFormats.SlackLegacyToken, TokenValidators.SlackToken, shortestText: 13, foundInGaps: true),
        new("xoxs-", TokenFormats.SlackLegacyToken, TokenValidators.SlackToken, shortestText: 13, foundInGaps: true),
        new("hooks.slack.com/", TokenFormats.SlackWebhookUrl, TokenValidators.SlackWebhook, shortestText: 40),

        // Google.
        new("AIza", TokenFormats.GoogleApiKey, TokenValidators.Run, Base64Url, 35, 35),
        new("GOCSPX-", TokenFormats.GoogleOAuthClientSecret, TokenValidators.Run, Base64Url, 28, 28),

        // Azure connection-string keys (identifiable keys and Entra secrets have no prefix: see SecretScanner).
        new("AccountKey=", TokenFormats.AzureStorageAccountKey, TokenValidators.KeyValue, CharClass.Base64, 40, 100, ignoreCase: true),
        new("SharedAccessKey=", TokenFormats.AzureSharedAccessKey, TokenValidators.KeyValue, CharClass.Base64, 40, 100, ignoreCase: true),

        new("SG.", TokenFormats.SendGridApiKey, TokenValidators.SendGridKey, shortestText: 63),
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
        new("dapi", TokenFormats.DatabricksToken, TokenValidators.DatabricksToken, Hex, 32, 32),
        new("EAAA", TokenFormats.SquareAccessToken, TokenValidators.Run, Base64Url, 60, 60),
        new("sq0atp-", TokenFormats.SquareAccessToken, TokenValidators.Run, Base64Url, 22, 22),
        new("sq0csp-", TokenFormats.SquareApplicationSecret, TokenValidators.Run, Base64Url, 43, 43),
        new("sandbox-sq0csb-", TokenFormats.SquareSandboxSecret, TokenValidators.Run, Base64Url, 43, 43),
        new("discord.com/api/webhooks/", TokenFormats.DiscordWebhookUrl, TokenValidators.DiscordWebhook, shortestText: 100),
        new("discordapp.com/api/webhooks/", TokenFormats.DiscordWebhookUrl, TokenValidators.DiscordWebhook, shortestText: 100),

        // Discord bot tokens start with the base64 of a decimal user id: an ASCII digit then another encode as
        // [MNO] then [DTjz]. Spelling the pairs out keeps every other capitalised word off the Discord check.
        new("MD", TokenFormats.DiscordBotToken, TokenValidators.DiscordBotToken, shortestText: 50),
        new("MT", TokenFormats.DiscordBotToken, TokenValidators.DiscordBotToken, shortestText: 50),
        new("Mj", TokenFormats.DiscordBotToken, TokenValidators.DiscordBotToken, shortestText: 50),
        new("Mz", TokenFormats.DiscordBotToken, TokenValidators.DiscordBotToken, shortestText: 50),
        new("ND", TokenFormats.DiscordBotToken, TokenValidators.DiscordBotToken, shortestText: 50),
        new("NT", TokenFormats.DiscordBotToken, TokenValidators.DiscordBotToken, shortestText: 50),
        new("Nj", TokenFormats.DiscordBotToken, TokenValidators.DiscordBotToken, shortestText: 50),
        new("Nz", TokenFormats.DiscordBotToken, TokenValidators.DiscordBotToken, shortestText: 50),
        new("OD", TokenFormats.DiscordBotToken, TokenValidators.DiscordBotToken, shortestText: 50),
        new("OT", TokenFormats.DiscordBotToken, TokenValidators.DiscordBotToken, shortestText: 50),
        new("Oj", TokenFormats.DiscordBotToken, TokenValidators.DiscordBotToken, shortestText: 50),
        new("Oz", TokenFormats.DiscordBotToken, TokenValidators.DiscordBotToken, shortestText: 50),

        new("eyJ", TokenFormats.JsonWebToken, TokenValidators.JsonWebToken, shortestText: 30),
        new("-----BEGIN ", TokenFormats.PrivateKey, TokenValidators.PrivateKeyBlock, shortestText: 50, foundInGaps: true),
        new("Password", TokenFormats.ConnectionStringPassword, TokenValidators.ConnectionStringPassword, ignoreCase: true, shortestText: 10, foundInGaps: true),
        new("Pwd", TokenFormats.ConnectionStringPassword, TokenValidators.ConnectionStringPassword, ignoreCase: true, shortestText: 10, foundInGaps: true),
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
