using System.Collections.Generic;
using System.Globalization;
using System.Threading;

namespace SecretAnalyzers.ConfigFiles;

/// <summary>
/// Reads the string values of a JSON document as ASP.NET Core's configuration reader accepts it (comments and
/// trailing commas included), with the key path of each. One pass, no recursion: nesting is an explicit stack, bounded
/// by <see cref="MaximumDepth"/>. A document that stops being JSON ends the reading there: the values read before are
/// kept, and nothing after is guessed at, so a file half typed in the editor gives neither a crash nor noise.
/// </summary>
internal static class JsonValueReader
{
    /// <summary>Deeper nesting than any configuration file has: reading stops there, so a key path costs at most this much.</summary>
    public const int MaximumDepth = 64;

    private enum Expect
    {
        Value,
        ValueOrEnd,
        KeyOrEnd,
        Colon,
        CommaOrEnd,
        Nothing,
    }

    /// <summary>A key longer than this ends the reading: no configuration file has one, and paths stay small.</summary>
    public const int LongestKey = 1024;

    public static void Read(string text, List<ConfigValue> values, CancellationToken cancellationToken)
    {
        // One entry per open object or array: the path of its current member (an array's ends in the element's index,
        // as IConfiguration numbers them: AllowedOrigins:0), null before the first; and the path of the container.
        var keys = new List<ConfigPath?>();
        var containers = new List<ConfigPath?>();
        var isObject = new List<bool>();
        var elements = new List<int>();
        var expect = Expect.Value;
        var i = 0;
        for (var steps = 0; ; steps++)
        {
            i = SkipSpaceAndComments(text, i);
            if (i < 0 || i >= text.Length || expect == Expect.Nothing)
            {
                return;
            }

            if ((steps & 0xFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var c = text[i];
            var inObject = isObject.Count > 0 && isObject[isObject.Count - 1];
            if (expect is Expect.Value or Expect.ValueOrEnd && isObject.Count > 0 && !inObject && c != ']')
            {
                keys[keys.Count - 1] = new ConfigPath(containers[containers.Count - 1], elements[elements.Count - 1]++.ToString(CultureInfo.InvariantCulture));
            }

            switch (c)
            {
                case '{' or '[' when expect is Expect.Value or Expect.ValueOrEnd:
                    if (keys.Count == MaximumDepth)
                    {
                        return;
                    }

                    containers.Add(keys.Count == 0 ? null : keys[keys.Count - 1]);
                    keys.Add(null);
                    isObject.Add(c == '{');
                    elements.Add(0);
                    expect = c == '{' ? Expect.KeyOrEnd : Expect.ValueOrEnd;
                    i++;
                    break;
                case '}' when inObject && expect is Expect.KeyOrEnd or Expect.CommaOrEnd:
                case ']' when !inObject && isObject.Count > 0 && expect is Expect.ValueOrEnd or Expect.CommaOrEnd:
                    keys.RemoveAt(keys.Count - 1);
                    containers.RemoveAt(containers.Count - 1);
                    isObject.RemoveAt(isObject.Count - 1);
                    elements.RemoveAt(elements.Count - 1);
                    expect = keys.Count == 0 ? Expect.Nothing : Expect.CommaOrEnd;
                    i++;
                    break;
                case ',' when expect == Expect.CommaOrEnd && isObject.Count > 0:
                    expect = inObject ? Expect.KeyOrEnd : Expect.ValueOrEnd;
                    i++;
                    break;
                case ':' when expect == Expect.Colon:
                    expect = Expect.Value;
                    i++;
                    break;
                case '"' when expect is Expect.KeyOrEnd or Expect.Value or Expect.ValueOrEnd:
                    var end = StringEnd(text, i + 1, out var hasEscapes);
                    if (end < 0)
                    {
                        return;
                    }

                    if (expect == Expect.KeyOrEnd)
                    {
                        if (end - i > LongestKey)
                        {
                            return;
                        }

                        // The key is scanned too: a dictionary may be keyed by the secret itself.
                        var container = containers[containers.Count - 1];
                        values.Add(new ConfigValue(container, i + 1, end, hasEscapes, isKey: true));
                        keys[keys.Count - 1] = new ConfigPath(container, new ConfigValue(null, i + 1, end, hasEscapes).Decode(text, out _));
                        expect = Expect.Colon;
                    }
                    else
                    {
                        values.Add(new ConfigValue(keys.Count == 0 ? null : keys[keys.Count - 1], i + 1, end, hasEscapes));
                        expect = keys.Count == 0 ? Expect.Nothing : Expect.CommaOrEnd;
                    }

                    i = end + 1;
                    break;
                default:
                    // true, false, null, a number: nothing a secret can be.
                    if (expect is not (Expect.Value or Expect.ValueOrEnd) || !IsBareValueChar(c))
                    {
                        return;
                    }

                    while (i < text.Length && IsBareValueChar(text[i]))
                    {
                        i++;
                    }

                    expect = keys.Count == 0 ? Expect.Nothing : Expect.CommaOrEnd;
                    break;
            }
        }
    }

    /// <summary>The offset of the closing quote of a string opened before <paramref name="start"/>, or -1 when a line ends first.</summary>
    private static int StringEnd(string text, int start, out bool hasEscapes)
    {
        hasEscapes = false;
        for (var i = start; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '"':
                    return i;
                case '\\':
                    hasEscapes = true;
                    i++;
                    break;
                case '\n' or '\r':
                    return -1;
            }
        }

        return -1;
    }

    /// <summary>The next offset that is neither white space nor inside a comment; -1 for a comment left open.</summary>
    private static int SkipSpaceAndComments(string text, int i)
    {
        while (i < text.Length)
        {
            var c = text[i];
            if (c is ' ' or '\t' or '\r' or '\n' or '\uFEFF')
            {
                i++;
            }
            else if (c == '/' && i + 1 < text.Length && text[i + 1] == '/')
            {
                var lineEnd = text.IndexOf('\n', i);
                i = lineEnd < 0 ? text.Length : lineEnd + 1;
            }
            else if (c == '/' && i + 1 < text.Length && text[i + 1] == '*')
            {
                var commentEnd = text.IndexOf("*/", i + 2, System.StringComparison.Ordinal);
                if (commentEnd < 0)
                {
                    return -1;
                }

                i = commentEnd + 2;
            }
            else
            {
                break;
            }
        }

        return i;
    }

    private static bool IsBareValueChar(char c) =>
        (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '+';
}
