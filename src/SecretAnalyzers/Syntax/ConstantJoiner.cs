using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using SecretAnalyzers.Detection;

namespace SecretAnalyzers;

/// <summary>A match found in one piece on its own, at its offset in the joined text of the piece's group.</summary>
internal struct PieceMatch
{
    public PieceMatch(int piece, SecretMatch match, int offset)
    {
        Piece = piece;
        Match = match;
        Start = offset + match.Start;
        End = offset + match.End;
        Covered = false;
    }

    public int Piece { get; }

    public SecretMatch Match { get; }

    public int Start { get; }

    public int End { get; }

    /// <summary>Whether a match of the joined text overlaps it, which then stands for the same secret.</summary>
    public bool Covered { get; set; }
}

/// <summary>
/// The one place where the pieces of a concatenation or interpolation become text to scan. Pieces are joined only
/// where a token can cross from one into the next (no whitespace at the boundary, a key awaiting its value before it,
/// or a PEM block beside it), and each group so joined is scanned as one text. Every literal of a group is also scanned on its
/// own, and what it holds alone is reported unless a match of the joined text overlaps it: joining never loses a
/// secret (<c>"Token" + "sk_live_…"</c> hides the prefix's word boundary), and one secret gives one diagnostic.
/// A name is resolved through the semantic model only where a token could cross into it. Linear in the number of
/// pieces and in the length of the text, with no recursion.
/// </summary>
internal static class ConstantJoiner
{
    /// <summary>How many names of one concatenation or interpolation are looked up as possible constants.</summary>
    private const int NamesResolvedPerExpression = 256;

    public static void Analyze(SyntaxNodeAnalysisContext context, ExpressionSyntax whole, List<Piece> pieces, ref ReportBudget budget)
    {
        bool anyLiteral = false, anySymbol = false;
        foreach (var piece in pieces)
        {
            anyLiteral |= piece.Kind == PieceKind.Literal;
            anySymbol |= piece.Kind == PieceKind.Symbol;
        }

        // In a constant initializer without literals (A + B), only names can hold a string.
        if (!anyLiteral && !(anySymbol && LiteralPieces.IsInConstantContext(whole)))
        {
            return;
        }

        if (anySymbol)
        {
            // Names are looked up from above any parentheses around the whole, so that each name does not climb them.
            SyntaxNode outermost = whole;
            while (outermost.Parent is ParenthesizedExpressionSyntax)
            {
                outermost = outermost.Parent;
            }

            ResolveNames(context, outermost, pieces);
        }

        RemoveEmptyPieces(pieces);

        var options = default(SecretOptions?);
        var start = 0;
        while (start < pieces.Count)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            var end = start + 1;
            while (end < pieces.Count && Touches(pieces[end - 1], pieces[end]))
            {
                end++;
            }

            if (end - start == 1)
            {
                var piece = pieces[start];
                if (piece.Kind == PieceKind.Literal && piece.Value!.Length >= SecretScanner.MinimumLength)
                {
                    ScanAlone(context, whole, piece, ref options, ref budget);
                }
            }
            else
            {
                AnalyzeGroup(context, whole, pieces, start, end, ref options, ref budget);
            }

            start = end;
        }
    }

    /// <summary>
    /// A literal's own secrets, each reported on its own characters. True when the scanner claimed the literal: it found a token
    /// that needs no context, or one whose context held. A candidate whose context is missing (40 base64 characters
    /// that are no AWS secret) leaves the literal to be judged by its name.
    /// </summary>
    public static bool ScanAlone(SyntaxNodeAnalysisContext context, SyntaxNode contextNode, in Piece piece, ref SecretOptions? options, ref ReportBudget budget)
    {
        var text = piece.Value!;
        var position = 0;
        var claimed = false;
        while (SecretScanner.TryFind(text, position, out var match))
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            position = match.End;
            var site = new FindingSite(piece.Node, piece.Node, match.Start, piece.Node, match.End, contextNode, context.SemanticModel);
            var reported = Report(context, text, match, site, ref options, ref budget);
            claimed |= reported || match.Context == ContextRequirement.None;
        }

        return claimed;
    }

    /// <summary>
    /// Gives each name that a token could cross into its constant value (<see cref="PieceKind.Constant"/>); every
    /// other name becomes <see cref="PieceKind.Opaque"/>, a boundary no token crosses.
    /// </summary>
    private static void ResolveNames(SyntaxNodeAnalysisContext context, SyntaxNode whole, List<Piece> pieces)
    {
        var resolved = 0;
        for (var i = 0; i < pieces.Count; i++)
        {
            var piece = pieces[i];
            if (piece.Kind != PieceKind.Symbol)
            {
                continue;
            }

            context.CancellationToken.ThrowIfCancellationRequested();
            var crossed = (i > 0 && MayCross(pieces[i - 1], piece)) || (i + 1 < pieces.Count && MayCross(piece, pieces[i + 1]));
            piece.Kind = PieceKind.Opaque;

            // Past the first names a token could cross into, the rest stay opaque: generated code that joins thousands
            // of names would otherwise look each up, syntax and semantic model alike. No secret is split that way.
            if (crossed && resolved++ < NamesResolvedPerExpression && LiteralPieces.MayBeConstant(piece.Node, whole)
                && context.SemanticModel.GetConstantValue(piece.Node, context.CancellationToken) is { HasValue: true, Value: string value })
            {
                piece.Kind = PieceKind.Constant;
                piece.Value = value;
            }

            pieces[i] = piece;
        }
    }

    /// <summary>Drops the pieces whose value is empty (<c>""</c>, <c>$"{A}{B}"</c>'s empty text): nothing can stop a token there.</summary>
    private static void RemoveEmptyPieces(List<Piece> pieces)
    {
        var kept = 0;
        for (var i = 0; i < pieces.Count; i++)
        {
            if (pieces[i].Kind is PieceKind.Literal or PieceKind.Constant && pieces[i].Value!.Length == 0)
            {
                continue;
            }

            pieces[kept++] = pieces[i];
        }

        pieces.RemoveRange(kept, pieces.Count - kept);
    }

    /// <summary>
    /// Before a name's value is known: whether a token could cross the boundary into or out of it. From a literal ending
    /// in <c>sk_live_</c>, <c>Password=</c> or <c>://app:</c> into a name, out of one into a literal that starts with the
    /// rest of a token, or into a PEM block split at a line break. Sentences (<c>"…failed. " + name</c>) do not qualify.
    /// </summary>
    private static bool MayCross(in Piece left, in Piece right)
    {
        if (left.Kind == PieceKind.Opaque || right.Kind == PieceKind.Opaque)
        {
            return false;
        }

        var leftKnown = left.Kind is PieceKind.Literal or PieceKind.Constant;
        var rightKnown = right.Kind is PieceKind.Literal or PieceKind.Constant;
        return ((!leftKnown || IsTokenEdge(left.Value!, left.Value!.Length - 1, leftSide: true))
                && (!rightKnown || IsTokenEdge(right.Value!, 0, leftSide: false)))
            || (leftKnown && HoldsBlock(left.Value!))
            || (rightKnown && HoldsBlock(right.Value!));
    }

    /// <summary>With both values known: whether a token can run across the boundary, so that the two are scanned joined.</summary>
    private static bool Touches(in Piece left, in Piece right)
    {
        if (left.Kind is PieceKind.Opaque or PieceKind.Symbol || right.Kind is PieceKind.Opaque or PieceKind.Symbol)
        {
            return false;
        }

        // Across whitespace only a value after its key ("Password=\n" + "…") or the lines of a PEM block run on.
        return (!EndsInWhitespace(left.Value!) && !StartsWithWhitespace(right.Value!))
            || EndsWithKeyAwaitingValue(left.Value!) || HoldsBlock(left.Value!) || HoldsBlock(right.Value!);
    }

    /// <summary>Pieces [start, end) scanned as one text, with each piece's own secrets as the fallback.</summary>
    private static void AnalyzeGroup(SyntaxNodeAnalysisContext context, ExpressionSyntax whole, List<Piece> pieces, int start, int end, ref SecretOptions? options, ref ReportBudget budget)
    {
        var length = 0;
        for (var i = start; i < end; i++)
        {
            length += pieces[i].Value!.Length;
        }

        // The joined text is laid out in a reused buffer, scanned and reported from there.
        var buffer = Pools.RentChars(length);
        var own = Pools.RentMatches();
        try
        {
            var offset = 0;
            for (var i = start; i < end; i++)
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                var piece = pieces[i];
                piece.Offset = offset;
                pieces[i] = piece;
                piece.Value!.CopyTo(0, buffer, offset, piece.Value.Length);
                offset += piece.Value.Length;

                // What each piece holds alone: literals fall back to it; constants report it where they are declared.
                var position = 0;
                while (piece.Value.Length >= SecretScanner.MinimumLength && SecretScanner.TryFind(piece.Value, position, out var match))
                {
                    context.CancellationToken.ThrowIfCancellationRequested();
                    own.Add(new PieceMatch(i, match, piece.Offset));
                    position = match.End;
                }
            }

            var joined = new ReadOnlySpan<char>(buffer, 0, length);
            var next = 0;
            var scanFrom = 0;
            while (SecretScanner.TryFind(joined, scanFrom, out var match))
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                scanFrom = match.End;

                // Own matches are in text order and do not overlap each other, nor do the joined ones.
                while (next < own.Count && own[next].End <= match.Start)
                {
                    next++;
                }

                var heldByConstant = false;
                for (var k = next; k < own.Count && own[k].Start < match.End; k++)
                {
                    var covered = own[k];
                    covered.Covered = true;
                    own[k] = covered;
                    heldByConstant |= pieces[covered.Piece].Kind == PieceKind.Constant && covered.Match.Format == match.Format;
                }

                // A constant that holds such a secret on its own, or whose name says it is one, is reported where it is declared.
                if (!heldByConstant && !IsNamedConstantSecret(context, pieces, start, end, match))
                {
                    Report(context, joined, match, JoinedSite(whole, pieces, start, end, match, context.SemanticModel), ref options, ref budget);
                }
            }

            foreach (var alone in own)
            {
                var piece = pieces[alone.Piece];
                if (!alone.Covered && piece.Kind == PieceKind.Literal)
                {
                    var site = new FindingSite(piece.Node, piece.Node, alone.Match.Start, piece.Node, alone.Match.End, whole, context.SemanticModel);
                    Report(context, piece.Value!, alone.Match, site, ref options, ref budget);
                }
            }
        }
        finally
        {
            Pools.Return(buffer);
            Pools.Return(own);
        }
    }

    /// <summary>
    /// Whether the match lies inside the value of one constant whose declaration SECA001 reports by its name
    /// (<c>const string DbPassword = "…"</c> in <c>"…;Password=" + DbPassword</c>): one secret, one diagnostic, where
    /// the fix goes.
    /// </summary>
    private static bool IsNamedConstantSecret(SyntaxNodeAnalysisContext context, List<Piece> pieces, int start, int end, SecretMatch match)
    {
        var piece = pieces[PieceAt(pieces, start, end, match.Start)];
        if (piece.Kind != PieceKind.Constant || match.End > piece.Offset + piece.Value!.Length
            || context.SemanticModel.GetSymbolInfo(piece.Node, context.CancellationToken).Symbol is not { } symbol
            || symbol.DeclaringSyntaxReferences.Length != 1
            || symbol.DeclaringSyntaxReferences[0].GetSyntax(context.CancellationToken) is not VariableDeclaratorSyntax { Initializer.Value: LiteralExpressionSyntax } declarator)
        {
            return false;
        }

        // The declaration's own judgement (NamedLiterals), test-project policy included: where it stays silent, this reports.
        var kind = SecretNames.KindOf(declarator.Identifier.ValueText);
        var policy = NamedLiterals.TestPolicy.Unread;
        return kind != NamedKind.None && NamedValues.IsCredentialInCode(kind, declarator.Identifier.ValueText, piece.Value, 0, piece.Value.Length)
            && NamedLiterals.Admits(context, declarator.SyntaxTree, ref policy, piece.Value, 0, piece.Value.Length);
    }

    /// <summary>
    /// A match of the joined text stands on the smallest run of pieces that holds it: from its first character in the
    /// first piece to its last in the last, a name piece counting whole (<c>"Password=" + DbPassword</c> points at
    /// <c>DbPassword</c>). The whole expression is what the literal's limit and summary count by.
    /// </summary>
    private static FindingSite JoinedSite(ExpressionSyntax whole, List<Piece> pieces, int start, int end, SecretMatch match, SemanticModel model)
    {
        var first = pieces[PieceAt(pieces, start, end, match.Start)];
        var last = pieces[PieceAt(pieces, start, end, match.End - 1)];
        return new FindingSite(whole, first.Node, match.Start - first.Offset, last.Node, match.End - last.Offset, whole, model);
    }

    /// <summary>The last piece of [start, end) that starts at or before <paramref name="position"/>: a binary search on offsets.</summary>
    private static int PieceAt(List<Piece> pieces, int start, int end, int position)
    {
        int low = start, high = end - 1;
        while (low < high)
        {
            var middle = low + ((high - low + 1) >> 1);
            if (pieces[middle].Offset <= position)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }

        return low;
    }

    private static bool Report(SyntaxNodeAnalysisContext context, ReadOnlySpan<char> text, SecretMatch match, in FindingSite site, ref SecretOptions? options, ref ReportBudget budget)
    {
        var diagnostic = SecretReporter.Create(text, match, site, context.Options, ref options, ref budget, context.CancellationToken);
        if (diagnostic is not null)
        {
            context.ReportDiagnostic(diagnostic);
        }

        return diagnostic is not null;
    }

    /// <summary>Whether the character at <paramref name="index"/> can sit inside a token next to the boundary.</summary>
    private static bool IsTokenEdge(string value, int index, bool leftSide)
    {
        if (index < 0 || index >= value.Length)
        {
            return false;
        }

        var c = value[index];
        // A dot ends a sentence as often as it joins a token: only a right side may start with one.
        return (CharClasses.Is(c, CharClass.TokenChar) && (c != '.' || !leftSide)) || c == ':' || c == '@';
    }

    private static bool EndsInWhitespace(string value) => value.Length == 0 || char.IsWhiteSpace(value[value.Length - 1]);

    private static bool StartsWithWhitespace(string value) => value.Length == 0 || char.IsWhiteSpace(value[0]);

    /// <summary>Whether the text ends, whitespace aside, with the <c>=</c> or <c>:</c> of a key whose value follows.</summary>
    private static bool EndsWithKeyAwaitingValue(string value)
    {
        var i = value.Length - 1;
        while (i >= 0 && char.IsWhiteSpace(value[i]))
        {
            i--;
        }

        return i >= 0 && (value[i] == '=' || value[i] == ':');
    }

    private static bool HoldsBlock(string value) => value.IndexOf("-----", System.StringComparison.Ordinal) >= 0;
}
