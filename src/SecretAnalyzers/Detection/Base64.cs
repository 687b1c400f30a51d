using System;

namespace SecretAnalyzers.Detection;

/// <summary>Base64 decoding of a range of a string, for the few formats whose structure lives in the decoded bytes. Runs only on candidates.</summary>
internal static class Base64
{
    /// <summary>Decodes standard or URL-safe base64 (padding optional); null when a character is outside the alphabet.</summary>
    public static byte[]? TryDecode(ReadOnlySpan<char> text, int start, int length, bool urlSafe)
    {
        while (length > 0 && text[start + length - 1] == '=')
        {
            length--;
        }

        if (length % 4 == 1)
        {
            return null;
        }

        var result = new byte[length * 3 / 4];
        int bits = 0, bitCount = 0, written = 0;
        for (var i = start; i < start + length; i++)
        {
            var value = ValueOf(text[i], urlSafe);
            if (value < 0)
            {
                return null;
            }

            bits = (bits << 6) | value;
            bitCount += 6;
            if (bitCount >= 8)
            {
                bitCount -= 8;
                result[written++] = (byte)(bits >> bitCount);
                bits &= (1 << bitCount) - 1;
            }
        }

        return result;
    }

    private static int ValueOf(char c, bool urlSafe)
    {
        if (c >= 'A' && c <= 'Z')
        {
            return c - 'A';
        }

        if (c >= 'a' && c <= 'z')
        {
            return c - 'a' + 26;
        }

        if (c >= '0' && c <= '9')
        {
            return c - '0' + 52;
        }

        return c switch
        {
            '+' when !urlSafe => 62,
            '/' when !urlSafe => 63,
            '-' when urlSafe => 62,
            '_' when urlSafe => 63,
            _ => -1,
        };
    }
}
