using System;

namespace SecretAnalyzers.Detection;

/// <summary>Checks a base64 run with no prefix at <paramref name="start"/> and gives the match.</summary>
internal delegate bool UnprefixedValidator(ReadOnlySpan<char> text, int start, out SecretMatch match);

/// <summary>A run of base64 characters with no prefix that may be a secret: its length, its padding and its validator.</summary>
internal sealed class UnprefixedRule
{
    public UnprefixedRule(int run, int padding, UnprefixedValidator validator, params TokenFormat[] formats)
    {
        Run = run;
        Padding = padding;
        Validator = validator;
        Formats = formats;
    }

    /// <summary>The number of base64 characters before the padding.</summary>
    public int Run { get; }

    /// <summary>The number of <c>=</c> after them.</summary>
    public int Padding { get; }

    public UnprefixedValidator Validator { get; }

    /// <summary>What the validator may report, for the docs and the consistency tests.</summary>
    public TokenFormat[] Formats { get; }

    /// <summary>Whether a dash may follow the run and still belong to the token (the 32-8-8 hex groups of a Mailgun key).</summary>
    public bool MayContinueWithDash => Run == 32 && Padding == 0;
}

/// <summary>The unprefixed rows: the scanner's length gates for base64 runs come from this table.</summary>
internal static class UnprefixedRules
{
    public static readonly UnprefixedRule[] All =
    {
        // Azure identifiable keys: 64, 32 and 39 random bytes, base64 with their padding, signature and Marvin32 checksum.
        new(86, 2, Identifiable, TokenFormats.AzureStorageAccountKey, TokenFormats.AzureCosmosDbKey, TokenFormats.AzureIdentifiableKey),
        new(43, 1, Identifiable, TokenFormats.AzureIdentifiableKey, TokenFormats.AzureSharedAccessKey),
        new(52, 0, Identifiable, TokenFormats.AzureIdentifiableKey),

        // Context-dependent: a 40-character AWS secret access key; a 32-character Twilio token or a Mailgun key.
        new(40, 0, AwsSecretAccessKey, TokenFormats.AwsSecretAccessKey),
        new(32, 0, MailgunOrTwilio, TokenFormats.MailgunApiKey, TokenFormats.TwilioAuthToken, TokenFormats.TwilioApiKeySecret),
    };

    /// <summary>
    /// What a character adds to the shape of an AWS secret candidate: an upper-case letter, a lower-case letter, no hex
    /// digit, no letter (a digit, <c>+</c> or <c>/</c>). One table lookup per character: every SHA-1 hash in code is
    /// read here (four comparisons per character cost a 40-character hash 300 ns in the scan, the table 150 ns).
    /// </summary>
    private const int AwsUpper = 1, AwsLower = 2, AwsNonHex = 4, AwsNonLetter = 8;

    private static readonly byte[] AwsShapes = BuildAwsShapes();

    private static byte[] BuildAwsShapes()
    {
        var shapes = new byte[128];
        for (var c = 0; c < 128; c++)
        {
            var digit = c >= '0' && c <= '9';
            var hex = digit || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
            shapes[c] = (byte)((c >= 'A' && c <= 'Z' ? AwsUpper : 0) | (c >= 'a' && c <= 'z' ? AwsLower : 0)
                | (hex ? 0 : AwsNonHex) | (digit || c == '+' || c == '/' ? AwsNonLetter : 0));
        }

        return shapes;
    }

    private static bool Identifiable(ReadOnlySpan<char> text, int start, out SecretMatch match)
    {
        var length = CharClasses.RunLength(text, start, text.Length, CharClass.Base64, ScanGates.LongestUnprefixedRun + 1);
        while (start + length < text.Length && text[start + length] == '=')
        {
            length++;
        }

        return AzureKeys.TryMatchIdentifiable(text, start, length, out match);
    }

    internal static bool AwsSecretAccessKey(ReadOnlySpan<char> text, int i, out SecretMatch match)
    {
        match = default;
        var shape = 0;
        for (var k = i; k < i + 40; k++)
        {
            var c = text[k];
            shape |= c < 128 ? AwsShapes[c] : AwsNonHex;
        }

        // 40 hex characters are a SHA-1, not a key; a single-case run is an identifier; letters alone are words
        // (LogInformationAllowingEndpointsToRespond, an event name in StackExchange.Redis): a random key lacks a digit,
        // '+' and '/' once in about 4,000, so that costs almost nothing and spares the context check's binding.
        if (shape != (AwsUpper | AwsLower | AwsNonHex | AwsNonLetter) || PlaceholderFilter.IsPlaceholderBody(text, i, 40, 64))
        {
            return false;
        }

        var context = ContextRules.IsAwsSecretName(text, ContextRules.KeyNameBefore(text, i)) || ContextRules.ContainsAwsAccessKeyIdNear(text, i, 40)
            ? ContextRequirement.None
            : ContextRequirement.AwsSecretAccessKey;
        match = new SecretMatch(TokenFormats.AwsSecretAccessKey, i, 40, context);
        return true;
    }

    /// <summary>
    /// Letters alone with few humps: words run together (<c>LogInformationTransportConnected</c>, an event name in
    /// StackExchange.Redis), not a random base62 key, which lacks a digit once in 280 and then has five humps or fewer
    /// in one of 18 (simulated): about once in 5,000 in all. Spares the context check, which binds the call such a
    /// value is passed to.
    /// </summary>
    private static bool IsWords(ReadOnlySpan<char> text, int start, int length)
    {
        var humps = 0;
        for (var k = start; k < start + length; k++)
        {
            var c = text[k];
            if (c is < 'A' or > 'z' or (> 'Z' and < 'a'))
            {
                return false;
            }

            humps += k > start && c <= 'Z' && text[k - 1] >= 'a' ? 1 : 0;
        }

        return humps * 6 <= length;
    }

    internal static bool MailgunOrTwilio(ReadOnlySpan<char> text, int i, out SecretMatch match)
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
        if (!CharClasses.All(text, i, 32, CharClass.Alnum) || PlaceholderFilter.IsPlaceholderBody(text, i, 32, hex ? 16 : 62)
            || (!hex && IsWords(text, i, 32)))
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
}
