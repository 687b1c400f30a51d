using System;

namespace SecretAnalyzers.Detection;

/// <summary>Secrets that are the value of a key in a larger string: connection-string keys and passwords, URL user info.</summary>
internal static class KeyValues
{
    /// <summary>
    /// The longest connection-string password read, SQL Server's own limit; a longer value is prose or data, not a
    /// password (and reading on from every <c>Password=</c> of a long text to its end would make the scan quadratic).
    /// </summary>
    private const int LongestPassword = 128;

    /// <summary>How far before <c>Password=</c> a quote is looked for that encloses the connection string.</summary>
    private const int QuoteLookBehind = 512;

    /// <summary>How far on either side of an account key its connection string's <c>AccountEndpoint=</c> is looked for.</summary>
    private const int NeighbourWindow = 512;

    /// <summary><c>AccountKey=&lt;base64&gt;</c> or <c>SharedAccessKey=&lt;base64&gt;</c>; the match is the value.</summary>
    public static bool TryMatchKeyValue(ReadOnlySpan<char> text, int keyword, int value, PrefixRule rule, out SecretMatch match)
    {
        match = default;
        if (!FollowsSeparator(text, keyword))
        {
            return false;
        }

        var run = CharClasses.RunLength(text, value, text.Length, CharClass.Base64, rule.Max + 1);
        if (run < rule.Min || run > rule.Max)
        {
            return false;
        }

        var end = value + run;
        while (end < text.Length && end - value < run + 2 && text[end] == '=')
        {
            end++;
        }

        if (!SecretScanner.EndsAtBoundary(text, end) || PlaceholderFilter.IsPlaceholderBody(text, value, run, 64))
        {
            return false;
        }

        // A Cosmos DB connection string names its endpoint; the search stays near the key, so that a text of many keys
        // is not read whole for each.
        var format = rule.Format;
        if (format == TokenFormats.AzureStorageAccountKey && NamesEndpointNear(text, keyword, end))
        {
            format = TokenFormats.AzureCosmosDbKey;
        }

        match = new SecretMatch(format, value, end - value);
        return true;
    }

    private static bool NamesEndpointNear(ReadOnlySpan<char> text, int keyword, int end)
    {
        var near = Math.Max(0, keyword - NeighbourWindow);
        return text.Slice(near, Math.Min(text.Length, end + NeighbourWindow) - near).IndexOf("AccountEndpoint=".AsSpan(), StringComparison.OrdinalIgnoreCase) >= 0;
    }

    /// <summary>
    /// <c>Password=…</c> or <c>Pwd=…</c> as one <c>key=value</c> pair among others (ADO.NET, ODBC, JDBC, URL query).
    /// The match is the value; placeholders (<c>{0}</c>, <c>${DB_PASSWORD}</c>, <c>&lt;password&gt;</c>, <c>****</c>) are not secrets.
    /// </summary>
    public static bool TryMatchConnectionStringPassword(ReadOnlySpan<char> text, int keyword, int afterKeyword, out SecretMatch match)
    {
        match = default;
        var p = SkipSpaces(text, afterKeyword);
        if (p >= text.Length || text[p] != '=')
        {
            return false;
        }

        var separator = PreviousNonSpace(text, keyword);
        var inQuery = separator == '?' || separator == '&';
        if (separator != ';' && !inQuery && separator != '\0')
        {
            return false;
        }

        p = SkipSpaces(text, p + 1);
        int valueStart, valueEnd, next;
        if (p < text.Length && (text[p] == '"' || text[p] == '\''))
        {
            valueStart = p + 1;
            valueEnd = TextSearch.IndexOf(text, text[p], valueStart, Math.Min(LongestPassword + 1, text.Length - valueStart));
            if (valueEnd < 0)
            {
                return false;
            }

            next = valueEnd + 1;
        }
        else
        {
            // Inside a quoted text (JSON, an XML attribute), the value ends at the quote that encloses it. Both searches
            // are bounded: a text of many keywords must not be read back to its start from each one.
            var before = text.Slice(Math.Max(0, keyword - QuoteLookBehind), Math.Min(keyword, QuoteLookBehind));
            var enclosingQuote = before.IndexOf('"') >= 0 ? '"' : before.IndexOf('\'') >= 0 ? '\'' : '\0';
            valueStart = p;
            valueEnd = p;
            var limit = Math.Min(text.Length, valueStart + LongestPassword);
            while (valueEnd < limit && !EndsValue(text[valueEnd], inQuery, enclosingQuote))
            {
                valueEnd++;
            }

            if (valueEnd == limit)
            {
                // The limit is on the value: spaces before its end are trimmed below; anything else is too long.
                while (valueEnd < text.Length && text[valueEnd] == ' ')
                {
                    valueEnd++;
                }

                if (valueEnd < text.Length && !EndsValue(text[valueEnd], inQuery, enclosingQuote))
                {
                    return false;
                }
            }

            next = valueEnd;
            while (valueEnd > valueStart && text[valueEnd - 1] == ' ')
            {
                valueEnd--;
            }
        }

        // Alone, "Password=x" may be prose or a form field; a connection string has other pairs too.
        if (separator == '\0' && (next >= text.Length || TextSearch.IndexOf(text, '=', next) < 0))
        {
            return false;
        }

        if (PlaceholderFilter.IsPlaceholderPassword(text, valueStart, valueEnd - valueStart))
        {
            return false;
        }

        match = new SecretMatch(TokenFormats.ConnectionStringPassword, valueStart, valueEnd - valueStart);
        return true;
    }

    /// <summary><c>scheme://user:password@host</c>; the match is the password. <paramref name="colon"/> is the scheme's colon.</summary>
    public static bool TryMatchUrlPassword(ReadOnlySpan<char> text, int colon, out SecretMatch match)
    {
        match = default;
        var schemeStart = colon;
        while (schemeStart > 0 && IsSchemeChar(text[schemeStart - 1]))
        {
            schemeStart--;
        }

        if (colon - schemeStart < 2 || !CharClasses.Is(text[schemeStart], CharClass.Letter))
        {
            return false;
        }

        var authority = colon + 3;
        int end = authority, at = -1;
        while (end < text.Length && !EndsAuthority(text[end]))
        {
            if (text[end] == '@')
            {
                at = end;
            }

            end++;
        }

        if (at < 0 || at + 1 >= end || !(CharClasses.IsAlnum(text[at + 1]) || text[at + 1] == '['))
        {
            return false;
        }

        var separator = TextSearch.IndexOf(text, ':', authority, at - authority);
        if (separator < 0)
        {
            return false;
        }

        var passwordStart = separator + 1;
        var passwordLength = at - passwordStart;
        var userLength = separator - authority;
        if (PlaceholderFilter.IsPlaceholderPassword(text, passwordStart, passwordLength)
            || (userLength == passwordLength && text.Slice(authority, passwordLength).SequenceEqual(text.Slice(passwordStart, passwordLength))))
        {
            return false;
        }

        match = new SecretMatch(TokenFormats.UrlPassword, passwordStart, passwordLength);
        return true;
    }

    /// <summary>Whether an unquoted password value ends at <paramref name="c"/>: the next pair, the line, the enclosing quote.</summary>
    private static bool EndsValue(char c, bool inQuery, char enclosingQuote) =>
        c == ';' || c == '\r' || c == '\n' || (inQuery && c == '&') || (enclosingQuote != '\0' && c == enclosingQuote);

    /// <summary>A connection-string key starts the text or follows <c>;</c> (spaces allowed).</summary>
    private static bool FollowsSeparator(ReadOnlySpan<char> text, int keyword)
    {
        var previous = PreviousNonSpace(text, keyword);
        return previous == '\0' || previous == ';' || previous == '"' || previous == '\'';
    }

    /// <summary>
    /// The last character before <paramref name="index"/> that is no space, or '\0' at the start of the text. A line
    /// break counts as a space: a connection string written over several lines is one.
    /// </summary>
    private static char PreviousNonSpace(ReadOnlySpan<char> text, int index)
    {
        for (var i = index - 1; i >= 0; i--)
        {
            if (text[i] != ' ' && text[i] != '\t' && text[i] != '\r' && text[i] != '\n')
            {
                return text[i];
            }
        }

        return '\0';
    }

    private static int SkipSpaces(ReadOnlySpan<char> text, int p)
    {
        while (p < text.Length && (text[p] == ' ' || text[p] == '\t'))
        {
            p++;
        }

        return p;
    }

    private static bool EndsAuthority(char c) => c is '/' or '?' or '#' or '"' or '\'' or '<' or '>' or '`' or ' ' or '\t' or '\r' or '\n';

    private static bool IsSchemeChar(char c) => CharClasses.IsAlnum(c) || c == '+' || c == '.' || c == '-';
}
