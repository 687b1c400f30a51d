using System.Collections.Generic;
using System.Threading;

namespace SecretAnalyzers.ConfigFiles;

/// <summary>
/// Reads the assignments of a <c>.env</c> file as dotenv libraries do: <c>NAME=value</c> lines, an optional
/// <c>export</c>, <c>#</c> comments (after an unquoted value only when a space precedes them), and single- or
/// double-quoted values that may run over several lines (a PEM key). A line that is not an assignment is skipped.
/// One pass over the text.
/// </summary>
internal static class DotEnvReader
{
    public static void Read(string text, List<ConfigValue> values, CancellationToken cancellationToken)
    {
        var i = 0;
        var lines = 0;
        while (i < text.Length)
        {
            if ((++lines & 0x3FF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            i = SkipBlanks(text, i);
            if (StartsWithWord(text, i, "export"))
            {
                i = SkipBlanks(text, i + "export".Length);
            }

            var nameStart = i;
            while (i < text.Length && IsNameChar(text[i]))
            {
                i++;
            }

            var nameEnd = i;
            i = SkipBlanks(text, i);
            if (nameEnd == nameStart || i >= text.Length || text[i] != '=')
            {
                i = NextLine(text, i);
                continue;
            }

            i = SkipBlanks(text, i + 1);
            var name = new ConfigPath(null, text.Substring(nameStart, nameEnd - nameStart));
            if (i < text.Length && (text[i] == '"' || text[i] == '\''))
            {
                var quote = text[i];
                var close = ClosingQuote(text, i + 1, quote);
                if (close >= 0)
                {
                    values.Add(new ConfigValue(name, i + 1, close, hasEscapes: false));
                    i = NextLine(text, close + 1);
                    continue;
                }
            }

            var valueStart = i;
            var valueEnd = i;
            while (valueEnd < text.Length && text[valueEnd] != '\n' && text[valueEnd] != '\r'
                && !(text[valueEnd] == '#' && valueEnd > valueStart && (text[valueEnd - 1] == ' ' || text[valueEnd - 1] == '\t')))
            {
                valueEnd++;
            }

            i = NextLine(text, valueEnd);
            while (valueEnd > valueStart && (text[valueEnd - 1] == ' ' || text[valueEnd - 1] == '\t'))
            {
                valueEnd--;
            }

            if (valueEnd > valueStart)
            {
                values.Add(new ConfigValue(name, valueStart, valueEnd, hasEscapes: false));
            }
        }
    }

    /// <summary>The closing quote; a double-quoted value skips <c>\"</c>. -1 when the file ends first.</summary>
    private static int ClosingQuote(string text, int start, char quote)
    {
        for (var i = start; i < text.Length; i++)
        {
            if (text[i] == '\\' && quote == '"')
            {
                i++;
            }
            else if (text[i] == quote)
            {
                return i;
            }
        }

        return -1;
    }

    private static bool StartsWithWord(string text, int i, string word) =>
        string.CompareOrdinal(text, i, word, 0, word.Length) == 0 && i + word.Length < text.Length && (text[i + word.Length] == ' ' || text[i + word.Length] == '\t');

    private static int SkipBlanks(string text, int i)
    {
        while (i < text.Length && (text[i] == ' ' || text[i] == '\t' || text[i] == '\uFEFF'))
        {
            i++;
        }

        return i;
    }

    private static int NextLine(string text, int i)
    {
        var lineEnd = text.IndexOf('\n', i);
        return lineEnd < 0 ? text.Length : lineEnd + 1;
    }

    private static bool IsNameChar(char c) =>
        (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '.' || c == '-';
}
