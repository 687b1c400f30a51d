using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using SecretAnalyzers.CodeFixes;
using SecretAnalyzers.Tests.Infrastructure;

namespace SecretAnalyzers.Tests.CodeFixes;

/// <summary>Runs the secret fix against the real packages: the result must match and compile, Fix All included.</summary>
internal static class SecretFixHarness
{
    public static async Task RunAsync<TAnalyzer>(
        string source,
        string fixedSource,
        string equivalenceKey,
        PackageIdentity[]? packages = null,
        string? editorConfig = null,
        string? batchFixedSource = null,
        int? codeActionIndex = null,
        Microsoft.CodeAnalysis.OutputKind? outputKind = null)
        where TAnalyzer : DiagnosticAnalyzer, new()
    {
        var test = new CSharpCodeFixTest<TAnalyzer, SecretCodeFixProvider, DefaultVerifier>
        {
            MarkupOptions = Microsoft.CodeAnalysis.Testing.MarkupOptions.UseFirstDescriptor,
            TestCode = source,
            FixedCode = fixedSource,
            CodeActionEquivalenceKey = equivalenceKey,
            CodeActionIndex = codeActionIndex,
            ReferenceAssemblies = await SdkPackages.WithPackagesAsync(ReferenceAssemblies.Net.Net80, packages ?? SdkPackages.Configuration),
        };
        if (outputKind is { } kind)
        {
            test.TestState.OutputKind = kind;
        }

        if (batchFixedSource is not null)
        {
            test.BatchFixedCode = batchFixedSource;
        }

        if (editorConfig is not null)
        {
            test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*]\n" + editorConfig));
        }

        await test.RunAsync();
    }

    /// <summary>The diagnostic is reported and no action of <paramref name="equivalenceKey"/> is offered.</summary>
    public static async Task NoFixAsync<TAnalyzer>(string source, string? equivalenceKey = null, PackageIdentity[]? packages = null, string? editorConfig = null)
        where TAnalyzer : DiagnosticAnalyzer, new()
    {
        var test = new CSharpCodeFixTest<TAnalyzer, SecretCodeFixProvider, DefaultVerifier>
        {
            MarkupOptions = Microsoft.CodeAnalysis.Testing.MarkupOptions.UseFirstDescriptor,
            TestCode = source,
            FixedCode = source,
            CodeActionEquivalenceKey = equivalenceKey,
            ReferenceAssemblies = await SdkPackages.WithPackagesAsync(ReferenceAssemblies.Net.Net80, packages ?? SdkPackages.Configuration),
        };
        if (editorConfig is not null)
        {
            test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*]\n" + editorConfig));
        }

        await test.RunAsync();
    }
}
