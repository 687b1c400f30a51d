using System;
using System.Globalization;

namespace SecretAnalyzers.Detection;

/// <summary>
/// What a message may say about a secret: its length, and its last 4 characters only when the secret is a long
/// provider-issued token — 40 characters or more, so at least 32 of randomness after a prefix of up to 8 — for which
/// they give nothing useful away. Never a character of a password a person chose, never a prefix of the value, never more.
/// </summary>
internal static class Redactor
{
    public const int VisibleTail = 4;
    public const int MinimumLengthForTail = 40;

    public static string Redact(ReadOnlySpan<char> text, SecretMatch match)
    {
        var length = match.Length.ToString(CultureInfo.InvariantCulture);
        return match.Length >= MinimumLengthForTail && !match.Format.IsChosenByPerson
            ? "****" + text.Slice(match.End - VisibleTail, VisibleTail).ToString() + ", " + length + " characters"
            : "****, " + length + " characters";
    }
}
