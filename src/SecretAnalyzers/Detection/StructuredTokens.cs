using System;

namespace SecretAnalyzers.Detection;

/// <summary>Tokens recognised by their structure rather than a fixed prefix body: JWTs, Discord bot tokens, PEM blocks, Entra secrets.</summary>
internal static class StructuredTokens
{
    /// <summary>A signed JWT: header and payload are base64url JSON objects, the header names an algorithm other than "none".</summary>
    public static int MatchJsonWebToken(string text, int start)
    {
        var header = CharClasses.RunLength(text, start, text.Length, CharClass.Base64Url, 4096);
        var payloadStart = start + header + 1;
        if (header < 10 || payloadStart + 3 > text.Length || text[payloadStart - 1] != '.'
            || string.CompareOrdinal(text, payloadStart, "eyJ", 0, 3) != 0)
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

        var headerJson = DecodeAscii(text, start, header);
        var payloadJson = DecodeAscii(text, payloadStart, payload);
        if (headerJson is null || payloadJson is null || !headerJson.StartsWith("{", StringComparison.Ordinal)
            || headerJson.IndexOf("\"alg\"", StringComparison.Ordinal) < 0 || headerJson.IndexOf("\"none\"", StringComparison.OrdinalIgnoreCase) >= 0
            || !payloadJson.StartsWith("{", StringComparison.Ordinal))
        {
            return -1;
        }

        // The jwt.io sample (and its variants) is the universal documentation example.
        if (payloadJson.IndexOf("\"John Doe\"", StringComparison.Ordinal) >= 0)
        {
            return -1;
        }

        return end;
    }

    /// <summary>A Discord bot token: base64 of the bot's decimal user id, a 6-character timestamp and an HMAC.</summary>
    public static int MatchDiscordBotToken(string text, int start)
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
    public static int MatchPrivateKey(string text, int start, int labelStart)
    {
        var label = CharClasses.RunLength(text, labelStart, text.Length, CharClass.Upper | CharClass.Whitespace, 40);
        var labelEnd = labelStart + label;
        if (!HasAt(text, labelEnd, "-----") || !(EndsWith(text, labelEnd, "PRIVATE KEY") || EndsWith(text, labelEnd, "PRIVATE KEY BLOCK")))
        {
            return -1;
        }

        var bodyStart = labelEnd + 5;

        // The body ends at the next dashes: the END line, or another block. Segments never overlap, so the scan stays linear.
        var bodyEnd = text.IndexOf("-----", bodyStart, StringComparison.Ordinal);
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

        if (base64 < 64 || text.IndexOf("...", bodyStart, bodyEnd - bodyStart, StringComparison.Ordinal) >= 0
            || text.IndexOf('\u2026', bodyStart, bodyEnd - bodyStart) >= 0
            || PlaceholderFilter.IsPlaceholderBody(text, bodyStart, bodyEnd - bodyStart, 64))
        {
            return -1;
        }

        if (HasAt(text, bodyEnd, "-----END "))
        {
            var close = text.IndexOf("-----", bodyEnd + 9, Math.Min(40, text.Length - bodyEnd - 9), StringComparison.Ordinal);
            if (close >= 0)
            {
                return close + 5;
            }
        }

        return bodyEnd;
    }

    /// <summary>Entra ID client secret: 40 characters with <c>8Q~</c> at 3-5 and a Marvin32 checksum in the last 3.</summary>
    public static bool IsEntraClientSecret(string text, int start)
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

    private static bool IsEntraChar(char c) => CharClasses.IsAlnum(c) || c == '.' || c == '-' || c == '_' || c == '~';

    private static string? DecodeAscii(string text, int start, int length)
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

    private static bool HasAt(string text, int at, string value) =>
        at >= 0 && text.Length - at >= value.Length && string.CompareOrdinal(text, at, value, 0, value.Length) == 0;

    private static bool EndsWith(string text, int end, string value) => HasAt(text, end - value.Length, value);
}
