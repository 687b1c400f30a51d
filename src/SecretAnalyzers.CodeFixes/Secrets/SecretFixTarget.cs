using System;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using SecretAnalyzers.Detection;

namespace SecretAnalyzers.CodeFixes.Secrets;

/// <summary>Where the value stands: an expression, or the initializer of a <c>const</c> that must stop being one.</summary>
internal enum ConstDeclaration
{
    None,
    Field,
    Local,
}

/// <summary>What of the value the read replaces.</summary>
internal enum ValueShape
{
    /// <summary>The value is the secret: the whole expression becomes the read.</summary>
    Whole,

    /// <summary><c>"Bearer " + secret</c>: the scheme stays, the rest is read.</summary>
    AfterPrefix,

    /// <summary>A connection string with a password or key in it: the whole string is read, from <c>ConnectionStrings:Name</c>.</summary>
    ConnectionString,

    /// <summary><c>configuration["Key"] ?? "sk_live_…"</c>: the value is read already; the hard-coded fallback goes, a clear error takes its place.</summary>
    Fallback,

    /// <summary><c>$"Bearer sk-…{suffix}"</c>: the secret in the text of an interpolation read at run time becomes a hole of its own.</summary>
    InterpolatedText,
}

/// <summary>
/// The expression a secret fix rewrites for a diagnostic: the outermost string expression around the reported span
/// (a literal, a constant concatenation or interpolation), or, when the diagnostic stands on a name, that name's
/// initializer in the same document. Null where no fix can be right: a value that is not a compile-time string, a
/// UTF-8 literal, an attribute argument, a default parameter value, a <c>case</c> label or pattern.
/// </summary>
internal sealed class SecretFixTarget
{
    private static readonly string[] Schemes = { "Bearer ", "Basic ", "token ", "Token ", "ApiKey ", "Key " };

    private SecretFixTarget(ExpressionSyntax expression, string value, ConstDeclaration constDeclaration, string? nameHint, ValueShape shape, string prefix)
    {
        Expression = expression;
        Value = value;
        Const = constDeclaration;
        NameHint = nameHint;
        Shape = shape;
        Prefix = prefix;
    }

    public ExpressionSyntax Expression { get; }

    /// <summary>For <see cref="ValueShape.InterpolatedText"/>: which of the interpolation's contents holds the secret, and where in its text.</summary>
    public (int Content, int Start, int Length) Text { get; private set; }

    /// <summary>The value as compiled. Used to decide the shape; never written anywhere.</summary>
    public string Value { get; }

    public ConstDeclaration Const { get; }

    /// <summary>The name the value is given (field, local, property, parameter), from which a key is derived when needed.</summary>
    public string? NameHint { get; }

    /// <summary>The type the value is written in, the section of a key no provider names (<c>Payments:ApiKey</c>).</summary>
    public string? TypeName { get; private set; }

    public ValueShape Shape { get; }

    /// <summary>For <see cref="ValueShape.AfterPrefix"/>: the text kept before the read (<c>Bearer </c>).</summary>
    public string Prefix { get; }

    public static SecretFixTarget? Find(SyntaxNode root, SemanticModel model, TextSpan span, CancellationToken cancellationToken)
    {
        if (!root.FullSpan.Contains(span))
        {
            return null;
        }

        var node = root.FindNode(span, getInnermostNodeForTie: true);
        if (node is ArgumentSyntax argument)
        {
            node = argument.Expression;
        }

        if (node.FirstAncestorOrSelf<InterpolatedStringTextSyntax>() is { Parent: InterpolatedStringExpressionSyntax interpolation } text
            && !model.GetConstantValue(interpolation, cancellationToken).HasValue)
        {
            return InText(interpolation, text);
        }

        var expression = node as ExpressionSyntax ?? node.FirstAncestorOrSelf<ExpressionSyntax>();
        if (expression is null)
        {
            return null;
        }

        expression = Outermost(expression, model, cancellationToken);
        string? nameHint = null;
        if (expression is IdentifierNameSyntax or MemberAccessExpressionSyntax
            && model.GetSymbolInfo(expression, cancellationToken).Symbol is { } symbol
            && symbol is IFieldSymbol or ILocalSymbol)
        {
            // Reported where a constant or read-only field or a local is used: the value is fixed where it is written,
            // and only in this document (a declaration elsewhere is that document's fix, under SECA001).
            if (Initializer(symbol, root.SyntaxTree, cancellationToken) is not { } initializer)
            {
                return null;
            }

            expression = initializer;
            nameHint = symbol.Name;
        }

        if (expression.IsKind(SyntaxKind.Utf8StringLiteralExpression)
            || model.GetConstantValue(expression, cancellationToken) is not { HasValue: true, Value: string value }
            || value.Length == 0)
        {
            return null;
        }

        var parent = expression.Parent;
        while (parent is ParenthesizedExpressionSyntax)
        {
            parent = parent.Parent;
        }

        if (parent is AttributeArgumentSyntax or CaseSwitchLabelSyntax or ConstantPatternSyntax
            || parent is EqualsValueClauseSyntax { Parent: ParameterSyntax or EnumMemberDeclarationSyntax })
        {
            return null;
        }

        var constDeclaration = ConstDeclaration.None;
        if (parent is EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax { Parent: var declaration } } declarator })
        {
            nameHint ??= declarator.Identifier.ValueText;
            constDeclaration = declaration switch
            {
                FieldDeclarationSyntax field when field.Modifiers.Any(SyntaxKind.ConstKeyword) => ConstDeclaration.Field,
                LocalDeclarationStatementSyntax local when local.IsConst => ConstDeclaration.Local,
                _ => ConstDeclaration.None,
            };
        }

        nameHint ??= NameOf(parent, expression, model, cancellationToken);
        var (shape, prefix) = parent is BinaryExpressionSyntax coalesce && coalesce.IsKind(SyntaxKind.CoalesceExpression) && coalesce.Right.Span.Contains(expression.Span)
            ? (ValueShape.Fallback, string.Empty)
            : ShapeOf(value);
        return new SecretFixTarget(expression, value, constDeclaration, nameHint, shape, prefix)
        {
            TypeName = expression.FirstAncestorOrSelf<BaseTypeDeclarationSyntax>()?.Identifier.ValueText,
        };
    }

    /// <summary>The secret in a text part of an interpolation that is read at run time; regular and verbatim only (raw strings keep their text).</summary>
    private static SecretFixTarget? InText(InterpolatedStringExpressionSyntax interpolation, InterpolatedStringTextSyntax text)
    {
        var value = text.TextToken.ValueText;
        if (!interpolation.StringStartToken.IsKind(SyntaxKind.InterpolatedStringStartToken) && !interpolation.StringStartToken.IsKind(SyntaxKind.InterpolatedVerbatimStringStartToken)
            || !SecretScanner.TryFind(value, 0, out var match))
        {
            return null;
        }

        return new SecretFixTarget(interpolation, value.Substring(match.Start, match.Length), ConstDeclaration.None, null, ValueShape.InterpolatedText, string.Empty)
        {
            Text = (interpolation.Contents.IndexOf(text), match.Start, match.Length),
            TypeName = interpolation.FirstAncestorOrSelf<BaseTypeDeclarationSyntax>()?.Identifier.ValueText,
        };
    }

    /// <summary>Up through parentheses, string concatenations and interpolations: the fix replaces the whole value.</summary>
    private static ExpressionSyntax Outermost(ExpressionSyntax expression, SemanticModel model, CancellationToken cancellationToken)
    {
        while (true)
        {
            switch (expression.Parent)
            {
                case ParenthesizedExpressionSyntax parenthesized when model.GetConstantValue(parenthesized, cancellationToken).Value is string:
                    expression = parenthesized;
                    continue;
                case BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.AddExpression)
                    && model.GetConstantValue(binary, cancellationToken).Value is string:
                    expression = binary;
                    continue;
                case InterpolationSyntax { Parent: InterpolatedStringExpressionSyntax interpolated }
                    when model.GetConstantValue(interpolated, cancellationToken).Value is string:
                    expression = interpolated;
                    continue;
                default:
                    return expression;
            }
        }
    }

    /// <summary>The initializer of a const or read-only field or a local declared in <paramref name="tree"/>.</summary>
    private static ExpressionSyntax? Initializer(ISymbol symbol, SyntaxTree tree, CancellationToken cancellationToken)
    {
        var isCandidate = symbol is IFieldSymbol { IsConst: true } or IFieldSymbol { IsReadOnly: true } or ILocalSymbol;
        if (!isCandidate || symbol.DeclaringSyntaxReferences.Length != 1 || symbol.DeclaringSyntaxReferences[0].SyntaxTree != tree)
        {
            return null;
        }

        return symbol.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is VariableDeclaratorSyntax { Initializer.Value: { } value } ? value : null;
    }

    private static string? NameOf(SyntaxNode? parent, ExpressionSyntax expression, SemanticModel model, CancellationToken cancellationToken) => parent switch
    {
        EqualsValueClauseSyntax { Parent: PropertyDeclarationSyntax property } => property.Identifier.ValueText,
        ArrowExpressionClauseSyntax { Parent: PropertyDeclarationSyntax property } => property.Identifier.ValueText,
        ArrowExpressionClauseSyntax { Parent: MethodDeclarationSyntax method } => method.Identifier.ValueText,
        ReturnStatementSyntax @return => @return.FirstAncestorOrSelf<MethodDeclarationSyntax>()?.Identifier.ValueText,
        AssignmentExpressionSyntax { Left: IdentifierNameSyntax name } => name.Identifier.ValueText,
        AssignmentExpressionSyntax { Left: MemberAccessExpressionSyntax access } => access.Name.Identifier.ValueText,
        AnonymousObjectMemberDeclaratorSyntax { NameEquals: { } nameEquals } => nameEquals.Name.Identifier.ValueText,
        ArgumentSyntax { NameColon: { } nameColon } => nameColon.Name.Identifier.ValueText,
        ArgumentSyntax argument when model.GetOperation(argument, cancellationToken) is Microsoft.CodeAnalysis.Operations.IArgumentOperation { Parameter: { } parameter } => parameter.Name,
        _ => null,
    };

    /// <summary>Whether the value is the secret, a scheme and the secret, or a connection string that holds one.</summary>
    private static (ValueShape Shape, string Prefix) ShapeOf(string value)
    {
        if (SecretScanner.TryFind(value, 0, out var match))
        {
            var rest = value.Substring(match.End).Trim();
            var before = value.Substring(0, match.Start);
            if (before.Trim().Length == 0 && rest.Length == 0)
            {
                return (ValueShape.Whole, string.Empty);
            }

            if (rest.Length == 0 && before.Length <= 24 && before.IndexOfAny(new[] { '=', ';', ':', '/', '@' }) < 0)
            {
                return (ValueShape.AfterPrefix, before);
            }

            return value.IndexOf('=') >= 0 && value.IndexOf(';') >= 0 ? (ValueShape.ConnectionString, string.Empty) : (ValueShape.Whole, string.Empty);
        }

        foreach (var scheme in Schemes)
        {
            if (value.Length > scheme.Length + 8 && value.StartsWith(scheme, StringComparison.Ordinal) && value.IndexOf(' ', scheme.Length) < 0)
            {
                return (ValueShape.AfterPrefix, scheme);
            }
        }

        return value.IndexOf(';') >= 0 && value.IndexOf('=') >= 0 ? (ValueShape.ConnectionString, string.Empty) : (ValueShape.Whole, string.Empty);
    }
}
