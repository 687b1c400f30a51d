using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace SecretAnalyzers.Tests.Verifiers;

/// <summary>Markup-based code-fix tests (Fix All included) against the .NET 8 reference assemblies.</summary>
public static class CSharpCodeFixVerifier<TAnalyzer, TCodeFix>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    /// <summary>The rule's own descriptor, the first of its id: a summary of findings past a limit shares the id.</summary>
    public static DiagnosticResult Diagnostic(string id) => new(System.Linq.Enumerable.First(new TAnalyzer().SupportedDiagnostics, d => d.Id == id));

    public static Task VerifyCodeFixAsync(string source, string fixedSource, params DiagnosticResult[] expected)
    {
        var test = new Test { TestCode = source, FixedCode = fixedSource };
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    public sealed class Test : CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
    {
        public Test()
        {
            ReferenceAssemblies = ReferenceAssemblies.Net.Net80;

            // Markup {|SECA001:…|} means the rule's finding; its summary descriptor (same id) is named explicitly.
            MarkupOptions = MarkupOptions.UseFirstDescriptor;
        }
    }
}
