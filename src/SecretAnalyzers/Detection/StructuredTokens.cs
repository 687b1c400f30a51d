using System;

namespace SecretAnalyzers.Detection;

/// <summary>Tokens recognised by their structure rather than a fixed prefix body: JWTs, Discord bot tokens, PEM blocks, Entra secrets.</summary>
internal static class StructuredTokens
{
    /// <summary>The longest JWT header read (one with a certificate chain in <c>x5c</c> runs to a few thousand characters).</summary>
    private const int LongestHeader = 4096;

    /// <summary>A signed JWT: header and payload are base64url JSON objects, the header names an algorithm other than "none".</summary>
    public static int MatchJsonWebToken(ReadOnlySpan<char> text, int start)
    {
        // The header ends at a dot, looked for first with one vectorised search: a long run with "eyJ" at many word
        // starts and no dot is searched from each of them, not read character by character (128 KiB of "eyJx-": 87 ms
        // to under 8).
        var dot = TextSearch.IndexOf(text, '.', start, Math.Min(LongestHeader + 1, text.Length - start));
        if (dot < 0)
        {
            return -1;
        }

        var header = CharClasses.RunLength(text, start, dot, CharClass.Base64Url, LongestHeader);
        var payloadStart = start + header + 1;
        if (header < 10 || payloadStart - 1 != dot || payloadStart + 3 > text.Length
            || !TextSearch.HasAt(text, payloadStart, "eyJ"))
        {
            return -1;
        }

        // The header is judged before the payload, which may be 64 K characters, is read.
        var headerJson = DecodeAscii(text, start, header);
        if (headerJson is null || !headerJson.StartsWith("{", StringComparison.Ordinal)
            || headerJson.IndexOf("\"alg\"", StringComparison.Ordinal) < 0 || headerJson.IndexOf("\"none\"", StringComparison.OrdinalIgnoreCase) >= 0)
        {
            return -1;
        }

        var payload = CharClasses.RunLength(text, payloadStart, text.Length, CharClass.Base64Url, 65536);
        var signatureStart = payloadStart + payload + 1;
        if (payload < 10 || signatureStart > text.Length || text[signatureStart - 1] != '.')
        {
            return -1;
        }

        var signature = CharClasses.RunLength(text, signatureStart, text.Length, CharClass.Base64Url, 4096);
        var end = signatureStart + signature;
        if (signature < 16 || (end < text.Length && (CharClasses.IsAlnum(text[end]) || text[end] == '.'))
            || PlaceholderFilter.IsPlaceholderBody(text, signatureStart, signature, 64))
        {
            return -1;
        }

        var payloadJson = DecodeAscii(text, payloadStart, payload);
        if (payloadJson is null || !payloadJson.StartsWith("{", StringComparison.Ordinal))
        {
            return -1;
        }

        // The jwt.io sample (and its variants) is the universal documentation example, and so is any token signed
        // with the secret jwt.io fills in: whoever reads the page can forge it, so it guards nothing.
        if (payloadJson.IndexOf("\"John Doe\"", StringComparison.Ordinal) >= 0
            || IsSignedWithPublishedSecret(text, start, signatureStart - 1, signature, headerJson))
        {
            return -1;
        }

        return end;
    }

    /// <summary>The HMAC secrets jwt.io puts in its editor by default, old and new.</summary>
    private static readonly string[] PublishedJwtSecrets =
    {
        "your-256-bit-secret", "your-384-bit-secret", "your-512-bit-secret", "a-string-secret-at-least-256-bits-long",
    };

    /// <summary>
    /// Whether an HS256/384/512 token's signature over <c>header.payload</c> (<paramref name="signedEnd"/> is where the
    /// signed text ends) is the HMAC of one of <see cref="PublishedJwtSecrets"/>.
    /// </summary>
    private static bool IsSignedWithPublishedSecret(ReadOnlySpan<char> text, int start, int signedEnd, int signatureLength, string headerJson)
    {
        Func<byte[], System.Security.Cryptography.HMAC>? create =
            headerJson.IndexOf("\"HS256\"", StringComparison.Ordinal) >= 0 && signatureLength == 43 ? key => new System.Security.Cryptography.HMACSHA256(key)
            : headerJson.IndexOf("\"HS384\"", StringComparison.Ordinal) >= 0 && signatureLength == 64 ? key => new System.Security.Cryptography.HMACSHA384(key)
            : headerJson.IndexOf("\"HS512\"", StringComparison.Ordinal) >= 0 && signatureLength == 86 ? key => new System.Security.Cryptography.HMACSHA512(key)
            : null;
        if (create is null)
        {
            return false;
        }

        var signed = System.Text.Encoding.ASCII.GetBytes(text.Slice(start, signedEnd - start).ToString());
        var signature = text.Slice(signedEnd + 1, signatureLength).ToString();
        foreach (var secret in PublishedJwtSecrets)
        {
            using var hmac = create(System.Text.Encoding.ASCII.GetBytes(secret));
            var expected = Convert.ToBase64String(hmac.ComputeHash(signed)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
            if (string.Equals(expected, signature, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A Discord bot token: base64 of the bot's decimal user id, a 6-character timestamp and an HMAC.</summary>
    public static int MatchDiscordBotToken(ReadOnlySpan<char> text, int start)
    {
        var id = CharClasses.RunLength(text, start, text.Length, CharClass.Base64Url, 29);
        var timestampStart = start + id + 1;
        if (id < 23 || id > 28 || timestampStart > text.Length || text[timestampStart - 1] != '.')
        {
            return -1;
        }

        var timestamp = CharClasses.RunLength(text, timestampStart, text.Length, CharClass.Base64Url, 8);
        var hmacStart = timestampStart + timestamp + 1;
        if (timestamp < 6 || timestamp > 7 || hmacStart > text.Length || text[hmacStart - 1] != '.')
        {
            return -1;
        }

        var hmac = CharClasses.RunLength(text, hmacStart, text.Length, CharClass.Base64Url, 39);
        var end = hmacStart + hmac;
        if (hmac < 27 || hmac > 38 || (end < text.Length && (CharClasses.IsAlnum(text[end]) || text[end] == '.'))
            || PlaceholderFilter.IsPlaceholderBody(text, hmacStart, hmac, 64))
        {
            return -1;
        }

        var decoded = Base64.TryDecode(text, start, id, urlSafe: true);
        if (decoded is null || decoded.Length < 17 || decoded.Length > 20)
        {
            return -1;
        }

        foreach (var b in decoded)
        {
            if (b < '0' || b > '9')
            {
                return -1;
            }
        }

        return end;
    }

    /// <summary>
    /// <c>-----BEGIN … PRIVATE KEY-----</c> with a real base64 body (at least 64 characters, not elided with "…"),
    /// up to and including the END line when there is one.
    /// </summary>
    public static int MatchPrivateKey(ReadOnlySpan<char> text, int start, int labelStart)
    {
        var label = CharClasses.RunLength(text, labelStart, text.Length, CharClass.Upper | CharClass.Whitespace, 40);
        var labelEnd = labelStart + label;
        if (!HasAt(text, labelEnd, "-----") || !(EndsWith(text, labelEnd, "PRIVATE KEY") || EndsWith(text, labelEnd, "PRIVATE KEY BLOCK")))
        {
            return -1;
        }

        var bodyStart = labelEnd + 5;

        // The body ends at the next dashes: the END line, or another block. Segments never overlap, so the scan stays linear.
        var bodyEnd = TextSearch.IndexOf(text, "-----", bodyStart, StringComparison.Ordinal);
        if (bodyEnd < 0)
        {
            bodyEnd = text.Length;
        }

        var base64 = 0;
        for (var i = bodyStart; i < bodyEnd; i++)
        {
            if (CharClasses.Is(text[i], CharClass.Base64))
            {
                base64++;
            }
        }

        if (base64 < 64 || TextSearch.IndexOf(text, "...", bodyStart, bodyEnd - bodyStart, StringComparison.Ordinal) >= 0
            || TextSearch.IndexOf(text, '\u2026', bodyStart, bodyEnd - bodyStart) >= 0
            || IsPlaceholderKeyBody(text, bodyStart, bodyEnd))
        {
            return -1;
        }

        if (HasAt(text, bodyEnd, "-----END "))
        {
            var close = TextSearch.IndexOf(text, "-----", bodyEnd + 9, Math.Min(40, text.Length - bodyEnd - 9), StringComparison.Ordinal);
            if (close >= 0)
            {
                return close + 5;
            }
        }

        return bodyEnd;
    }

    /// <summary>How many characters of a key's body are judged at a time: a PEM line.</summary>
    private const int KeyBodyWindow = 64;

    /// <summary>
    /// Whether a private key's body is a placeholder. A real body is binary (DER, OpenSSH, PGP packets) whose zero bytes
    /// in length fields and headers encode as runs of <c>A</c> (an OpenSSH key opens with
    /// <c>b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAA…</c>), so the body is judged a line's worth at a time
    /// and is a placeholder only when half its windows or more are (<c>xxxx…</c>, <c>AAAA…</c>, <c>abcabc…</c> all
    /// through), or when it spells a placeholder word. Elided bodies (<c>…</c>, <c>...</c>) are refused before.
    /// </summary>
    private static bool IsPlaceholderKeyBody(ReadOnlySpan<char> text, int start, int end)
    {
        if (end - start <= KeyBodyWindow * 2)
        {
            return PlaceholderFilter.IsPlaceholderBody(text, start, end - start, 64);
        }

        int windows = 0, placeholders = 0;
        for (var at = start; at < end; at += KeyBodyWindow)
        {
            var length = Math.Min(KeyBodyWindow, end - at);
            if (length < KeyBodyWindow / 2 && windows > 0)
            {
                // A short last line (the checksum and padding of a PEM body) is judged with the window before it.
                break;
            }

            windows++;
            placeholders += PlaceholderFilter.IsPlaceholderBody(text, at, length, 64, checkWords: false) ? 1 : 0;
        }

        return placeholders * 2 >= windows || PlaceholderFilter.HasPlaceholderWord(text, start, end - start);
    }

    /// <summary>Entra ID client secret: 40 characters with <c>8Q~</c> at 3-5 and a Marvin32 checksum in the last 3.</summary>
    public static bool IsEntraClientSecret(ReadOnlySpan<char> text, int start)
    {
        if (start < 0 || start + 40 > text.Length || (start > 0 && IsEntraChar(text[start - 1]))
            || (start + 40 < text.Length && IsEntraChar(text[start + 40])))
        {
            return false;
        }

        for (var i = start; i < start + 40; i++)
        {
            if (!IsEntraChar(text[i]))
            {
                return false;
            }
        }

        return Checksums.IsValidEntraClientSecret(text, start);
    }

    /// <summary>The length of an Entra ID client secret of the older layout: 3 characters, <c>7Q~</c>, 31 more.</summary>
    public const int LegacyEntraClientSecretLength = 37;

    /// <summary>
    /// An Entra ID client secret of the older layout (3 characters, <c>7Q~</c>, 31 more, no checksum): the anchor, the
    /// exact length at word boundaries, and a body that mixes upper case, lower case and digits and is no placeholder.
    /// </summary>
    public static bool IsLegacyEntraClientSecret(ReadOnlySpan<char> text, int start)
    {
        const int length = LegacyEntraClientSecretLength;
        if (start < 0 || start + length > text.Length || (start > 0 && IsEntraChar(text[start - 1]))
            || (start + length < text.Length && IsEntraChar(text[start + length])))
        {
            return false;
        }

        bool lower = false, upper = false, digit = false;
        for (var i = start; i < start + length; i++)
        {
            var c = text[i];
            if (!IsEntraChar(c))
            {
                return false;
            }

            if (i >= start + 6)
            {
                lower |= c >= 'a' && c <= 'z';
                upper |= c >= 'A' && c <= 'Z';
                digit |= c >= '0' && c <= '9';
            }
        }

        return lower && upper && digit && !PlaceholderFilter.IsPlaceholderBody(text, start + 6, length - 6, alphabetSize: 66);
    }

    private static bool IsEntraChar(char c) => CharClasses.IsAlnum(c) || c == '.' || c == '-' || c == '_' || c == '~';

    private static string? DecodeAscii(ReadOnlySpan<char> text, int start, int length)
    {
        var bytes = Base64.TryDecode(text, start, length, urlSafe: true);
        if (bytes is null)
        {
            return null;
        }

        var chars = new char[bytes.Length];
        for (var i = 0; i < bytes.Length; i++)
        {
            chars[i] = (char)bytes[i];
        }

        return new string(chars);
    }

    private static bool HasAt(ReadOnlySpan<char> text, int at, string value) =>
        TextSearch.HasAt(text, at, value);

    private static bool EndsWith(ReadOnlySpan<char> text, int end, string value) => HasAt(text, end - value.Length, value);
}
