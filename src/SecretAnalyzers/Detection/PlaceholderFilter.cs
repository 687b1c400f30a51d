using System;

namespace SecretAnalyzers.Detection;

/// <summary>
/// Tells a random token body from a placeholder (<c>xxxx…</c>, <c>your-key-here</c>, <c>1234…</c>, <c>abcabc…</c>).
/// Runs only on candidates that already have the right prefix, alphabet and length. Thresholds are set so
/// that a random body of the provider's alphabet fails them with a probability well under one in ten thousand.
/// </summary>
internal static class PlaceholderFilter
{
    /// <summary>Words that do not occur by chance in a random body but do in every kind of placeholder.</summary>
    /// <remarks>Matched in one case only (lower, UPPER or Capitalised), which random bodies almost never spell.</remarks>
    private static readonly string[] PlaceholderWords =
    {
        "example", "sample", "placeholder", "your", "redacted", "replace", "dummy", "fake", "xxxx", "changeme",
        "insert", "notreal", "demo", "here",
    };

    /// <summary>Passwords that are documentation placeholders, not credentials.</summary>
    private static readonly string[] PlaceholderPasswords =
    {
        "password", "passwd", "pass", "pwd", "secret", "test", "testing", "admin", "root", "guest", "user", "username",
        "null", "none", "empty", "string", "value", "foo", "bar", "foobar", "demo", "abc", "abc123", "qwerty",
        "letmein", "token", "apikey", "api_key", "key", "xxx", "yyy", "zzz", "dummy", "sample", "example", "changeit",
    };

    private static readonly string[] PlaceholderPasswordWords =
    {
        "password", "passwd", "your", "changeme", "change_me", "placeholder", "example", "redacted", "dummy", "***", "...",
        "p@ssw0rd", "p@ssword", "passw0rd", "p4ssw0rd", "pa$$w0rd", "pa$$word", "pa55word", "pa55w0rd",
    };

    /// <summary>
    /// Whether a token body looks like a placeholder. <paramref name="alphabetSize"/> is the size of the body's alphabet,
    /// from which the number of distinct characters a random body would show is estimated. Whitespace is skipped
    /// (PEM bodies wrap).
    /// </summary>
    public static bool IsPlaceholderBody(ReadOnlySpan<char> text, int start, int length, int alphabetSize, bool checkWords = true)
    {
        ulong seenLow = 0, seenHigh = 0;
        var counted = 0;
        int run = 1, longestRun = 0, ascending = 1, descending = 1, longestSequence = 0;
        int foldedAscending = 1, foldedDescending = 1, longestFoldedSequence = 0;
        var previous = '\0';
        var classes = CharClass.None;
        for (var i = start; i < start + length; i++)
        {
            var c = text[i];
            if (CharClasses.IsWhitespace(c))
            {
                continue;
            }

            if (c < 128)
            {
                // Without a branch: whether a character is new, and which half of the set it falls in, are as random
                // as the body, and the mispredicted branches were half of what this check cost a 32-character hash.
                var bit = 1UL << (c & 63);
                var high = (ulong)-(long)(c >> 6);
                seenHigh |= bit & high;
                seenLow |= bit & ~high;
            }

            classes |= c < 128 ? FoldedClasses[c] : CharClass.Base64Extra;
            if (counted > 0)
            {
                // Also case-folded ("aBcDeF"), which chance produces more often, so it must run longer to count.
                var folded = char.ToLowerInvariant(c);
                var previousFolded = char.ToLowerInvariant(previous);
                run = c == previous ? run + 1 : 1;
                ascending = c == previous + 1 ? ascending + 1 : 1;
                descending = c == previous - 1 ? descending + 1 : 1;
                foldedAscending = folded == previousFolded + 1 ? foldedAscending + 1 : 1;
                foldedDescending = folded == previousFolded - 1 ? foldedDescending + 1 : 1;
            }

            longestRun = Math.Max(longestRun, run);
            longestSequence = Math.Max(longestSequence, Math.Max(ascending, descending));
            longestFoldedSequence = Math.Max(longestFoldedSequence, Math.Max(foldedAscending, foldedDescending));
            previous = c;
            counted++;
        }

        if (counted == 0)
        {
            return true;
        }

        // A run of 5 equal characters or an ascending "abcde"/"12345" has a chance of about n/k^4 in a random body.
        var limit = alphabetSize <= 16 ? 6 : 5;
        if (longestRun >= limit || longestSequence >= limit || longestFoldedSequence >= limit + 3)
        {
            return true;
        }

        // A random body of n characters from k shows about k(1 - (1 - 1/k)^n) distinct ones; placeholders far fewer.
        // k is the smallest usual alphabet the body fits in: a hex group inside a base62 token is judged as hex.
        alphabetSize = Math.Min(alphabetSize, EffectiveAlphabetSize(classes));
        var expected = alphabetSize * (1 - Math.Pow(1 - (1.0 / alphabetSize), counted));
        if (BitCount(seenLow) + BitCount(seenHigh) < 0.6 * expected)
        {
            return true;
        }

        // A valid checksum already proves the provider issued the token: only its shape is judged then.
        return checkWords && ContainsAny(text, start, length, PlaceholderWords);
    }

    /// <summary>Whether the range spells a placeholder word (<c>example</c>, <c>your</c>, <c>xxxx</c>…) in one case.</summary>
    public static bool HasPlaceholderWord(ReadOnlySpan<char> text, int start, int length) => ContainsAny(text, start, length, PlaceholderWords);

    /// <summary>
    /// For each ASCII character, which of digits, hex letters, other lower-case letters, other upper-case letters and
    /// other characters it is: read from a table, as a chain of comparisons branches as randomly as the body.
    /// </summary>
    private static readonly CharClass[] FoldedClasses = BuildFoldedClasses();

    private static CharClass[] BuildFoldedClasses()
    {
        var classes = new CharClass[128];
        for (var c = 0; c < classes.Length; c++)
        {
            classes[c] = c >= '0' && c <= '9' ? CharClass.Digit
                : (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F') ? CharClass.HexLower
                : c >= 'a' && c <= 'z' ? CharClass.Lower
                : c >= 'A' && c <= 'Z' ? CharClass.Upper
                : CharClass.Base64Extra;
        }

        return classes;
    }

    /// <summary>The number of set bits (netstandard2.0 has no <c>BitOperations.PopCount</c>).</summary>
    private static int BitCount(ulong bits)
    {
        bits -= (bits >> 1) & 0x5555555555555555UL;
        bits = (bits & 0x3333333333333333UL) + ((bits >> 2) & 0x3333333333333333UL);
        bits = (bits + (bits >> 4)) & 0x0F0F0F0F0F0F0F0FUL;
        return (int)((bits * 0x0101010101010101UL) >> 56);
    }

    private static int EffectiveAlphabetSize(CharClass classes)
    {
        if ((classes & ~(CharClass.Digit | CharClass.HexLower)) == 0)
        {
            return (classes & CharClass.HexLower) == 0 ? 10 : 16;
        }

        if ((classes & CharClass.Base64Extra) != 0 || ((classes & CharClass.Lower) != 0 && (classes & CharClass.Upper) != 0))
        {
            return 64;
        }

        return (classes & CharClass.Digit) != 0 ? 36 : 26;
    }

    /// <summary>Whether a password taken from a connection string or URL is a placeholder rather than a credential.</summary>
    public static bool IsPlaceholderPassword(ReadOnlySpan<char> text, int start, int length)
    {
        if (length < 3)
        {
            return true;
        }

        if (IsSubstitution(text, start, length))
        {
            return true;
        }

        foreach (var word in PlaceholderPasswords)
        {
            if (word.Length == length && text.Slice(start, length).Equals(word.AsSpan(), StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        if (ContainsAny(text, start, length, PlaceholderPasswordWords))
        {
            return true;
        }

        // All one character (******, xxxxxx) or one ascending/descending sequence (123456, abcdef).
        bool same = true, ascending = true, descending = true;
        for (var i = start + 1; i < start + length; i++)
        {
            same &= text[i] == text[i - 1];
            ascending &= text[i] == text[i - 1] + 1;
            descending &= text[i] == text[i - 1] - 1;
        }

        return same || ascending || descending;
    }

    /// <summary>
    /// Template and parameter syntax instead of a value: <c>{0}</c>, <c>${DB_PASSWORD}</c>, <c>$(DbPassword)</c>,
    /// <c>#{token}#</c>, <c>%DB_PASS%</c>, <c>&lt;password&gt;</c>, <c>[PASSWORD]</c>, <c>$DB_PASS</c>, <c>@password</c>,
    /// <c>:password</c>, <c>__PASSWORD__</c>, and regular expressions that describe a password.
    /// </summary>
    private static bool IsSubstitution(ReadOnlySpan<char> text, int start, int length)
    {
        var first = text[start];
        var last = text[start + length - 1];
        if (first == '{' || last == '}' || first == '(' || first == '<' || (first == '[' && last == ']')
            || (first == '%' && (last == '%' || AllOf(text, start + 1, length - 1, upperOnly: true)))
            || (first == '_' && last == '_' && length > 2 && text[start + 1] == '_'))
        {
            return true;
        }

        if (first == '$' || first == '#')
        {
            var second = text[start + 1];
            if (second == '{' || second == '(' || (first == '$' && AllOf(text, start + 1, length - 1, upperOnly: true)))
            {
                return true;
            }
        }

        if ((first == '@' || first == ':') && AllOf(text, start + 1, length - 1, upperOnly: false))
        {
            return true;
        }

        return TextSearch.IndexOf(text, "[^", start, length, StringComparison.Ordinal) >= 0 || TextSearch.IndexOf(text, "(?", start, length, StringComparison.Ordinal) >= 0;
    }

    /// <summary>Whether the range is an identifier: <c>[A-Za-z0-9_]</c>, or with <paramref name="upperOnly"/> an environment-variable name <c>[A-Z0-9_]</c>.</summary>
    private static bool AllOf(ReadOnlySpan<char> text, int start, int length, bool upperOnly)
    {
        for (var i = start; i < start + length; i++)
        {
            var c = text[i];
            var ok = c == '_' || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (!upperOnly && c >= 'a' && c <= 'z');
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether the range contains one of the (lower-case) words as lower case, UPPER case or Capitalised.</summary>
    private static bool ContainsAny(ReadOnlySpan<char> text, int start, int length, string[] words)
    {
        foreach (var word in words)
        {
            for (var at = TextSearch.IndexOf(text, word, start, length, StringComparison.OrdinalIgnoreCase); at >= 0 && at + word.Length <= start + length;
                 at = at + 1 < start + length ? TextSearch.IndexOf(text, word, at + 1, start + length - at - 1, StringComparison.OrdinalIgnoreCase) : -1)
            {
                if (IsOneCase(text, at, word))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IsOneCase(ReadOnlySpan<char> text, int at, string word)
    {
        bool lower = true, upper = true, capitalised = true;
        for (var i = 0; i < word.Length; i++)
        {
            var c = text[at + i];
            if (!char.IsLetter(word[i]))
            {
                continue;
            }

            lower &= char.IsLower(c);
            upper &= char.IsUpper(c);
            capitalised &= i == 0 ? char.IsUpper(c) : char.IsLower(c);
        }

        return lower || upper || capitalised;
    }
}
