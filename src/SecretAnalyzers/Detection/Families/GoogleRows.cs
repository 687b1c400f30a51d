using static SecretAnalyzers.Detection.Alphabets;

namespace SecretAnalyzers.Detection;

/// <summary>The token rows of Google, with the validators only they use.</summary>
internal static class GoogleRows
{
    public static readonly PrefixRule[] Rows =
    {
        // Google.
        new("AIza", TokenFormats.GoogleApiKey, TokenValidators.Run, Base64Url, 35, 35),
        new("GOCSPX-", TokenFormats.GoogleOAuthClientSecret, TokenValidators.Run, Base64Url, 28, 28),
    };
}
