using System;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace SecretAnalyzers;

/// <summary>
/// Whether a compilation names Twilio or AWS anywhere the called method of a positional argument could take its
/// provider from: the name of the compilation's assembly or a referenced one, or of a namespace or type in either.
/// Where none does, the called method cannot place a hash-shaped argument with either provider, and the context check
/// does not bind the call to find out (binding the calling method is most of what such a candidate costs, and all it
/// allocates). Answered once per compilation and once per referenced assembly, from the name sets the compiler
/// keeps: a predicate over every declared member (<c>ContainsSymbolsWithName</c>) cost a quarter of the literal rule's
/// time on corpus (a) in a profile.
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

    public static bool MayNameTwilio(Compilation compilation) => (PerCompilation.GetValue(compilation, ReadCompilation).Value & Named.Twilio) != 0;

    public static bool MayNameAws(Compilation compilation) => (PerCompilation.GetValue(compilation, ReadCompilation).Value & Named.Aws) != 0;

    private static Named Of(Compilation compilation)
    {
        // The source's namespaces and types first: the compiler keeps their names in sets (its declaration table).
        var named = Of(compilation.Assembly);
        foreach (var assembly in compilation.SourceModule.ReferencedAssemblySymbols)
        {
            if (named == (Named.Twilio | Named.Aws))
            {
                break;
            }

            named |= PerAssembly.GetValue(assembly, ReadAssembly).Value;
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
        for (var i = 0; i < name.Length; i++)
        {
            switch (name[i])
            {
                case 't' or 'T' when HasAt(name, i, "twilio"):
                    named |= Named.Twilio;
                    break;
                case 'a' or 'A' when HasAt(name, i, "amazon") || (HasAt(name, i, "aws") && StartsWord(name, i)):
                    named |= Named.Aws;
                    break;
            }
        }

        return named;
    }

    private static bool HasAt(string name, int at, string word) =>
        name.Length - at >= word.Length && name.AsSpan(at, word.Length).Equals(word.AsSpan(), StringComparison.OrdinalIgnoreCase);

    private static bool StartsWord(string name, int at) => at == 0 || !char.IsLetter(name[at - 1]) || (char.IsUpper(name[at]) && char.IsLower(name[at - 1]));
}
