using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace SecretAnalyzers.Tests.Package;

/// <summary>
/// The assemblies inside the packed .nupkg, loaded the way a compiler host loads them (<see cref="AnalyzerFileReference"/>,
/// in a load context of their own, with Roslyn from the host) and run on a compilation. This file is compiled twice:
/// in SecretAnalyzers.Tests against Roslyn 4.8 (the .NET 8 SDK and Visual Studio 17.8, the oldest hosts the package
/// supports), and in SecretAnalyzers.LatestRoslyn.Tests against the newest Roslyn.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class PackedAssemblyTests : IDisposable
{
    private readonly string folder;

    public PackedAssemblyTests(PackedPackage package)
    {
        // The compiler loads analyzers from the package's analyzers/dotnet/cs folder, as extracted here.
        folder = Path.Combine(Path.GetTempPath(), "secretanalyzers-packed-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        using var zip = ZipFile.OpenRead(package.FilePath);
        foreach (var entry in zip.Entries.Where(e => e.FullName.StartsWith("analyzers/dotnet/cs/", StringComparison.Ordinal) && e.FullName.EndsWith(".dll", StringComparison.Ordinal)))
        {
            entry.ExtractToFile(Path.Combine(folder, entry.Name));
        }
    }

    [Fact]
    public void The_host_runs_the_Roslyn_this_project_is_built_for()
    {
        var version = typeof(Compilation).Assembly.GetName().Version!;
#if LATEST_ROSLYN
        Assert.True(version.Major >= 5, "Roslyn " + version);
#else
        Assert.Equal(new Version(4, 8), new Version(version.Major, version.Minor));
#endif
    }

    [Fact]
    public async Task The_packed_analyzers_load_as_file_references_and_report()
    {
        var loader = new PackedLoader(folder);
        var reference = new AnalyzerFileReference(Path.Combine(folder, "SecretAnalyzers.dll"), loader);
        var failures = new List<string>();
        reference.AnalyzerLoadFailed += (_, e) => failures.Add(e.ErrorCode + ": " + e.Message);

        var analyzers = reference.GetAnalyzers(LanguageNames.CSharp);
        Assert.Empty(failures);
        Assert.Equal(
            new[] { "AiSdkKeyAnalyzer", "ConfigFileSecretAnalyzer", "ConfigurationMistakeAnalyzer", "CorsAnyOriginAnalyzer", "CorsAnyOriginWithCredentialsAnalyzer", "CredentialSinkAnalyzer", "HardCodedSecretAnalyzer", "StripeSdkKeyAnalyzer" },
            analyzers.Select(a => a.GetType().Name).OrderBy(n => n, StringComparer.Ordinal));

        // From the package, not from the test's own reference to the project.
        Assert.All(analyzers, a => Assert.Equal(Path.Combine(folder, "SecretAnalyzers.dll"), a.GetType().Assembly.Location));
        Assert.All(analyzers, a => Assert.Same(loader.Context, AssemblyLoadContext.GetLoadContext(a.GetType().Assembly)));

        var diagnostics = await Compile(Source).WithAnalyzers(analyzers).GetAnalyzerDiagnosticsAsync();
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        Assert.Equal(new[] { "SECA001", "SECA004", "SECA008" }, diagnostics.Select(d => d.Id).Distinct().OrderBy(i => i, StringComparer.Ordinal));

        // The secret's own characters, and a message that does not hold it.
        var live = Assert.Single(diagnostics, d => d.Id == "SECA001");
        Assert.Equal(LiveKey, Source.Substring(live.Location.SourceSpan.Start, live.Location.SourceSpan.Length));
        Assert.DoesNotContain(LiveKey.Substring(20, 20), live.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_packed_code_fix_loads_in_the_workspace_and_fixes_a_finding()
    {
        var loader = new PackedLoader(folder);
        var analyzers = new AnalyzerFileReference(Path.Combine(folder, "SecretAnalyzers.dll"), loader).GetAnalyzers(LanguageNames.CSharp);
        var fixes = loader.LoadFromPath(Path.Combine(folder, "SecretAnalyzers.CodeFixes.dll"));
        var providers = fixes.GetTypes()
            .Where(t => !t.IsAbstract && typeof(CodeFixProvider).IsAssignableFrom(t) && t.GetCustomAttributes<ExportCodeFixProviderAttribute>().Any())
            .Select(t => (CodeFixProvider)Activator.CreateInstance(t)!)
            .ToList();
        var provider = Assert.Single(providers, p => p.FixableDiagnosticIds.Contains("SECA001"));

        using var workspace = new AdhocWorkspace();
        var document = workspace.AddProject("Shop", LanguageNames.CSharp)
            .WithCompilationOptions(new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary))
            .WithMetadataReferences(References())
            .AddDocument("Keys.cs", SourceText.From(StaticSource));
        var compilation = (await document.Project.GetCompilationAsync())!;
        var diagnostic = Assert.Single(await compilation.WithAnalyzers(analyzers).GetAnalyzerDiagnosticsAsync(), d => d.Id == "SECA001");

        var actions = new List<CodeAction>();
        await provider.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None));
        var first = Assert.IsType<ApplyChangesOperation>(Assert.Single(await actions[0].GetOperationsAsync(CancellationToken.None)), exactMatch: false);
        var fixedDocument = first.ChangedSolution.GetDocument(document.Id)!;
        var text = (await fixedDocument.GetTextAsync()).ToString();

        // Static code reads the environment; the fixed project compiles and no longer holds the key.
        Assert.Contains("System.Environment.GetEnvironmentVariable(\"STRIPE_SECRET_KEY\")", text, StringComparison.Ordinal);
        Assert.DoesNotContain(LiveKey, text, StringComparison.Ordinal);
        var fixedCompilation = (await fixedDocument.Project.GetCompilationAsync())!;
        Assert.DoesNotContain(fixedCompilation.GetDiagnostics(), d => d.Severity == DiagnosticSeverity.Error);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (UnauthorizedAccessException)
        {
            // A loaded assembly can hold its file on some systems; the temporary folder is left then.
        }
    }

    /// <summary>A synthetic Stripe live key: the prefix and 99 pseudo-random base62 characters, assembled here so that no source file holds one.</summary>
    private static readonly string LiveKey = "sk_" + "live_" + Body(99, seed: 7);

    private static readonly string TestKey = "sk_" + "test_" + Body(99, seed: 8);

    private static readonly string Source =
        "public class Keys\n{\n"
        + "    public string Live = \"" + LiveKey + "\";\n"
        + "    public string Test = \"" + TestKey + "\";\n"
        + "    public System.Net.NetworkCredential Mail() => new System.Net.NetworkCredential(\"mailer\", \"Harbor-Lights-1987\");\n"
        + "}\n";

    private static readonly string StaticSource = "public static class Keys\n{\n    public static string Stripe() => \"" + LiveKey + "\";\n}\n";

    private static string Body(int length, int seed)
    {
        const string Base62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
        var random = new Random(seed);
        var builder = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            builder.Append(Base62[random.Next(Base62.Length)]);
        }

        return builder.ToString();
    }

    private static IEnumerable<MetadataReference> References()
    {
        var platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        return platform.Where(p => Path.GetFileName(p) is "System.Runtime.dll" or "System.Private.CoreLib.dll" or "System.Net.Primitives.dll" or "netstandard.dll")
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p));
    }

    private static Compilation Compile(string source) => CSharpCompilation.Create(
        "Shop",
        new[] { CSharpSyntaxTree.ParseText(source, path: "/shop/Keys.cs") },
        References(),
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

    /// <summary>
    /// Loads the package's assemblies in a context of their own, as the compiler does, and leaves Roslyn and the
    /// framework to the host: the analyzers must run against whichever Roslyn the host has.
    /// </summary>
    private sealed class PackedLoader : IAnalyzerAssemblyLoader
    {
        public PackedLoader(string folder) => Context = new PackedLoadContext(folder);

        public AssemblyLoadContext Context { get; }

        public void AddDependencyLocation(string fullPath)
        {
        }

        public Assembly LoadFromPath(string fullPath) => Context.LoadFromAssemblyPath(fullPath);

        private sealed class PackedLoadContext : AssemblyLoadContext
        {
            private readonly string folder;

            public PackedLoadContext(string folder)
                : base("packed SecretAnalyzers", isCollectible: false) => this.folder = folder;

            protected override Assembly? Load(AssemblyName assemblyName)
            {
                var candidate = Path.Combine(folder, assemblyName.Name + ".dll");
                return File.Exists(candidate) ? LoadFromAssemblyPath(candidate) : null;
            }
        }
    }
}
