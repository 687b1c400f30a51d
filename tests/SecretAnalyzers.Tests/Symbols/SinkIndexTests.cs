using System;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SecretAnalyzers.Sinks;
using SecretAnalyzers.Tests.Infrastructure;

namespace SecretAnalyzers.Tests.Symbols;

/// <summary>
/// The sink rows a compilation's types get: found in its own source and in every reference, by namespace and name,
/// without the compiler's full-name lookup per row and reference.
/// </summary>
public class SinkIndexTests
{
    [Fact]
    public void A_type_of_the_table_is_found_in_a_reference_and_in_source_alike()
    {
        var compilation = TestCompilations.Consumer(
            new[] { TestCompilations.Library("StripeA", "namespace Stripe { public class StripeClient { } }") },
            "namespace Stripe { public class StripeClient { } }");
        var index = SinkIndex.For(compilation, CancellationToken.None);

        var types = new[] { compilation.Assembly, ReferencedAssembly(compilation, "StripeA") }
            .Select(assembly => assembly.GetTypeByMetadataName("Stripe.StripeClient")!)
            .ToArray();
        Assert.All(types, type => Assert.Contains(index.RowsOf(type, constructor: true), row => row.Type == "Stripe.StripeClient" && row.Member == Sink.Constructor));
        Assert.True(index.HasRule(SinkRule.Stripe));
        Assert.False(index.HasRule(SinkRule.AiSdk));
    }

    [Fact]
    public void A_type_in_a_nested_namespace_is_found_and_one_of_the_same_name_elsewhere_is_not()
    {
        var compilation = TestCompilations.Consumer(
            new[] { TestCompilations.Library("OpenAI", "namespace OpenAI.Chat { public class ChatClient { } } namespace OpenAI.Other { public class ChatClient { } }") },
            "namespace Vendor.OpenAI.Chat { public class ChatClient { } }");
        var index = SinkIndex.For(compilation, CancellationToken.None);
        var reference = ReferencedAssembly(compilation, "OpenAI");

        Assert.NotEmpty(index.RowsOf(reference.GetTypeByMetadataName("OpenAI.Chat.ChatClient"), constructor: true));
        Assert.Empty(index.RowsOf(reference.GetTypeByMetadataName("OpenAI.Other.ChatClient"), constructor: true));
        Assert.Empty(index.RowsOf(compilation.Assembly.GetTypeByMetadataName("Vendor.OpenAI.Chat.ChatClient"), constructor: true));
        Assert.True(index.HasRule(SinkRule.AiSdk));
    }

    [Fact]
    public void A_later_compilation_over_the_same_references_finds_its_own_new_source_beside_what_the_references_held()
    {
        // As in the IDE: the next compilation keeps the reference's symbols and adds a file.
        var first = TestCompilations.Consumer(new[] { TestCompilations.Library("StripeR", "namespace Stripe { public class StripeClient { } }") }, "class Program { }");
        var second = first.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace Stripe { public class StripeConfiguration { } }"));
        Assert.Same(ReferencedAssembly(first, "StripeR"), ReferencedAssembly(second, "StripeR"));

        var before = SinkIndex.For(first, CancellationToken.None);
        var after = SinkIndex.For(second, CancellationToken.None);

        Assert.Empty(before.RowsOf(second.Assembly.GetTypeByMetadataName("Stripe.StripeConfiguration")));
        Assert.NotEmpty(after.RowsOf(second.Assembly.GetTypeByMetadataName("Stripe.StripeConfiguration")));
        Assert.NotEmpty(after.RowsOf(ReferencedAssembly(second, "StripeR").GetTypeByMetadataName("Stripe.StripeClient"), constructor: true));
    }

    [Fact]
    public void A_generic_type_of_the_same_name_is_not_the_tables_type()
    {
        var compilation = TestCompilations.Consumer(new[] { TestCompilations.Library("StripeG", "namespace Stripe { public class StripeClient<T> { } }") }, "class Program { }");
        var index = SinkIndex.For(compilation, CancellationToken.None);

        Assert.True(index.IsEmpty);
        Assert.False(index.HasRule(SinkRule.Stripe));
    }

    [Fact]
    public void A_compilation_without_any_sdk_has_an_empty_index()
    {
        var index = SinkIndex.For(TestCompilations.Consumer(new MetadataReference[0], "namespace Stripe.Tools { public class Helper { } }"), CancellationToken.None);

        Assert.True(index.IsEmpty);
    }

    [Fact]
    public void A_cancelled_analysis_stops_building_and_leaves_no_index_behind()
    {
        var compilation = TestCompilations.Consumer(new[] { TestCompilations.Library("StripeC", "namespace Stripe { public class StripeClient { } }") }, "class Program { }");

        Assert.ThrowsAny<OperationCanceledException>(() => SinkIndex.For(compilation, new CancellationToken(canceled: true)));
        Assert.True(SinkIndex.For(compilation, CancellationToken.None).HasRule(SinkRule.Stripe));
    }

    private static IAssemblySymbol ReferencedAssembly(Compilation compilation, string name) =>
        compilation.SourceModule.ReferencedAssemblySymbols.Single(a => a.Name == name);
}
