using System;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace SecretAnalyzers.Cors;

/// <summary>
/// <c>Access-Control-Allow-Origin</c> set by hand on an ASP.NET Core response (<c>Headers[…] =</c>, the typed
/// property, <c>Append</c>, <c>Add</c>, <c>TryAdd</c>) or an <c>HttpResponseMessage</c>, to <c>"*"</c> or to the
/// request's own <c>Origin</c>; with credentials when the same method also sets <c>Access-Control-Allow-Credentials</c>.
/// </summary>
internal static class CorsHeaders
{
    private const string AllowOrigin = "Access-Control-Allow-Origin";
    private const string AllowCredentials = "Access-Control-Allow-Credentials";

    /// <summary>Tokens of the enclosing method read looking for the credentials header.</summary>
    private const int MaximumTokensScanned = 20_000;

    /// <summary>The any-origin value an assignment or call sets the header to, or null.</summary>
    public static AnyOrigin? Find(IOperation operation, INamedTypeSymbol headerDictionary, CancellationToken cancellationToken)
    {
        // The header's name first, which is cheap; the receiver's type only when the name is this header's.
        string? name = null;
        IOperation? value = null;
        switch (operation)
        {
            // Headers.AccessControlAllowOrigin = …; Headers["Access-Control-Allow-Origin"] = …
            case IAssignmentOperation { Target: IPropertyReferenceOperation property } assignment:
                name = property.Property.IsIndexer && property.Arguments.Length == 1 ? HttpHeaderNames.Of(property.Arguments[0].Value)
                    : property.Property.Name == "AccessControlAllowOrigin" ? AllowOrigin : null;
                value = IsAllowOrigin(name) && IsHeaders(property.Property.ContainingType, headerDictionary) ? assignment.Value : null;
                break;

            // Headers.Append(name, value), Headers.Add(name, value), Headers.TryAdd(name, value), HttpHeaders.Add(name, value)
            case IInvocationOperation { TargetMethod.Name: "Append" or "Add" or "TryAdd" or "TryAddWithoutValidation", Arguments.Length: >= 2 } invocation:
                name = HttpHeaderNames.Of(Argument(invocation, 0));
                value = IsAllowOrigin(name) && IsHeaderReceiver(invocation, headerDictionary) ? Argument(invocation, 1) : null;
                break;
        }

        if (value is null)
        {
            return null;
        }

        var form = IsStar(value) ? AllowOrigin + ": *"
            : ReflectsOrigin(value, headerDictionary) && !IsGuardedByOrigin(operation.Syntax) ? AllowOrigin + " set to the request's Origin"
            : null;
        return form is null ? null : new AnyOrigin(form, value.Syntax.GetLocation(), throwsAtStartup: false);
    }

    /// <summary>Whether the method, lambda or local function around <paramref name="node"/> also sets <c>Access-Control-Allow-Credentials</c>.</summary>
    public static bool SetsCredentials(SyntaxNode node, CancellationToken cancellationToken)
    {
        var body = node.FirstAncestorOrSelf<SyntaxNode>(n => n is AnonymousFunctionExpressionSyntax or BaseMethodDeclarationSyntax or LocalFunctionStatementSyntax or AccessorDeclarationSyntax or CompilationUnitSyntax);
        if (body is null)
        {
            return false;
        }

        var read = 0;
        foreach (var token in body.DescendantTokens())
        {
            if (++read > MaximumTokensScanned)
            {
                return false;
            }

            cancellationToken.ThrowIfCancellationRequested();

            if (((token.IsKind(SyntaxKind.StringLiteralToken) && string.Equals(token.ValueText, AllowCredentials, StringComparison.OrdinalIgnoreCase))
                 || (token.IsKind(SyntaxKind.IdentifierToken) && token.ValueText == "AccessControlAllowCredentials"))
                && SetsTrue(token, ref read))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the statement that names the credentials header gives it <c>"true"</c> (not a <c>Remove</c>, not
    /// <c>"false"</c>). Its tokens count toward the caller's <paramref name="read"/>, the one budget of the search: a
    /// statement that names the header thousands of times must not be read once per name.
    /// </summary>
    private static bool SetsTrue(SyntaxToken headerName, ref int read)
    {
        if (headerName.Parent?.FirstAncestorOrSelf<StatementSyntax>() is not { } statement)
        {
            return false;
        }

        var setsTrue = false;
        foreach (var token in statement.DescendantTokens())
        {
            if (++read > MaximumTokensScanned || (token.IsKind(SyntaxKind.IdentifierToken) && token.ValueText == "Remove"))
            {
                return false;
            }

            setsTrue |= token.IsKind(SyntaxKind.StringLiteralToken) && token.ValueText.Trim().Equals("true", StringComparison.OrdinalIgnoreCase);
        }

        return setsTrue;
    }

    private static bool IsAllowOrigin(string? name) => string.Equals(name, AllowOrigin, StringComparison.OrdinalIgnoreCase);

    private static IOperation? Argument(IInvocationOperation invocation, int index)
    {
        // Extension methods have the receiver as their first argument.
        var offset = invocation.TargetMethod.IsExtensionMethod ? 1 : 0;
        return invocation.Arguments.Length > index + offset ? invocation.Arguments[index + offset].Value : null;
    }

    private static bool IsHeaderReceiver(IInvocationOperation invocation, INamedTypeSymbol headerDictionary)
    {
        var receiver = invocation.TargetMethod.IsExtensionMethod && invocation.Arguments.Length > 0 ? invocation.Arguments[0].Value : invocation.Instance;
        return receiver is not null && (IsHeaders(LocalFlow.Unwrap(receiver).Type, headerDictionary)
            || LocalFlow.Unwrap(receiver).Type?.Name is "HttpResponseHeaders" or "HttpHeaders");
    }

    private static bool IsHeaders(ITypeSymbol? type, INamedTypeSymbol headerDictionary)
    {
        if (type is null)
        {
            return false;
        }

        if (SymbolEqualityComparer.Default.Equals(type, headerDictionary))
        {
            return true;
        }

        foreach (var implemented in type.AllInterfaces)
        {
            if (SymbolEqualityComparer.Default.Equals(implemented, headerDictionary))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><c>"*"</c>, or <c>new StringValues("*")</c>.</summary>
    private static bool IsStar(IOperation value)
    {
        value = LocalFlow.Unwrap(value);
        if (value is IObjectCreationOperation { Arguments.Length: 1 } creation && creation.Type?.Name == "StringValues")
        {
            value = LocalFlow.Unwrap(creation.Arguments[0].Value);
        }

        return value.ConstantValue.Value is string text && text.Trim() == "*";
    }

    /// <summary>
    /// Whether the header is set under an <c>if</c> that looks at the origin (<c>if (allowed.Contains(origin))</c>): that is
    /// the allow-list middleware done by hand, which reflects only the origins it checked.
    /// </summary>
    private static bool IsGuardedByOrigin(SyntaxNode node)
    {
        for (var current = node; current.Parent is { } parent && parent is not MemberDeclarationSyntax; current = parent)
        {
            if (parent is IfStatementSyntax ifStatement && ifStatement.Statement == current
                && ifStatement.Condition.DescendantTokens().Any(t => t.ValueText.IndexOf("Origin", StringComparison.OrdinalIgnoreCase) >= 0))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><c>Request.Headers.Origin</c>, <c>Request.Headers["Origin"]</c>, and either with <c>.ToString()</c>: on a header dictionary, not any <c>Origin</c>.</summary>
    private static bool ReflectsOrigin(IOperation value, INamedTypeSymbol headerDictionary)
    {
        value = LocalFlow.Unwrap(value);
        if (value is IInvocationOperation { TargetMethod.Name: "ToString", Instance: { } instance })
        {
            value = LocalFlow.Unwrap(instance);
        }

        return value is IPropertyReferenceOperation property
            && IsHeaders(property.Property.ContainingType, headerDictionary)
            && ((property.Property.Name == "Origin" && !property.Property.IsIndexer)
                || (property.Property.IsIndexer && property.Arguments.Length == 1 && string.Equals(HttpHeaderNames.Of(property.Arguments[0].Value), "Origin", StringComparison.OrdinalIgnoreCase)));
    }
}
