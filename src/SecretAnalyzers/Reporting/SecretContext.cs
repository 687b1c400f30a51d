using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SecretAnalyzers.Detection;

namespace SecretAnalyzers;

/// <summary>
/// Decides whether the code around a context-dependent value (a 40-character AWS secret, a 32-character Twilio
/// token) makes it a secret: the name it is bound to, the type or method it is passed to, or a paired id beside it
/// in the same call, initializer or declaring type.
/// </summary>
/// <remarks>
/// Runs only for such candidates, so it may use the semantic model, but asks it last: what the syntax names and the
/// paired ids of the file (found once per file, <see cref="PairedIdIndex"/>) settle most candidates first, so that a
/// class of thousands of hash-shaped constants costs one search of its file and no binding.
/// </remarks>
internal static class SecretContext
{
    public static bool IsSatisfied(ContextRequirement requirement, SyntaxNode valueNode, SemanticModel semanticModel, CancellationToken cancellationToken)
    {
        var node = valueNode;
        while (node.Parent is ParenthesizedExpressionSyntax or CastExpressionSyntax)
        {
            node = node.Parent;
        }

        string? name = null;
        string? owner = null;
        SyntaxNode? siblings = null;
        SyntaxNode? call = null;
        ArgumentSyntax? positional = null;
        switch (node.Parent)
        {
            case EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax declarator }:
                name = declarator.Identifier.ValueText;
                siblings = (SyntaxNode?)declarator.FirstAncestorOrSelf<TypeDeclarationSyntax>() ?? declarator.FirstAncestorOrSelf<BlockSyntax>();
                break;
            case EqualsValueClauseSyntax { Parent: ParameterSyntax parameter }:
                name = parameter.Identifier.ValueText;
                break;
            case EqualsValueClauseSyntax { Parent: PropertyDeclarationSyntax property }:
                name = property.Identifier.ValueText;
                siblings = property.Parent;
                break;
            case AssignmentExpressionSyntax assignment when assignment.Right == node:
                name = NameOf(assignment.Left);
                siblings = assignment.Parent is InitializerExpressionSyntax ? assignment.Parent : assignment.FirstAncestorOrSelf<BlockSyntax>();
                break;
            case ArgumentSyntax { Parent: BaseArgumentListSyntax list } argument:
                siblings = list;
                name = argument.NameColon?.Name.Identifier.ValueText;
                call = list.Parent;
                positional = argument;
                owner = call is null ? null : OwnerText(call);
                break;
            case InitializerExpressionSyntax initializer:
                siblings = initializer;
                if (initializer.IsKind(SyntaxKind.ComplexElementInitializerExpression) && initializer.Expressions.Count == 2
                    && initializer.Expressions[1] == node && initializer.Expressions[0] is LiteralExpressionSyntax key)
                {
                    name = LiteralPieces.StringValue(key.Token);
                }

                break;
            case ArrowExpressionClauseSyntax arrow:
                name = MemberName(arrow.Parent);
                break;
            case ReturnStatementSyntax ret:
                name = MemberName(ret.FirstAncestorOrSelf<MemberDeclarationSyntax>());
                break;
            case AnonymousObjectMemberDeclaratorSyntax { NameEquals: { } nameEquals }:
                name = nameEquals.Name.Identifier.ValueText;
                break;
            case AttributeArgumentSyntax attributeArgument:
                name = attributeArgument.NameEquals?.Name.Identifier.ValueText ?? attributeArgument.NameColon?.Name.Identifier.ValueText;
                break;
        }

        if (Holds(requirement, node, name, owner, siblings, cancellationToken))
        {
            return true;
        }

        // What the syntax says was not enough: the called method's type and parameter, from the semantic model, last,
        // and for a Twilio candidate only in a compilation that names Twilio somewhere (ProviderNames).
        if (call is null || positional is null || !MayNameProvider(requirement, semanticModel.Compilation, cancellationToken)
            || semanticModel.GetSymbolInfo(call, cancellationToken).Symbol is not IMethodSymbol method)
        {
            return false;
        }

        owner += " " + QualifiedName(method.ContainingType);
        name ??= ParameterName(method, (BaseArgumentListSyntax)positional.Parent!, positional);
        return Holds(requirement, node, name, owner, siblings: null, cancellationToken);
    }

    /// <summary>
    /// A Twilio candidate is every MD5 hash; only a compilation that names Twilio can place one by its called method.
    /// An AWS candidate (40 characters of both cases and a digit, <c>+</c> or <c>/</c>) is rare enough to bind, and a
    /// parameter or receiver name alone can place it (<c>secretAccessKey</c>, <c>awsClient.SetKey</c>).
    /// </summary>
    private static bool MayNameProvider(ContextRequirement requirement, Compilation compilation, CancellationToken cancellationToken) =>
        requirement != ContextRequirement.Twilio || ProviderNames.MayNameTwilio(compilation, cancellationToken);

    /// <summary>
    /// The type's name after its namespaces and containing types, dot-separated: what the owner checks read (Twilio,
    /// Amazon, AWS), without the cost of a display string, which showed in profiles of hash-shaped arguments. Built by
    /// appending only: inserting at the front splits a pooled builder into chunks, which its next clear copies back.
    /// </summary>
    private static string? QualifiedName(INamedTypeSymbol? type)
    {
        if (type is null)
        {
            return null;
        }

        var chain = new List<string>(4);
        for (ISymbol? symbol = type; symbol is INamedTypeSymbol or INamespaceSymbol { IsGlobalNamespace: false }; symbol = symbol.ContainingSymbol)
        {
            chain.Add(symbol.Name);
        }

        chain.Reverse();
        return string.Join(".", chain);
    }

    private static bool Holds(ContextRequirement requirement, SyntaxNode node, string? name, string? owner, SyntaxNode? siblings, CancellationToken cancellationToken)
    {
        return requirement switch
        {
            ContextRequirement.AwsSecretAccessKey =>
                (name is not null && (ContextRules.IsAwsSecretName(name, 0, name.Length)
                    || (owner is not null && ContextRules.IsAwsOwner(owner) && ContextRules.IsSecretLikeName(name, 0, name.Length))))
                || (siblings is not null && PairedIdIndex.For(node.SyntaxTree, cancellationToken).HasAwsAccessKeyIdBeside(siblings, node)),
            ContextRequirement.Twilio =>
                (name is not null && ContextRules.IsTwilioSecretName(name, 0, name.Length))
                || (owner is not null && ContextRules.IsTwilioOwner(owner))
                || (siblings is not null && PairedIdIndex.For(node.SyntaxTree, cancellationToken).HasTwilioSidBeside(siblings, node)),
            _ => true,
        };
    }

    private static string? NameOf(ExpressionSyntax target) => target switch
    {
        IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
        MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
        ImplicitElementAccessSyntax { ArgumentList.Arguments: { Count: 1 } arguments } => LiteralText(arguments[0].Expression),
        ElementAccessExpressionSyntax { ArgumentList.Arguments: { Count: 1 } arguments } => LiteralText(arguments[0].Expression),
        _ => null,
    };

    private static string? LiteralText(ExpressionSyntax expression) => expression is LiteralExpressionSyntax literal ? LiteralPieces.StringValue(literal.Token) : null;

    private static string? MemberName(SyntaxNode? member) => member switch
    {
        PropertyDeclarationSyntax property => property.Identifier.ValueText,
        MethodDeclarationSyntax method => method.Identifier.ValueText,
        _ => null,
    };

    /// <summary>
    /// The called method's name and the name of what it is called on (<c>TwilioClient.Init</c>), or the created type.
    /// Two names at most: the text of a long fluent chain, read for each of its arguments, would cost its length squared.
    /// </summary>
    private static string? OwnerText(SyntaxNode call) => call switch
    {
        InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax member } => LastName(member.Expression) + "." + member.Name.Identifier.ValueText,
        InvocationExpressionSyntax { Expression: SimpleNameSyntax name } => name.Identifier.ValueText,
        ObjectCreationExpressionSyntax creation => creation.Type.ToString(),
        _ => null,
    };

    private static string? LastName(ExpressionSyntax expression) => expression switch
    {
        SimpleNameSyntax name => name.Identifier.ValueText,
        MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
        _ => null,
    };

    /// <summary>The parameter a positional argument binds to; the last one takes every argument past it (<c>params</c>).</summary>
    private static string? ParameterName(IMethodSymbol method, BaseArgumentListSyntax list, ArgumentSyntax argument)
    {
        var index = LiteralPieces.IndexByPosition<SeparatedSyntaxList<ArgumentSyntax>, ArgumentSyntax>(list.Arguments, argument);
        return index >= 0 && method.Parameters.Length > 0 ? method.Parameters[System.Math.Min(index, method.Parameters.Length - 1)].Name : null;
    }
}
