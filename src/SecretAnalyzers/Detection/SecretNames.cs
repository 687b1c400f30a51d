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

    private static readonly string[] SecretEndings = { "secret", "token" };

    /// <summary>What makes a <c>…Key</c> a secret key: <c>ApiKey</c>, <c>SigningKey</c>, <c>AccountKey</c>, <c>Jwt:Key</c>.</summary>
    private static readonly string[] KeyQualifiers =
    {
        "api", "secret", "private", "signing", "encryption", "account", "master", "shared", "primary", "secondary",
        "subscription", "hmac", "auth", "app", "jwt", "sas", "storage", "webhook", "admin", "service", "client",
        "openai", "stripe", "sendgrid", "mailgun", "anthropic", "cosmos", "cognitive",
    };

    /// <summary>What the name (or the last segment of a key path) says the value is.</summary>
    public static NamedKind KindOf(string name)
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

        var words = Words(name, segmentStart, segmentEnd);
        if (words.Count == 0)
        {
            return NamedKind.None;
        }

        if (words.Contains("public") || words.Contains("publishable"))
        {
            // STRIPE_PUBLISHABLE_KEY, PublicKey: made to be shown.
            return NamedKind.None;
        }

        var last = words[words.Count - 1];
        if (isElement && last.Length > 1 && last[last.Length - 1] == 's')
        {
            words[words.Count - 1] = last = last.Substring(0, last.Length - 1);
        }
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

        // ApiKey, api_key, APIKEY: the qualifier is in the same segment; Jwt:Key, OpenAI__Key: in the section above it.
        var qualifier = string.Concat(words).Substring(0, string.Concat(words).Length - "key".Length);
        if (qualifier.Length == 0 && segmentStart > 0)
        {
            var parentEnd = SeparatorStart(name, segmentStart);
            qualifier = string.Concat(Words(name, LastSegmentStart(name, parentEnd), parentEnd));
        }

        foreach (var candidate in KeyQualifiers)
        {
            if (qualifier.IndexOf(candidate, StringComparison.Ordinal) >= 0)
            {
                return NamedKind.Secret;
            }
        }

        return NamedKind.None;
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
