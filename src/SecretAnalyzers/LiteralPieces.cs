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
    /// <summary>A string token's value: <c>Value</c> is the stored string, which <c>ValueText</c> reaches through <c>Convert.ToString</c>.</summary>
    public static string StringValue(SyntaxToken token) => token.Value as string ?? token.ValueText;

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

    /// <summary>Whether a string literal or an interpolated string is among the pieces, found without flattening.</summary>
    public static bool HoldsStringPiece(ExpressionSyntax expression)
    {
        while (true)
        {
            switch (expression)
            {
                case ParenthesizedExpressionSyntax parenthesized:
                    expression = parenthesized.Expression;
                    break;
                case BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.AddExpression):
                    if (HoldsStringPiece(binary.Right))
                    {
                        return true;
                    }

                    // Long chains lean left: walk that side without recursion.
                    expression = binary.Left;
                    break;
                case LiteralExpressionSyntax literal:
                    return literal.IsKind(SyntaxKind.StringLiteralExpression) || literal.IsKind(SyntaxKind.Utf8StringLiteralExpression);
                default:
                    return expression is InterpolatedStringExpressionSyntax;
            }
        }
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
                pieces.Add(new Piece(literal, PieceKind.Literal, StringValue(literal.Token)));
                break;

            case InterpolatedStringExpressionSyntax interpolated:
                foreach (var content in interpolated.Contents)
                {
                    if (content is InterpolatedStringTextSyntax text)
                    {
                        pieces.Add(new Piece(text, PieceKind.Literal, StringValue(text.TextToken)));
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

            // Whether a name really can be a constant is decided later, and only if a token could cross into it.
            case IdentifierNameSyntax:
            case MemberAccessExpressionSyntax { Name: IdentifierNameSyntax } when expression.IsKind(SyntaxKind.SimpleMemberAccessExpression):
                pieces.Add(new Piece(expression, PieceKind.Symbol, null));
                break;

            default:
                pieces.Add(new Piece(expression, PieceKind.Opaque, null));
                break;
        }
    }

    /// <summary>
    /// Whether a name piece may denote a constant, from syntax alone. A constant is reached by its simple name or
    /// through a type (<c>Constants.Key</c>); a parameter, a local, or a member reached through a variable,
    /// <c>this</c> or a call is not one, and then the semantic model need not be asked.
    /// </summary>
    public static bool MayBeConstant(SyntaxNode name)
    {
        if (name is IdentifierNameSyntax identifier)
        {
            return !IsParameterOrLocal(identifier);
        }

        var receiver = ((MemberAccessExpressionSyntax)name).Expression;
        while (receiver is MemberAccessExpressionSyntax inner && inner.IsKind(SyntaxKind.SimpleMemberAccessExpression))
        {
            receiver = inner.Expression;
        }

        return receiver is IdentifierNameSyntax root ? !IsParameterOrLocal(root) : receiver is PredefinedTypeSyntax or AliasQualifiedNameSyntax;
    }

    /// <summary>
    /// Whether a name, read from syntax alone, denotes a parameter or a non-constant local of an enclosing member,
    /// lambda or block: then it is no constant and the semantic model need not be asked.
    /// </summary>
    public static bool IsParameterOrLocal(IdentifierNameSyntax identifier)
    {
        // The member's parameters are checked before the locals of the blocks passed on the way up: a name in a
        // concatenation is most often a parameter, and C# lets no local shadow one, so the order changes no answer.
        var name = identifier.Identifier.ValueText;
        var passedBlock = false;
        for (var node = identifier.Parent; node is not null; node = node.Parent)
        {
            switch (node)
            {
                case BlockSyntax:
                    passedBlock = true;
                    break;
                case ForStatementSyntax { Declaration: { } declaration } when Declares(declaration, name):
                case UsingStatementSyntax { Declaration: { } usingDeclaration } when Declares(usingDeclaration, name):
                    return true;
                case ForEachStatementSyntax forEach when forEach.Identifier.ValueText == name:
                    return true;
                case CatchClauseSyntax { Declaration: { } catchDeclaration } when catchDeclaration.Identifier.ValueText == name:
                    return true;
                case SimpleLambdaExpressionSyntax lambda when lambda.Parameter.Identifier.ValueText == name:
                    return true;
                case ParenthesizedLambdaExpressionSyntax lambda when HasParameter(lambda.ParameterList, name):
                    return true;
                case AnonymousMethodExpressionSyntax { ParameterList: { } anonymousParameters } when HasParameter(anonymousParameters, name):
                    return true;
                case LocalFunctionStatementSyntax localFunction when HasParameter(localFunction.ParameterList, name):
                    return true;
                case BaseMethodDeclarationSyntax method:
                    return HasParameter(method.ParameterList, name)
                        || (method.Parent is TypeDeclarationSyntax { ParameterList: { } primary } && HasParameter(primary, name))
                        || (passedBlock && IsBlockLocal(identifier, name));
                case BasePropertyDeclarationSyntax or FieldDeclarationSyntax or EventFieldDeclarationSyntax:
                    return (node.Parent is TypeDeclarationSyntax { ParameterList: { } primaryConstructor } && HasParameter(primaryConstructor, name))
                        || (passedBlock && IsBlockLocal(identifier, name));
                case TypeDeclarationSyntax or GlobalStatementSyntax:
                    return passedBlock && IsBlockLocal(identifier, name);
            }
        }

        return passedBlock && IsBlockLocal(identifier, name);
    }

    /// <summary>Whether a block around the name declares a non-constant local of that name.</summary>
    private static bool IsBlockLocal(SyntaxNode identifier, string name)
    {
        for (var node = identifier.Parent; node is not null && node is not MemberDeclarationSyntax; node = node.Parent)
        {
            if (node is BlockSyntax block)
            {
                foreach (var statement in block.Statements)
                {
                    if (statement is LocalDeclarationStatementSyntax { IsConst: false } local && Declares(local.Declaration, name))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    private static bool Declares(VariableDeclarationSyntax declaration, string name)
    {
        foreach (var variable in declaration.Variables)
        {
            if (variable.Identifier.ValueText == name)
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasParameter(BaseParameterListSyntax list, string name)
    {
        foreach (var parameter in list.Parameters)
        {
            if (parameter.Identifier.ValueText == name)
            {
                return true;
            }
        }

        return false;
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
