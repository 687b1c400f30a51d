using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SecretAnalyzers.Benchmarks;

/// <summary>
/// A second reference: what any analyzer pays that reads each literal's characters once and does nothing else
/// with them. Reading a value the floor never touches costs memory traffic of its own (the value strings are
/// not where the syntax nodes are), so this shows how much of the literal rule's cost is its own work.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ReadFloorAnalyzer : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Never = new("FLOOR02", "Never reported", "Never reported", "Benchmark", DiagnosticSeverity.Warning, isEnabledByDefault: true);

    private static int checksum;

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Never);

    /// <summary>Keeps the reads observable, so that the JIT cannot drop them.</summary>
    public static int Checksum => checksum;

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.RegisterSyntaxNodeAction(ReadLiteral, SyntaxKind.StringLiteralExpression, SyntaxKind.Utf8StringLiteralExpression);
        context.RegisterSyntaxNodeAction(static _ => { }, SyntaxKind.AddExpression, SyntaxKind.InterpolatedStringExpression);
    }

    private static void ReadLiteral(SyntaxNodeAnalysisContext context)
    {
        var value = ((LiteralExpressionSyntax)context.Node).Token.Value as string ?? "";
        var sum = 0;
        foreach (var c in value)
        {
            sum += c;
        }

        Interlocked.Add(ref checksum, sum & 1);
    }
}
