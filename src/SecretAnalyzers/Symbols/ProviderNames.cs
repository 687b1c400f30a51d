using System;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace SecretAnalyzers;

/// <summary>
/// Whether a compilation names Twilio anywhere the called method of a positional argument could take it from: the
/// name of a referenced assembly, or of a namespace or type in one, or any text of its own source (a namespace, a
/// type, or a parameter such as <c>twilioAuthToken</c> of its own helper). Where none does, the called method cannot
/// place a 32-character candidate with Twilio, and the context check does not bind the call to find out: binding the
/// calling method is most of what such a candidate costs, and all it allocates, and every MD5 hash is one. Answered
/// once per referenced assembly, from the name sets its metadata keeps, and once per source file.
/// </summary>
internal static class ProviderNames
{
    private const string Twilio = "twilio";

    /// <summary>Characters of a file searched at a time, from a buffer, so that no copy of the whole file is made.</summary>
    private const int Chunk = 8192;

    private static readonly ConditionalWeakTable<Compilation, StrongBox<bool>> PerCompilation = new();
    private static readonly ConditionalWeakTable<IAssemblySymbol, StrongBox<bool>> PerAssembly = new();
    private static readonly ConditionalWeakTable<SyntaxTree, StrongBox<bool>> PerTree = new();

    /// <summary>Answered once per compilation, and once per referenced assembly and per file (<see cref="WeakCache"/>).</summary>
    public static bool MayNameTwilio(Compilation compilation, CancellationToken cancellationToken) =>
        WeakCache.GetOrBuild(PerCompilation, compilation, static (c, token) => new StrongBox<bool>(Names(c, token)), cancellationToken).Value;

    private static bool Names(Compilation compilation, CancellationToken cancellationToken)
    {
        foreach (var assembly in compilation.SourceModule.ReferencedAssemblySymbols)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (WeakCache.GetOrBuild(PerAssembly, assembly, static (a, _) => new StrongBox<bool>(Names(a)), cancellationToken).Value)
            {
                return true;
            }
        }

        // An IDE keeps the trees of unchanged files from one compilation to the next, and with them their answers.
        foreach (var tree in compilation.SyntaxTrees)
        {
            if (WeakCache.GetOrBuild(PerTree, tree, static (t, token) => new StrongBox<bool>(Mentions(t, token)), cancellationToken).Value)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The assembly's name and the names of its namespaces and types, as its metadata lists them: no symbol is made
    /// for them (walking its namespaces would make one for every type).
    /// </summary>
    private static bool Names(IAssemblySymbol assembly)
    {
        if (Names(assembly.Identity.Name))
        {
            return true;
        }

        foreach (var name in assembly.NamespaceNames)
        {
            if (Names(name))
            {
                return true;
            }
        }

        foreach (var name in assembly.TypeNames)
        {
            if (Names(name))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Names(string name) => name.IndexOf(Twilio, StringComparison.OrdinalIgnoreCase) >= 0;

    /// <summary>Whether the file's text says <c>twilio</c> in any case, read a chunk at a time (chunks overlap by the word's length).</summary>
    private static bool Mentions(SyntaxTree tree, CancellationToken cancellationToken)
    {
        var text = tree.GetText(cancellationToken);
        var buffer = new char[Math.Min(text.Length, Chunk + Twilio.Length)];
        for (var start = 0; start < text.Length; start += Chunk)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var count = Math.Min(Chunk + Twilio.Length, text.Length - start);
            text.CopyTo(start, buffer, 0, count);
            if (buffer.AsSpan(0, count).IndexOf(Twilio.AsSpan(), StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return true;
            }
        }

        return false;
    }
}
