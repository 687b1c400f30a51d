using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Threading;
using ICSharpCode.Decompiler;
using ICSharpCode.Decompiler.CSharp.ProjectDecompiler;
using ICSharpCode.Decompiler.Metadata;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace SecretAnalyzers.Benchmarks;

/// <summary>
/// The acceptance run, outside the repository: the packed package over the product code of real open-source
/// libraries (many of them handling credentials themselves), beside the floors and the peer's secret rules. A work
/// folder gets a project that restores the libraries and the peer, each library's assembly decompiled into C#, and
/// each library compiled from that C# against its real dependencies. Prints, per library and in all: compile errors,
/// Roslyn's analyzer execution time of each rule set, the product's findings (place and format, never the value),
/// the peer's finding count, and any analyzer exception.
/// </summary>
public static class Acceptance
{
    // Newest versions that restore here (FACTS.md / the machine's package list). Credential-handling libraries first:
    // their code is full of header names, key parameters and connection-string keywords, the product's hardest case.
    private static readonly (string Package, string Version, string Assembly)[] Libraries =
    {
        ("Stripe.net", "53.1.0", "Stripe.net"),
        ("OpenAI", "2.15.0", "OpenAI"),
        ("AWSSDK.Core", "4.1.0", "AWSSDK.Core"),
        ("Azure.Core", "1.65.0", "Azure.Core"),
        ("Microsoft.Identity.Client", "4.92.0", "Microsoft.Identity.Client"),
        ("Twilio", "8.2.0", "Twilio"),
        ("SendGrid", "9.29.3", "SendGrid"),
        ("Octokit", "14.0.0", "Octokit"),
        ("IdentityModel", "6.2.0", "IdentityModel"),
        ("Google.Apis.Auth", "1.78.0", "Google.Apis.Auth"),
        ("Npgsql", "10.0.3", "Npgsql"),
        ("MySqlConnector", "3.0.0", "MySqlConnector"),
        ("StackExchange.Redis", "3.4.35", "StackExchange.Redis"),
        ("MailKit", "4.18.2", "MailKit"),
        ("MimeKit", "4.18.2", "MimeKit"),
        ("RestSharp", "114.1.0", "RestSharp"),
        ("Newtonsoft.Json", "13.0.4", "Newtonsoft.Json"),
        ("Serilog", "4.4.0", "Serilog"),
        ("Dapper", "2.1.86", "Dapper"),
        ("Polly.Core", "8.9.1", "Polly.Core"),
        ("Humanizer.Core", "3.0.10", "Humanizer"),
        ("FluentValidation", "12.2.0", "FluentValidation"),
        ("YamlDotNet", "18.1.0", "YamlDotNet"),
        ("CsvHelper", "34.0.0", "CsvHelper"),
    };

    // The most used peer: SonarAnalyzer.CSharp, the last version under an open-source licence, with only its rule for
    // hard-coded credentials switched on (S2068, by name). Its entropy rule (S6418) is not in this version, and its JWT
    // key rule (S6781) lives in its symbolic-execution engine, which threw 344 times on Dapper alone in this host.
    private const string PeerPackage = "SonarAnalyzer.CSharp";
    private const string PeerVersion = "9.32.0.97167";
    private static readonly string[] PeerSecretRules = { "S2068" };

    private const int WarmUpRounds = 2;

    private static readonly CompilationWithAnalyzersOptions TimedOptions =
        new(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: true);

    // The peer runs a security-hotspot rule such as S2068 only where its SonarLint.xml lists it, as SonarLint writes it.
    private static readonly CompilationWithAnalyzersOptions PeerTimedOptions =
        new(new AnalyzerOptions(ImmutableArray.Create<AdditionalText>(new PeerSettings())), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: true);

    public static void Run(string workFolder, string packagePath, string filter, int runs)
    {
        workFolder = Path.GetFullPath(workFolder);
        var libraries = Libraries.Where(l => filter.Length == 0 || l.Package.Contains(filter, StringComparison.OrdinalIgnoreCase)).ToArray();
        // Every library is restored whatever the filter, so that runs with different filters share one restore.
        var (bin, packageRoot) = Restore(workFolder, Libraries);
        var product = PackedAnalyzers(packagePath, Path.Combine(workFolder, "package"));
        var peer = LoadAnalyzers(Path.Combine(packageRoot, PeerPackage.ToLowerInvariant(), PeerVersion, "analyzers"), "SonarAnalyzer.CSharp.dll");
        var peerOptions = PeerOnlySecretRules(peer);
        Console.WriteLine($"acceptance: {libraries.Length} libraries, the packed package {Path.GetFileName(packagePath)} ({product.Length} analyzers), {PeerPackage} {PeerVersion} ({peer.Length} analyzers, rules {string.Join(", ", PeerSecretRules)}); best of {runs} interleaved runs of Roslyn's analyzer execution time");
        Console.WriteLine($"  {"library",-26} {"files",6} {"literals",9} {"errors",6} {"bind ms",8} {"floor",7} {"floors",7} {"literal",8} {"product",8} {"peer",9}  {"lit/fl",6} {"all/fls",7} {"peer/all",8} {"% bind",6} findings");

        var totals = new double[6];
        var allFindings = new List<string>();
        var exceptions = 0;
        var peerExceptions = 0;
        var byAnalyzer = new SortedDictionary<string, double>(StringComparer.Ordinal);
        var peerFindings = 0;
        Control(product, peer, peerOptions);
        foreach (var library in libraries)
        {
            var source = Decompile(workFolder, bin, library.Assembly);
            var compilation = Compile(source, bin, library.Assembly);
            var errors = compilation.GetDiagnostics().Count(d => d.Severity == DiagnosticSeverity.Error);
            var literals = compilation.SyntaxTrees.Sum(t => t.GetRoot().DescendantTokens().Count(k => k.IsKind(SyntaxKind.StringLiteralToken)));
            var bind = BestBind(compilation, runs);

            var sets = new[]
            {
                AnalyzerBenchmarks.Analyzers(RuleSet.LengthFloor),
                AnalyzerBenchmarks.Analyzers(RuleSet.BothFloors),
                product.Where(a => a.GetType().Name == "HardCodedSecretAnalyzer").ToImmutableArray(),
                product,
            };
            var times = Enumerable.Repeat(double.MaxValue, sets.Length + 1).ToArray();
            var peerCompilation = compilation.WithOptions(peerOptions);
            for (var round = 0; round < runs + WarmUpRounds; round++)
            {
                for (var i = 0; i <= sets.Length; i++)
                {
                    var time = i < sets.Length ? ExecutionTime(sets[i], compilation, TimedOptions) : ExecutionTime(peer, peerCompilation, PeerTimedOptions);
                    times[i] = round < WarmUpRounds ? times[i] : Math.Min(times[i], time);
                }
            }

            // Where the product's time goes, by analyzer, from one more run.
            var detail = compilation.WithAnalyzers(product, TimedOptions);
            detail.GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
            foreach (var analyzer in product)
            {
                byAnalyzer.TryGetValue(analyzer.GetType().Name, out var sum);
                byAnalyzer[analyzer.GetType().Name] = sum + detail.GetAnalyzerTelemetryInfoAsync(analyzer, default).GetAwaiter().GetResult().ExecutionTime.TotalMilliseconds;
            }

            var found = compilation.WithAnalyzers(product).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
            var peerFound = peerCompilation.WithAnalyzers(peer, PeerTimedOptions).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
            exceptions += found.Count(d => d.Id == "AD0001");
            peerExceptions += peerFound.Count(d => d.Id == "AD0001");
            foreach (var message in found.Concat(peerFound).Where(d => d.Id == "AD0001").Select(d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)).Distinct().Take(5))
            {
                Console.WriteLine("  AD0001 " + message.Split('\n')[0]);
            }

            var ours = found.Where(d => d.Id.StartsWith("SECA", StringComparison.Ordinal)).ToArray();
            peerFindings += peerFound.Count(d => PeerSecretRules.Contains(d.Id));
            foreach (var diagnostic in ours)
            {
                var span = diagnostic.Location.GetLineSpan();
                allFindings.Add($"{library.Package}/{span.Path}({span.StartLinePosition.Line + 1}): {diagnostic.Id} {(diagnostic.Properties.TryGetValue("FormatId", out var format) ? format : "")}");
            }

            Console.WriteLine($"  {library.Package,-26} {compilation.SyntaxTrees.Count(),6} {literals,9:N0} {errors,6} {bind,8:F0} {times[0],7:F1} {times[1],7:F1} {times[2],8:F1} {times[3],8:F1} {times[4],9:F1}  {times[2] / times[0],6:F2} {times[3] / times[1],7:F2} {times[4] / times[3],8:F0} {100 * times[3] / bind,6:F2} {ours.Length} ours, {peerFound.Count(d => PeerSecretRules.Contains(d.Id))} peer's");
            totals[0] += bind;
            for (var i = 0; i < times.Length; i++)
            {
                totals[i + 1] += times[i];
            }
        }

        Console.WriteLine($"  {"all",-26} {"",6} {"",9} {"",6} {totals[0],8:F0} {totals[1],7:F1} {totals[2],7:F1} {totals[3],8:F1} {totals[4],8:F1} {totals[5],9:F1}  {totals[3] / totals[1],6:F2} {totals[4] / totals[2],7:F2} {totals[5] / totals[4],8:F0} {100 * totals[4] / totals[0],6:F2}");
        Console.WriteLine($"  columns: floor = length floor (syntax); floors = length floor + operation floor; literal = SECA001/SECA008; product = every packed analyzer; peer = {PeerPackage}'s secret rules; % bind = product as a share of binding the library (GetDiagnostics)");
        Console.WriteLine($"  the product's findings: {allFindings.Count}; the peer's: {peerFindings}; the product's analyzer exceptions (AD0001): {exceptions}; the peer's: {peerExceptions}");
        Console.WriteLine("  the product by analyzer, all libraries, one run: " + string.Join(", ", byAnalyzer.Select(e => $"{e.Key} {e.Value:F1} ms")));
        foreach (var finding in allFindings)
        {
            Console.WriteLine("    " + finding);
        }
    }

    /// <summary>
    /// Both rule sets on a few lines each must report, so that a silent column means a clean library, not a rule set
    /// that did not run (the peer runs only where its options leave a rule on).
    /// </summary>
    private static void Control(ImmutableArray<DiagnosticAnalyzer> product, ImmutableArray<DiagnosticAnalyzer> peer, CSharpCompilationOptions peerOptions)
    {
        // A password by its name (both sets' rule for it), assembled here so that this file holds no credential.
        var value = "Correct" + "Horse7" + "Battery";
        var source = "class Control { void Connect() { string password = \"" + value + "\"; System.Console.WriteLine(password); } }";
        var compilation = Corpus.Compile(new[] { CSharpSyntaxTree.ParseText(source) });
        var ours = compilation.WithAnalyzers(product).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult().Count(d => d.Id.StartsWith("SECA", StringComparison.Ordinal));
        var theirs = compilation.WithOptions(peerOptions).WithAnalyzers(peer, PeerTimedOptions).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult().Count(d => PeerSecretRules.Contains(d.Id));
        Console.WriteLine($"  control (a password by its name): the product reports {ours}, the peer {theirs}");
        if (ours == 0 || theirs == 0)
        {
            throw new InvalidOperationException("a rule set did not report the control's password: its figures would measure nothing");
        }
    }

    /// <summary>A project in the work folder that restores the libraries (copied to its output) and downloads the peer.</summary>
    private static (string Bin, string PackageRoot) Restore(string workFolder, (string Package, string Version, string Assembly)[] libraries)
    {
        var project = Path.Combine(workFolder, "libraries");
        Directory.CreateDirectory(project);
        var references = string.Concat(libraries.Select(l => $"    <PackageReference Include=\"{l.Package}\" Version=\"{l.Version}\" />\n"));
        var projectFile = Path.Combine(project, "libraries.csproj");
        var rootFile = Path.Combine(project, "package-root.txt");
        var text = $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <CopyLocalLockFileAssemblies>true</CopyLocalLockFileAssemblies>
                <NoWarn>$(NoWarn);NU1603;NU1608;NU1701</NoWarn>
              </PropertyGroup>
              <ItemGroup>
            {references}    <PackageDownload Include="{PeerPackage}" Version="[{PeerVersion}]" />
              </ItemGroup>
              <Target Name="WritePackageRoot" AfterTargets="Build">
                <WriteLinesToFile File="$(MSBuildProjectDirectory)/package-root.txt" Lines="$(NuGetPackageRoot)" Overwrite="true" />
              </Target>
            </Project>
            """;
        if (File.Exists(rootFile) && File.Exists(projectFile) && File.ReadAllText(projectFile) == text)
        {
            // Restored by an earlier run for the same libraries.
            return (Path.Combine(project, "bin", "Release", "net10.0"), File.ReadAllText(rootFile).Trim());
        }

        File.WriteAllText(projectFile, text);
        var start = new ProcessStartInfo("dotnet", "build -c Release -nologo -v:q") { WorkingDirectory = project, RedirectStandardOutput = true };
        using (var build = Process.Start(start)!)
        {
            var output = build.StandardOutput.ReadToEnd();
            build.WaitForExit();
            if (build.ExitCode != 0)
            {
                throw new InvalidOperationException("restoring the libraries failed:\n" + output);
            }
        }

        return (Path.Combine(project, "bin", "Release", "net10.0"), File.ReadAllText(rootFile).Trim());
    }

    /// <summary>The library's assembly as a C# project in the work folder; decompiled once and kept.</summary>
    private static string Decompile(string workFolder, string bin, string assembly)
    {
        var target = Path.Combine(workFolder, "source", assembly);
        if (Directory.Exists(target))
        {
            return target;
        }

        var path = Path.Combine(bin, assembly + ".dll");
        var partial = target + ".partial";
        if (Directory.Exists(partial))
        {
            Directory.Delete(partial, recursive: true);
        }

        Directory.CreateDirectory(partial);
        using (var file = new ICSharpCode.Decompiler.Metadata.PEFile(path))
        {
            var resolver = new UniversalAssemblyResolver(path, throwOnError: false, file.DetectTargetFrameworkId());
            resolver.AddSearchDirectory(bin);
            var settings = new DecompilerSettings(ICSharpCode.Decompiler.CSharp.LanguageVersion.Latest) { ThrowOnAssemblyResolveErrors = false, UseSdkStyleProjectFormat = true };
            var decompiler = new WholeProjectDecompiler(settings, resolver, null, null, null) { MaxDegreeOfParallelism = Environment.ProcessorCount };
            decompiler.DecompileProject(file, partial, CancellationToken.None);
        }

        Directory.Move(partial, target);
        return target;
    }

    private static CSharpCompilation Compile(string folder, string bin, string assembly)
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.Preview);
        var trees = Directory.GetFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), parseOptions, Path.GetRelativePath(folder, f)))
            .ToArray();

        // The library's dependencies as restored, then the framework for whatever they do not provide; never the
        // library's own assembly, whose types the source declares again.
        var libraries = Directory.GetFiles(bin, "*.dll").Where(f => Path.GetFileNameWithoutExtension(f) != assembly && IsAssembly(f)).ToArray();
        var names = new HashSet<string>(libraries.Select(Path.GetFileName)!, StringComparer.OrdinalIgnoreCase);
        var framework = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(f => !names.Contains(Path.GetFileName(f)) && !f.Contains("SecretAnalyzers", StringComparison.Ordinal) && IsFrameworkAssembly(f));
        var references = libraries.Concat(framework).Select(f => MetadataReference.CreateFromFile(f));
        var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, allowUnsafe: true, nullableContextOptions: NullableContextOptions.Enable);
        return CSharpCompilation.Create(assembly, trees, references, options);
    }

    private static bool IsFrameworkAssembly(string path) =>
        path.Contains(Path.DirectorySeparatorChar + "shared" + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private static bool IsAssembly(string path)
    {
        try
        {
            AssemblyName.GetAssemblyName(path);
            return true;
        }
        catch (BadImageFormatException)
        {
            return false;
        }
    }

    private static double BestBind(CSharpCompilation compilation, int runs)
    {
        var best = double.MaxValue;
        for (var i = 0; i < runs + 1; i++)
        {
            var fresh = compilation.WithAssemblyName(compilation.AssemblyName + i);
            var watch = Stopwatch.StartNew();
            fresh.GetDiagnostics();
            best = i == 0 ? best : Math.Min(best, watch.Elapsed.TotalMilliseconds);
        }

        return best;
    }

    private static double ExecutionTime(ImmutableArray<DiagnosticAnalyzer> analyzers, Compilation compilation, CompilationWithAnalyzersOptions options)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var withAnalyzers = compilation.WithAnalyzers(analyzers, options);
        withAnalyzers.GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        var total = TimeSpan.Zero;
        foreach (var analyzer in analyzers)
        {
            total += withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, default).GetAwaiter().GetResult().ExecutionTime;
        }

        return total.TotalMilliseconds;
    }

    /// <summary>The analyzers in the packed .nupkg, extracted and loaded the way a compiler host loads them.</summary>
    private static ImmutableArray<DiagnosticAnalyzer> PackedAnalyzers(string packagePath, string folder)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        ZipFile.ExtractToDirectory(packagePath, folder);
        return LoadAnalyzers(Path.Combine(folder, "analyzers", "dotnet", "cs"), "SecretAnalyzers.dll");
    }

    private static ImmutableArray<DiagnosticAnalyzer> LoadAnalyzers(string folder, string file)
    {
        var reference = new AnalyzerFileReference(Path.Combine(folder, file), new FolderLoader(folder));
        var failures = new List<string>();
        reference.AnalyzerLoadFailed += (_, e) => failures.Add(e.Message);
        var analyzers = reference.GetAnalyzers(LanguageNames.CSharp);
        if (failures.Count > 0 || analyzers.IsEmpty)
        {
            throw new InvalidOperationException($"{file} did not load: {string.Join("; ", failures)}");
        }

        return analyzers;
    }

    /// <summary>Options that leave the peer only its secret rules: every other rule is suppressed, so the driver skips it.</summary>
    private static CSharpCompilationOptions PeerOnlySecretRules(ImmutableArray<DiagnosticAnalyzer> peer)
    {
        var options = peer.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).Distinct()
            .ToDictionary(id => id, id => PeerSecretRules.Contains(id) ? ReportDiagnostic.Warn : ReportDiagnostic.Suppress);
        return new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, allowUnsafe: true, nullableContextOptions: NullableContextOptions.Enable)
            .WithSpecificDiagnosticOptions(options);
    }

    /// <summary>The peer's SonarLint.xml: its credential rule on, with its default words.</summary>
    private sealed class PeerSettings : AdditionalText
    {
        private static readonly SourceText Text = SourceText.From("""
            <?xml version="1.0" encoding="UTF-8"?>
            <AnalysisInput>
              <Settings />
              <Rules>
                <Rule>
                  <Key>S2068</Key>
                  <Parameters>
                    <Parameter><Key>credentialWords</Key><Value>password, passwd, pwd, passphrase</Value></Parameter>
                  </Parameters>
                </Rule>
              </Rules>
              <Files />
            </AnalysisInput>
            """);

        public override string Path => "/acceptance/.sonarlint/SonarLint.xml";

        public override SourceText GetText(CancellationToken cancellationToken = default) => Text;
    }

    private sealed class FolderLoader : IAnalyzerAssemblyLoader
    {
        private readonly FolderLoadContext context;

        public FolderLoader(string folder) => context = new FolderLoadContext(folder);

        public void AddDependencyLocation(string fullPath)
        {
        }

        public Assembly LoadFromPath(string fullPath) => context.LoadFromAssemblyPath(fullPath);

        private sealed class FolderLoadContext : AssemblyLoadContext
        {
            private readonly string folder;

            public FolderLoadContext(string folder)
                : base("analyzers in " + Path.GetFileName(folder), isCollectible: false) => this.folder = folder;

            protected override Assembly? Load(AssemblyName assemblyName)
            {
                var candidate = Path.Combine(folder, assemblyName.Name + ".dll");
                return File.Exists(candidate) ? LoadFromAssemblyPath(candidate) : null;
            }
        }
    }
}
