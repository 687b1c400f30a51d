using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.FindSymbols;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;

namespace SecretAnalyzers.CodeFixes.Secrets;

/// <summary>
/// Gives a type a dependency through its constructor: a parameter of its primary constructor, or a private readonly
/// field set by every instance constructor (a chained <c>this(…)</c> passes it on; a type without one gets one). Only
/// where nothing constructs the type explicitly (dependency injection does), so no caller breaks; never in a static
/// context or a type declared in several parts.
/// </summary>
internal static class Injection
{
    /// <returns>The new root and the expression that reads the dependency where <paramref name="at"/> stands, or null.</returns>
    public static async Task<(SyntaxNode Root, string Access)?> InjectAsync(
        Document document,
        SyntaxNode root,
        SemanticModel model,
        ExpressionSyntax at,
        string typeMetadataName,
        string baseName,
        CancellationToken cancellationToken)
    {
        var type = at.FirstAncestorOrSelf<TypeDeclarationSyntax>();
        var member = at.FirstAncestorOrSelf<MemberDeclarationSyntax>();
        if (type is not ClassDeclarationSyntax || member is null || member == type
            || type.Modifiers.Any(SyntaxKind.AbstractKeyword) || IsBoundOrCreatedByReflection(type.Identifier.ValueText)
            || type.Modifiers.Any(SyntaxKind.StaticKeyword) || member.Modifiers.Any(SyntaxKind.StaticKeyword) || member.Modifiers.Any(SyntaxKind.ConstKeyword)
            || at.Ancestors().Any(a => a is AnonymousFunctionExpressionSyntax f && f.Modifiers.Any(SyntaxKind.StaticKeyword))
            || model.GetDeclaredSymbol(type, cancellationToken) is not { } typeSymbol
            || typeSymbol.DeclaringSyntaxReferences.Length != 1)
        {
            return null;
        }

        // A derived class calls a base constructor implicitly or through : base(…), which Find References does not list.
        if ((await SymbolFinder.FindDerivedClassesAsync(typeSymbol, document.Project.Solution, transitive: false, cancellationToken: cancellationToken).ConfigureAwait(false)).Any())
        {
            return null;
        }

        foreach (var constructor in typeSymbol.InstanceConstructors)
        {
            var references = await SymbolFinder.FindReferencesAsync(constructor, document.Project.Solution, cancellationToken).ConfigureAwait(false);
            var calls = new List<Location>();
            foreach (var location in references.SelectMany(r => r.Locations))
            {
                if (!IsOwnChainedCall(location.Location, type) && await IsCallAsync(location.Location, cancellationToken).ConfigureAwait(false))
                {
                    calls.Add(location.Location);
                }
            }

            if (calls.Count > 0)
            {
                // Someone calls new T(…) or : base(…): a new parameter would break that call.
                return null;
            }
        }

        var typeName = SyntaxFactory.ParseTypeName("global::" + typeMetadataName)
            .WithAdditionalAnnotations(Simplifier.AddImportsAnnotation, Simplifier.Annotation);
        var memberNames = typeSymbol.GetMembers().Select(m => m.Name).ToList();
        if (type.ParameterList is { } primary)
        {
            var name = Unique(baseName, primary.Parameters.Select(p => p.Identifier.ValueText).Concat(memberNames));
            var parameter = SyntaxFactory.Parameter(SyntaxFactory.Identifier(name)).WithType(typeName.WithTrailingTrivia(SyntaxFactory.Space));
            return (root.ReplaceNode(type, type.WithParameterList(WithParameter(primary, parameter))), name);
        }

        var constructors = type.Members.OfType<ConstructorDeclarationSyntax>().Where(c => !c.Modifiers.Any(SyntaxKind.StaticKeyword)).ToList();
        if (constructors.Any(c => c.ParameterList.Parameters.Any(p => p.Identifier.ValueText == baseName)))
        {
            return null;
        }

        var privateFields = type.Members.OfType<FieldDeclarationSyntax>()
            .Where(f => !f.Modifiers.Any(SyntaxKind.PublicKeyword) && !f.Modifiers.Any(SyntaxKind.ConstKeyword))
            .SelectMany(f => f.Declaration.Variables)
            .ToList();
        var underscore = privateFields.Count > 0 && privateFields.All(v => v.Identifier.ValueText.StartsWith("_", System.StringComparison.Ordinal));
        var fieldName = Unique(underscore ? "_" + baseName : baseName, memberNames);
        var assignment = SyntaxFactory.ParseStatement((fieldName == baseName ? "this." + fieldName : fieldName) + " = " + baseName + ";")
            .WithLeadingTrivia(SyntaxFactory.ElasticMarker)
            .WithTrailingTrivia(SyntaxFactory.ElasticMarker)
            .WithAdditionalAnnotations(Formatter.Annotation);
        var field = SyntaxFactory.FieldDeclaration(
                SyntaxFactory.VariableDeclaration(typeName, SyntaxFactory.SingletonSeparatedList(SyntaxFactory.VariableDeclarator(fieldName))))
            .WithModifiers(SyntaxFactory.TokenList(SyntaxFactory.Token(SyntaxKind.PrivateKeyword), SyntaxFactory.Token(SyntaxKind.ReadOnlyKeyword)))
            .WithAdditionalAnnotations(Formatter.Annotation);
        var newParameter = SyntaxFactory.Parameter(SyntaxFactory.Identifier(baseName)).WithType(typeName.WithTrailingTrivia(SyntaxFactory.Space));

        var newType = type.ReplaceNodes(constructors, (_, current) =>
        {
            var updated = current.WithParameterList(WithParameter(current.ParameterList, newParameter));
            if (current.Initializer is { } initializer && initializer.IsKind(SyntaxKind.ThisConstructorInitializer))
            {
                // : this(…) sets the field in the constructor it calls: pass the dependency on by name.
                var argument = SyntaxFactory.Argument(SyntaxFactory.IdentifierName(baseName))
                    .WithNameColon(SyntaxFactory.NameColon(SyntaxFactory.IdentifierName(baseName)));
                return updated.WithInitializer(initializer.WithArgumentList(initializer.ArgumentList.AddArguments(argument)));
            }

            if (current.ExpressionBody is { } arrow)
            {
                var body = SyntaxFactory.Block(assignment, SyntaxFactory.ExpressionStatement(arrow.Expression)).WithAdditionalAnnotations(Formatter.Annotation);
                return updated.WithExpressionBody(null).WithSemicolonToken(default).WithBody(body);
            }

            return updated.WithBody((current.Body ?? SyntaxFactory.Block()).WithStatements((current.Body?.Statements ?? default).Insert(0, assignment)));
        });

        var lastField = newType.Members.OfType<FieldDeclarationSyntax>().LastOrDefault();
        newType = lastField is not null
            ? newType.InsertNodesAfter(lastField, new[] { field })
            : newType.WithMembers(newType.Members.Insert(0, field));
        if (constructors.Count == 0)
        {
            var constructor = SyntaxFactory.ConstructorDeclaration(type.Identifier.WithoutTrivia())
                .WithModifiers(SyntaxFactory.TokenList(SyntaxFactory.Token(type.Modifiers.Any(SyntaxKind.AbstractKeyword) ? SyntaxKind.ProtectedKeyword : SyntaxKind.PublicKeyword)))
                .WithParameterList(SyntaxFactory.ParameterList(SyntaxFactory.SingletonSeparatedList(newParameter)))
                .WithBody(SyntaxFactory.Block(assignment))
                .WithAdditionalAnnotations(Formatter.Annotation);
            var afterField = newType.Members.OfType<FieldDeclarationSyntax>().Last();
            newType = newType.InsertNodesAfter(afterField, new[] { constructor });
        }

        // this. only where a local or parameter of the same name would hide the field.
        var access = model.LookupSymbols(at.SpanStart, name: fieldName).Any() ? "this." + fieldName : fieldName;
        return (root.ReplaceNode(type, newType), access);
    }

    /// <summary>
    /// Options and settings types are created by the configuration binder or <c>Activator</c> with no arguments; structs
    /// have a default value that skips every constructor; a record's primary constructor parameter becomes part of its
    /// equality and deconstruction. None of them gets a dependency (struct and record are not classes, above).
    /// </summary>
    private static bool IsBoundOrCreatedByReflection(string name) =>
        name.EndsWith("Options", System.StringComparison.Ordinal) || name.EndsWith("Settings", System.StringComparison.Ordinal)
        || name.EndsWith("Config", System.StringComparison.Ordinal) || name.EndsWith("Configuration", System.StringComparison.Ordinal);

    /// <summary>
    /// Whether a constructor reference calls it: <c>new T(…)</c>, <c>new(…)</c>, <c>: base(…)</c>. Find References also
    /// lists places that only name the type (<c>AddSingleton&lt;T&gt;()</c>), where the container constructs it.
    /// </summary>
    private static async Task<bool> IsCallAsync(Location location, CancellationToken cancellationToken)
    {
        if (location.SourceTree is null)
        {
            return true;
        }

        var node = (await location.SourceTree.GetRootAsync(cancellationToken).ConfigureAwait(false)).FindNode(location.SourceSpan, getInnermostNodeForTie: true);
        return node.AncestorsAndSelf().Take(4).Any(n => n is BaseObjectCreationExpressionSyntax or ConstructorInitializerSyntax or PrimaryConstructorBaseTypeSyntax);
    }

    /// <summary>Whether a constructor reference is a <c>: this(…)</c> of the type itself, which the injection rewrites.</summary>
    private static bool IsOwnChainedCall(Location location, TypeDeclarationSyntax type) =>
        location.SourceTree == type.SyntaxTree
        && type.Span.Contains(location.SourceSpan)
        && type.FindNode(location.SourceSpan, getInnermostNodeForTie: true).FirstAncestorOrSelf<ConstructorInitializerSyntax>() is { } initializer
        && initializer.IsKind(SyntaxKind.ThisConstructorInitializer);

    /// <summary>The list with <paramref name="parameter"/> before the first optional or <c>params</c> parameter, or last.</summary>
    private static ParameterListSyntax WithParameter(ParameterListSyntax list, ParameterSyntax parameter)
    {
        var index = list.Parameters.Count;
        for (var i = 0; i < list.Parameters.Count; i++)
        {
            if (list.Parameters[i].Default is not null || list.Parameters[i].Modifiers.Any(SyntaxKind.ParamsKeyword))
            {
                index = i;
                break;
            }
        }

        return list.WithParameters(list.Parameters.Insert(index, parameter));
    }

    private static string Unique(string name, System.Collections.Generic.IEnumerable<string> taken)
    {
        var set = new System.Collections.Generic.HashSet<string>(taken);
        var candidate = name;
        for (var i = 2; set.Contains(candidate); i++)
        {
            candidate = name + i;
        }

        return candidate;
    }
}
