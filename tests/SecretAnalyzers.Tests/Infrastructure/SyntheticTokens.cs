using System;
using System.Security.Cryptography;
using System.Text;
using SecretAnalyzers.Detection;

namespace SecretAnalyzers.Tests.Infrastructure;

/// <summary>
/// Token-shaped values built at run time from a seed, with valid checksums where the format has one. Prefixes are
/// split in the source so the repository itself holds nothing a secret scanner or push protection would flag.
/// CRC-32 comes from System.IO.Hashing and SHA-256 from the BCL, independently of the engine under test; Marvin32
/// comes from the engine, whose implementation <c>ChecksumTests</c> pins to published test vectors.
/// </summary>
internal static class SyntheticTokens
{
    public const string Base62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    public const string Base64Url = Base62 + "-_";
    public const string Hex = "0123456789abcdef";
    public const string Base32Upper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    public const string Base32Lower = "abcdefghijklmnopqrstuvwxyz234567";
    public const string Letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    public const string LowerAlnum = "0123456789abcdefghijklmnopqrstuvwxyz";
    public const string Digits = "0123456789";
    private const string EntraAlphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ1234567890.-_~";

    /// <summary>A random string that itself passes the placeholder filter, so a test never fails on an unlucky draw.</summary>
    public static string Random(int seed, string alphabet, int length)
    {
        var random = new Random(seed);
        while (true)
        {
            var chars = new char[length];
            for (var i = 0; i < length; i++)
            {
                chars[i] = alphabet[random.Next(alphabet.Length)];
            }

            var value = new string(chars);
            if (!PlaceholderFilter.IsPlaceholderBody(value, 0, length, alphabet.Length))
            {
                return value;
            }
        }
    }

    public static string StripeLiveSecret(int seed = 1) => "sk_" + "live_" + "51" + Random(seed, Base62, 97);

    public static string StripeLiveSecretLegacy(int seed = 1) => "sk_" + "live_" + Random(seed, Base62, 24);

    public static string StripeLiveRestricted(int seed = 1) => "rk_" + "live_" + "51" + Random(seed, Base62, 97);

    public static string StripeTestSecret(int seed = 1) => "sk_" + "test_" + "51" + Random(seed, Base62, 97);

    public static string StripeTestRestricted(int seed = 1) => "rk_" + "test_" + Random(seed, Base62, 24);

    public static string StripeWebhookSecret(int seed = 1) => "whs" + "ec_" + Random(seed, Base62, 32);

    public static string StripePublishable(int seed = 1) => "pk_" + "live_" + "51" + Random(seed, Base62, 97);

    public static string OpenAiProject(int seed = 1) => "sk-" + "proj-" + Random(seed, Base64Url, 74) + "T3Blbk" + "FJ" + Random(seed + 1, Base64Url, 74);

    public static string OpenAiServiceAccount(int seed = 1) => "sk-" + "svcacct-" + Random(seed, Base64Url, 74) + "T3Blbk" + "FJ" + Random(seed + 1, Base64Url, 74);

    public static string OpenAiAdmin(int seed = 1) => "sk-" + "admin-" + Random(seed, Base64Url, 58) + "T3Blbk" + "FJ" + Random(seed + 1, Base64Url, 58);

    public static string OpenAiLegacy(int seed = 1) => "sk-" + Random(seed, Base62, 20) + "T3Blbk" + "FJ" + Random(seed + 1, Base62, 20);

    public static string AnthropicApi(int seed = 1) => "sk-" + "ant-api03-" + Random(seed, Base64Url, 93) + "AA";

    public static string AnthropicAdmin(int seed = 1) => "sk-" + "ant-admin01-" + Random(seed, Base64Url, 93) + "AA";

    public static string AwsAccessKeyId(int seed = 1) => "AK" + "IA" + Random(seed, Base32Upper, 16);

    public static string AwsTemporaryAccessKeyId(int seed = 1) => "AS" + "IA" + Random(seed, Base32Upper, 16);

    public static string AwsSecretAccessKey(int seed = 1)
    {
        for (var s = seed; ; s += 1000)
        {
            var value = Random(s, Base62 + "+/", 40);
            if (HasUpperLowerAndNonHex(value))
            {
                return value;
            }
        }
    }

    public static string GitHubClassic(string kind = "p", int seed = 1) => GitHubStyle("gh" + kind + "_", seed, kind == "r" ? 70 : 30);

    public static string Npm(int seed = 1) => GitHubStyle("np" + "m_", seed, 30);

    /// <summary>The random part, then its CRC-32 in base62, zero-padded to 6.</summary>
    public static string GitHubStyle(string prefix, int seed, int randomLength)
    {
        var random = Random(seed, Base62, randomLength);
        return prefix + random + Encode(System.IO.Hashing.Crc32.HashToUInt32(Encoding.ASCII.GetBytes(random)), Base62, 6);
    }

    /// <summary>With the CRC of another random part: right shape, wrong checksum.</summary>
    public static string GitHubWrongChecksum(string prefix, int seed)
    {
        var valid = GitHubStyle(prefix, seed, 30);
        var last = valid[valid.Length - 1];
        return valid.Substring(0, valid.Length - 1) + (last == 'a' ? 'b' : 'a');
    }

    public static string GitHubFineGrained(int seed = 1)
    {
        var head = "github_" + "pat_" + "11" + Random(seed, Base62, 20) + "_" + Random(seed + 1, Base62, 43);
        var digest = SHA256.HashData(Encoding.ASCII.GetBytes(head));
        return head + Base32(digest).Substring(0, 8) + Random(seed + 2, Base62, 8);
    }

    public static string GitLabLegacy(int seed = 1) => "glp" + "at-" + Random(seed, Base64Url, 20);

    public static string GitLabRoutable(int seed = 1)
    {
        var payload = Random(seed, Base64Url, 40);
        var head = "glp" + "at-" + payload + ".01." + Encode((uint)payload.Length, LowerAlnum, 2);
        return head + Encode(System.IO.Hashing.Crc32.HashToUInt32(Encoding.ASCII.GetBytes(head)), LowerAlnum, 7);
    }

    public static string SlackBot(int seed = 1) => "xox" + "b-" + Random(seed, Digits, 11) + "-" + Random(seed + 1, Digits, 12) + "-" + Random(seed + 2, Base62, 24);

    public static string SlackUser(int seed = 1) => "xox" + "p-" + Random(seed, Digits, 10) + "-" + Random(seed + 1, Digits, 11) + "-" + Random(seed + 2, Digits, 12) + "-" + Random(seed + 3, Hex, 32);

    public static string SlackApp(int seed = 1) => "xap" + "p-1-A" + Random(seed, Base32Upper, 10) + "-" + Random(seed + 1, Digits, 13) + "-" + Random(seed + 2, Hex, 64);

    public static string SlackWebhook(int seed = 1) => "https://hooks.slack" + ".com/services/T" + Random(seed, Base32Upper, 9) + "/B" + Random(seed + 1, Base32Upper, 9) + "/" + Random(seed + 2, Base62, 24);

    public static string GoogleApiKey(int seed = 1) => "AI" + "zaSy" + Random(seed, Base64Url, 33);

    public static string GoogleOAuthSecret(int seed = 1) => "GOC" + "SPX-" + Random(seed, Base64Url, 28);

    public static string AzureStorageAccountKey(int seed = 1) => Convert.ToBase64String(RandomBytes(seed, 64));

    public static string AzureStorageConnectionString(int seed = 1) =>
        "DefaultEndpointsProtocol=https;AccountName=contosoprod;Account" + "Key=" + AzureStorageAccountKey(seed) + ";EndpointSuffix=core.windows.net";

    public static string AzureServiceBusConnectionString(int seed = 1) =>
        "Endpoint=sb://contoso.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccess" + "Key=" + Convert.ToBase64String(RandomBytes(seed, 32));

    /// <summary>An identifiable key: random bytes, the signature just before a Marvin32 checksum of everything before it.</summary>
    public static string AzureIdentifiableKey(string signature, ulong seed, int byteCount, int randomSeed = 1)
    {
        var key = RandomBytes(randomSeed, byteCount);
        var pad = (byteCount - 7) * 8 % 6;
        var signatureBytes = Convert.FromBase64String(signature);
        var word = (uint)key[byteCount - 8] << 24;
        if (pad == 2)
        {
            word &= 0xFCFFFFFF;
        }
        else if (pad == 4)
        {
            word &= 0xF0FFFFFF;
        }

        word |= ((uint)signatureBytes[0] << (16 + pad)) | ((uint)signatureBytes[1] << (8 + pad)) | ((uint)signatureBytes[2] << pad);
        key[byteCount - 8] = (byte)(word >> 24);
        key[byteCount - 7] = (byte)(word >> 16);
        key[byteCount - 6] = (byte)(word >> 8);
        key[byteCount - 5] = (byte)word;
        var checksum = Checksums.Marvin32(key, byteCount - 4, seed);
        BitConverter.GetBytes(checksum).CopyTo(key, byteCount - 4);
        return Convert.ToBase64String(key);
    }

    public static string EntraClientSecret(int seed = 1)
    {
        var head = Random(seed, EntraAlphabet, 3) + "8Q" + "~" + Random(seed + 1, EntraAlphabet, 31);
        var hash = Checksums.Marvin32(head, 0, head.Length, 0x4161645077643030);
        return head + Encode(hash, EntraAlphabet, 6).Substring(0, 3);
    }

    /// <summary>An Entra ID client secret of the older layout: 3 characters, <c>7Q~</c>, 31 more, no checksum.</summary>
    public static string EntraLegacyClientSecret(int seed = 1) => Random(seed, EntraAlphabet, 3) + "7Q" + "~" + Random(seed + 1, EntraAlphabet, 31);

    /// <summary>An Entra ID refresh token as MSAL caches it: <c>1.A</c>, a first segment, <c>.Ag</c>, a long second one.</summary>
    public static string EntraRefreshToken(int seed = 1) => "1.A" + Random(seed, Base64Url, 86) + ".Ag" + "ABAwEAAAA" + Random(seed + 1, Base64Url, 600);

    public static string SendGrid(int seed = 1) => "S" + "G." + Random(seed, Base64Url, 22) + "." + Random(seed + 1, Base64Url, 43);

    public static string TwilioAuthToken(int seed = 1) => Random(seed, Hex, 32);

    public static string TwilioAccountSid(int seed = 1) => "A" + "C" + Random(seed, Hex, 32);

    public static string MailgunKey(int seed = 1) => "ke" + "y-" + Random(seed, LowerAlnum, 32);

    public static string MailgunCurrentKey(int seed = 1) => Random(seed, Hex, 32) + "-" + Random(seed + 1, Hex, 8) + "-" + Random(seed + 2, Hex, 8);

    public static string NuGet(int seed = 1) => "oy" + "2" + Random(seed, Base32Lower, 43);

    public static string HuggingFace(int seed = 1) => "hf" + "_" + Random(seed, Letters, 34);

    public static string PyPi(int seed = 1) => "pypi-" + "AgEIcHlwaS5vcmc" + Random(seed, Base64Url, 150);

    public static string ShopifyAccessToken(int seed = 1) => "shp" + "at_" + Random(seed, Hex, 32);

    public static string DigitalOcean(int seed = 1) => "dop" + "_v1_" + Random(seed, Hex, 64);

    public static string Databricks(int seed = 1) => "da" + "pi" + Random(seed, Hex, 32);

    public static string SquareAccessToken(int seed = 1) => "EA" + "AA" + Random(seed, Base64Url, 60);

    public static string SquareApplicationSecret(int seed = 1) => "sq0" + "csp-" + Random(seed, Base64Url, 43);

    public static string DiscordBotToken(int seed = 1)
    {
        var id = "1" + Random(seed, Digits, 17);
        return Convert.ToBase64String(Encoding.ASCII.GetBytes(id)).TrimEnd('=') + "." + Random(seed + 1, Base64Url, 6) + "." + Random(seed + 2, Base64Url, 27);
    }

    public static string DiscordWebhook(int seed = 1) => "https://discord" + ".com/api/webhooks/1" + Random(seed, Digits, 17) + "/" + Random(seed + 1, Base64Url, 68);

    public static string JsonWebToken(int seed = 1) => JsonWebToken(seed, headerPadding: 0);

    /// <summary>A JWT whose header carries <paramref name="headerPadding"/> more characters (as a certificate chain would).</summary>
    public static string JsonWebToken(int seed, int headerPadding)
    {
        var chain = headerPadding > 0 ? ",\"x5c\":[\"" + Random(seed + 2, Base62, headerPadding) + "\"]" : "";
        var header = Base64UrlOf("{\"alg\":\"HS256\",\"typ\":\"JWT\"" + chain + "}");
        var payload = Base64UrlOf("{\"sub\":\"svc-" + Random(seed, LowerAlnum, 8) + "\",\"iat\":1700000000}");
        return header + "." + payload + "." + Random(seed + 1, Base64Url, 43);
    }

    public static string PrivateKeyPem(int seed = 1)
    {
        var body = Convert.ToBase64String(RandomBytes(seed, 600), Base64FormattingOptions.InsertLineBreaks).Replace("\r\n", "\n", StringComparison.Ordinal);
        return "-----BEGIN" + " RSA PRIVATE KEY-----\n" + body + "\n-----END" + " RSA PRIVATE KEY-----\n";
    }

    /// <summary>
    /// An unencrypted OpenSSH private key as <c>ssh-keygen</c> writes it: the <c>openssh-key-v1</c> header with its
    /// length fields (zero bytes, runs of <c>A</c> in base64), then random key material, wrapped at 70 characters.
    /// </summary>
    public static string OpenSshPrivateKeyPem(int seed = 1)
    {
        var bytes = new System.Collections.Generic.List<byte>(System.Text.Encoding.ASCII.GetBytes("openssh-key-v1\0"));
        void String(string value)
        {
            bytes.AddRange(new byte[] { 0, 0, 0, (byte)value.Length });
            bytes.AddRange(System.Text.Encoding.ASCII.GetBytes(value));
        }

        String("none");
        String("none");
        bytes.AddRange(new byte[] { 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 51 });
        String("ssh-ed25519");
        bytes.AddRange(new byte[] { 0, 0, 0, 32 });
        bytes.AddRange(RandomBytes(seed, 32));
        bytes.AddRange(new byte[] { 0, 0, 0, 144 });
        bytes.AddRange(RandomBytes(seed + 1, 144));
        var body = Convert.ToBase64String(bytes.ToArray());
        var lines = new System.Text.StringBuilder();
        for (var i = 0; i < body.Length; i += 70)
        {
            lines.Append(body, i, Math.Min(70, body.Length - i)).Append('\n');
        }

        return "-----BEGIN" + " OPENSSH PRIVATE KEY-----\n" + lines + "-----END" + " OPENSSH PRIVATE KEY-----\n";
    }

    public static string Password(int seed = 1) => Random(seed, Base62, 10) + "!" + Random(seed + 1, Base62, 5);

    public static string SqlConnectionString(int seed = 1) => "Server=db.internal;Database=shop;User Id=app;Pass" + "word=" + Password(seed) + ";TrustServerCertificate=true";

    public static string UrlWithPassword(int seed = 1) => "postgres://app:" + Random(seed, Base62, 18) + "@db.internal:5432/shop";

    public static string Base64UrlOf(string text) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(text)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static byte[] RandomBytes(int seed, int count)
    {
        var bytes = new byte[count];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }

    public static string Encode(uint value, string digits, int width)
    {
        var chars = new char[width];
        for (var i = width - 1; i >= 0; i--)
        {
            chars[i] = digits[(int)(value % (uint)digits.Length)];
            value /= (uint)digits.Length;
        }

        return new string(chars);
    }

    private static string Base32(byte[] data)
    {
        var builder = new StringBuilder();
        int buffer = 0, bits = 0;
        foreach (var b in data)
        {
            buffer = (buffer << 8) | b;
            bits += 8;
            while (bits >= 5)
            {
                builder.Append(Base32Upper[(buffer >> (bits - 5)) & 31]);
                bits -= 5;
            }
        }

        return builder.ToString();
    }

    private static bool HasUpperLowerAndNonHex(string value)
    {
        bool upper = false, lower = false, nonHex = false;
        foreach (var c in value)
        {
            upper |= char.IsUpper(c);
            lower |= char.IsLower(c);
            nonHex |= !Uri.IsHexDigit(c);
        }

        return upper && lower && nonHex;
    }
}
