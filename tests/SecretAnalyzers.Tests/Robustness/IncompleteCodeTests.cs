using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SecretAnalyzers.Benchmarks;
using SecretAnalyzers.Tests.Infrastructure;

namespace SecretAnalyzers.Tests.Robustness;

/// <summary>
/// The states an editor passes through while code is typed: every sample and test source of this repository, cut off
/// at many points and with single tokens deleted, and every C# snippet the tests hold, cut off at many points. No
/// analyzer may throw on any of them.
/// </summary>
public class IncompleteCodeTests
{
    /// <summary>Cut points per file: spread evenly, so that each file is cut inside every kind of construct it has.</summary>
    private const int CutsPerFile = 40;

    private const int CutsPerSnippet = 16;

    /// <summary>Single tokens deleted per file, at random: the half-typed states a cut at the end does not give.</summary>
    private const int DeletionsPerFile = 12;

    public static IEnumerable<object[]> SourceFiles() =>
        new[] { "samples", Path.Combine("tests", "SecretAnalyzers.Tests") }
            .SelectMany(folder => Directory.GetFiles(Repository.Path(folder), "*.cs", SearchOption.AllDirectories))
            .Where(file => !file.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                && !file.Contains(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .OrderBy(file => file, StringComparer.Ordinal)
            .Select(file => new object[] { Path.GetRelativePath(Repository.Root, file) });

    [Theory]
    [MemberData(nameof(SourceFiles))]
    public void A_source_file_cut_anywhere_or_with_a_token_deleted_throws_in_no_analyzer(string relativePath)
    {
        var text = File.ReadAllText(Repository.Path(relativePath));
        var failures = Cuts(text, CutsPerFile).SelectMany(cut => AnalyzerRun.Failures(Compile(text[..cut])).Select(f => "cut at " + cut + ": " + f))
            .Concat(Deletions(text, DeletionsPerFile, seed: relativePath.Length).SelectMany(deleted => AnalyzerRun.Failures(Compile(text.Remove(deleted.Start, deleted.Length))).Select(f => "token deleted at " + deleted.Start + ": " + f)))
            .ToArray();

        Assert.Empty(failures);
    }

    [Fact]
    public void Every_test_snippet_cut_anywhere_throws_in_no_analyzer()
    {
        var snippets = SourceFiles()
            .SelectMany(row => Snippets(File.ReadAllText(Repository.Path((string)row[0]))))
            .ToArray();
        var failures = snippets.SelectMany(snippet => Cuts(snippet, CutsPerSnippet).SelectMany(cut => AnalyzerRun.Failures(Compile(snippet[..cut])))).ToArray();

        // The tests hold more than fifty snippets; fewer means the extraction below stopped finding them.
        Assert.True(snippets.Length > 50, snippets.Length + " snippets");
        Assert.Empty(failures);
    }

    /// <summary>The raw string literals of a test file that are C# sources: those that declare a type.</summary>
    internal static IEnumerable<string> Snippets(string testFile) =>
        CSharpSyntaxTree.ParseText(testFile).GetRoot().DescendantTokens()
            .Where(token => token.IsKind(SyntaxKind.MultiLineRawStringLiteralToken) || token.IsKind(SyntaxKind.InterpolatedMultiLineRawStringStartToken))
            .Select(token => token.IsKind(SyntaxKind.MultiLineRawStringLiteralToken) ? token.ValueText : RawInterpolationText(token))
            .Where(text => text.Contains("class ", StringComparison.Ordinal) || text.Contains("record ", StringComparison.Ordinal));

    /// <summary>The text parts of an interpolated raw string, with each hole replaced by a synthetic secret, as the tests fill them.</summary>
    private static string RawInterpolationText(SyntaxToken start)
    {
        var interpolated = (InterpolatedStringExpressionSyntax)start.Parent!;
        var secret = SyntheticTokens.StripeLiveSecret(90);
        return string.Concat(interpolated.Contents.Select(content => content is InterpolatedStringTextSyntax text ? text.TextToken.ValueText : secret));
    }

    /// <summary>The spans of <paramref name="count"/> tokens of the text, picked with a fixed seed.</summary>
    internal static IEnumerable<Microsoft.CodeAnalysis.Text.TextSpan> Deletions(string text, int count, int seed)
    {
        var tokens = CSharpSyntaxTree.ParseText(text).GetRoot().DescendantTokens().Where(t => t.Span.Length > 0).ToArray();
        var random = new Random(seed);
        return tokens.Length == 0 ? Enumerable.Empty<Microsoft.CodeAnalysis.Text.TextSpan>() : Enumerable.Range(0, count).Select(_ => tokens[random.Next(tokens.Length)].Span);
    }

    /// <summary><paramref name="count"/> cut points spread evenly over the text.</summary>
    internal static IEnumerable<int> Cuts(string text, int count)
    {
        for (var i = 1; i <= count; i++)
        {
            yield return (int)((long)text.Length * i / (count + 1));
        }
    }

    private static Compilation Compile(string source) =>
        Corpus.Compile(new[] { CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest)) });
}
