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
    };

    /// <summary><c>AccountKey=</c> and <c>SharedAccessKey=</c>: the base64 value after the keyword.</summary>
    public static bool KeyValue(string text, int start, PrefixRule rule, out SecretMatch match) => KeyValues.TryMatchKeyValue(text, start, start + rule.Prefix.Length, rule, out match);
}
