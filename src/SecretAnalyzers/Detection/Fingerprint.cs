using System;

namespace SecretAnalyzers.Detection;

/// <summary>
/// A finding's fingerprint: the first 12 hex digits of the SHA-256 of the secret. Users accept a known finding by
/// fingerprint in <c>.editorconfig</c>, so the value itself never has to be written anywhere.
/// </summary>
internal static class Fingerprint
{
    public const int Length = 12;

    public static string Of(string text, SecretMatch match) => Checksums.Sha256Hex(text, match.Start, match.Length, Length);
}

/// <summary>
/// Values published in providers' documentation, known here only by fingerprint (so the repository holds no
/// copy): the Azurite storage-emulator key and the keys of Stripe's API reference. AWS's <c>…EXAMPLE</c> keys
/// and the jwt.io sample are recognised by the placeholder filter and the JWT check instead.
/// </summary>
internal static class KnownExamples
{
    private static readonly string[] Fingerprints =
    {
        "0011cc25eb43", // Azurite / storage emulator account key for devstoreaccount1
        "2cafc0970149", // Stripe API reference test-mode secret key
        "f2d6ca165150", // Stripe API reference test-mode secret key (older docs)
        "c4341ce2cfcb", // Stripe API reference test-mode restricted key
    };

    public static bool Contains(string fingerprint) => Array.IndexOf(Fingerprints, fingerprint) >= 0;
}
