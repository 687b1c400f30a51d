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
    public static INamedTypeSymbol? Find(Compilation compilation, string metadataName)
    {
        var unique = compilation.GetTypeByMetadataName(metadataName);
        if (unique is not null)
        {
            return unique;
        }

        // Defined in this compilation: that is the one its code binds to.
        var own = compilation.Assembly.GetTypeByMetadataName(metadataName);
        if (own is not null)
        {
            return own;
        }

        INamedTypeSymbol? best = null;
        foreach (var reference in compilation.References)
        {
            if (compilation.GetAssemblyOrModuleSymbol(reference) is not IAssemblySymbol assembly)
            {
                continue;
            }

            var candidate = assembly.GetTypeByMetadataName(metadataName);
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
