using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace SecretAnalyzers.CodeFixes;

/// <summary>The <c>IConfiguration</c> (or another dependency) a fix can read from at a position, as the code there would spell it.</summary>
internal static class ConfigurationScope
{
    public const string ConfigurationInterface = "Microsoft.Extensions.Configuration.IConfiguration";

    /// <summary>
    /// Expressions for the <c>IConfiguration</c> reachable at <paramref name="position"/>, best first: a local,
    /// parameter, field or property that is one, then one with an accessible <c>Configuration</c> property that is one
    /// (<c>builder.Configuration</c>). Whether each really compiles there is checked on the fixed document.
    /// </summary>
    public static List<string> Expressions(SemanticModel model, int position, CancellationToken cancellationToken) =>
        model.Compilation.GetTypeByMetadataName(ConfigurationInterface) is { } configurationType
            ? Expressions(model, position, configurationType, "Configuration", cancellationToken)
            : new List<string>();

    /// <summary>
    /// Expressions for a value of <paramref name="wanted"/> reachable at <paramref name="position"/>: a local, parameter,
    /// field or property of that type, usable from there (no instance member in static code, no top-level local of
    /// another file), then, with <paramref name="viaPropertyName"/>, one whose property of that name is one.
    /// </summary>
    public static List<string> Expressions(SemanticModel model, int position, INamedTypeSymbol wanted, string? viaPropertyName, CancellationToken cancellationToken)
    {
        var direct = new List<string>();
        var viaProperty = new List<string>();
        var configurationType = wanted;

        var enclosing = model.GetEnclosingSymbol(position, cancellationToken);
        var isStatic = enclosing?.IsStatic == true || (enclosing is IMethodSymbol { MethodKind: MethodKind.AnonymousFunction or MethodKind.LocalFunction } && IsInStaticMember(enclosing));
        foreach (var symbol in model.LookupSymbols(position))
        {
            var (type, usable) = symbol switch
            {
                // A top-level statement's local is found from every file, and usable only in its own (CS8801).
                ILocalSymbol local => (local.Type, local.DeclaringSyntaxReferences.All(r => r.SyntaxTree == model.SyntaxTree && r.Span.End <= position)),
                IParameterSymbol parameter => (parameter.Type, true),
                IFieldSymbol field => (field.Type, field.IsStatic || !isStatic),
                IPropertySymbol property => (property.Type, !property.IsIndexer && property.GetMethod is not null && (property.IsStatic || !isStatic)),
                _ => (null, false),
            };
            if (type is null || !usable || !IsIdentifier(symbol.Name))
            {
                continue;
            }

            if (Implements(type, configurationType))
            {
                direct.Add(symbol.Name);
            }
            else if (viaPropertyName is not null && type.GetMembers(viaPropertyName).OfType<IPropertySymbol>().Any(p =>
                         !p.IsStatic && p.GetMethod is not null && model.IsAccessible(position, p) && Implements(p.Type, configurationType)))
            {
                viaProperty.Add(symbol.Name + "." + viaPropertyName);
            }
        }

        direct.AddRange(viaProperty);
        return direct;
    }

    public static bool IsIdentifier(string name) => SyntaxFacts.IsValidIdentifier(name) && SyntaxFacts.GetKeywordKind(name) == SyntaxKind.None;

    public static bool IsInStaticMember(ISymbol symbol)
    {
        for (var current = symbol; current is not null; current = current.ContainingSymbol)
        {
            if (current is IMethodSymbol { MethodKind: not (MethodKind.AnonymousFunction or MethodKind.LocalFunction) } method)
            {
                return method.IsStatic;
            }
        }

        return false;
    }

    public static bool Implements(ITypeSymbol type, INamedTypeSymbol @interface) =>
        SymbolEqualityComparer.Default.Equals(type, @interface) || type.AllInterfaces.Any(i => SymbolEqualityComparer.Default.Equals(i, @interface));
}
