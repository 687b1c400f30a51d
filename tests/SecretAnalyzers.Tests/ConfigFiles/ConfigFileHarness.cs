using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using SecretAnalyzers.Tests.Robustness;

namespace SecretAnalyzers.Tests.ConfigFiles;

/// <summary>A file the analyzers get as an additional file.</summary>
internal sealed class InMemoryAdditionalText : AdditionalText
{
    private readonly SourceText text;

    public InMemoryAdditionalText(string path, string text)
    {
        Path = path;
        this.text = SourceText.From(text, Encoding.UTF8);
    }

    public override string Path { get; }

    public override SourceText GetText(CancellationToken cancellationToken = default) => text;
}

/// <summary>.editorconfig options: global ones (build_property.*) and per-file ones, as Roslyn gives them.</summary>
internal sealed class DictionaryOptionsProvider : AnalyzerConfigOptionsProvider
{
    private readonly DictionaryOptions global;
    private readonly DictionaryOptions perFile;

    public DictionaryOptionsProvider(IDictionary<string, string>? global = null, IDictionary<string, string>? perFile = null)
    {
        this.global = new DictionaryOptions(global);
        this.perFile = new DictionaryOptions(perFile);
    }

    public override AnalyzerConfigOptions GlobalOptions => global;

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => perFile;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => perFile;

    private sealed class DictionaryOptions : AnalyzerConfigOptions
    {
        private readonly IDictionary<string, string> values;

        public DictionaryOptions(IDictionary<string, string>? values) => this.values = values ?? new Dictionary<string, string>();

        public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);

        public override IEnumerable<string> Keys => values.Keys;
    }
}

/// <summary>
/// Runs every analyzer of the package over a small C# compilation with configuration files as additional files.
/// Expected findings are marked in a file's text with <c>[|…|]</c>; the marks are removed before the analyzers see it,
/// and each diagnostic must cover exactly the marked characters.
/// </summary>
internal static class ConfigFileHarness
{
    public const string Root = "/repo/Shop/";

    public static async Task<ImmutableArray<Diagnostic>> RunAsync(
        IEnumerable<(string Path, string Text)> files,
        string csharp = "class C { }",
        IDictionary<string, string>? options = null,
        bool isTestProject = false,
        IDictionary<string, string>? globalOptions = null)
    {
        var tree = CSharpSyntaxTree.ParseText(csharp, path: Root + "Program.cs");
        var compilation = CSharpCompilation.Create(
            "Shop",
            new[] { tree },
            new[] { typeof(object), typeof(System.Net.NetworkCredential), typeof(System.Runtime.GCSettings) }
                .Select(t => t.Assembly.Location).Distinct()
                .Concat(new[] { System.IO.Path.Combine(System.IO.Path.GetDirectoryName(typeof(object).Assembly.Location)!, "System.Runtime.dll") })
                .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path)),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var global = new Dictionary<string, string>(globalOptions ?? new Dictionary<string, string>());
        if (isTestProject)
        {
            global["build_property.IsTestProject"] = "true";
        }

        var additional = files.Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path.StartsWith("/", StringComparison.Ordinal) ? f.Path : Root + f.Path, f.Text)).ToImmutableArray();
        var thrown = new List<string>();
        var analyzerOptions = new AnalyzerOptions(additional, new DictionaryOptionsProvider(global, options));
        var withAnalyzers = compilation.WithAnalyzers(
            AnalyzerRun.AllAnalyzers,
            new CompilationWithAnalyzersOptions(analyzerOptions, (e, a, _) => thrown.Add(a.GetType().Name + ": " + e), concurrentAnalysis: true, logAnalyzerExecutionTime: false));
        var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync();
        Assert.Empty(thrown);
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        return diagnostics;
    }

    /// <summary>Runs one marked-up file and checks that the findings are exactly the marked spans, each with <paramref name="id"/>.</summary>
    public static async Task<ImmutableArray<Diagnostic>> VerifyAsync(string path, string markup, string id = "SECA007", IDictionary<string, string>? options = null, bool isTestProject = false)
    {
        var (text, spans) = Parse(markup);
        var diagnostics = await RunAsync(new[] { (path, text) }, options: options, isTestProject: isTestProject);
        var actual = diagnostics.Where(d => d.Id.StartsWith("SECA", StringComparison.Ordinal))
            .Select(d => d.Id + " " + text.Substring(d.Location.SourceSpan.Start, d.Location.SourceSpan.Length))
            .OrderBy(s => s, StringComparer.Ordinal)
            .ToArray();
        var expected = spans.Select(s => id + " " + text.Substring(s.Start, s.Length)).OrderBy(s => s, StringComparer.Ordinal).ToArray();
        Assert.Equal(expected, actual);
        foreach (var diagnostic in diagnostics)
        {
            // The line and column the IDE underlines agree with the span.
            var line = SourceText.From(text).Lines.GetLinePosition(diagnostic.Location.SourceSpan.Start);
            Assert.Equal(line, diagnostic.Location.GetLineSpan().StartLinePosition);
            Assert.Equal(path.StartsWith("/", StringComparison.Ordinal) ? path : Root + path, diagnostic.Location.GetLineSpan().Path);
        }

        return diagnostics;
    }

    /// <summary>The text without its <c>[|</c> and <c>|]</c> marks, and the spans they marked.</summary>
    public static (string Text, List<TextSpan> Spans) Parse(string markup)
    {
        var text = new StringBuilder();
        var spans = new List<TextSpan>();
        var open = -1;
        for (var i = 0; i < markup.Length; i++)
        {
            if (i + 1 < markup.Length && markup[i] == '[' && markup[i + 1] == '|')
            {
                open = text.Length;
                i++;
            }
            else if (i + 1 < markup.Length && markup[i] == '|' && markup[i + 1] == ']')
            {
                spans.Add(TextSpan.FromBounds(open, text.Length));
                i++;
            }
            else
            {
                text.Append(markup[i]);
            }
        }

        return (text.ToString(), spans);
    }
}
