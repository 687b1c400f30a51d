using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SecretAnalyzers.Cors;

namespace SecretAnalyzers;

/// <summary>
/// SECA005: an ASP.NET Core CORS policy lets every origin through (<c>AllowAnyOrigin()</c>, a lone <c>"*"</c>, an origin predicate every origin passes). Evaluated over every call on one policy builder by
/// <see cref="CorsPolicies"/>; registers nothing where ASP.NET Core is not referenced.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CorsAnyOriginAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.CorsAnyOrigin);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        CorsPolicies.Register(context, withCredentials: false);
    }
}
