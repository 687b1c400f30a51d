using static SecretAnalyzers.Detection.Alphabets;

namespace SecretAnalyzers.Detection;

/// <summary>The token rows of AWS (the unprefixed secret access key is in UnprefixedRules), with the validators only they use.</summary>
internal static class AwsRows
{
    public static readonly PrefixRule[] Rows =
    {
        // AWS access key ids: 16 characters of the base32 alphabet.
        new("AKIA", TokenFormats.AwsAccessKeyId, TokenValidators.Run, CharClass.Base32Upper, 16, 16),
        new("ASIA", TokenFormats.AwsAccessKeyId, TokenValidators.Run, CharClass.Base32Upper, 16, 16),
        new("ABIA", TokenFormats.AwsAccessKeyId, TokenValidators.Run, CharClass.Base32Upper, 16, 16),
        new("ACCA", TokenFormats.AwsAccessKeyId, TokenValidators.Run, CharClass.Base32Upper, 16, 16),
        new("ABSK", TokenFormats.AwsBedrockApiKey, TokenValidators.Run, CharClass.Base64, 100, 300),
    };
}
