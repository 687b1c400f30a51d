using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Xml.Linq;

namespace SecretAnalyzers.Tests.Package;

/// <summary>The one package users install: exactly this layout and metadata.</summary>
[Collection(PackageCollection.Name)]
public class PackageLayoutTests
{
    private readonly PackedPackage package;

    public PackageLayoutTests(PackedPackage package) => this.package = package;

    /// <summary>Whether the code-fix assembly holds a code fix: it ships with its first one, and not before.</summary>
    public static bool CodeFixesShip { get; } = typeof(SecretAnalyzers.CodeFixes.CodeFixesAssembly).Assembly.GetTypes()
        .Any(t => !t.IsAbstract && typeof(Microsoft.CodeAnalysis.CodeFixes.CodeFixProvider).IsAssignableFrom(t));

    public static TheoryData<string, bool> ShippedAssemblies()
    {
        var data = new TheoryData<string, bool> { { "SecretAnalyzers.dll", false } };
        if (CodeFixesShip)
        {
            data.Add("SecretAnalyzers.CodeFixes.dll", true);
        }

        return data;
    }

    [Fact]
    public void Package_holds_the_analyzer_assemblies_under_analyzers_and_nothing_to_compile_against()
    {
        using var zip = ZipFile.OpenRead(package.FilePath);
        var files = zip.Entries.Select(e => e.FullName)
            .Where(n => !n.StartsWith("_rels/", System.StringComparison.Ordinal) && !n.StartsWith("package/", System.StringComparison.Ordinal) && n != "[Content_Types].xml")
            .OrderBy(n => n, System.StringComparer.Ordinal)
            .ToArray();

        var expected = new[] { "README.md", "SecretAnalyzers.nuspec", "analyzers/dotnet/cs/SecretAnalyzers.dll", "build/SecretAnalyzers.CI.globalconfig", "build/SecretAnalyzers.props", "build/SecretAnalyzers.targets", "buildTransitive/SecretAnalyzers.CI.globalconfig", "buildTransitive/SecretAnalyzers.props", "buildTransitive/SecretAnalyzers.targets" }
            .Concat(CodeFixesShip ? new[] { "analyzers/dotnet/cs/SecretAnalyzers.CodeFixes.dll" } : System.Array.Empty<string>())
            .OrderBy(n => n, System.StringComparer.Ordinal);
        Assert.Equal(expected, files);
        Assert.StartsWith("SecretAnalyzers.", Path.GetFileName(package.FilePath), System.StringComparison.Ordinal);
    }

    [Fact]
    public void Nuspec_declares_a_development_dependency_with_no_dependencies()
    {
        using var zip = ZipFile.OpenRead(package.FilePath);
        using var stream = zip.GetEntry("SecretAnalyzers.nuspec")!.Open();
        var metadata = XDocument.Load(stream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        string? Value(string name) => metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name)?.Value;

        Assert.Equal("SecretAnalyzers", Value("id"));
        Assert.Equal("true", Value("developmentDependency"));
        Assert.Equal("MIT", Value("license"));
        Assert.Equal("expression", metadata.Elements().Single(e => e.Name.LocalName == "license").Attribute("type")?.Value);
        Assert.Equal("README.md", Value("readme"));
        Assert.Contains("secrets", Value("tags")!.Split(' '));
        Assert.Contains("roslyn", Value("tags")!.Split(' '));
        Assert.StartsWith("https://", metadata.Elements().Single(e => e.Name.LocalName == "repository").Attribute("url")?.Value, System.StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(Value("description")));
        var dependencies = metadata.Elements().SingleOrDefault(e => e.Name.LocalName == "dependencies");
        Assert.True(dependencies is null || !dependencies.Descendants().Any(e => e.Name.LocalName == "dependency"));
    }

    [Theory]
    [MemberData(nameof(ShippedAssemblies))]
    public void Assemblies_target_netstandard_and_Roslyn_4_8_and_are_deterministic(string file, bool mayUseWorkspaces)
    {
        using var zip = ZipFile.OpenRead(package.FilePath);
        using var memory = new MemoryStream();
        using (var entry = zip.GetEntry("analyzers/dotnet/cs/" + file)!.Open())
        {
            entry.CopyTo(memory);
        }

        memory.Position = 0;
        using var pe = new PEReader(memory);
        var reader = pe.GetMetadataReader();
        var references = reader.AssemblyReferences.Select(h => reader.GetAssemblyReference(h)).ToDictionary(r => reader.GetString(r.Name), r => r.Version);

        Assert.Equal(new System.Version(2, 0, 0, 0), references["netstandard"]);
        foreach (var (name, version) in references)
        {
            if (name.StartsWith("Microsoft.CodeAnalysis", System.StringComparison.Ordinal))
            {
                Assert.Equal(new System.Version(4, 8, 0, 0), version);
            }
        }

        if (!mayUseWorkspaces)
        {
            Assert.True(references.ContainsKey("Microsoft.CodeAnalysis.CSharp"));
        }

        Assert.True(mayUseWorkspaces || !references.ContainsKey("Microsoft.CodeAnalysis.Workspaces"));
        Assert.Contains(pe.ReadDebugDirectory(), d => d.Type == DebugDirectoryEntryType.Reproducible);
    }
}
