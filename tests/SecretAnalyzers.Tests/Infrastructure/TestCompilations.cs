using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SecretAnalyzers.Benchmarks;

namespace SecretAnalyzers.Tests.Infrastructure;

/// <summary>Small compilations for tests of what a compilation's references hold: a library as metadata, and code that uses it.</summary>
internal static class TestCompilations
{
    /// <summary>An assembly of that name compiled from <paramref name="source"/>, as a reference.</summary>
    public static MetadataReference Library(string assemblyName, string source) =>
        CSharpCompilation.Create(assemblyName, new[] { CSharpSyntaxTree.ParseText(source) },
                Corpus.Compile(Enumerable.Empty<SyntaxTree>()).References, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary))
            .ToMetadataReference();

    /// <summary><paramref name="source"/> compiled against the framework and <paramref name="libraries"/>.</summary>
    public static Compilation Consumer(MetadataReference[] libraries, string source) =>
        Corpus.Compile(new[] { CSharpSyntaxTree.ParseText(source) }).AddReferences(libraries);
}
