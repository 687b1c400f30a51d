using System;
using static SecretAnalyzers.Detection.Alphabets;

namespace SecretAnalyzers.Detection;

/// <summary>The token rows of Azure connection strings (identifiable keys and Entra secrets have no prefix: UnprefixedRules and ScanGates.Anchored), with the validators only they use.</summary>
internal static class AzureRows
{
    public static readonly PrefixRule[] Rows =
    {
        // Azure connection-string keys (identifiable keys and Entra secrets have no prefix: see SecretScanner).
        new("AccountKey=", TokenFormats.AzureStorageAccountKey, KeyValue, CharClass.Base64, 40, 100, ignoreCase: true),
        new("SharedAccessKey=", TokenFormats.AzureSharedAccessKey, KeyValue, CharClass.Base64, 40, 100, ignoreCase: true),

        // Entra ID refresh tokens, as MSAL caches them: a version digit, then two dot-separated base64url segments.
        new("0.A", TokenFormats.AzureEntraRefreshToken, RefreshToken, shortestText: RefreshTokenShortest),
        new("1.A", TokenFormats.AzureEntraRefreshToken, RefreshToken, shortestText: RefreshTokenShortest),
    };

    /// <summary>The least characters of a refresh token's first segment (after <c>0.A</c>) and of its second (after <c>.Ag</c>).</summary>
    private const int RefreshTokenFirstSegment = 50;

    private const int RefreshTokenSecondSegment = 250;

    private const int RefreshTokenShortest = 3 + RefreshTokenFirstSegment + 3 + RefreshTokenSecondSegment;

    /// <summary>
    /// <c>0.A&lt;50+ base64url&gt;[.&lt;digit&gt;].Ag&lt;250+ base64url&gt;</c>: the structure is what tells it from a
    /// version number (<c>1.Alpha</c>); the second segment must be random.
    /// </summary>
    public static bool RefreshToken(ReadOnlySpan<char> text, int start, PrefixRule rule, out SecretMatch match)
    {
        var p = start + rule.Prefix.Length;
        var first = CharClasses.RunLength(text, p, text.Length, CharClass.Base64Url, int.MaxValue);
        p += first;
        if (p + 2 < text.Length && text[p] == '.' && char.IsDigit(text[p + 1]) && text[p + 2] == '.')
        {
            p += 2;
        }

        var second = TextSearch.HasAt(text, p, ".Ag")
            ? CharClasses.RunLength(text, p + 3, text.Length, CharClass.Base64Url, int.MaxValue)
            : 0;
        var end = p + 3 + second;
        var valid = first >= RefreshTokenFirstSegment && second >= RefreshTokenSecondSegment
            && (end >= text.Length || (!CharClasses.Is(text[end], CharClass.Base64Url) && text[end] != '.'))
            && !PlaceholderFilter.IsPlaceholderBody(text, p + 3, second, 64);
        return TokenValidators.Whole(text, start, rule, valid ? end : -1, out match);
    }

    /// <summary><c>AccountKey=</c> and <c>SharedAccessKey=</c>: the base64 value after the keyword.</summary>
    public static bool KeyValue(ReadOnlySpan<char> text, int start, PrefixRule rule, out SecretMatch match) => KeyValues.TryMatchKeyValue(text, start, start + rule.Prefix.Length, rule, out match);
}
