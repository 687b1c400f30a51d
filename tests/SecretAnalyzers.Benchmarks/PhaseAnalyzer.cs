using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using SecretAnalyzers.Detection;

// A measuring tool, never loaded from an assembly.
#pragma warning disable RS1001

namespace SecretAnalyzers.Benchmarks;

/// <summary>Which part of the literal rule a <see cref="PhaseAnalyzer"/> runs.</summary>
public enum Phase
{
    /// <summary>The literal callback up to and including the provider scan, reporting nothing.</summary>
    LiteralScan,

    /// <summary>The literal callback's name check (<c>NamedLiterals</c>) on every literal the scan would leave to it.</summary>
    LiteralNames,

    /// <summary>The concatenation and interpolation callback, whole.</summary>
    Composites,

    /// <summary>
    /// The literal callback's first two questions only: the value's length and whether the literal is a piece of a larger
    /// concatenation (its parent). What every other part starts from.
    /// </summary>
    LiteralPlacement,

    /// <summary>The concatenation callback's gate only: whether the expression is a piece, holds a string or is a constant's.</summary>
    CompositeGate,

    /// <summary>The concatenation callback's gate and its flattening into pieces, nothing after.</summary>
    CompositeFlatten,

    /// <summary>The name check's first two questions only: the value gate, and the name found for a value that passes it.</summary>
    NameLookup,
}

/// <summary>
/// One part of SECA001's work on the same syntax kinds, so that the `phases` report can tell where the rule's cost
/// above the floor goes. Reports what the real rule would report in that part, nothing more.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PhaseAnalyzer : DiagnosticAnalyzer
{
    private static int found;

    private readonly Phase phase;

    public PhaseAnalyzer()
        : this(Phase.LiteralScan)
    {
    }

    public PhaseAnalyzer(Phase phase)
    {
        this.phase = phase;
    }

    /// <summary>Keeps the scan's result observable.</summary>
    public static int Found => found;

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => new HardCodedSecretAnalyzer().SupportedDiagnostics;

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        var isComposite = phase is Phase.Composites or Phase.CompositeGate or Phase.CompositeFlatten;
        context.RegisterSyntaxNodeAction(isComposite ? static _ => { } : Literal, SyntaxKind.StringLiteralExpression, SyntaxKind.Utf8StringLiteralExpression);
        context.RegisterSyntaxNodeAction(
            phase == Phase.Composites ? HardCodedSecretAnalyzer.AnalyzeComposite : phase == Phase.CompositeGate ? CompositeGate : phase == Phase.CompositeFlatten ? CompositeFlatten : static _ => { },
            SyntaxKind.AddExpression,
            SyntaxKind.InterpolatedStringExpression);
    }

    private static void CompositeGate(SyntaxNodeAnalysisContext context)
    {
        if (LiteralPieces.IsAnalyzedWhole((ExpressionSyntax)context.Node))
        {
            Interlocked.Increment(ref found);
        }
    }

    private static void CompositeFlatten(SyntaxNodeAnalysisContext context)
    {
        var expression = (ExpressionSyntax)context.Node;
        if (!LiteralPieces.IsAnalyzedWhole(expression))
        {
            return;
        }

        var pieces = Pools.RentPieces();
        LiteralPieces.Flatten(expression, pieces);
        if (pieces.Count > 1)
        {
            Interlocked.Increment(ref found);
        }

        Pools.Return(pieces);
    }

    private void Literal(SyntaxNodeAnalysisContext context)
    {
        var literal = (LiteralExpressionSyntax)context.Node;
        var text = LiteralPieces.StringValue(literal.Token);
        if (text.Length < NamedValues.MinimumPasswordLength || LiteralPieces.IsInsideComposite(literal))
        {
            return;
        }

        if (phase == Phase.LiteralPlacement)
        {
            Interlocked.Increment(ref found);
            return;
        }

        if (phase == Phase.LiteralScan)
        {
            for (var position = 0; text.Length >= SecretScanner.MinimumLength && SecretScanner.TryFind(text, position, out var match); position = match.End)
            {
                Interlocked.Increment(ref found);
            }

            return;
        }

        if (phase == Phase.NameLookup)
        {
            if (text.Length <= NamedValues.MaximumLength && NamedLiterals.MayBeCredential(text) && ValueNames.Find(literal).Kind != ValueNameKind.None)
            {
                Interlocked.Increment(ref found);
            }

            return;
        }

        var options = default(SecretOptions?);
        var budget = new ReportBudget(context.Compilation);
        NamedLiterals.Analyze(context, literal, text, ref options, ref budget);
    }
}
