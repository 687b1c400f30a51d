using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;
using SecretAnalyzers.Tests.Infrastructure;
using SecretAnalyzers.Tests.Robustness;

namespace SecretAnalyzers.Tests.Sinks;

/// <summary>
/// Compiles a source against real SDK packages, requires it to compile, and runs every analyzer of the package on it,
/// so that a test sees what a user sees: which SECA ids, where, and with which properties.
/// </summary>
internal static class SinkHarness
{
    public static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(
        string source,
        PackageIdentity[] packages,
        bool isTestProject = false,
        IReadOnlyDictionary<string, string>? editorConfig = null,
        IReadOnlyDictionary<string, ReportDiagnostic>? severities = null,
        bool requireCompiling = true)
    {
        var tree = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest), path: "/src/Program.cs");
        var compilation = CSharpCompilation.Create(
            "SinkCase",
            new[] { tree },
            await SdkPackages.ReferencesAsync(packages),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable)
                .WithSpecificDiagnosticOptions(severities ?? new Dictionary<string, ReportDiagnostic>()));
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
        Assert.True(!requireCompiling || errors.Length == 0, "the case compiles:\n" + string.Join("\n", errors.Select(e => e.ToString())) + "\n" + source);

        var global = new Dictionary<string, string> { ["build_property.IsTestProject"] = isTestProject ? "true" : "false" };
        var options = new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, new OptionsProvider(global, editorConfig ?? new Dictionary<string, string>()));
        var failures = new List<string>();
        var withAnalyzers = compilation.WithAnalyzers(
            AnalyzerRun.AllAnalyzers,
            new CompilationWithAnalyzersOptions(options, (exception, analyzer, _) => failures.Add(analyzer + ": " + exception), concurrentAnalysis: false, logAnalyzerExecutionTime: false));
        var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync();
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        return diagnostics.Where(d => d.Id.StartsWith("SECA", StringComparison.Ordinal)).OrderBy(d => d.Location.SourceSpan.Start).ToImmutableArray();
    }

    /// <summary>
    /// Runs <paramref name="markup"/> and requires exactly the marked diagnostics (<c>{|SECA002:…|}</c>), each at its
    /// span; with <paramref name="sinkId"/>, each must also name that row of the sink table. Returns the diagnostics.
    /// </summary>
    public static async Task<ImmutableArray<Diagnostic>> VerifyAsync(
        string markup,
        PackageIdentity[] packages,
        string? sinkId = null,
        bool isTestProject = false,
        IReadOnlyDictionary<string, string>? editorConfig = null,
        IReadOnlyDictionary<string, ReportDiagnostic>? severities = null)
    {
        var (source, spans) = Parse(markup);
        var diagnostics = await AnalyzeAsync(source, packages, isTestProject, editorConfig, severities);
        var expected = spans.SelectMany(pair => pair.Value.Select(span => pair.Key + "@" + span)).OrderBy(e => e, StringComparer.Ordinal);
        var actual = diagnostics.Select(d => d.Id + "@" + d.Location.SourceSpan).OrderBy(e => e, StringComparer.Ordinal);
        Assert.True(expected.SequenceEqual(actual), "expected " + string.Join(", ", expected) + "\nactual:\n" + Describe(diagnostics, source));
        if (sinkId is not null)
        {
            Assert.All(diagnostics, d => Assert.Equal(sinkId, d.Properties["Sink"]));
        }

        return diagnostics;
    }

    /// <summary>The source without markup, and each <c>{|ID:…|}</c> span by id.</summary>
    public static (string Source, IDictionary<string, ImmutableArray<TextSpan>> Spans) Parse(string markup)
    {
        TestFileMarkupParser.GetSpans(markup, out string source, out ImmutableDictionary<string, ImmutableArray<TextSpan>> spans);
        return (source, spans);
    }

    public static string Describe(IEnumerable<Diagnostic> diagnostics, string source) =>
        string.Join("\n", diagnostics.Select(d => d.Id + " at '" + source.Substring(d.Location.SourceSpan.Start, d.Location.SourceSpan.Length) + "': " + d.GetMessage()));

    private sealed class OptionsProvider : AnalyzerConfigOptionsProvider
    {
        private readonly AnalyzerConfigOptions global;
        private readonly AnalyzerConfigOptions perTree;

        public OptionsProvider(IReadOnlyDictionary<string, string> global, IReadOnlyDictionary<string, string> perTree)
        {
            this.global = new Options(global);
            this.perTree = new Options(perTree);
        }

        public override AnalyzerConfigOptions GlobalOptions => global;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => perTree;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => perTree;
    }

    private sealed class Options : AnalyzerConfigOptions
    {
        private readonly IReadOnlyDictionary<string, string> values;

        public Options(IReadOnlyDictionary<string, string> values) => this.values = values;

        public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);
    }
}
