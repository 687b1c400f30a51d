using System;

namespace SecretAnalyzers.Detection;

/// <summary>
/// SHA-256 (FIPS 180-4) of a text's UTF-8 bytes, in managed code, for fingerprints and GitHub's checksum. The platform's
/// hash goes to the system's crypto library on every call (on Linux, OpenSSL resets a context and fetches the digest),
/// which a sampling profile showed costing far more than hashing the few dozen bytes of a token. Tests compare it with
/// the platform's on every length across two blocks and on random texts.
/// </summary>
internal sealed class Sha256
{
    private static readonly uint[] RoundConstants =
    {
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
    };

    private const string HexDigits = "0123456789abcdef";

    [ThreadStatic]
    private static Sha256? perThread;

    private readonly uint[] state = new uint[8];
    private readonly uint[] schedule = new uint[64];
    private readonly byte[] block = new byte[64];
    private int filled;
    private long length;

    private Sha256()
    {
    }

    /// <summary>The first <paramref name="hexDigits"/> (at most 64) lowercase hex digits of the hash.</summary>
    public static string HexOf(ReadOnlySpan<char> text, int hexDigits)
    {
        var hash = Of(text);
        var digits = new char[hexDigits];
        for (var i = 0; i < hexDigits; i++)
        {
            digits[i] = HexDigits[(int)((hash.state[i >> 3] >> (28 - (4 * (i & 7)))) & 0xF)];
        }

        return new string(digits);
    }

    /// <summary>The first 64 bits of the hash, big-endian, as its bytes are written.</summary>
    public static ulong First64Bits(ReadOnlySpan<char> text)
    {
        var hash = Of(text);
        return ((ulong)hash.state[0] << 32) | hash.state[1];
    }

    /// <summary>The hash of the text, in this thread's instance: read it before the thread hashes again.</summary>
    private static Sha256 Of(ReadOnlySpan<char> text)
    {
        var hash = perThread ??= new Sha256();
        hash.Reset();
        hash.AppendUtf8(text);
        hash.Finish();
        return hash;
    }

    private void Reset()
    {
        state[0] = 0x6a09e667;
        state[1] = 0xbb67ae85;
        state[2] = 0x3c6ef372;
        state[3] = 0xa54ff53a;
        state[4] = 0x510e527f;
        state[5] = 0x9b05688c;
        state[6] = 0x1f83d9ab;
        state[7] = 0x5be0cd19;
        filled = 0;
        length = 0;
    }

    /// <summary>The text as <c>Encoding.UTF8</c> writes it: a lone surrogate becomes U+FFFD.</summary>
    private void AppendUtf8(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            int c = text[i];
            if (c < 0x80)
            {
                Append((byte)c);
            }
            else if (c < 0x800)
            {
                Append((byte)(0xC0 | (c >> 6)));
                Append((byte)(0x80 | (c & 0x3F)));
            }
            else if (char.IsHighSurrogate((char)c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                var codePoint = char.ConvertToUtf32((char)c, text[++i]);
                Append((byte)(0xF0 | (codePoint >> 18)));
                Append((byte)(0x80 | ((codePoint >> 12) & 0x3F)));
                Append((byte)(0x80 | ((codePoint >> 6) & 0x3F)));
                Append((byte)(0x80 | (codePoint & 0x3F)));
            }
            else
            {
                if (char.IsSurrogate((char)c))
                {
                    c = 0xFFFD;
                }

                Append((byte)(0xE0 | (c >> 12)));
                Append((byte)(0x80 | ((c >> 6) & 0x3F)));
                Append((byte)(0x80 | (c & 0x3F)));
            }
        }
    }

    private void Append(byte value)
    {
        block[filled++] = value;
        length++;
        if (filled == block.Length)
        {
            Compress();
        }
    }

    /// <summary>The padding: a 1 bit, zeros, and the message's length in bits in the block's last 8 bytes.</summary>
    private void Finish()
    {
        var bits = length * 8;
        Append(0x80);
        while (filled != 56)
        {
            Append(0);
        }

        for (var shift = 56; shift >= 0; shift -= 8)
        {
            Append((byte)(bits >> shift));
        }
    }

    private void Compress()
    {
        var w = schedule;
        for (var t = 0; t < 16; t++)
        {
            w[t] = ((uint)block[4 * t] << 24) | ((uint)block[(4 * t) + 1] << 16) | ((uint)block[(4 * t) + 2] << 8) | block[(4 * t) + 3];
        }

        for (var t = 16; t < 64; t++)
        {
            var s0 = Rotate(w[t - 15], 7) ^ Rotate(w[t - 15], 18) ^ (w[t - 15] >> 3);
            var s1 = Rotate(w[t - 2], 17) ^ Rotate(w[t - 2], 19) ^ (w[t - 2] >> 10);
            w[t] = w[t - 16] + s0 + w[t - 7] + s1;
        }

        uint a = state[0], b = state[1], c = state[2], d = state[3], e = state[4], f = state[5], g = state[6], h = state[7];
        for (var t = 0; t < 64; t++)
        {
            var t1 = h + (Rotate(e, 6) ^ Rotate(e, 11) ^ Rotate(e, 25)) + ((e & f) ^ (~e & g)) + RoundConstants[t] + w[t];
            var t2 = (Rotate(a, 2) ^ Rotate(a, 13) ^ Rotate(a, 22)) + ((a & b) ^ (a & c) ^ (b & c));
            h = g;
            g = f;
            f = e;
            e = d + t1;
            d = c;
            c = b;
            b = a;
            a = t1 + t2;
        }

        state[0] += a;
        state[1] += b;
        state[2] += c;
        state[3] += d;
        state[4] += e;
        state[5] += f;
        state[6] += g;
        state[7] += h;
        filled = 0;
    }

    private static uint Rotate(uint value, int count) => (value >> count) | (value << (32 - count));
}
