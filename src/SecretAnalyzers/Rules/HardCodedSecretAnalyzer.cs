using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using SecretAnalyzers.Detection;

namespace SecretAnalyzers;

/// <summary>
/// SECA001 and SECA008: string literals, and constants built from them, whose value holds a provider's secret
/// token. One scan of each literal serves both rules. The scan runs on syntax; options, fingerprints and the
/// semantic model are touched only after the scanner has found something.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class HardCodedSecretAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(
            Descriptors.HardCodedSecret,
            Descriptors.TestModeKey,
            Descriptors.StaleBaselineEntry,
            Descriptors.SecretsNotListed,
            Descriptors.SecretsNotListedInFile,
            Descriptors.TestModeKeysNotListed,
            Descriptors.TestModeKeysNotListedInFile);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();

        // Generated files (Settings.Designer.cs, scaffolded DbContexts) leak a secret as surely as hand-written ones.
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.RegisterSyntaxNodeAction(AnalyzeLiteral, SyntaxKind.StringLiteralExpression, SyntaxKind.Utf8StringLiteralExpression);
        context.RegisterSyntaxNodeAction(AnalyzeComposite, SyntaxKind.AddExpression, SyntaxKind.InterpolatedStringExpression);
        context.RegisterCompilationStartAction(start =>
        {
            // The summaries of files whose secrets went past the per-file limit.
            start.RegisterCompilationEndAction(FileTallies.ReportSummaries);
            Baseline.RegisterStaleEntryReport(start, IsOwnEntry);
        });
    }

    /// <summary>SECA001 entries, and SECA008 entries of C# files (configuration files' are SECA007's analyzer's).</summary>
    private static bool IsOwnEntry(BaselineEntry entry) =>
        entry.Rule == DiagnosticIds.HardCodedSecret
        || (entry.Rule == DiagnosticIds.TestModeKey && ConfigFiles.ConfigFileNames.KindOf(entry.File) == ConfigFiles.ConfigFileKind.None);

    private static void AnalyzeLiteral(SyntaxNodeAnalysisContext context)
    {
        var literal = (LiteralExpressionSyntax)context.Node;
        var text = LiteralPieces.StringValue(literal.Token);
        if (text.Length < NamedValues.MinimumPasswordLength || LiteralPieces.IsInsideComposite(literal))
        {
            return;
        }

        // A provider's token first; what holds none may still be a password or secret by its name.
        var options = default(SecretOptions?);
        var budget = new ReportBudget(context.Compilation);
        if (text.Length < SecretScanner.MinimumLength || !ConstantJoiner.ScanAlone(context, literal, new Piece(literal, PieceKind.Literal, text), ref options, ref budget))
        {
            NamedLiterals.Analyze(context, literal, text, ref options, ref budget);
        }

        if (budget.HasUnreported)
        {
            budget.ReportSummaries(literal.GetLocation(), Descriptors.SecretsNotListed, "string", context.ReportDiagnostic);
        }
    }

    /// <summary>A concatenation or interpolation, as a whole. Internal for the benchmarks, which time it alone.</summary>
    internal static void AnalyzeComposite(SyntaxNodeAnalysisContext context)
    {
        var expression = (ExpressionSyntax)context.Node;
        if (!LiteralPieces.IsAnalyzedWhole(expression))
        {
            return;
        }

        var pieces = Pools.RentPieces();
        try
        {
            LiteralPieces.Flatten(expression, pieces);
            var budget = new ReportBudget(context.Compilation);
            ConstantJoiner.Analyze(context, expression, pieces, ref budget);
            if (budget.HasUnreported)
            {
                budget.ReportSummaries(expression.GetLocation(), Descriptors.SecretsNotListed, "expression", context.ReportDiagnostic);
            }
        }
        finally
        {
            Pools.Return(pieces);
        }
    }
}
