using System;
using System.Collections.Immutable;
using System.Text;
using System.Threading;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

// A measuring tool, never loaded from an assembly.
#pragma warning disable RS1001

namespace SecretAnalyzers.Benchmarks;

/// <summary>
/// SECA007 on a project's configuration files, against a floor that reads each additional file's text and does
/// nothing with it (the first thing the rule must do): a large appsettings.json of mostly ordinary settings and a
/// few secrets, and a .env of the same.
/// </summary>
[MemoryDiagnoser]
public class ConfigFileBenchmarks
{
    private Compilation compilation = null!;
    private AnalyzerOptions options = null!;

    /// <summary>Settings per file.</summary>
    [Params(1_000, 20_000)]
    public int Settings { get; set; }

    [Params(false, true)]
    public bool Floor { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        compilation = Corpus.Compile(new[] { CSharpSyntaxTree.ParseText("class C { }", path: "/shop/C.cs") });
        options = new AnalyzerOptions(ImmutableArray.Create<AdditionalText>(
            new Text("/shop/appsettings.json", Json(Settings)),
            new Text("/shop/.env", DotEnv(Settings))));
    }

    [Benchmark]
    public int AnalyzeConfigurationFiles()
    {
        var analyzer = Floor ? (DiagnosticAnalyzer)new AdditionalFileFloorAnalyzer() : new ConfigFileSecretAnalyzer();
        return compilation.WithAnalyzers(ImmutableArray.Create(analyzer), options).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult().Length;
    }

    /// <summary>Sections of ordinary settings (hosts, timeouts, flags, URLs, paths), one secret in every 500 values.</summary>
    public static string Json(int settings)
    {
        var random = new Random(settings);
        var json = new StringBuilder("{\n");
        for (var i = 0; i < settings; i++)
        {
            json.Append("  \"Section").Append(i).Append("\": { \"").Append(Key(i)).Append("\": \"").Append(Value(random, i)).Append("\" }").Append(i + 1 < settings ? ",\n" : "\n");
        }

        return json.Append("}\n").ToString();
    }

    public static string DotEnv(int settings)
    {
        var random = new Random(settings + 1);
        var env = new StringBuilder();
        for (var i = 0; i < settings; i++)
        {
            env.Append("SETTING_").Append(i).Append('_').Append(Key(i).ToUpperInvariant()).Append('=').Append(Value(random, i)).Append('\n');
        }

        return env.ToString();
    }

    private static string Key(int i) => (i % 6) switch
    {
        0 => "Host",
        1 => "TimeoutSeconds",
        2 => "Enabled",
        3 => "BaseUrl",
        4 => "LogPath",
        _ => i % 500 == 5 ? "ApiKey" : "Name",
    };

    private static string Value(Random random, int i) => (i % 6) switch
    {
        0 => "db" + i + ".internal",
        1 => (i % 120).ToString(System.Globalization.CultureInfo.InvariantCulture),
        2 => "true",
        3 => "https://api.example.com/v" + (i % 3),
        4 => "/var/log/shop/" + i + ".log",
        _ => i % 500 == 5 ? Corpus.Pick(random, "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ", 40) : "Shop service " + i,
    };

    private sealed class Text : AdditionalText
    {
        private readonly SourceText text;

        public Text(string path, string content)
        {
            Path = path;
            text = SourceText.From(content);
        }

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) => text;
    }

    /// <summary>Reads each configuration file's text, as SECA007 must, and reports nothing.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    private sealed class AdditionalFileFloorAnalyzer : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor Never = new("FLOOR07", "Never reported", "Never reported", "Benchmark", DiagnosticSeverity.Warning, isEnabledByDefault: true);

        private static int checksum;

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Never);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterAdditionalFileAction(file => Interlocked.Add(ref checksum, file.AdditionalFile.GetText(file.CancellationToken)?.ToString().Length ?? 0));
        }
    }
}
