using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SecretAnalyzers.Benchmarks;

/// <summary>
/// Second references beside the floor: what any analyzer pays that reads each literal's value and does nothing else
/// with it, either its length only (the first gate of any content check) or every character once. Reading a value
/// the floor never touches costs memory traffic of its own (the value strings are not where the syntax nodes are),
/// so these show how much of the literal rule's cost is its own work.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ReadFloorAnalyzer : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Never = new("FLOOR02", "Never reported", "Never reported", "Benchmark", DiagnosticSeverity.Warning, isEnabledByDefault: true);

    private static int checksum;

    private readonly bool readCharacters;

    public ReadFloorAnalyzer()
        : this(readCharacters: true)
    {
    }

    public ReadFloorAnalyzer(bool readCharacters)
    {
        this.readCharacters = readCharacters;
    }

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Never);

    /// <summary>Keeps the reads observable, so that the JIT cannot drop them.</summary>
    public static int Checksum => checksum;

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.RegisterSyntaxNodeAction(readCharacters ? ReadLiteral : ReadLength, SyntaxKind.StringLiteralExpression, SyntaxKind.Utf8StringLiteralExpression);
        context.RegisterSyntaxNodeAction(static _ => { }, SyntaxKind.AddExpression, SyntaxKind.InterpolatedStringExpression);
    }

    private static string Value(SyntaxNodeAnalysisContext context) => ((LiteralExpressionSyntax)context.Node).Token.Value as string ?? "";

    private static void ReadLength(SyntaxNodeAnalysisContext context) => Interlocked.Add(ref checksum, Value(context).Length & 1);

    private static void ReadLiteral(SyntaxNodeAnalysisContext context)
    {
        var sum = 0;
        foreach (var c in Value(context))
        {
            sum += c;
        }

        Interlocked.Add(ref checksum, sum & 1);
    }
}
