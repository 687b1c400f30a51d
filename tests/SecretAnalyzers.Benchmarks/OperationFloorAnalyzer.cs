using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace SecretAnalyzers.Benchmarks;

/// <summary>
/// The floor of the sink rules: an analyzer on the operation kinds they register (calls, object creations, property
/// assignments) that reads each argument's or assigned value's constant and does nothing with it.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class OperationFloorAnalyzer : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Never = new("FLOOR03", "Never reported", "Never reported", "Benchmark", DiagnosticSeverity.Warning, isEnabledByDefault: true);

    private static int checksum;

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Never);

    /// <summary>Keeps the reads observable, so that the JIT cannot drop them.</summary>
    public static int Checksum => checksum;

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.RegisterOperationAction(ReadArguments, OperationKind.Invocation, OperationKind.ObjectCreation);
        context.RegisterOperationAction(ReadAssigned, OperationKind.SimpleAssignment, OperationKind.CoalesceAssignment);
    }

    private static void ReadArguments(OperationAnalysisContext context)
    {
        var arguments = context.Operation is IInvocationOperation invocation ? invocation.Arguments : ((IObjectCreationOperation)context.Operation).Arguments;
        var sum = 0;
        foreach (var argument in arguments)
        {
            sum += argument.Value.ConstantValue.HasValue ? 1 : 0;
        }

        Interlocked.Add(ref checksum, sum & 1);
    }

    private static void ReadAssigned(OperationAnalysisContext context) =>
        Interlocked.Add(ref checksum, ((IAssignmentOperation)context.Operation).Value.ConstantValue.HasValue ? 1 : 0);
}
