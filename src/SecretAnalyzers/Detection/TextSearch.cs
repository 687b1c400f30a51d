using System;

namespace SecretAnalyzers.Detection;

/// <summary>
/// The searches the scanner needs, on a span: the text it scans may be a literal's value or the pieces of a
/// concatenation laid side by side in a reused buffer, which is no string. Each takes a start (and a count) as the
/// string methods of the same name do, and answers a position in the whole text.
/// </summary>
internal static class TextSearch
{
    public static int IndexOf(ReadOnlySpan<char> text, char value, int start) => Offset(text.Slice(start).IndexOf(value), start);

    public static int IndexOf(ReadOnlySpan<char> text, char value, int start, int count) => Offset(text.Slice(start, count).IndexOf(value), start);

    public static int IndexOf(ReadOnlySpan<char> text, string value, int start, StringComparison comparison) =>
        Offset(text.Slice(start).IndexOf(value.AsSpan(), comparison), start);

    public static int IndexOf(ReadOnlySpan<char> text, string value, int start, int count, StringComparison comparison) =>
        Offset(text.Slice(start, count).IndexOf(value.AsSpan(), comparison), start);

    /// <summary>The last <paramref name="value"/> at or before <paramref name="start"/>, searching backwards.</summary>
    public static int LastIndexOf(ReadOnlySpan<char> text, char value, int start) => text.Slice(0, start + 1).LastIndexOf(value);

    /// <summary>Whether <paramref name="value"/> stands at <paramref name="at"/>, exactly.</summary>
    public static bool HasAt(ReadOnlySpan<char> text, int at, string value) =>
        at >= 0 && text.Length - at >= value.Length && text.Slice(at, value.Length).SequenceEqual(value.AsSpan());

    private static int Offset(int found, int start) => found < 0 ? -1 : start + found;
}
