using System;

namespace SecretAnalyzers.Detection;

/// <summary>
/// The checksums providers embed in their tokens. A token whose checksum fails was never issued,
/// so validating it is what lets these formats be reported with essentially no false positives.
/// All methods read ASCII characters straight from the string: no copy, no allocation (but a fingerprint's hex digits).
/// </summary>
internal static class Checksums
{
    private const string Base62Digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private const string Base36Digits = "0123456789abcdefghijklmnopqrstuvwxyz";
    private const string Base32Digits = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    /// <summary>The alphabet of Entra ID client secrets, in the order their checksum encoding uses it.</summary>
    private const string EntraDigits = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ1234567890.-_~";

    private static readonly uint[] Crc32Table = BuildCrc32Table();

    public static uint Crc32(ReadOnlySpan<char> text, int start, int length)
    {
        var crc = 0xFFFFFFFFu;
        for (var i = start; i < start + length; i++)
        {
            crc = Crc32Table[(crc ^ text[i]) & 0xFF] ^ (crc >> 8);
        }

        return ~crc;
    }

    /// <summary>
    /// GitHub classic tokens (<c>ghp_</c>, <c>gho_</c>, <c>ghu_</c>, <c>ghs_</c>, <c>ghr_</c>) and npm tokens:
    /// the last 6 characters are the CRC-32 of the random part before them, in base62, zero-padded.
    /// </summary>
    public static bool IsValidGitHubCrc(ReadOnlySpan<char> text, int bodyStart, int bodyLength)
    {
        const int width = 6;
        var randomLength = bodyLength - width;
        if (randomLength <= 0)
        {
            return false;
        }

        return EndsWithNumber(text, bodyStart + randomLength, width, Crc32(text, bodyStart, randomLength), Base62Digits);
    }

    /// <summary>
    /// GitLab routable tokens end in <c>.&lt;2 base36 length&gt;&lt;7 base36 CRC-32&gt;</c>, the CRC over everything before it, prefix included.
    /// </summary>
    public static bool IsValidGitLabRoutable(ReadOnlySpan<char> text, int tokenStart, int tokenLength)
    {
        const int width = 7;
        if (tokenLength <= width)
        {
            return false;
        }

        var crc = Crc32(text, tokenStart, tokenLength - width);
        return EndsWithNumber(text, tokenStart + tokenLength - width, width, crc, Base36Digits);
    }

    /// <summary>
    /// GitHub fine-grained tokens: characters 77-84 are the first 8 base32 characters of SHA-256 over the first 77.
    /// </summary>
    public static bool IsValidGitHubFineGrained(ReadOnlySpan<char> text, int tokenStart)
    {
        // 8 base32 characters are exactly the first 40 bits of the digest.
        var bits = Sha256.First64Bits(text.Slice(tokenStart, 77)) >> 24;
        for (var i = 0; i < 8; i++)
        {
            var digit = (int)((bits >> (35 - (5 * i))) & 0x1F);
            if (text[tokenStart + 77 + i] != Base32Digits[digit])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Entra ID client secrets (<c>xxx8Q~…</c>, 40 characters): the last 3 characters are the first 3 of a
    /// 6-digit encoding of Marvin32 (seed "AadPwd00") over the first 37.
    /// </summary>
    public static bool IsValidEntraClientSecret(ReadOnlySpan<char> text, int tokenStart)
    {
        const ulong seed = 0x4161645077643030; // "AadPwd00", read big-endian
        var hash = Marvin32(text, tokenStart, 37, seed);
        const uint radix3 = 66 * 66 * 66;
        return text[tokenStart + 37] == EntraDigits[(int)(hash / (radix3 * 66 * 66))]
            && text[tokenStart + 38] == EntraDigits[(int)(hash / (radix3 * 66) % 66)]
            && text[tokenStart + 39] == EntraDigits[(int)(hash / radix3 % 66)];
    }

    /// <summary>
    /// Azure identifiable keys (storage <c>+ASt</c>, Service Bus <c>+ASb</c>, …): base64 of N bytes whose last 4 bytes
    /// are the little-endian Marvin32 of the bytes before them. <paramref name="seeds"/> are the service's seeds.
    /// </summary>
    public static bool IsValidAzureIdentifiableKey(ReadOnlySpan<char> text, int start, int length, ulong[] seeds)
    {
        var bytes = Base64.TryDecode(text, start, length, urlSafe: false);
        if (bytes is null || bytes.Length < 8)
        {
            return false;
        }

        var stored = (uint)(bytes[bytes.Length - 4] | (bytes[bytes.Length - 3] << 8) | (bytes[bytes.Length - 2] << 16) | (bytes[bytes.Length - 1] << 24));
        foreach (var seed in seeds)
        {
            if (Marvin32(bytes, bytes.Length - 4, seed) == stored)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Marvin32 over the low bytes of the characters of a range (the tokens are ASCII).</summary>
    public static uint Marvin32(ReadOnlySpan<char> text, int start, int length, ulong seed)
    {
        var marvin = new MarvinState(seed);
        var i = 0;
        for (; i + 4 <= length; i += 4)
        {
            marvin.Add((uint)((byte)text[start + i] | ((byte)text[start + i + 1] << 8) | ((byte)text[start + i + 2] << 16) | ((byte)text[start + i + 3] << 24)));
        }

        uint tail = 0x80;
        for (var k = length - 1; k >= i; k--)
        {
            tail = (tail << 8) | (byte)text[start + k];
        }

        return marvin.Finish(tail);
    }

    public static uint Marvin32(byte[] data, int length, ulong seed)
    {
        var marvin = new MarvinState(seed);
        var i = 0;
        for (; i + 4 <= length; i += 4)
        {
            marvin.Add((uint)(data[i] | (data[i + 1] << 8) | (data[i + 2] << 16) | (data[i + 3] << 24)));
        }

        uint tail = 0x80;
        for (var k = length - 1; k >= i; k--)
        {
            tail = (tail << 8) | data[k];
        }

        return marvin.Finish(tail);
    }

    /// <summary>SHA-256 of the UTF-8 bytes of a range, as lower-case hex.</summary>
    public static string Sha256Hex(ReadOnlySpan<char> text, int start, int length, int hexDigits) =>
        Sha256.HexOf(text.Slice(start, length), hexDigits);

    /// <summary>Whether the <paramref name="width"/> characters at <paramref name="start"/> spell <paramref name="value"/> in the given digits, zero-padded.</summary>
    private static bool EndsWithNumber(ReadOnlySpan<char> text, int start, int width, uint value, string digits)
    {
        var radix = (uint)digits.Length;
        for (var i = start + width - 1; i >= start; i--)
        {
            if (text[i] != digits[(int)(value % radix)])
            {
                return false;
            }

            value /= radix;
        }

        return value == 0;
    }

    private static uint[] BuildCrc32Table()
    {
        var table = new uint[256];
        for (uint n = 0; n < 256; n++)
        {
            var c = n;
            for (var k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            }

            table[n] = c;
        }

        return table;
    }

    private struct MarvinState
    {
        private uint p0;
        private uint p1;

        public MarvinState(ulong seed)
        {
            p0 = (uint)seed;
            p1 = (uint)(seed >> 32);
        }

        public void Add(uint word)
        {
            p0 += word;
            Mix();
        }

        public uint Finish(uint tail)
        {
            p0 += tail;
            Mix();
            Mix();
            return p1 ^ p0;
        }

        private void Mix()
        {
            p1 ^= p0;
            p0 = RotateLeft(p0, 20);
            p0 += p1;
            p1 = RotateLeft(p1, 9);
            p1 ^= p0;
            p0 = RotateLeft(p0, 27);
            p0 += p1;
            p1 = RotateLeft(p1, 19);
        }

        private static uint RotateLeft(uint value, int bits) => (value << bits) | (value >> (32 - bits));
    }
}
