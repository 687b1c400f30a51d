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

    /// <summary>
    /// Answered once per compilation. The answer is worked out outside the table, whose creation callback could not be
    /// given the analysis's cancellation token: reading thousands of files must stop when the host cancels.
    /// </summary>
    public static bool MayNameTwilio(Compilation compilation, CancellationToken cancellationToken) =>
        PerCompilation.TryGetValue(compilation, out var known) ? known.Value : Remember(PerCompilation, compilation, Names(compilation, cancellationToken));

    private static bool Names(Compilation compilation, CancellationToken cancellationToken)
    {
        foreach (var assembly in compilation.SourceModule.ReferencedAssemblySymbols)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (PerAssembly.TryGetValue(assembly, out var known) ? known.Value : Remember(PerAssembly, assembly, Names(assembly)))
            {
                return true;
            }
        }

        // An IDE keeps the trees of unchanged files from one compilation to the next, and with them their answers.
        foreach (var tree in compilation.SyntaxTrees)
        {
            if (PerTree.TryGetValue(tree, out var known) ? known.Value : Remember(PerTree, tree, Mentions(tree, cancellationToken)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Keeps an answer; when two threads worked it out at once, both got the same one.</summary>
    private static bool Remember<TKey>(ConditionalWeakTable<TKey, StrongBox<bool>> table, TKey key, bool answer)
        where TKey : class
    {
        table.GetValue(key, _ => new StrongBox<bool>(answer));
        return answer;
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
