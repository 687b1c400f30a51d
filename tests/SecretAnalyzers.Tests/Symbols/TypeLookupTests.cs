using System;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SecretAnalyzers.Benchmarks;

namespace SecretAnalyzers.Tests.Symbols;

/// <summary>The SDK type lookup of the symbol-based rules when a type name is defined more than once.</summary>
public class TypeLookupTests
{
    private const string Name = "Vendor.Sdk.PaymentClient";

    [Fact]
    public void A_type_defined_once_is_found()
    {
        var compilation = Consumer(Library("A", "public"));

        Assert.Equal("A", TypeLookup.Find(compilation, Name, CancellationToken.None)?.ContainingAssembly.Name);
    }

    [Fact]
    public void A_public_type_is_found_beside_an_internal_copy_where_the_compiler_alone_gives_up()
    {
        var compilation = Consumer(Library("Public", "public"), Library("Shim", "internal"));

        Assert.Null(compilation.GetTypeByMetadataName(Name));
        Assert.Equal("Public", TypeLookup.Find(compilation, Name, CancellationToken.None)?.ContainingAssembly.Name);
    }

    [Fact]
    public void The_compilations_own_definition_wins_over_a_referenced_one()
    {
        var compilation = Consumer(new[] { Library("Referenced", "public") }, "namespace Vendor.Sdk { public class PaymentClient { } }");

        Assert.Same(compilation.Assembly, TypeLookup.Find(compilation, Name, CancellationToken.None)?.ContainingAssembly);
    }

    [Fact]
    public void Two_public_definitions_are_ambiguous_and_give_none()
    {
        var compilation = Consumer(Library("One", "public"), Library("Two", "public"));

        Assert.Null(TypeLookup.Find(compilation, Name, CancellationToken.None));
    }

    [Fact]
    public void A_type_that_is_not_referenced_gives_none()
    {
        Assert.Null(TypeLookup.Find(Consumer(), Name, CancellationToken.None));
    }

    [Fact]
    public void A_cancelled_analysis_stops_looking_through_the_references()
    {
        Assert.ThrowsAny<OperationCanceledException>(() => TypeLookup.Find(Consumer(Library("A", "public")), Name, new CancellationToken(canceled: true)));
    }

    private static MetadataReference Library(string assemblyName, string accessibility) =>
        CSharpCompilation.Create(assemblyName, new[] { CSharpSyntaxTree.ParseText("namespace Vendor.Sdk { " + accessibility + " class PaymentClient { } }") },
                Corpus.Compile(Enumerable.Empty<SyntaxTree>()).References, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary))
            .ToMetadataReference();

    private static Compilation Consumer(params MetadataReference[] libraries) => Consumer(libraries, "class Program { }");

    private static Compilation Consumer(MetadataReference[] libraries, string source) =>
        Corpus.Compile(new[] { CSharpSyntaxTree.ParseText(source) }).AddReferences(libraries);
}
