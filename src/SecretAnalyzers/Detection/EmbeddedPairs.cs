using System;

namespace SecretAnalyzers.Detection;

/// <summary>What an <see cref="EmbeddedPair"/>'s value is, besides a value its key names.</summary>
internal enum EmbeddedPairKind : byte
{
    /// <summary>A value under its key: <c>password=…</c>; the key says what it is.</summary>
    Named,

    /// <summary>The password of <c>curl -u user:password</c> or <c>--user user:password</c>.</summary>
    UserPassword,

    /// <summary>The base64 of <c>Authorization: Basic …</c>, which should decode to <c>user:password</c>.</summary>
    BasicCredentials,

    /// <summary>The token of <c>Authorization: Bearer …</c>.</summary>
    BearerToken,
}

/// <summary>A key and its value inside a text, as ranges of the text.</summary>
internal readonly struct EmbeddedPair
{
    public EmbeddedPair(int keyStart, int keyLength, int valueStart, int valueLength, EmbeddedPairKind kind = EmbeddedPairKind.Named)
    {
        KeyStart = keyStart;
        KeyLength = keyLength;
        ValueStart = valueStart;
        ValueLength = valueLength;
        Kind = kind;
    }

    public EmbeddedPairKind Kind { get; }

    public int KeyStart { get; }

    public int KeyLength { get; }

    public int ValueStart { get; }

    public int ValueLength { get; }

    public int End => ValueStart + ValueLength;
}

/// <summary>
/// Pairs of a key that may name a credential and its value inside a text: <c>password=…</c> (a query string, an
/// environment line, a command line's <c>--password=…</c>), <c>api_key: …</c> (YAML), <c>"clientSecret": "…"</c>
/// (JSON), <c>--password …</c>, <c>&lt;password&gt;…&lt;/password&gt;</c> and
/// <c>&lt;add key="SmtpPassword" value="…" /&gt;</c> (XML); and credentials that no key names but their place:
/// <c>curl -u user:password</c>, <c>Authorization: Basic …</c>, <c>Authorization: Bearer …</c>. Which keys name a
/// credential and which values are one is the caller's to judge; this finds the pairs without allocating, and only
/// where a key says <c>pass</c>, <c>key</c>, <c>secret</c>, <c>token</c> or the like (<see cref="SecretNames.MayName"/>).
/// A key is read back at most <see cref="LongestKey"/> characters, but a quoted value or an element's text is searched
/// for its end to the end of the text: callers keep texts short (<see cref="NamedValues.MaximumLength"/>).
/// </summary>
internal static class EmbeddedPairs
{
    /// <summary>What stands between a key and its value: <c>=</c>, <c>:</c>, the <c>--</c> of a long option, an element's <c>&gt;</c>.</summary>
    private const string Separators = "=:->";

    /// <summary>The longest key read back from its separator; longer runs are text, not keys.</summary>
    public const int LongestKey = 64;

    /// <summary>The first pair whose separator is at or after <paramref name="from"/> and whose key may name a credential.</summary>
    public static bool TryFind(string text, int from, out EmbeddedPair pair)
    {
        var i = from;
        while (i < text.Length)
        {
            var found = text.AsSpan(i).IndexOfAny(Separators.AsSpan());
            if (found < 0)
            {
                break;
            }

            i += found;
            if (TryPairAt(text, i, out pair))
            {
                return true;
            }

            i++;
        }

        pair = default;
        return false;
    }

    private static bool TryPairAt(string text, int separator, out EmbeddedPair pair)
    {
        pair = default;
        var c = text[separator];
        int keyStart, keyEnd, valueStart;
        if (c == '>')
        {
            return TryElementAt(text, separator, out pair);
        }

        if (c == '-')
        {
            if (separator > 0 && !char.IsWhiteSpace(text[separator - 1]))
            {
                return false;
            }

            if (TryUserOption(text, separator, out pair))
            {
                return true;
            }

            // --password value: a long option, its value after one space.
            if (separator + 2 >= text.Length || text[separator + 1] != '-')
            {
                return false;
            }

            keyStart = separator + 2;
            keyEnd = keyStart;
            while (keyEnd < text.Length && keyEnd - keyStart <= LongestKey && IsKeyChar(text[keyEnd]))
            {
                keyEnd++;
            }

            if (keyEnd >= text.Length || text[keyEnd] != ' ' || keyEnd == keyStart)
            {
                return false;
            }

            valueStart = keyEnd + 1;
        }
        else
        {
            // a == b, a != b, a <= b, a => b, scheme://, Foo::Bar: comparisons, arrows, URLs and scopes are no pairs.
            var next = separator + 1 < text.Length ? text[separator + 1] : '\0';
            var previous = separator > 0 ? text[separator - 1] : '\0';
            if (next == '=' || next == '>' || next == c || previous == c || previous == '!' || previous == '<' || previous == '>' || (c == ':' && next == '/'))
            {
                return false;
            }

            keyEnd = separator;
            while (keyEnd > 0 && (text[keyEnd - 1] == ' ' || text[keyEnd - 1] == '\t'))
            {
                keyEnd--;
            }

            if (keyEnd > 0 && (text[keyEnd - 1] == '"' || text[keyEnd - 1] == '\''))
            {
                keyEnd--;
            }

            keyStart = keyEnd;
            while (keyStart > 0 && separator - keyStart <= LongestKey && IsKeyChar(text[keyStart - 1]))
            {
                keyStart--;
            }

            if (keyStart == keyEnd || separator - keyStart > LongestKey)
            {
                return false;
            }

            valueStart = separator + 1;
            while (valueStart < text.Length && (text[valueStart] == ' ' || text[valueStart] == '\t'))
            {
                valueStart++;
            }
        }

        if (c == ':' && IsAuthorization(text, keyStart, keyEnd - keyStart))
        {
            return TryAuthorization(text, keyStart, keyEnd - keyStart, valueStart, out pair);
        }

        if (keyEnd - keyStart == "value".Length && string.Compare(text, keyStart, "value", 0, 5, StringComparison.OrdinalIgnoreCase) == 0
            && AttributeNaming(text, keyStart) is { } named)
        {
            // <add key="SmtpPassword" value="…" />: the value attribute is named by the key or name attribute before it.
            keyStart = named.Start;
            keyEnd = named.Start + named.Length;
        }

        if (!SecretNames.MayName(text, keyStart, keyEnd - keyStart) || valueStart >= text.Length)
        {
            return false;
        }

        int valueEnd;
        var quote = text[valueStart];
        if (quote == '"' || quote == '\'')
        {
            valueStart++;
            valueEnd = text.IndexOf(quote, valueStart);
            if (valueEnd < 0)
            {
                return false;
            }
        }
        else
        {
            valueEnd = valueStart;
            while (valueEnd < text.Length && !EndsValue(text[valueEnd]))
            {
                valueEnd++;
            }
        }

        if (valueEnd == valueStart)
        {
            return false;
        }

        pair = new EmbeddedPair(keyStart, keyEnd - keyStart, valueStart, valueEnd - valueStart);
        return true;
    }

    /// <summary><c>-u user:password</c> or <c>--user user:password</c> (curl, wget): the password after the colon.</summary>
    private static bool TryUserOption(string text, int dash, out EmbeddedPair pair)
    {
        pair = default;
        var optionEnd = dash + 1 < text.Length && text[dash + 1] == 'u' ? dash + 2
            : HasAt(text, dash, "--user") ? dash + "--user".Length
            : -1;
        if (optionEnd < 0 || optionEnd >= text.Length || (text[optionEnd] != ' ' && text[optionEnd] != '='))
        {
            return false;
        }

        var start = optionEnd + 1;
        var quote = start < text.Length && (text[start] == '"' || text[start] == '\'') ? text[start] : '\0';
        start += quote == '\0' ? 0 : 1;
        var end = start;
        while (end < text.Length && (quote == '\0' ? !char.IsWhiteSpace(text[end]) && text[end] != '"' && text[end] != '\'' : text[end] != quote))
        {
            end++;
        }

        var colon = text.IndexOf(':', start, end - start);
        if (colon <= start || colon + 1 >= end)
        {
            return false;
        }

        pair = new EmbeddedPair(dash, optionEnd - dash, colon + 1, end - colon - 1, EmbeddedPairKind.UserPassword);
        return true;
    }

    private static bool IsAuthorization(string text, int start, int length) =>
        (length == "Authorization".Length && string.Compare(text, start, "Authorization", 0, length, StringComparison.OrdinalIgnoreCase) == 0)
        || (length == "Proxy-Authorization".Length && string.Compare(text, start, "Proxy-Authorization", 0, length, StringComparison.OrdinalIgnoreCase) == 0);

    /// <summary><c>Authorization: Basic …</c> or <c>Authorization: Bearer …</c>: the credentials after the scheme.</summary>
    private static bool TryAuthorization(string text, int keyStart, int keyLength, int valueStart, out EmbeddedPair pair)
    {
        pair = default;
        EmbeddedPairKind kind;
        int start;
        if (HasAt(text, valueStart, "Basic "))
        {
            kind = EmbeddedPairKind.BasicCredentials;
            start = valueStart + "Basic ".Length;
        }
        else if (HasAt(text, valueStart, "Bearer "))
        {
            kind = EmbeddedPairKind.BearerToken;
            start = valueStart + "Bearer ".Length;
        }
        else
        {
            return false;
        }

        var end = start;
        while (end < text.Length && !EndsValue(text[end]))
        {
            end++;
        }

        if (end == start)
        {
            return false;
        }

        pair = new EmbeddedPair(keyStart, keyLength, start, end - start, kind);
        return true;
    }

    private static bool HasAt(string text, int at, string word) =>
        at + word.Length <= text.Length && string.Compare(text, at, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0;

    /// <summary><c>&lt;password&gt;…&lt;/password&gt;</c>: an XML element named as a credential, whose text is the value.</summary>
    private static bool TryElementAt(string text, int close, out EmbeddedPair pair)
    {
        pair = default;
        var keyStart = close;
        while (keyStart > 0 && close - keyStart <= LongestKey && IsKeyChar(text[keyStart - 1]))
        {
            keyStart--;
        }

        if (keyStart == close || keyStart == 0 || text[keyStart - 1] != '<' || !SecretNames.MayName(text, keyStart, close - keyStart))
        {
            return false;
        }

        var valueStart = close + 1;
        var valueEnd = text.IndexOf('<', valueStart);
        if (valueEnd <= valueStart)
        {
            return false;
        }

        pair = new EmbeddedPair(keyStart, close - keyStart, valueStart, valueEnd - valueStart);
        return true;
    }

    /// <summary>
    /// In the same tag as a <c>value</c> attribute, the quoted value of the <c>key</c> or <c>name</c> attribute before it
    /// (looked for back to the tag's <c>&lt;</c>, at most <see cref="LongestTag"/> characters).
    /// </summary>
    private static (int Start, int Length)? AttributeNaming(string text, int valueAttribute)
    {
        var tagStart = text.LastIndexOf('<', valueAttribute, Math.Min(valueAttribute + 1, LongestTag));
        if (tagStart < 0)
        {
            return null;
        }

        foreach (var attribute in NamingAttributes)
        {
            var at = text.IndexOf(attribute, tagStart, valueAttribute - tagStart, StringComparison.OrdinalIgnoreCase);
            if (at > tagStart && char.IsWhiteSpace(text[at - 1]))
            {
                var start = at + attribute.Length;
                var end = text.IndexOf('"', start);
                if (end > start && end < valueAttribute)
                {
                    return (start, end - start);
                }
            }
        }

        return null;
    }

    /// <summary>The longest tag read back from a <c>value</c> attribute.</summary>
    private const int LongestTag = 256;

    private static readonly string[] NamingAttributes = { "key=\"", "name=\"" };

    private static bool IsKeyChar(char c) => (c < 128 && char.IsLetterOrDigit(c)) || c == '_' || c == '-' || c == '.';

    private static bool EndsValue(char c) => char.IsWhiteSpace(c) || c is ';' or '&' or ',' or '"' or '\'' or '<' or ')' or ']' or '}' or '|';
}
