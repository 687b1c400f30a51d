using System;
using System.Security.Cryptography;
using System.Text;

namespace SecretAnalyzers.Tests.Infrastructure;

internal static class Fingerprints
{
    /// <summary>The documented fingerprint, computed here independently: SHA-256 of the value, first 12 hex digits.</summary>
    public static string Of(string secret) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(secret))).ToLowerInvariant()[..12];
}
