using System.Threading;
using Microsoft.CodeAnalysis;

namespace SecretAnalyzers;

/// <summary>
/// Finds an SDK type by metadata name for the symbol-based rules. <see cref="Compilation.GetTypeByMetadataName"/>
/// returns null as soon as two references define the name (an SDK referenced twice, a type forwarded into a shim, a
/// copy compiled into a test assembly), which would switch a rule off without a word; this picks the best definition
/// instead: the compilation's own, else the one visible from it, else none if the choice is not clear.
/// </summary>
internal static class TypeLookup
{
    public static INamedTypeSymbol? Find(Compilation compilation, string metadataName, CancellationToken cancellationToken)
    {
        // Defined in this compilation: that is the one its code binds to.
        var own = FindIn(compilation.Assembly, metadataName);
        if (own is not null)
        {
            return own;
        }

        INamedTypeSymbol? best = null;
        foreach (var assembly in compilation.SourceModule.ReferencedAssemblySymbols)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var candidate = FindIn(assembly, metadataName);
            if (candidate is null || !IsVisibleFrom(candidate, compilation.Assembly))
            {
                continue;
            }

            if (best is not null && !SymbolEqualityComparer.Default.Equals(best, candidate))
            {
                // Two public definitions: code that names the type does not compile, so no rule needs it.
                return null;
            }

            best = candidate;
        }

        return best;
    }

    /// <summary>
    /// The top-level type of that metadata name in one assembly, found by walking down its namespaces: an assembly
    /// without the first of them answers with one lookup, where the compiler's own search splits the name again for
    /// every reference (most of a CORS rule's start in a compilation with 300 references that has no ASP.NET Core).
    /// </summary>
    private static INamedTypeSymbol? FindIn(IAssemblySymbol assembly, string metadataName)
    {
        if (metadataName.IndexOf('+') >= 0)
        {
            return assembly.GetTypeByMetadataName(metadataName);
        }

        INamespaceSymbol? current = assembly.GlobalNamespace;
        var start = 0;
        for (var dot = metadataName.IndexOf('.'); dot >= 0 && current is not null; start = dot + 1, dot = metadataName.IndexOf('.', start))
        {
            var segment = metadataName.Substring(start, dot - start);
            INamespaceSymbol? next = null;
            foreach (var member in current.GetMembers(segment))
            {
                next ??= member as INamespaceSymbol;
            }

            current = next;
        }

        if (current is null)
        {
            return null;
        }

        var name = metadataName.Substring(start);
        var arity = 0;
        var tick = name.IndexOf('`');
        if (tick >= 0 && int.TryParse(name.Substring(tick + 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out arity))
        {
            name = name.Substring(0, tick);
        }

        foreach (var type in current.GetTypeMembers(name, arity))
        {
            return type;
        }

        return null;
    }

    private static bool IsVisibleFrom(INamedTypeSymbol type, IAssemblySymbol assembly)
    {
        for (INamedTypeSymbol? current = type; current is not null; current = current.ContainingType)
        {
            switch (current.DeclaredAccessibility)
            {
                case Accessibility.Public:
                    continue;
                case Accessibility.Internal or Accessibility.ProtectedOrInternal when current.ContainingAssembly.GivesAccessTo(assembly):
                    continue;
                default:
                    return false;
            }
        }

        return true;
    }
}
