using System.Globalization;

namespace SecretAnalyzers.Detection;

/// <summary>
/// What a message may say about a secret: its length, and its last 4 characters only when the secret is long
/// enough (16 or more) that they give nothing useful away. Never a prefix of the value, never more.
/// </summary>
internal static class Redactor
{
    public const int VisibleTail = 4;
    public const int MinimumLengthForTail = 16;

    public static string Redact(string text, SecretMatch match)
    {
        var length = match.Length.ToString(CultureInfo.InvariantCulture);
        return match.Length >= MinimumLengthForTail
            ? "****" + text.Substring(match.End - VisibleTail, VisibleTail) + ", " + length + " characters"
            : "****, " + length + " characters";
    }
}
