using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SecretAnalyzers.Sinks;

namespace SecretAnalyzers;

/// <summary>
/// SECA004: an AWS, Azure, SendGrid, GitHub (Octokit) or Twilio credential, a <c>NetworkCredential</c>, or an HTTP authorization header is given a hard-coded secret.
/// Matched by symbol through the rows of <see cref="SinkTable"/>; registers nothing in a compilation that
/// references none of their types.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CredentialSinkAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.CredentialSinkLiteral, Descriptors.StaleBaselineEntry);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        SinkAnalysis.Register(context, SinkRule.Credential);
    }
}
