using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using SecretAnalyzers.Detection;

namespace SecretAnalyzers;

/// <summary>
/// SECA001 and SECA008: string literals, and constants built from them, whose value holds a provider's secret
/// token. One scan of each literal serves both rules. The scan runs on syntax; options, fingerprints and the
/// semantic model are touched only after the scanner has found something.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class HardCodedSecretAnalyzer : DiagnosticAnalyzer
{
    public const string FormatIdProperty = "FormatId";
    public const string ProviderProperty = "Provider";
    public const string FingerprintProperty = "Fingerprint";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Descriptors.HardCodedSecret, Descriptors.TestModeKey);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();

        // Generated files (Settings.Designer.cs, scaffolded DbContexts) leak a secret as surely as hand-written ones.
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.RegisterSyntaxNodeAction(AnalyzeLiteral, SyntaxKind.StringLiteralExpression, SyntaxKind.Utf8StringLiteralExpression);
        context.RegisterSyntaxNodeAction(AnalyzeComposite, SyntaxKind.AddExpression, SyntaxKind.InterpolatedStringExpression);
    }

    private static void AnalyzeLiteral(SyntaxNodeAnalysisContext context)
    {
        var literal = (LiteralExpressionSyntax)context.Node;
        var text = LiteralPieces.StringValue(literal.Token);
        if (text.Length < SecretScanner.MinimumLength || LiteralPieces.IsInsideComposite(literal))
        {
            return;
        }

        Scan(context, text, literal, literal);
    }

    private static void AnalyzeComposite(SyntaxNodeAnalysisContext context)
    {
        var expression = (ExpressionSyntax)context.Node;
        if (LiteralPieces.IsInsideComposite(expression)
            || (!LiteralPieces.HoldsStringPiece(expression) && !LiteralPieces.IsInConstantContext(expression)))
        {
            // i + 1, name + id: nothing of a string is known here, and nothing is flattened to find that out.
            return;
        }

        var pieces = PieceListPool.Rent();
        try
        {
            LiteralPieces.Flatten(expression, pieces);
            AnalyzePieces(context, expression, pieces);
        }
        finally
        {
            PieceListPool.Return(pieces);
        }
    }

    private static void AnalyzePieces(SyntaxNodeAnalysisContext context, ExpressionSyntax whole, List<Piece> pieces)
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

        var start = 0;
        while (start < pieces.Count)
        {
            var end = start;
            while (end < pieces.Count && pieces[end].Kind != PieceKind.Opaque)
            {
                end++;
            }

            if (end > start)
            {
                AnalyzeRun(context, whole, pieces, start, end);
            }

            start = end + 1;
        }
    }

    /// <summary>Pieces [start, end) are literals or names; the scan sees them joined when a token could cross a boundary.</summary>
    private static void AnalyzeRun(SyntaxNodeAnalysisContext context, ExpressionSyntax whole, List<Piece> pieces, int start, int end)
    {
        if (!NeedsJoin(pieces, start, end))
        {
            for (var i = start; i < end; i++)
            {
                if (pieces[i].Kind == PieceKind.Literal && pieces[i].Value!.Length >= SecretScanner.MinimumLength)
                {
                    Scan(context, pieces[i].Value!, pieces[i].Node, whole);
                }
            }

            return;
        }

        // Names become values through the semantic model; one that is not a string constant splits the run.
        for (var i = start; i < end; i++)
        {
            if (pieces[i].Kind == PieceKind.Symbol)
            {
                var piece = pieces[i];
                var constant = LiteralPieces.MayBeConstant(piece.Node) ? context.SemanticModel.GetConstantValue(piece.Node, context.CancellationToken) : default;
                if (constant.HasValue && constant.Value is string value)
                {
                    piece.Value = value;
                }
                else
                {
                    piece.Kind = PieceKind.Opaque;
                }

                pieces[i] = piece;
                if (piece.Kind == PieceKind.Opaque)
                {
                    if (i > start)
                    {
                        AnalyzeRun(context, whole, pieces, start, i);
                    }

                    if (i + 1 < end)
                    {
                        AnalyzeRun(context, whole, pieces, i + 1, end);
                    }

                    return;
                }
            }
        }

        var builder = new StringBuilder();
        var offsets = new int[end - start + 1];
        for (var i = start; i < end; i++)
        {
            offsets[i - start] = builder.Length;
            builder.Append(pieces[i].Value);
        }

        offsets[end - start] = builder.Length;
        var joined = builder.ToString();
        var options = default(SecretOptions?);
        var position = 0;
        while (SecretScanner.TryFind(joined, position, out var match))
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            position = match.End;
            var first = PieceAt(offsets, match.Start);
            var last = PieceAt(offsets, match.End - 1);
            SyntaxNode node;
            Location location;
            if (first == last && pieces[start + first].Kind == PieceKind.Literal)
            {
                // A literal's own secret.
                node = pieces[start + first].Node;
                location = node.GetLocation();
            }
            else if (ConstantHoldsPartOf(pieces, start + first, start + last, match))
            {
                // A constant that holds such a secret on its own is reported where it is declared.
                continue;
            }
            else if (first == last || (start + first == 0 && start + last == pieces.Count - 1))
            {
                // The whole expression; also for a constant whose value is a secret only after the literal
                // beside it ("Password=" + DbPassword).
                node = whole;
                location = whole.GetLocation();
            }
            else
            {
                node = whole;
                location = Location.Create(whole.SyntaxTree, TextSpan.FromBounds(pieces[start + first].Node.SpanStart, pieces[start + last].Node.Span.End));
            }

            Report(context, joined, match, node, whole, location, ref options);
        }
    }

    /// <summary>
    /// Whether a token could span pieces. Only where neither side of a boundary is whitespace can one token run
    /// across it; two literals are also joined when one holds a key=value text or a PEM block, whose parts may be
    /// split at a line break. A name is resolved (semantic model) only when it touches a literal that way or
    /// another name.
    /// </summary>
    private static bool NeedsJoin(List<Piece> pieces, int start, int end)
    {
        if (end - start < 2)
        {
            return false;
        }

        for (var i = start; i + 1 < end; i++)
        {
            var left = pieces[i];
            var right = pieces[i + 1];
            if (left.Kind == PieceKind.Symbol || right.Kind == PieceKind.Symbol)
            {
                // Into a name from a literal ending "sk_live_", "Password=", "://app:"; out of one into a literal
                // starting with the rest of a token. Sentences ("…failed. " + name) do not qualify.
                // A PEM block split into a header constant and a body literal crosses at a line break.
                var touches = ((left.Kind == PieceKind.Symbol || IsTokenEdge(left.Value!, left.Value!.Length - 1, leftSide: true))
                        && (right.Kind == PieceKind.Symbol || IsTokenEdge(right.Value!, 0, leftSide: false)))
                    || (left.Kind == PieceKind.Literal && HoldsBlock(left.Value!))
                    || (right.Kind == PieceKind.Literal && HoldsBlock(right.Value!));
                if (touches && (left.Kind != PieceKind.Symbol || LiteralPieces.MayBeConstant(left.Node))
                    && (right.Kind != PieceKind.Symbol || LiteralPieces.MayBeConstant(right.Node)))
                {
                    return true;
                }

                continue;
            }

            if ((!EndsInWhitespace(left.Value!) && !StartsWithWhitespace(right.Value!)) || HoldsKeyValueOrBlock(left.Value!) || HoldsKeyValueOrBlock(right.Value!))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the character at <paramref name="index"/> can sit inside a token next to the boundary.</summary>
    private static bool IsTokenEdge(string value, int index, bool leftSide)
    {
        if (index < 0 || index >= value.Length)
        {
            return false;
        }

        var c = value[index];
        return CharClasses.Is(c, CharClass.Base64Url | CharClass.Base64Extra) || c == '=' || c == ':' || c == '~' || c == '@' || (!leftSide && c == '.');
    }

    private static bool EndsInWhitespace(string value) => value.Length == 0 || char.IsWhiteSpace(value[value.Length - 1]);

    private static bool StartsWithWhitespace(string value) => value.Length == 0 || char.IsWhiteSpace(value[0]);

    private static bool HoldsKeyValueOrBlock(string value) => value.IndexOf('=') >= 0 || HoldsBlock(value);

    private static bool HoldsBlock(string value) => value.IndexOf("-----", StringComparison.Ordinal) >= 0;

    /// <summary>Whether a constant among pieces [first, last] holds on its own a secret of the match's format.</summary>
    private static bool ConstantHoldsPartOf(List<Piece> pieces, int first, int last, SecretMatch match)
    {
        for (var i = first; i <= last; i++)
        {
            if (pieces[i].Kind == PieceKind.Symbol && HoldsFormat(pieces[i].Value!, match.Format))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HoldsFormat(string value, TokenFormat format)
    {
        var position = 0;
        while (SecretScanner.TryFind(value, position, out var own))
        {
            if (own.Format == format)
            {
                return true;
            }

            position = own.End;
        }

        return false;
    }

    private static int PieceAt(int[] offsets, int position)
    {
        var index = 0;
        while (index + 1 < offsets.Length - 1 && offsets[index + 1] <= position)
        {
            index++;
        }

        return index;
    }

    private static void Scan(SyntaxNodeAnalysisContext context, string text, SyntaxNode node, SyntaxNode contextNode)
    {
        var options = default(SecretOptions?);
        var position = 0;
        while (SecretScanner.TryFind(text, position, out var match))
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            position = match.End;
            Report(context, text, match, node, contextNode, node.GetLocation(), ref options);
        }
    }

    private static void Report(SyntaxNodeAnalysisContext context, string text, SecretMatch match, SyntaxNode node, SyntaxNode contextNode, Location location, ref SecretOptions? options)
    {
        if (match.Context != ContextRequirement.None
            && !SecretContext.IsSatisfied(match.Context, contextNode, context.SemanticModel, context.CancellationToken))
        {
            return;
        }

        options ??= SecretOptions.For(context.Options, node.SyntaxTree);
        if (options.Value.IsDisabled(match.Format))
        {
            return;
        }

        var fingerprint = Fingerprint.Of(text, match);
        if (KnownExamples.Contains(fingerprint) || options.Value.IsAllowed(fingerprint))
        {
            return;
        }

        var descriptor = match.Format.Kind == SecretKind.TestModeKey ? Descriptors.TestModeKey : Descriptors.HardCodedSecret;
        var properties = ImmutableDictionary.CreateRange(new[]
        {
            new KeyValuePair<string, string?>(FormatIdProperty, match.Format.Id),
            new KeyValuePair<string, string?>(ProviderProperty, match.Format.ProviderKey),
            new KeyValuePair<string, string?>(FingerprintProperty, fingerprint),
        });
        context.ReportDiagnostic(Diagnostic.Create(descriptor, location, properties, match.Format.DisplayName, Redactor.Redact(text, match), fingerprint));
    }
}
