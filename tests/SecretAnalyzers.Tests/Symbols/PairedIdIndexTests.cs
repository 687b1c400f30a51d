using System;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SecretAnalyzers.Tests.Infrastructure;

namespace SecretAnalyzers.Tests.Symbols;

/// <summary>The literals of a file that hold the ids a context-dependent key pairs with, found once per file.</summary>
public class PairedIdIndexTests
{
    [Fact]
    public void Ids_are_found_in_other_literals_of_the_container_not_in_the_candidate_itself()
    {
        var tree = CSharpSyntaxTree.ParseText(
            "class Keys { string a = \"" + SyntheticTokens.AwsAccessKeyId(5) + "\"; string b = \"candidate\"; string c = \"" + SyntheticTokens.TwilioAccountSid(6) + "\"; }");
        var type = tree.GetRoot().DescendantNodes().OfType<ClassDeclarationSyntax>().Single();
        var literals = type.DescendantNodes().OfType<LiteralExpressionSyntax>().ToArray();

        var index = PairedIdIndex.For(tree, CancellationToken.None);

        Assert.True(index.HasAwsAccessKeyIdBeside(type, literals[1]));
        Assert.True(index.HasTwilioSidBeside(type, literals[1]));
        Assert.False(index.HasAwsAccessKeyIdBeside(literals[0], literals[0]));
        Assert.False(index.HasTwilioSidBeside(type, literals[2]));
    }

    [Fact]
    public void A_cancelled_analysis_stops_building_and_leaves_no_index_behind()
    {
        var tree = CSharpSyntaxTree.ParseText("class Keys { string a = \"" + SyntheticTokens.AwsAccessKeyId(7) + "\"; string b = \"candidate\"; }");
        var type = tree.GetRoot().DescendantNodes().OfType<ClassDeclarationSyntax>().Single();
        var candidate = type.DescendantNodes().OfType<LiteralExpressionSyntax>().Last();

        Assert.ThrowsAny<OperationCanceledException>(() => PairedIdIndex.For(tree, new CancellationToken(canceled: true)));
        Assert.True(PairedIdIndex.For(tree, CancellationToken.None).HasAwsAccessKeyIdBeside(type, candidate));
    }
}
