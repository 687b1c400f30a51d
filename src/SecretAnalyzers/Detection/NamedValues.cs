using System;

namespace SecretAnalyzers.Detection;

/// <summary>
/// Whether a value under a credential's name (<see cref="SecretNames"/>) is a credential, rather than one of the many
/// other things such names hold: nothing, a placeholder or reference (<c>${DB_PASSWORD}</c>, <c>%API_KEY%</c>,
/// <c>@Microsoft.KeyVault(…)</c>), a flag or number, a sentence, a URL, a file path, a configuration key, an
/// environment variable's name, a GUID.
/// </summary>
/// <remarks>
/// A password is reported from <see cref="MinimumPasswordLength"/> characters and two character classes
/// (<c>Welcome1</c>, not <c>welcome</c>): a person's password is short and need not look random, and the name has
/// already said what it is. A secret, key or token must look generated: <see cref="MinimumSecretLength"/> characters
/// and two of lower case, upper case and digits, so that <c>my-key-vault-secret-name</c> stays quiet.
/// </remarks>
internal static class NamedValues
{
    public const int MinimumPasswordLength = 6;
    public const int MinimumSecretLength = 16;

    /// <summary>The longest value judged: a name-only finding is a short credential; a longer text is a document.</summary>
    public const int MaximumLength = 512;

    private static readonly string[] References =
    {
        "@Microsoft.KeyVault(", "arn:", "vault:", "secretsmanager:", "ssm:", "kv:", "env:", "file:", "{{", "#{",
    };

    private static readonly string[] FileExtensions =
    {
        ".pfx", ".p12", ".pem", ".key", ".crt", ".cer", ".json", ".txt", ".xml", ".snk", ".jks", ".p8", ".der", ".jwk", ".ppk",
        ".keystore", ".asc", ".pub", ".p7b",
    };

    /// <summary>Words of a value that describes where the secret is instead of being it: <c>StoredInAzureKeyVault</c>, <c>OverriddenInProduction</c>.</summary>
    private static readonly string[] DescriptionWords =
    {
        "vault", "overrid", "notset", "not_set", "provided", "injected", "tbd", "todo", "environment", "pipeline",
        "usersecret", "configure", "fromenv", "fromkey", "replaced", "setbyci", "secretmanager",
    };

    /// <summary>Prefixes of keys that are public by design: Stripe publishable, Mapbox public tokens, Datadog RUM client tokens, PostHog project keys.</summary>
    private static readonly string[] PublicPrefixes = { "pk_", "pk.", "pub", "phc_" };

    /// <summary>
    /// The stricter bar for a value under a credential's name in C# code, where such names hold far more than values:
    /// the judgement of <see cref="IsCredential"/>, and besides a password needs a digit or a symbol (a word such as
    /// <c>Required</c> is a label), no value holds markup, a template hole, a regular expression or <c>key=value</c>
    /// pairs (whose keys <see cref="EmbeddedPairs"/> judges), and no documentation dummy with digits or symbols added.
    /// A test project's stricter bar is <see cref="LooksGenerated"/>, applied on top.
    /// </summary>
    public static bool IsCredentialInCode(NamedKind kind, string text, int start, int length)
    {
        if (!IsCredential(kind, text, start, length) || IsMarkupTemplateOrPattern(text, start, length))
        {
            return false;
        }

        var letterOnly = true;
        for (var i = start; i < start + length; i++)
        {
            letterOnly &= char.IsLetter(text[i]);
            if (text[i] == '=' && i + 2 < start + length && text[i + 1] != '=')
            {
                // key=value pairs (a connection string, a query) rather than one value; base64 pads only at its end.
                return false;
            }
        }

        return !letterOnly && !IsCommonDummy(text, start, length);
    }

    /// <summary>
    /// <see cref="IsCredentialInCode(NamedKind, string, int, int)"/> under the name that gave the kind: a value that
    /// spells that name is the key of a setting (<see cref="SpellsName"/>).
    /// </summary>
    public static bool IsCredentialInCode(NamedKind kind, string name, string text, int start, int length) =>
        IsCredentialInCode(kind, text, start, length) && !SpellsName(name, text, start, length);

    /// <summary>
    /// Whether the value spells the name it is given, ignoring case and separators (<c>EC2InstancePassword =
    /// "EC2InstancePassword"</c>, <c>SmtpPassword = "smtp_password"</c>): the key of a setting, not its value.
    /// </summary>
    public static bool SpellsName(string name, string text, int start, int length)
    {
        int n = 0, t = start, end = start + length;
        while (true)
        {
            while (n < name.Length && IsNameSeparator(name[n]))
            {
                n++;
            }

            while (t < end && IsNameSeparator(text[t]))
            {
                t++;
            }

            if (n == name.Length || t == end)
            {
                return n == name.Length && t == end && length > 0;
            }

            if (char.ToUpperInvariant(name[n]) != char.ToUpperInvariant(text[t]))
            {
                return false;
            }

            n++;
            t++;
        }
    }

    private static bool IsNameSeparator(char c) => c is '_' or '-' or '.' or ':' or '@';

    /// <summary>
    /// The bar for test projects, whose tests hold dummy passwords by the dozen: at least
    /// <see cref="MinimumGeneratedLength"/> characters with letters and digits, none of the words people put in a
    /// made-up secret (<see cref="MadeUpWords"/>), and no placeholder shape. A generated key passes (all but about
    /// one in a hundred random base62 keys, which spell such a word by chance); <c>Summer2024!</c>,
    /// <c>Harbor-Lights-1987</c> and <c>MyTestSecretKey2024</c> do not.
    /// </summary>
    public static bool LooksGenerated(string text, int start, int length)
    {
        if (length < MinimumGeneratedLength)
        {
            return false;
        }

        bool letter = false, digit = false;
        for (var i = start; i < start + length; i++)
        {
            letter |= char.IsLetter(text[i]);
            digit |= char.IsDigit(text[i]);
        }

        return letter && digit && !ContainsAny(text, start, length, MadeUpWords)
            && !PlaceholderFilter.IsPlaceholderBody(text, start, length, alphabetSize: 62);
    }

    /// <summary>
    /// The shortest value <see cref="LooksGenerated"/> accepts: generated keys are 32 characters or more, the passwords
    /// people make up for tests fewer than 24.
    /// </summary>
    public const int MinimumGeneratedLength = 24;

    /// <summary>Words of made-up secrets, of three letters or more so that a random key rarely spells one.</summary>
    private static readonly string[] MadeUpWords =
    {
        "test", "secret", "key", "pass", "pwd", "token", "super", "dummy", "fake", "sample", "example", "demo", "mock",
        "local", "dev", "default", "admin", "user", "client", "value", "this", "api", "jwt", "app", "sign", "unit",
    };

    /// <summary>
    /// Documentation dummies with a digit or a symbol added (<c>Pass@word1</c>, <c>Test@123</c>, <c>Admin123!</c>): the
    /// letters alone, read with <c>@</c> as <c>a</c>, <c>0</c> as <c>o</c>, <c>$</c> and <c>5</c> as <c>s</c>, or with
    /// every other character dropped, spell a dummy word.
    /// </summary>
    private static bool IsCommonDummy(string text, int start, int length)
    {
        if (length > 24)
        {
            return false;
        }

        Span<char> read = stackalloc char[length];
        Span<char> dropped = stackalloc char[length];
        int readLength = 0, droppedLength = 0;
        for (var i = start; i < start + length; i++)
        {
            var c = char.ToLowerInvariant(text[i]);
            if (c >= 'a' && c <= 'z')
            {
                dropped[droppedLength++] = c;
            }

            var asLetter = c switch { '@' => 'a', '4' => 'a', '0' => 'o', '$' => 's', '5' => 's', '3' => 'e', '1' => 'i', '!' => 'i', _ => c };
            if (asLetter >= 'a' && asLetter <= 'z')
            {
                read[readLength++] = asLetter;
            }
        }

        return IsDummyWord(read.Slice(0, readLength)) || IsDummyWord(dropped.Slice(0, droppedLength));
    }

    private static bool IsDummyWord(ReadOnlySpan<char> letters)
    {
        foreach (var word in DummyWords)
        {
            if (letters.SequenceEqual(word.AsSpan()))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The words of documentation and sample passwords, in lower case.</summary>
    private static readonly string[] DummyWords =
    {
        "password", "passwort", "passwd", "pass", "passaword", "passw", "pwd", "secret", "mysecret", "supersecret", "test",
        "testing", "tester", "testuser", "testpassword", "testsecret", "admin", "administrator", "adminpassword", "root",
        "user", "username", "guest", "demo", "sample", "example", "qwerty", "asdf", "letmein", "changeme", "changeit",
        "default", "mypassword", "yourpassword", "newpassword", "oldpassword", "abc", "abcd", "abcdef", "foo",
        "foobar", "bar", "baz", "dummy", "fake", "temp", "temppassword", "sa", "postgres", "mysql", "apikey", "token",
        "key", "secretkey", "mykey", "xyz", "aaa", "aa", "a", "p", "pw", "i", "o",
    };

    /// <summary>
    /// An object id with a lower-case type prefix: <c>cus_…</c>, <c>order_…</c>, <c>usr-…</c>. Such a value is
    /// judged by a name it is given, but a positional argument's parameter is not looked up for it: ids are passed
    /// to methods far more often than secrets, and the lookup costs the semantic model.
    /// </summary>
    public static bool IsPrefixedId(string text, int start, int length)
    {
        var i = start;
        while (i < start + length && text[i] >= 'a' && text[i] <= 'z')
        {
            i++;
        }

        return i - start is >= 2 and <= 10 && i < start + length && (text[i] == '_' || text[i] == '-');
    }

    /// <summary>Markup (<c>&lt;b&gt;</c>), a template or format hole (<c>{0}</c>, <c>{{x}}</c>), or a regular expression (<c>^…$</c>, <c>\d</c>, <c>[a-z]</c>).</summary>
    private static bool IsMarkupTemplateOrPattern(string text, int start, int length)
    {
        var open = text.IndexOf('{', start, length);
        if ((open >= 0 && text.IndexOf('}', open, start + length - open) >= 0)
            || (text.IndexOf('<', start, length) >= 0 && text.IndexOf('>', start, length) >= 0))
        {
            return true;
        }

        if (text[start] == '^' || (text[start + length - 1] == '$' && length > 1 && text[start + length - 2] != '$'))
        {
            return true;
        }

        foreach (var pattern in RegexPieces)
        {
            if (text.IndexOf(pattern, start, length, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] RegexPieces = { "\\d", "\\w", "\\s", "[a-z", "[A-Z", "[0-9", ".*", "(?=", "(?!", "]+", "]{", "]*" };

    public static bool IsCredential(NamedKind kind, string text, int start, int length)
    {
        if (kind == NamedKind.None || length > MaximumLength
            || length < (kind == NamedKind.Password ? MinimumPasswordLength : MinimumSecretLength))
        {
            return false;
        }

        bool lower = false, upper = false, digit = false, other = false;
        for (var i = start; i < start + length; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                // A sentence ("Enter your password") or a multi-line text is not a credential.
                return false;
            }

            lower |= c >= 'a' && c <= 'z';
            upper |= c >= 'A' && c <= 'Z';
            digit |= c >= '0' && c <= '9';
            other |= !char.IsLetterOrDigit(c);
        }

        var classes = (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (kind == NamedKind.Password && other ? 1 : 0);
        if (classes < 2 || (!lower && !upper) || (kind == NamedKind.Secret && !digit))
        {
            // welcome, my-key-vault-secret-name, 1234567890: a word, a name or a number, not a credential. A generated
            // key of 16 or more characters has a digit but for a few in a hundred; a descriptive word rarely does.
            return false;
        }

        if (ContainsAny(text, start, length, DescriptionWords) || StartsWithAny(text, start, length, PublicPrefixes))
        {
            return false;
        }

        return !PlaceholderFilter.IsPlaceholderPassword(text, start, length)
            && !IsReference(text, start, length)
            && !IsIdentifierOrKey(text, start, length)
            && !IsWordsName(text, start, length, numbersAreWords: kind == NamedKind.Secret)
            && !IsGuid(text, start, length)
            && !IsUrlOrPath(text, start, length)
            && !PlaceholderFilter.IsPlaceholderBody(text, start, length, alphabetSize: 64);
    }

    private static bool IsReference(string text, int start, int length)
    {
        foreach (var reference in References)
        {
            if (length >= reference.Length && string.Compare(text, start, reference, 0, reference.Length, StringComparison.OrdinalIgnoreCase) == 0)
            {
                return true;
            }
        }

        return text.IndexOf("${", start, length, StringComparison.Ordinal) >= 0;
    }

    /// <summary>
    /// A name where a value should be: <c>STRIPE_SECRET_KEY</c> (an environment variable), <c>Stripe:SecretKey</c>
    /// (a configuration key), <c>X-Api-Key</c> (a header). A single PascalCase word (<c>ThisIsMySigningKey</c>) is
    /// not among them: under a key's name, that is the key.
    /// </summary>
    private static bool IsIdentifierOrKey(string text, int start, int length)
    {
        int colons = 0, underscores = 0, dashes = 0, digits = 0, lower = 0;
        var segmentStart = true;
        var capitalisedSegments = true;
        for (var i = start; i < start + length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case ':':
                    colons++;
                    segmentStart = true;
                    continue;
                case '_':
                    underscores++;
                    continue;
                case '-':
                    dashes++;
                    segmentStart = true;
                    continue;
            }

            if (!char.IsLetterOrDigit(c))
            {
                return false;
            }

            digits += char.IsDigit(c) ? 1 : 0;
            lower += char.IsLower(c) ? 1 : 0;
            capitalisedSegments &= !segmentStart || char.IsUpper(c);
            segmentStart = false;
        }

        var environmentVariable = underscores > 0 && lower == 0 && digits <= 2 && colons == 0 && dashes == 0;
        var configurationKey = colons > 0 && digits <= 2 && char.IsLetter(text[start]);
        var headerName = dashes > 0 && colons == 0 && digits == 0 && capitalisedSegments;
        return environmentVariable || configurationKey || headerName;
    }

    /// <summary>
    /// Words joined by <c>-</c>, <c>_</c>, <c>.</c> or <c>/</c>, each a dictionary-like run of letters or a short version
    /// (<c>kv-aad-client-secret-01</c>, <c>payments-api-key-v2</c>, <c>Contoso.RefreshToken</c>, <c>application/json</c>):
    /// a name, not a secret.
    /// </summary>
    private static bool IsWordsName(string text, int start, int length, bool numbersAreWords)
    {
        var segments = 0;
        var segmentStart = start;
        for (var i = start; i <= start + length; i++)
        {
            if (i < start + length && text[i] != '-' && text[i] != '_' && text[i] != '.' && text[i] != '/')
            {
                continue;
            }

            var segmentLength = i - segmentStart;
            if (segmentLength == 0 || !(IsNameSegment(text, segmentStart, segmentLength) || (numbersAreWords && IsNumber(text, segmentStart, segmentLength))))
            {
                return false;
            }

            segments++;
            segmentStart = i + 1;
        }

        return segments >= 2;
    }

    /// <summary>Letters with at most one hump per 4 characters (<c>RefreshToken</c>, <c>client</c>), or up to 3 characters of a version (<c>v2</c>, <c>01</c>).</summary>
    private static bool IsNameSegment(string text, int start, int length)
    {
        if (length <= 3)
        {
            return true;
        }

        var humps = 0;
        for (var i = start; i < start + length; i++)
        {
            if (!char.IsLetter(text[i]))
            {
                return false;
            }

            humps += i > start && char.IsUpper(text[i]) && char.IsLower(text[i - 1]) ? 1 : 0;
        }

        return humps * 4 <= length && (char.IsUpper(text[start]) || !HasUpper(text, start, length));
    }

    /// <summary>Up to 4 digits: a year or a version in a name (<c>kv-secret-name-2024</c>), which in a password is its digits.</summary>
    private static bool IsNumber(string text, int start, int length)
    {
        if (length > 4)
        {
            return false;
        }

        for (var i = start; i < start + length; i++)
        {
            if (!char.IsDigit(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasUpper(string text, int start, int length)
    {
        for (var i = start; i < start + length; i++)
        {
            if (char.IsUpper(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool ContainsAny(string text, int start, int length, string[] words)
    {
        foreach (var word in words)
        {
            if (text.IndexOf(word, start, length, StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static bool StartsWithAny(string text, int start, int length, string[] prefixes)
    {
        foreach (var prefix in prefixes)
        {
            if (length > prefix.Length && string.Compare(text, start, prefix, 0, prefix.Length, StringComparison.Ordinal) == 0)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsGuid(string text, int start, int length)
    {
        if (length != 36 && length != 38)
        {
            return false;
        }

        var offset = length == 38 ? 1 : 0;
        for (var i = 0; i < 36; i++)
        {
            var c = text[start + offset + i];
            var isDash = i is 8 or 13 or 18 or 23;
            if (isDash ? c != '-' : !Uri.IsHexDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsUrlOrPath(string text, int start, int length)
    {
        if (text.IndexOf("://", start, length, StringComparison.Ordinal) >= 0)
        {
            return true;
        }

        var first = text[start];
        if (first == '/' || first == '~' || (first == '.' && length > 1 && (text[start + 1] == '/' || text[start + 1] == '.'))
            || (length > 2 && text[start + 1] == ':' && (text[start + 2] == '\\' || text[start + 2] == '/')))
        {
            return true;
        }

        foreach (var extension in FileExtensions)
        {
            if (length > extension.Length
                && string.Compare(text, start + length - extension.Length, extension, 0, extension.Length, StringComparison.OrdinalIgnoreCase) == 0)
            {
                return true;
            }
        }

        return false;
    }
}
