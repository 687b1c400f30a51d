using System;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

// A wrapper, never loaded from an assembly; the wrapped analyzer configures concurrency and generated code itself.
#pragma warning disable RS1001, RS1025, RS1026

namespace SecretAnalyzers.Benchmarks;

/// <summary>
/// Runs another analyzer and counts the bytes its syntax-node callbacks allocate, each on its own thread, so that
/// the driver's allocations around the callbacks are not counted, as they are in a process-wide figure.
/// </summary>
public sealed class AllocationCountingAnalyzer : DiagnosticAnalyzer
{
    private readonly DiagnosticAnalyzer inner;
    private long allocatedBytes;
    private long callbacks;

    public AllocationCountingAnalyzer(DiagnosticAnalyzer inner)
    {
        this.inner = inner;
    }

    public long AllocatedBytes => Interlocked.Read(ref allocatedBytes);

    public long Callbacks => Interlocked.Read(ref callbacks);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => inner.SupportedDiagnostics;

    public override void Initialize(AnalysisContext context) => inner.Initialize(new CountingContext(context, this));

    private void Run(Action<SyntaxNodeAnalysisContext> action, SyntaxNodeAnalysisContext context)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        action(context);
        Interlocked.Add(ref allocatedBytes, GC.GetAllocatedBytesForCurrentThread() - before);
        Interlocked.Increment(ref callbacks);
    }

    /// <summary>Passes every registration on; syntax-node actions go through <see cref="Run"/>, the only kind the measured rules register.</summary>
    private sealed class CountingContext : AnalysisContext
    {
        private readonly AnalysisContext context;
        private readonly AllocationCountingAnalyzer owner;

        public CountingContext(AnalysisContext context, AllocationCountingAnalyzer owner)
        {
            this.context = context;
            this.owner = owner;
        }

        public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) =>
            context.RegisterSyntaxNodeAction(nodeContext => owner.Run(action, nodeContext), syntaxKinds);

        public override void EnableConcurrentExecution() => context.EnableConcurrentExecution();

        public override void ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags analysisMode) => context.ConfigureGeneratedCodeAnalysis(analysisMode);

        // The literal rule registers one here: the baseline's end-of-compilation report, which runs once, not per literal.
        public override void RegisterCompilationStartAction(Action<CompilationStartAnalysisContext> action) => context.RegisterCompilationStartAction(action);

        public override void RegisterCompilationAction(Action<CompilationAnalysisContext> action) => Unsupported();

        public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => Unsupported();

        public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) => Unsupported();

        public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) => Unsupported();

        public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => Unsupported();

        public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => Unsupported();

        // An action this wrapper would not count must not pass unnoticed.
        private static void Unsupported() =>
            throw new NotSupportedException("AllocationCountingAnalyzer counts syntax-node actions only; extend it before measuring a rule that registers others.");
    }
}
