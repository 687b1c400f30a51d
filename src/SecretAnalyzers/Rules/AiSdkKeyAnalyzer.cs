using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SecretAnalyzers.Sinks;

namespace SecretAnalyzers;

/// <summary>
/// SECA003: an OpenAI, Azure OpenAI, Azure AI Inference, Semantic Kernel, Microsoft.Extensions.AI or Anthropic client, or an <c>ApiKeyCredential</c>, is given a hard-coded key.
/// Matched by symbol through the rows of <see cref="SinkTable"/>; registers nothing in a compilation that
/// references none of their types.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class AiSdkKeyAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.AiSdkLiteralKey, Descriptors.StaleBaselineEntry);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        SinkAnalysis.Register(context, SinkRule.AiSdk);
    }
}
