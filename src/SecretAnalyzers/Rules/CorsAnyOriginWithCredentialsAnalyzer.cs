using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SecretAnalyzers.Cors;

namespace SecretAnalyzers;

/// <summary>
/// SECA006: the same, in a policy that also allows credentials. Evaluated over every call on one policy builder by
/// <see cref="CorsPolicies"/>; registers nothing where ASP.NET Core is not referenced.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CorsAnyOriginWithCredentialsAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.CorsAnyOriginWithCredentials);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        CorsPolicies.Register(context, withCredentials: true);
    }
}
