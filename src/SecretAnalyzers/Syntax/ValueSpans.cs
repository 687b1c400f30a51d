using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace SecretAnalyzers;

/// <summary>
/// Maps characters of a string's value back to the source characters that spell them, through escapes (<c>\u0041</c>,
/// <c>\x41</c>, <c>\\</c>), doubled quotes, and the indentation a multi-line raw string drops, for every
/// literal kind and the text parts of interpolated strings. Runs only for a finding about to be reported: one linear walk
/// of the token, no allocation. Each source character read is checked against the value it must give, so a token this
/// reading does not understand (an error in incomplete code) yields no span, and the caller keeps the whole node.
/// </summary>
internal static class ValueSpans
{
    /// <summary>How the characters of a token's content spell its value.</summary>
    private enum Spelling : byte
    {
        /// <summary><c>"…"</c>: backslash escapes.</summary>
        Regular,

        /// <summary><c>@"…"</c>: a doubled quote is one.</summary>
        Verbatim,

        /// <summary><c>"""…"""</c> on one line: every character is itself.</summary>
        Raw,

        /// <summary><c>"""</c> on lines of their own: each line loses the closing delimiter's indentation.</summary>
        RawMultiLine,
    }

    /// <summary>
    /// The source span of value characters [<paramref name="start"/>, <paramref name="end"/>) of a piece (a string
    /// literal or an interpolated string's text), or the piece's whole span when its token cannot be read back.
    /// </summary>
    public static TextSpan Of(SyntaxNode piece, int start, int end)
    {
        return TryMap(piece, start, end, out var span) ? span : piece.Span;
    }

    /// <summary>Where value character <paramref name="start"/> begins and character <paramref name="end"/> − 1 ends in the source.</summary>
    public static bool TryMap(SyntaxNode piece, int start, int end, out TextSpan span)
    {
        span = default;
        if (start < 0 || end <= start || !TryReadToken(piece, out var token, out var value, out var spelling, out var contentStart, out var contentEnd, out var indent, out var atLineStart))
        {
            return false;
        }

        if (end > value.Length)
        {
            return false;
        }

        var text = token.Text;
        var walker = new Walker(text, value, spelling, indent, atLineStart);
        var from = -1;
        var i = contentStart;
        while (i < contentEnd)
        {
            if (!walker.Step(ref i, contentEnd, out var unitStart, out var produced))
            {
                return false;
            }

            if (produced == 0)
            {
                continue;
            }

            if (from < 0 && walker.ValueIndex > start)
            {
                from = unitStart;
            }

            if (walker.ValueIndex >= end)
            {
                span = TextSpan.FromBounds(token.SpanStart + from, token.SpanStart + i);
                return true;
            }
        }

        return false;
    }

    /// <summary>The token of a piece, its value, and how and where its content spells that value.</summary>
    private static bool TryReadToken(
        SyntaxNode piece,
        out SyntaxToken token,
        out string value,
        out Spelling spelling,
        out int contentStart,
        out int contentEnd,
        out int indent,
        out bool atLineStart)
    {
        token = default;
        value = string.Empty;
        spelling = Spelling.Regular;
        contentStart = contentEnd = indent = 0;
        atLineStart = false;
        if (piece is LiteralExpressionSyntax literal)
        {
            token = literal.Token;
            value = LiteralPieces.StringValue(token);
            var read = ReadLiteral(token.Text, token.Kind(), out spelling, out contentStart, out contentEnd, out indent);
            atLineStart = spelling == Spelling.RawMultiLine;
            return read;
        }

        if (piece is not InterpolatedStringTextSyntax { Parent: InterpolatedStringExpressionSyntax interpolation } textPart)
        {
            return false;
        }

        // A text part's value keeps its doubled braces ({{ stays {{ until binding), as the scanned piece does.
        token = textPart.TextToken;
        value = token.ValueText;
        contentEnd = token.Text.Length;
        switch (interpolation.StringStartToken.Kind())
        {
            case SyntaxKind.InterpolatedStringStartToken:
                return true;
            case SyntaxKind.InterpolatedVerbatimStringStartToken:
                spelling = Spelling.Verbatim;
                return true;
            case SyntaxKind.InterpolatedSingleLineRawStringStartToken:
                spelling = Spelling.Raw;
                return true;
            case SyntaxKind.InterpolatedMultiLineRawStringStartToken:
                spelling = Spelling.RawMultiLine;
                var source = piece.SyntaxTree.GetText();
                atLineStart = token.SpanStart > 0 && IsLineBreak(source[token.SpanStart - 1]);
                indent = IndentBefore(source, interpolation.StringEndToken);
                return indent >= 0;
            default:
                return false;
        }
    }

    /// <summary>Where a literal token's content lies between its delimiters, and how it spells its value.</summary>
    private static bool ReadLiteral(string text, SyntaxKind kind, out Spelling spelling, out int contentStart, out int contentEnd, out int indent)
    {
        spelling = Spelling.Regular;
        contentStart = contentEnd = indent = 0;
        var end = text.Length;
        if (kind is SyntaxKind.Utf8StringLiteralToken or SyntaxKind.Utf8SingleLineRawStringLiteralToken or SyntaxKind.Utf8MultiLineRawStringLiteralToken)
        {
            if (end < 2 || (text[end - 1] != '8') || (text[end - 2] != 'u' && text[end - 2] != 'U'))
            {
                return false;
            }

            end -= 2;
        }

        switch (kind)
        {
            case SyntaxKind.StringLiteralToken or SyntaxKind.Utf8StringLiteralToken:
                var verbatim = text.Length > 0 && text[0] == '@';
                spelling = verbatim ? Spelling.Verbatim : Spelling.Regular;
                contentStart = verbatim ? 2 : 1;

                // Incomplete code leaves a literal unclosed: its content runs to the token's end.
                contentEnd = end > contentStart && text[end - 1] == '"' ? end - 1 : end;
                return contentStart <= contentEnd;

            case SyntaxKind.SingleLineRawStringLiteralToken or SyntaxKind.Utf8SingleLineRawStringLiteralToken:
                spelling = Spelling.Raw;
                contentStart = CountQuotes(text, 0);
                contentEnd = end;
                while (contentEnd > contentStart && text[contentEnd - 1] == '"')
                {
                    contentEnd--;
                }

                return contentStart >= 3;

            case SyntaxKind.MultiLineRawStringLiteralToken or SyntaxKind.Utf8MultiLineRawStringLiteralToken:
                spelling = Spelling.RawMultiLine;

                // The opening line holds only the delimiter; the content starts on the next line.
                var firstBreak = text.IndexOf('\n');
                var closing = end;
                while (closing > 0 && text[closing - 1] == '"')
                {
                    closing--;
                }

                var lineStart = closing;
                while (lineStart > 0 && (text[lineStart - 1] == ' ' || text[lineStart - 1] == '\t'))
                {
                    lineStart--;
                }

                indent = closing - lineStart;

                // The line break before the closing line belongs to no line of the value.
                contentEnd = lineStart;
                if (contentEnd > 0 && text[contentEnd - 1] == '\n')
                {
                    contentEnd--;
                }

                if (contentEnd > 0 && text[contentEnd - 1] == '\r')
                {
                    contentEnd--;
                }

                contentStart = firstBreak + 1;
                return firstBreak > 0 && contentStart <= contentEnd;

            default:
                return false;
        }
    }

    /// <summary>The indentation of a multi-line raw string's closing line: the spaces and tabs before its closing quotes.</summary>
    private static int IndentBefore(SourceText source, SyntaxToken endToken)
    {
        var quote = endToken.Text.IndexOf('"');
        if (quote < 0)
        {
            return -1;
        }

        var closing = endToken.SpanStart + quote;
        var lineStart = closing;
        while (lineStart > 0 && (source[lineStart - 1] == ' ' || source[lineStart - 1] == '\t'))
        {
            lineStart--;
        }

        return closing - lineStart;
    }

    private static int CountQuotes(string text, int from)
    {
        var i = from;
        while (i < text.Length && text[i] == '"')
        {
            i++;
        }

        return i - from;
    }

    private static bool IsLineBreak(char c) => c is '\n' or '\r' or '\u0085' or '\u2028' or '\u2029';

    /// <summary>Reads the content one unit at a time (a character, an escape, a doubled quote, a skipped indentation).</summary>
    private struct Walker
    {
        private readonly string text;
        private readonly string value;
        private readonly Spelling spelling;
        private readonly int indent;
        private bool atLineStart;

        public Walker(string text, string value, Spelling spelling, int indent, bool atLineStart)
        {
            this.text = text;
            this.value = value;
            this.spelling = spelling;
            this.indent = indent;
            this.atLineStart = atLineStart;
            ValueIndex = 0;
        }

        /// <summary>How many value characters the units read so far spell.</summary>
        public int ValueIndex { get; private set; }

        /// <summary>
        /// Reads the unit at <paramref name="i"/> and moves past it; <paramref name="produced"/> is how many value
        /// characters it spells (none for indentation). False when the source does not spell the value.
        /// </summary>
        public bool Step(ref int i, int end, out int unitStart, out int produced)
        {
            unitStart = i;
            produced = 0;
            if (atLineStart)
            {
                atLineStart = false;
                var skipped = 0;
                while (skipped < indent && i < end && (text[i] == ' ' || text[i] == '\t'))
                {
                    i++;
                    skipped++;
                }

                if (skipped > 0)
                {
                    return true;
                }

                unitStart = i;
            }

            var c = text[i];
            var length = 1;
            var spelt = c;
            if (c == '\\' && spelling == Spelling.Regular)
            {
                if (!ReadEscape(i, end, out length, out spelt, out var pair))
                {
                    return false;
                }

                if (pair)
                {
                    // \U0001F600 spells a surrogate pair: two value characters from one escape.
                    if (ValueIndex + 2 > value.Length || !char.IsHighSurrogate(value[ValueIndex]) || !char.IsLowSurrogate(value[ValueIndex + 1]))
                    {
                        return false;
                    }

                    i += length;
                    ValueIndex += 2;
                    produced = 2;
                    return true;
                }
            }
            else if (c == '"' && spelling == Spelling.Verbatim)
            {
                length = i + 1 < end && text[i + 1] == c ? 2 : 1;
            }
            else if (IsLineBreak(c))
            {
                atLineStart = spelling == Spelling.RawMultiLine;
            }

            if (ValueIndex >= value.Length || value[ValueIndex] != spelt)
            {
                return false;
            }

            i += length;
            ValueIndex++;
            produced = 1;
            return true;
        }

        /// <summary>A backslash escape of a regular string: its length and the character it spells (or a surrogate pair).</summary>
        private bool ReadEscape(int i, int end, out int length, out char spelt, out bool pair)
        {
            length = 2;
            spelt = '\0';
            pair = false;
            if (i + 1 >= end)
            {
                return false;
            }

            switch (text[i + 1])
            {
                case '\'': spelt = '\''; return true;
                case '"': spelt = '"'; return true;
                case '\\': spelt = '\\'; return true;
                case '0': spelt = '\0'; return true;
                case 'a': spelt = '\a'; return true;
                case 'b': spelt = '\b'; return true;
                case 'e': spelt = '\u001B'; return true;
                case 'f': spelt = '\f'; return true;
                case 'n': spelt = '\n'; return true;
                case 'r': spelt = '\r'; return true;
                case 't': spelt = '\t'; return true;
                case 'v': spelt = '\v'; return true;
                case 'x':
                    // One to four hex digits, as many as there are.
                    return ReadHex(i + 2, end, minimum: 1, maximum: 4, out length, out spelt, out pair);
                case 'u':
                    return ReadHex(i + 2, end, minimum: 4, maximum: 4, out length, out spelt, out pair);
                case 'U':
                    return ReadHex(i + 2, end, minimum: 8, maximum: 8, out length, out spelt, out pair);
                default:
                    return false;
            }
        }

        private bool ReadHex(int from, int end, int minimum, int maximum, out int length, out char spelt, out bool pair)
        {
            var code = 0L;
            var digits = 0;
            while (digits < maximum && from + digits < end && HexValue(text[from + digits]) is var digit && digit >= 0)
            {
                code = (code << 4) | (uint)digit;
                digits++;
            }

            length = 2 + digits;
            pair = code > 0xFFFF;
            spelt = pair ? '\0' : (char)code;
            return digits >= minimum && code <= 0x10FFFF;
        }

        private static int HexValue(char c) => c switch
        {
            >= '0' and <= '9' => c - '0',
            >= 'a' and <= 'f' => c - 'a' + 10,
            >= 'A' and <= 'F' => c - 'A' + 10,
            _ => -1,
        };
    }
}
