using System;
using static SecretAnalyzers.Detection.Alphabets;

namespace SecretAnalyzers.Detection;

/// <summary>The token rows of JWTs, PEM private keys and connection-string passwords (the structure checks are in StructuredTokens and KeyValues), with the validators only they use.</summary>
internal static class StructuredRows
{
    public static readonly PrefixRule[] Rows =
    {
        new("eyJ", TokenFormats.JsonWebToken, JsonWebToken, shortestText: 30),
        new("-----BEGIN ", TokenFormats.PrivateKey, PrivateKeyBlock, shortestText: 50, foundInGaps: true),
        new("Password", TokenFormats.ConnectionStringPassword, ConnectionStringPassword, ignoreCase: true, shortestText: 10, foundInGaps: true),
        new("Pwd", TokenFormats.ConnectionStringPassword, ConnectionStringPassword, ignoreCase: true, shortestText: 10, foundInGaps: true),
    };

    public static bool JsonWebToken(ReadOnlySpan<char> text, int start, PrefixRule rule, out SecretMatch match) => TokenValidators.Whole(text, start, rule, StructuredTokens.MatchJsonWebToken(text, start), out match);

    public static bool PrivateKeyBlock(ReadOnlySpan<char> text, int start, PrefixRule rule, out SecretMatch match) => TokenValidators.Whole(text, start, rule, StructuredTokens.MatchPrivateKey(text, start, start + rule.Prefix.Length), out match);

    /// <summary><c>Password=</c> / <c>Pwd=</c> in a connection string: the value after the keyword.</summary>
    public static bool ConnectionStringPassword(ReadOnlySpan<char> text, int start, PrefixRule rule, out SecretMatch match) => KeyValues.TryMatchConnectionStringPassword(text, start, start + rule.Prefix.Length, out match);
}
