using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SecretAnalyzers;

/// <summary>What a piece of a string concatenation or interpolation is.</summary>
internal enum PieceKind : byte
{
    /// <summary>A string literal or the text part of an interpolated string: its value is known from syntax.</summary>
    Literal,

    /// <summary>A name that may denote a string constant; its value needs the semantic model.</summary>
    Symbol,

    /// <summary>Anything else: not a string constant.</summary>
    Opaque,
}

internal struct Piece
{
    public Piece(SyntaxNode node, PieceKind kind, string? value)
    {
        Node = node;
        Kind = kind;
        Value = value;
    }

    public SyntaxNode Node { get; }

    public PieceKind Kind { get; set; }

    public string? Value { get; set; }
}

/// <summary>Flattens <c>"a" + B + $"…{C}…"</c> into its pieces, left to right.</summary>
internal static class LiteralPieces
{
    /// <summary>Whether the node is a piece of a larger concatenation or interpolation, which is analyzed as a whole instead.</summary>
    public static bool IsInsideComposite(SyntaxNode node)
    {
        var parent = node.Parent;
        while (parent is ParenthesizedExpressionSyntax)
        {
            parent = parent.Parent;
        }

        return parent is InterpolationSyntax || (parent is not null && parent.IsKind(SyntaxKind.AddExpression));
    }

    public static void Flatten(ExpressionSyntax expression, List<Piece> pieces)
    {
        switch (expression)
        {
            case ParenthesizedExpressionSyntax parenthesized:
                Flatten(parenthesized.Expression, pieces);
                break;

            case BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.AddExpression):
                Flatten(binary.Left, pieces);
                Flatten(binary.Right, pieces);
                break;

            case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.StringLiteralExpression) || literal.IsKind(SyntaxKind.Utf8StringLiteralExpression):
                pieces.Add(new Piece(literal, PieceKind.Literal, literal.Token.ValueText));
                break;

            case InterpolatedStringExpressionSyntax interpolated:
                foreach (var content in interpolated.Contents)
                {
                    if (content is InterpolatedStringTextSyntax text)
                    {
                        pieces.Add(new Piece(text, PieceKind.Literal, text.TextToken.ValueText));
                    }
                    else if (content is InterpolationSyntax { AlignmentClause: null, FormatClause: null } hole)
                    {
                        Flatten(hole.Expression, pieces);
                    }
                    else
                    {
                        pieces.Add(new Piece(content, PieceKind.Opaque, null));
                    }
                }

                break;

            case IdentifierNameSyntax:
            case MemberAccessExpressionSyntax { Name: IdentifierNameSyntax } when expression.IsKind(SyntaxKind.SimpleMemberAccessExpression):
                pieces.Add(new Piece(expression, PieceKind.Symbol, null));
                break;

            default:
                pieces.Add(new Piece(expression, PieceKind.Opaque, null));
                break;
        }
    }

    /// <summary>Whether the expression initializes a constant or sits where only constants may (attribute argument, default value).</summary>
    public static bool IsInConstantContext(SyntaxNode expression)
    {
        var parent = expression.Parent;
        return parent switch
        {
            AttributeArgumentSyntax => true,
            EqualsValueClauseSyntax { Parent: ParameterSyntax } => true,
            EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax { Parent: var declaration } } } =>
                declaration is FieldDeclarationSyntax field ? field.Modifiers.Any(SyntaxKind.ConstKeyword)
                : declaration is LocalDeclarationStatementSyntax local && local.IsConst,
            _ => false,
        };
    }
}
