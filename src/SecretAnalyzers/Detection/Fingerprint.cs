using System;

namespace SecretAnalyzers.Detection;

/// <summary>
/// A finding's fingerprint: the first 12 hex digits of the SHA-256 of the secret. Users accept a known finding by
/// fingerprint in <c>.editorconfig</c>, so the value itself never has to be written anywhere.
/// </summary>
internal static class Fingerprint
{
    public const int Length = 12;

    public static string Of(ReadOnlySpan<char> text, SecretMatch match) => Checksums.Sha256Hex(text, match.Start, match.Length, Length);

    public static string Of(ReadOnlySpan<char> text, int start, int length) => Checksums.Sha256Hex(text, start, length, Length);
}

/// <summary>
/// Values published in providers' documentation, known here only by fingerprint (so the repository holds no
/// copy): the Azurite storage-emulator and Cosmos DB emulator keys and the keys of Stripe's API reference. AWS's <c>…EXAMPLE</c> keys
/// and the jwt.io sample are recognised by the placeholder filter and the JWT check instead.
/// </summary>
internal static class KnownExamples
{
    /// <summary>The Azurite / storage emulator account key for devstoreaccount1.</summary>
    private const string StorageEmulatorKey = "0011cc25eb43";

    /// <summary>The Azure Cosmos DB emulator key.</summary>
    private const string CosmosEmulatorKey = "aa6547439583";

    private static readonly string[] Fingerprints =
    {
        StorageEmulatorKey,
        CosmosEmulatorKey,
        "2cafc0970149", // Stripe API reference test-mode secret key
        "f2d6ca165150", // Stripe API reference test-mode secret key (older docs)
        "c4341ce2cfcb", // Stripe API reference test-mode restricted key
    };

    public static bool Contains(string fingerprint) => Array.IndexOf(Fingerprints, fingerprint) >= 0;

    /// <summary>Whether a value is a local emulator's published key: it opens nothing but the emulator, even at an SDK's key parameter.</summary>
    public static bool IsEmulatorKey(string fingerprint) => fingerprint == StorageEmulatorKey || fingerprint == CosmosEmulatorKey;
}
