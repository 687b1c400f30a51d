using System;

namespace SecretAnalyzers.Detection;

/// <summary>Character classes used by the scanner, looked up in one 128-entry table.</summary>
[System.Flags]
internal enum CharClass : ushort
{
    None = 0,
    Digit = 1 << 0,
    Upper = 1 << 1,
    Lower = 1 << 2,
    /// <summary><c>[0-9a-f]</c>.</summary>
    HexLower = 1 << 3,
    /// <summary><c>[A-Z2-7]</c>.</summary>
    Base32Upper = 1 << 4,
    /// <summary><c>[a-z2-7]</c>.</summary>
    Base32Lower = 1 << 5,
    /// <summary><c>+</c> and <c>/</c>.</summary>
    Base64Extra = 1 << 6,
    /// <summary><c>-</c> and <c>_</c>.</summary>
    UrlExtra = 1 << 7,
    /// <summary>A character a prefixed token can start with.</summary>
    TokenStart = 1 << 8,
    /// <summary>A character inside a token at which a structure is recognised (<c>~</c> of Entra secrets, <c>:</c> of URLs).</summary>
    Anchor = 1 << 9,
    /// <summary>Space, tab, CR, LF.</summary>
    Whitespace = 1 << 10,
    /// <summary>A character a token made of one run can hold: letters, digits and <c>+ / = _ - . ~</c>.</summary>
    TokenChar = 1 << 11,

    Letter = Upper | Lower,
    Alnum = Digit | Upper | Lower,
    Base64 = Alnum | Base64Extra,
    Base64Url = Alnum | UrlExtra,
}

internal static class CharClasses
{
    private static readonly CharClass[] Table = Build();

    public static CharClass Of(char c) => c < 128 ? Table[c] : CharClass.None;

    public static bool Is(char c, CharClass any) => c < 128 && (Table[c] & any) != 0;

    public static bool IsAlnum(char c) => c < 128 && (Table[c] & CharClass.Alnum) != 0;

    public static bool IsWhitespace(char c) => c < 128 && (Table[c] & CharClass.Whitespace) != 0;

    /// <summary>Length of the run of characters of <paramref name="alphabet"/> from <paramref name="start"/>, stopping at <paramref name="limit"/>.</summary>
    public static int RunLength(ReadOnlySpan<char> text, int start, int end, CharClass alphabet, int limit)
    {
        var stop = end - start < limit ? end : start + limit;
        var i = start;
        while (i < stop && Is(text[i], alphabet))
        {
            i++;
        }

        return i - start;
    }

    /// <summary>Whether every character of the range is in <paramref name="alphabet"/>.</summary>
    public static bool All(ReadOnlySpan<char> text, int start, int length, CharClass alphabet)
    {
        for (var i = start; i < start + length; i++)
        {
            if (!Is(text[i], alphabet))
            {
                return false;
            }
        }

        return true;
    }

    private static CharClass[] Build()
    {
        var table = new CharClass[128];
        for (var c = '0'; c <= '9'; c++)
        {
            table[c] |= CharClass.Digit;
        }

        for (var c = 'A'; c <= 'Z'; c++)
        {
            table[c] |= CharClass.Upper | CharClass.Base32Upper;
        }

        for (var c = 'a'; c <= 'z'; c++)
        {
            table[c] |= CharClass.Lower | CharClass.Base32Lower;
        }

        for (var c = '2'; c <= '7'; c++)
        {
            table[c] |= CharClass.Base32Upper | CharClass.Base32Lower;
        }

        foreach (var c in "0123456789abcdef")
        {
            table[c] |= CharClass.HexLower;
        }

        table['+'] |= CharClass.Base64Extra;
        table['/'] |= CharClass.Base64Extra;
        table['-'] |= CharClass.UrlExtra;
        table['_'] |= CharClass.UrlExtra;
        foreach (var c in " \t\r\n")
        {
            table[c] |= CharClass.Whitespace;
        }

        foreach (var c in PrefixRules.StartCharacters)
        {
            table[c] |= CharClass.TokenStart;
        }

        for (var c = 0; c < 128; c++)
        {
            if ((table[c] & CharClass.Alnum) != 0 || "+/=_-.~".IndexOf((char)c) >= 0)
            {
                table[c] |= CharClass.TokenChar;
            }
        }

        table['~'] |= CharClass.Anchor;
        table[':'] |= CharClass.Anchor;
        return table;
    }
}
