using System;

namespace SecretAnalyzers.Detection;

/// <summary>
/// Azure's identifiable keys: base64 of random bytes with a 4-character service signature just before a
/// Marvin32 checksum. A base64 blob of the same length (a SHA-512, a random salt) fails both.
/// </summary>
internal static class AzureKeys
{
    private sealed class Signature
    {
        public Signature(string text, TokenFormat format, params string[] seeds)
        {
            Text = text;
            Format = format;
            Seeds = new ulong[seeds.Length];
            for (var i = 0; i < seeds.Length; i++)
            {
                Seeds[i] = SeedOf(seeds[i]);
            }
        }

        public string Text { get; }

        public TokenFormat Format { get; }

        public ulong[] Seeds { get; }
    }

    // 64-byte keys: 88 characters, signature at 76-79.
    private static readonly Signature[] Keys64 =
    {
        new("+ASt", TokenFormats.AzureStorageAccountKey, "Default0"),
        new("ACDb", TokenFormats.AzureCosmosDbKey, "MastRW00", "MastRO00"),
        new("+ABa", TokenFormats.AzureIdentifiableKey, "AbAcct00"),
        new("+AMC", TokenFormats.AzureIdentifiableKey, "Classic0"),
        new("APIM", TokenFormats.AzureIdentifiableKey, "Tenant00", "IoTHub00", "Gatewy00", "GitKey00"),
    };

    // 32-byte keys: 44 characters, signature at 33-36.
    private static readonly Signature[] Keys32 =
    {
        new("+ASb", TokenFormats.AzureSharedAccessKey, "Send0000", "Listen00", "Manage00", "System00", "Unknown0"),
        new("+AEh", TokenFormats.AzureSharedAccessKey, "Send0000", "Listen00", "Manage00", "System00", "Unknown0"),
        new("+ARm", TokenFormats.AzureSharedAccessKey, "Send0000", "Listen00", "Manage00", "System00", "Unknown0"),
        new("AIoT", TokenFormats.AzureIdentifiableKey, "IoTHub00", "DpsKey00", "Device00"),
        new("AzCa", TokenFormats.AzureIdentifiableKey, "Access00"),
    };

    // 39-byte keys: 52 characters without padding, signature at 42-45.
    private static readonly Signature[] Keys39 =
    {
        new("AzSe", TokenFormats.AzureIdentifiableKey, "Query000", "PAdmin00"),
        new("+ACR", TokenFormats.AzureIdentifiableKey, "ACRDflt0"),
    };

    /// <summary><paramref name="length"/> includes the padding.</summary>
    public static bool TryMatchIdentifiable(ReadOnlySpan<char> text, int start, int length, out SecretMatch match)
    {
        match = default;
        var (signatures, offset) = length switch
        {
            88 => (Keys64, 76),
            44 => (Keys32, 33),
            52 => (Keys39, 42),
            _ => (null, 0),
        };

        if (signatures is null)
        {
            return false;
        }

        foreach (var signature in signatures)
        {
            if (text.Length - (start + offset) >= 4 && text.Slice(start + offset, 4).SequenceEqual(signature.Text.AsSpan(0, 4))
                && Checksums.IsValidAzureIdentifiableKey(text, start, length, signature.Seeds))
            {
                match = new SecretMatch(signature.Format, start, length);
                return true;
            }
        }

        return false;
    }

    /// <summary>An 8-character ASCII seed name read as a big-endian 64-bit number.</summary>
    internal static ulong SeedOf(string name)
    {
        ulong seed = 0;
        foreach (var c in name)
        {
            seed = (seed << 8) | (byte)c;
        }

        return seed;
    }
}
