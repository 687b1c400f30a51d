using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SecretAnalyzers.Benchmarks;

/// <summary>
/// The analyzers over a folder of real C# files, each file parsed on its own into one compilation (references are
/// left out, so names do not bind: only syntax and constants are seen). Prints the findings by rule and format,
/// with their places but never their values, any analyzer exception, and the rule's time against the length floor.
/// </summary>
public static class Census
{
    public static void Run(string folder)
    {
        var files = Directory.GetFiles(folder, "*.cs", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal).ToArray();
        var trees = files.Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), new CSharpParseOptions(LanguageVersion.Latest), path: Path.GetRelativePath(folder, f))).ToArray();
        var literals = trees.Sum(t => t.GetRoot().DescendantNodes().Count(n => n.IsKind(SyntaxKind.StringLiteralExpression) || n.IsKind(SyntaxKind.Utf8StringLiteralExpression)));
        var compilation = Corpus.Compile(trees);

        var exceptions = 0;
        var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), (e, a, d) => { exceptions++; Console.WriteLine("  exception: " + e.GetType().Name + ": " + e.Message); }, concurrentAnalysis: true, logAnalyzerExecutionTime: false);
        var diagnostics = compilation.WithAnalyzers(AnalyzerBenchmarks.Analyzers(RuleSet.AllAnalyzers), options).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();

        Console.WriteLine($"census: {files.Length:N0} files, {trees.Sum(t => t.Length):N0} characters, {literals:N0} string literals; {diagnostics.Length} findings, {exceptions} analyzer exceptions");
        foreach (var group in diagnostics.GroupBy(d => d.Id + " " + (d.Properties.TryGetValue("FormatId", out var format) ? format : "")).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            Console.WriteLine($"  {group.Key}: {group.Count()}");
        }

        foreach (var diagnostic in diagnostics.OrderBy(d => d.Location.SourceTree?.FilePath, StringComparer.Ordinal))
        {
            var span = diagnostic.Location.GetLineSpan();
            Console.WriteLine($"  {span.Path}({span.StartLinePosition.Line + 1}): {diagnostic.Id} {diagnostic.Properties["FormatId"]}");
        }

        var (rule, floor) = RobustnessReport.Measure(compilation, runs: 3);
        Console.WriteLine($"  literal rule {rule:F1} ms, length floor {floor:F1} ms: {rule / floor:F2}x");
    }
}
