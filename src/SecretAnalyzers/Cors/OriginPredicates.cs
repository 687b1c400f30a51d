using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace SecretAnalyzers.Cors;

/// <summary>
/// Tells an origin predicate given to <c>SetIsOriginAllowed</c> that every origin satisfies (<c>_ => true</c>,
/// <c>o => o != null</c>, <c>!string.IsNullOrEmpty(o)</c>) or that any attacker can satisfy (<c>o.Contains("example.com")</c>,
/// <c>o.EndsWith("example.com")</c>) from one that checks (a set lookup, a host comparison). Read from the syntax of the
/// lambda, local function or method the delegate is made from; anything else is not claimed.
/// </summary>
internal static class OriginPredicates
{
    private const int MaximumFormLength = 60;

    public static AnyOrigin? Classify(IOperation predicate, Location location, string? formPrefix = null)
    {
        var body = LocalFlow.Unwrap(predicate) switch
        {
            IDelegateCreationOperation { Target: IAnonymousFunctionOperation function } => Returned(function.Syntax),
            IDelegateCreationOperation { Target: IMethodReferenceOperation reference } => Declared(reference.Method),
            IAnonymousFunctionOperation function => Returned(function.Syntax),
            _ => default,
        };
        if (body.Expression is null || body.Parameter is null)
        {
            return null;
        }

        var verdict = Judge(body.Expression, body.Parameter);
        if (verdict == Verdict.Checks)
        {
            return null;
        }

        var text = predicate.Syntax.ToString();
        if (text.Length > MaximumFormLength)
        {
            text = "…";
        }

        var form = formPrefix is null ? "SetIsOriginAllowed(" + text + ")" : formPrefix + text;
        return new AnyOrigin(verdict == Verdict.Weak ? form + ", which an attacker's origin that holds the same text passes" : form, location, throwsAtStartup: false);
    }

    private enum Verdict
    {
        Checks,
        Everything,
        Weak,
    }

    /// <summary>The expression a lambda returns, and its parameter's name.</summary>
    private static (ExpressionSyntax? Expression, string? Parameter) Returned(SyntaxNode function) => function switch
    {
        SimpleLambdaExpressionSyntax simple => (Body(simple.ExpressionBody, simple.Block), simple.Parameter.Identifier.ValueText),
        ParenthesizedLambdaExpressionSyntax { ParameterList.Parameters.Count: 1 } parenthesized => (Body(parenthesized.ExpressionBody, parenthesized.Block), parenthesized.ParameterList.Parameters[0].Identifier.ValueText),
        AnonymousMethodExpressionSyntax { ParameterList.Parameters.Count: 1 } anonymous => (Body(null, anonymous.Block), anonymous.ParameterList.Parameters[0].Identifier.ValueText),
        _ => default,
    };

    /// <summary>The expression a method or local function returns, when it is declared in source with one parameter.</summary>
    private static (ExpressionSyntax? Expression, string? Parameter) Declared(IMethodSymbol method)
    {
        if (method.Parameters.Length != 1 || method.DeclaringSyntaxReferences.Length != 1)
        {
            return default;
        }

        return method.DeclaringSyntaxReferences[0].GetSyntax() switch
        {
            MethodDeclarationSyntax declaration => (Body(declaration.ExpressionBody?.Expression, declaration.Body), method.Parameters[0].Name),
            LocalFunctionStatementSyntax local => (Body(local.ExpressionBody?.Expression, local.Body), method.Parameters[0].Name),
            _ => default,
        };
    }

    /// <summary>An expression body, or the expression of a block that is a single <c>return</c>.</summary>
    private static ExpressionSyntax? Body(ExpressionSyntax? expression, BlockSyntax? block) =>
        expression ?? (block is { Statements.Count: 1 } && block.Statements[0] is ReturnStatementSyntax { Expression: { } returned } ? returned : null);

    private static Verdict Judge(ExpressionSyntax expression, string parameter)
    {
        while (expression is ParenthesizedExpressionSyntax parenthesized)
        {
            expression = parenthesized.Expression;
        }

        switch (expression)
        {
            case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.TrueLiteralExpression):
                return Verdict.Everything;

            // o != null, null != o: every request that has an Origin header passes.
            case BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.NotEqualsExpression)
                && ((IsParameter(binary.Left, parameter) && binary.Right.IsKind(SyntaxKind.NullLiteralExpression))
                    || (IsParameter(binary.Right, parameter) && binary.Left.IsKind(SyntaxKind.NullLiteralExpression))):
                return Verdict.Everything;

            // o is not null, o is { }
            case IsPatternExpressionSyntax pattern when IsParameter(pattern.Expression, parameter)
                && (pattern.Pattern is UnaryPatternSyntax { Pattern: ConstantPatternSyntax { Expression: LiteralExpressionSyntax nullLiteral } } && nullLiteral.IsKind(SyntaxKind.NullLiteralExpression)
                    || pattern.Pattern is RecursivePatternSyntax { PositionalPatternClause: null, PropertyPatternClause.Subpatterns.Count: 0, Designation: null, Type: null }):
                return Verdict.Everything;

            // !string.IsNullOrEmpty(o), !string.IsNullOrWhiteSpace(o)
            case PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.LogicalNotExpression, Operand: InvocationExpressionSyntax check }
                when check.Expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "IsNullOrEmpty" or "IsNullOrWhiteSpace" }
                && check.ArgumentList.Arguments.Count == 1 && IsParameter(check.ArgumentList.Arguments[0].Expression, parameter):
                return Verdict.Everything;

            // o.Contains("example.com"), o.EndsWith("example.com"): https://example.com.evil.net and https://evilexample.com pass.
            case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: var name } access } invocation
                when IsParameter(access.Expression, parameter) && invocation.ArgumentList.Arguments.Count >= 1:
                var argument = invocation.ArgumentList.Arguments[0].Expression as LiteralExpressionSyntax;
                return name switch
                {
                    "Contains" => Verdict.Weak,
                    "EndsWith" when argument is not null && !argument.Token.ValueText.StartsWith(".", StringComparison.Ordinal) && argument.Token.ValueText.IndexOf("://", StringComparison.Ordinal) < 0 => Verdict.Weak,
                    _ => Verdict.Checks,
                };

            default:
                return Verdict.Checks;
        }
    }

    private static bool IsParameter(ExpressionSyntax expression, string parameter) =>
        expression is IdentifierNameSyntax identifier && identifier.Identifier.ValueText == parameter;
}
