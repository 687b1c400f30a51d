using System;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace SecretAnalyzers;

/// <summary>
/// Whether a compilation names Twilio or AWS anywhere the called method of a positional argument could take its
/// provider from: a referenced assembly's name or one of its namespaces or types, or a namespace, type or member
/// declared in source. Where none does, the called method cannot place a hash-shaped argument with either provider, and the context
/// check does not bind the call to find out (binding the calling method is most of what such a candidate costs, and
/// all it allocates). Answered once per compilation and once per referenced assembly.
/// </summary>
internal static class ProviderNames
{
    [Flags]
    private enum Named : byte
    {
        None = 0,
        Twilio = 1,
        Aws = 2,
    }

    private static readonly ConditionalWeakTable<Compilation, StrongBox<Named>> PerCompilation = new();
    private static readonly ConditionalWeakTable<IAssemblySymbol, StrongBox<Named>> PerAssembly = new();
    private static readonly ConditionalWeakTable<Compilation, StrongBox<Named>>.CreateValueCallback ReadCompilation = compilation => new StrongBox<Named>(Of(compilation));
    private static readonly ConditionalWeakTable<IAssemblySymbol, StrongBox<Named>>.CreateValueCallback ReadAssembly = assembly => new StrongBox<Named>(Of(assembly));
    private static readonly Func<string, bool> NamesAnyProvider = name => Of(name) != Named.None;

    public static bool MayNameTwilio(Compilation compilation) => (PerCompilation.GetValue(compilation, ReadCompilation).Value & Named.Twilio) != 0;

    public static bool MayNameAws(Compilation compilation) => (PerCompilation.GetValue(compilation, ReadCompilation).Value & Named.Aws) != 0;

    private static Named Of(Compilation compilation)
    {
        var named = Named.None;
        foreach (var assembly in compilation.SourceModule.ReferencedAssemblySymbols)
        {
            named |= PerAssembly.GetValue(assembly, ReadAssembly).Value;
        }

        // The source's declarations, only if the references left a provider unnamed.
        if (named != (Named.Twilio | Named.Aws) && compilation.ContainsSymbolsWithName(NamesAnyProvider, SymbolFilter.All))
        {
            named = Named.Twilio | Named.Aws;
        }

        return named;
    }

    /// <summary>
    /// The assembly's name and the names of its namespaces and types, as its metadata lists them: no symbol is made
    /// for them (walking its namespaces would make one for every type).
    /// </summary>
    private static Named Of(IAssemblySymbol assembly)
    {
        var named = Of(assembly.Identity.Name);
        foreach (var name in assembly.NamespaceNames)
        {
            named |= Of(name);
        }

        foreach (var name in assembly.TypeNames)
        {
            named |= Of(name);
        }

        return named;
    }

    /// <summary>
    /// <c>Twilio</c> anywhere in the name, <c>Amazon</c> anywhere, <c>AWS</c> where a word starts (<c>AWSSDK</c>,
    /// <c>MyAwsClient</c>, not <c>RawSql</c>). Any case.
    /// </summary>
    private static Named Of(string name)
    {
        var named = Named.None;
        if (name.IndexOf("twilio", StringComparison.OrdinalIgnoreCase) >= 0)
        {
            named |= Named.Twilio;
        }

        if (name.IndexOf("amazon", StringComparison.OrdinalIgnoreCase) >= 0)
        {
            named |= Named.Aws;
        }

        for (var at = name.IndexOf("aws", StringComparison.OrdinalIgnoreCase); at >= 0; at = name.IndexOf("aws", at + 1, StringComparison.OrdinalIgnoreCase))
        {
            if (at == 0 || !char.IsLetter(name[at - 1]) || (char.IsUpper(name[at]) && char.IsLower(name[at - 1])))
            {
                named |= Named.Aws;
                break;
            }
        }

        return named;
    }
}
