using System;
using System.Collections.Generic;

namespace SecretAnalyzers.Detection;

/// <summary>What a name says its value is.</summary>
internal enum NamedKind
{
    None,

    /// <summary><c>Password</c>, <c>DB_PASS</c>, <c>Passphrase</c>: a value a person may have chosen.</summary>
    Password,

    /// <summary><c>ClientSecret</c>, <c>ApiKey</c>, <c>AccessToken</c>, <c>Jwt:Key</c>: a key issued or generated.</summary>
    Secret,
}

/// <summary>
/// Names that say their value is a credential, as a configuration key path (<c>Smtp:Password</c>,
/// <c>Stripe__SecretKey</c>), an environment variable (<c>OPENAI_API_KEY</c>) or a C# identifier spells them. Only
/// the <em>last</em> word decides: <c>PasswordHash</c>, <c>ApiKeyHeader</c>, <c>TokenEndpoint</c> and <c>SecretName</c>
/// name something else. A bare <c>Key</c> counts when its section says whose key it is (<c>Jwt:Key</c>, <c>OpenAI:Key</c>).
/// </summary>
internal static class SecretNames
{
    private static readonly string[] PasswordEndings = { "password", "passwd", "passphrase", "passcode" };

    /// <summary>Last words that are a password by themselves only when they stand as a word (<c>DB_PASS</c>, not <c>Bypass</c>).</summary>
    private static readonly string[] PasswordWords = { "pass", "pwd" };

    private static readonly string[] SecretEndings = { "secret", "token", "bearer", "credential", "credentials" };

    /// <summary>
    /// Words anywhere in a name that say its value is no usable credential: a hash or an encrypted form of one
    /// (<c>HashedPassword</c>, <c>EncryptedSecret</c>), a value made to fail (<c>InvalidPassword</c>, <c>WrongApiKey</c>),
    /// the absence of one (<c>RedisWithoutPassword</c>),
    /// or a token that is no credential (<c>ContinuationToken</c>, <c>NextPageToken</c>, <c>CancellationToken</c>,
    /// <c>AntiforgeryToken</c>, <c>DeviceToken</c>).
    /// </summary>
    private static readonly string[] NotCredentialWords =
    {
        "hash", "hashed", "salt", "salted", "digest", "checksum", "encrypted", "cipher", "ciphertext", "masked", "obfuscated",
        "invalid", "wrong", "bad", "incorrect", "fake", "dummy", "mock", "stub", "sample", "example", "placeholder",
        "continuation", "page", "paging", "pagination", "next", "cancellation", "sync", "resume", "csrf", "xsrf",
        "antiforgery", "verification", "device", "lexer", "parser", "syntax", "without",
    };

    /// <summary>What makes a <c>…Key</c> a secret key: <c>ApiKey</c>, <c>SigningKey</c>, <c>AccountKey</c>, <c>Jwt:Key</c>. Whole words only.</summary>
    private static readonly string[] KeyQualifiers =
    {
        "api", "secret", "private", "signing", "encryption", "account", "master", "shared", "primary", "secondary",
        "subscription", "hmac", "auth", "app", "jwt", "sas", "storage", "webhook", "admin", "service", "client",
        "security", "aes", "crypto", "token", "protection", "access",
        "openai", "stripe", "sendgrid", "mailgun", "anthropic", "cosmos", "cognitive",
    };

    /// <summary>Words that make a key one that is shown by design: a publishable key, a reCAPTCHA site key, a search-only key.</summary>
    private static readonly string[] PublicWords = { "public", "publishable", "site", "search", "browser" };

    /// <summary>Trailing words that say which environment or version, not what: <c>DB_PASSWORD_PROD</c>, <c>API_KEY_V2</c>.</summary>
    private static readonly string[] QualifyingSuffixes = { "prod", "production", "dev", "development", "test", "staging", "stage", "live", "qa", "uat", "local", "old", "new", "legacy", "current", "next" };

    /// <summary>What the name (or the last segment of a key path) says the value is.</summary>
    public static NamedKind KindOf(string name) => KindOf(name, plural: false);

    /// <summary>
    /// What the name says its value is; with <paramref name="plural"/>, the name of a collection whose elements are
    /// the values (<c>Passwords</c>, <c>API_KEYS</c>).
    /// </summary>
    public static NamedKind KindOf(string name, bool plural)
    {
        // Elements of an array (ApiKeys:0) are named by the array, in the plural.
        var segmentEnd = name.Length;
        var segmentStart = LastSegmentStart(name, segmentEnd);
        var isElement = false;
        while (segmentStart > 0 && IsIndex(name, segmentStart, segmentEnd))
        {
            isElement = true;
            segmentEnd = SeparatorStart(name, segmentStart);
            segmentStart = LastSegmentStart(name, segmentEnd);
        }

        var kind = KindOfSegment(name, segmentStart, segmentEnd, isElement || plural);
        if (kind == NamedKind.None && segmentStart > 0)
        {
            // A dictionary of secrets: "ApiKeys": { "PartnerA": "…" }, "Passwords": { "Admin": "…" }.
            var parentEnd = SeparatorStart(name, segmentStart);
            var parentStart = LastSegmentStart(name, parentEnd);
            var parentWords = Words(name, parentStart, parentEnd);
            if (parentWords.Count > 0 && parentWords[parentWords.Count - 1].EndsWith("s", StringComparison.Ordinal))
            {
                kind = KindOfSegment(name, parentStart, parentEnd, plural: true);
            }
        }

        return kind;
    }

    private static NamedKind KindOfSegment(string name, int segmentStart, int segmentEnd, bool plural)
    {
        var words = Words(name, segmentStart, segmentEnd);
        while (words.Count > 1 && IsQualifyingSuffix(words[words.Count - 1]))
        {
            words.RemoveAt(words.Count - 1);
        }

        if (words.Count == 0 || words.Exists(w => Array.IndexOf(PublicWords, w) >= 0 || Array.IndexOf(NotCredentialWords, w) >= 0))
        {
            // STRIPE_PUBLISHABLE_KEY, PublicKey, RecaptchaSiteKey: made to be shown. PasswordSalt, NextPageToken: no credential.
            return NamedKind.None;
        }

        // Password2, ApiKey1: a number after the word names another of the same.
        var last = words[words.Count - 1].TrimEnd('0', '1', '2', '3', '4', '5', '6', '7', '8', '9');
        if (plural && last.Length > 1 && last[last.Length - 1] == 's')
        {
            last = last.Substring(0, last.Length - 1);
        }

        words[words.Count - 1] = last;
        if (EndsWithAny(last, PasswordEndings) || (Array.IndexOf(PasswordWords, last) >= 0 && words.Count > 1) || last == "pwd")
        {
            return NamedKind.Password;
        }

        if (EndsWithAny(last, SecretEndings))
        {
            return NamedKind.Secret;
        }

        if (!last.EndsWith("key", StringComparison.Ordinal))
        {
            return NamedKind.None;
        }

        // ApiKey, api_key: a qualifying word before Key; APIKEY, SECRETKEY: run together in the last word;
        // Jwt:Key, OpenAI__Key: in the section above a bare Key.
        var runTogether = last.Substring(0, last.Length - "key".Length);
        var qualifiers = words.GetRange(0, words.Count - 1);
        if (runTogether.Length > 0)
        {
            qualifiers.Add(runTogether);
        }

        if (qualifiers.Count == 0 && segmentStart > 0)
        {
            var parentEnd = SeparatorStart(name, segmentStart);
            var parentStart = LastSegmentStart(name, parentEnd);
            qualifiers = Words(name, parentStart, parentEnd);
            qualifiers.Add(string.Concat(qualifiers));
            if (IsIndex(name, parentStart, parentEnd))
            {
                // "ApiClients": [ { "Key": "…" } ]: the array names the element.
                var arrayEnd = SeparatorStart(name, parentStart);
                qualifiers = Words(name, LastSegmentStart(name, arrayEnd), arrayEnd);
                qualifiers.Add(string.Concat(qualifiers));
            }
        }

        foreach (var qualifier in qualifiers)
        {
            if (Array.IndexOf(KeyQualifiers, qualifier) >= 0 || Array.IndexOf(KeyQualifiers, qualifier.TrimEnd('s')) >= 0)
            {
                return NamedKind.Secret;
            }
        }

        // A qualifier split by the casing of an acronym (AzureOpenAIKey: azure, open, ai): the words run together.
        var joined = string.Concat(qualifiers);
        foreach (var qualifier in KeyQualifiers)
        {
            if (qualifier.Length >= 5 && joined.IndexOf(qualifier, StringComparison.Ordinal) >= 0)
            {
                return NamedKind.Secret;
            }
        }

        return NamedKind.None;
    }

    /// <summary>
    /// Whether the name can say credential at all: it holds <c>pass</c>, <c>pwd</c>, <c>secret</c>, <c>key</c>,
    /// <c>token</c>, <c>bearer</c> or <c>credential</c> in any case. A gate without allocation before <see cref="KindOf(string)"/>.
    /// </summary>
    public static bool MayName(string text, int start, int length)
    {
        var end = start + length;
        for (var i = start; i + 2 < end; i++)
        {
            // One switch on the letter a stem starts with: most characters of a name start none.
            var found = (text[i] | 0x20) switch
            {
                'p' => Is(text, i, end, "pass") || Is(text, i, end, "pwd"),
                's' => Is(text, i, end, "secret"),

                // A key says credential only with a word before it (ApiKey, api_key, APIKEY) or a section (Jwt:Key).
                'k' => i > start && Is(text, i, end, "key"),
                't' => Is(text, i, end, "token"),
                'b' => Is(text, i, end, "bearer"),
                'c' => Is(text, i, end, "credential"),
                _ => false,
            };
            if (found)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="word"/> (lower case) stands at <paramref name="at"/>, ignoring ASCII case.</summary>
    internal static bool Is(string text, int at, int end, string word)
    {
        if (end - at < word.Length)
        {
            return false;
        }

        for (var k = 0; k < word.Length; k++)
        {
            if ((text[at + k] | 0x20) != word[k])
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsQualifyingSuffix(string word)
    {
        if (Array.IndexOf(QualifyingSuffixes, word) >= 0)
        {
            return true;
        }

        var digits = word.Length > 1 && word[0] == 'v' ? 1 : 0;
        for (var i = digits; i < word.Length; i++)
        {
            if (word[i] < '0' || word[i] > '9')
            {
                return false;
            }
        }

        return word.Length > digits;
    }

    private static bool IsIndex(string name, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (name[i] < '0' || name[i] > '9')
            {
                return false;
            }
        }

        return end > start;
    }

    /// <summary>Where the last segment of a key path ending at <paramref name="end"/> starts (after <c>:</c> or <c>__</c>).</summary>
    private static int LastSegmentStart(string name, int end)
    {
        for (var i = end - 1; i >= 0; i--)
        {
            if (name[i] == ':' || (name[i] == '_' && i > 0 && name[i - 1] == '_'))
            {
                return i + 1;
            }
        }

        return 0;
    }

    /// <summary>The start of the separator (<c>:</c> or <c>__</c>) just before a segment.</summary>
    private static int SeparatorStart(string name, int segmentStart) =>
        name[segmentStart - 1] == ':' ? segmentStart - 1 : segmentStart - 2;

    /// <summary>The lower-case words of a name: split at separators and at camel-case humps (<c>APIKey</c> is api, key).</summary>
    private static List<string> Words(string name, int start, int end)
    {
        var words = new List<string>();
        var wordStart = -1;
        for (var i = start; i <= end; i++)
        {
            var c = i < end ? name[i] : ' ';
            var isLetterOrDigit = char.IsLetterOrDigit(c);
            var startsWord = isLetterOrDigit && wordStart >= 0 && char.IsUpper(c)
                && (char.IsLower(name[i - 1]) || (i + 1 < end && char.IsLower(name[i + 1]) && char.IsUpper(name[i - 1])));
            if (wordStart >= 0 && (!isLetterOrDigit || startsWord))
            {
                words.Add(name.Substring(wordStart, i - wordStart).ToLowerInvariant());
                wordStart = -1;
            }

            if (isLetterOrDigit && wordStart < 0)
            {
                wordStart = i;
            }
        }

        return words;
    }

    private static bool EndsWithAny(string word, string[] endings)
    {
        foreach (var ending in endings)
        {
            if (word.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
