using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SecretAnalyzers.Tests.Robustness;

/// <summary>Runs every analyzer the package ships over a compilation and collects any exception one of them throws (what the IDE shows as AD0001).</summary>
internal static class AnalyzerRun
{
    public static ImmutableArray<DiagnosticAnalyzer> AllAnalyzers { get; } =
        typeof(HardCodedSecretAnalyzer).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetCustomAttributes(typeof(DiagnosticAnalyzerAttribute), false).Length > 0)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
            .ToImmutableArray();

    /// <summary>The exceptions thrown and the AD0001 diagnostics reported while analyzing, as text; empty when there were none.</summary>
    public static string[] Failures(Compilation compilation)
    {
        var thrown = new ConcurrentBag<string>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
            onAnalyzerException: (exception, analyzer, _) => thrown.Add(analyzer.GetType().Name + ": " + exception.GetType().Name + ": " + exception.Message),
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false);
        var diagnostics = compilation.WithAnalyzers(AllAnalyzers, options).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        return thrown.Concat(diagnostics.Where(d => d.Id == "AD0001").Select(d => d.ToString())).ToArray();
    }
}
