using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SecretAnalyzers.Sinks;

namespace SecretAnalyzers;

/// <summary>
/// SECA002: a Stripe.net member that takes a secret key or webhook signing secret (<c>StripeConfiguration.ApiKey</c>, <c>new StripeClient(apiKey)</c>, <c>EventUtility.ConstructEvent(…, secret)</c>) is given a hard-coded value.
/// Matched by symbol through the rows of <see cref="SinkTable"/>; registers nothing in a compilation that
/// references none of their types.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class StripeSdkKeyAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.StripeSdkLiteralKey, Descriptors.StaleBaselineEntry);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        SinkAnalysis.Register(context, SinkRule.Stripe);
    }
}
