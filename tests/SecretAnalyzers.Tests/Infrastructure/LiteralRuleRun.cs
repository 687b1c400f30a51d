using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using SecretAnalyzers.Tests.ConfigFiles;

namespace SecretAnalyzers.Tests.Infrastructure;

/// <summary>SECA001/SECA008 run directly on C# source, for tests that look at the diagnostics themselves rather than at markup.</summary>
internal static class LiteralRuleRun
{
    /// <summary>One file, <c>/0/Test0.cs</c> as the markup tests name it, against the core library only.</summary>
    public static Compilation Compile(string source) => CSharpCompilation.Create(
        "Test",
        new[] { CSharpSyntaxTree.ParseText(source, path: "/0/Test0.cs") },
        new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) },
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

    public static Task<ImmutableArray<Diagnostic>> AnalyzeAsync(string source, IDictionary<string, string>? options = null) =>
        AnalyzeAsync(Compile(source), options);

    /// <summary>The literal rule's diagnostics, with <paramref name="options"/> as every file's .editorconfig options; no analyzer may fail.</summary>
    public static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(Compilation compilation, IDictionary<string, string>? options = null)
    {
        var analyzerOptions = new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, new DictionaryOptionsProvider(perFile: options));
        var withAnalyzers = compilation.WithAnalyzers(
            ImmutableArray.Create<DiagnosticAnalyzer>(new HardCodedSecretAnalyzer()),
            new CompilationWithAnalyzersOptions(analyzerOptions, onAnalyzerException: null, concurrentAnalysis: true, logAnalyzerExecutionTime: false));
        var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync();
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        return diagnostics;
    }
}
