using System;
using System.IO;
using SecretAnalyzers.Tests.Infrastructure;

namespace SecretAnalyzers.Tests.Package;

/// <summary>
/// The .nupkg as `dotnet pack` makes it. CI packs once and passes the file in SECRETANALYZERS_PACKAGE; otherwise the
/// fixture packs the working tree into a temporary folder itself, so the tests also run on their own.
/// </summary>
public sealed class PackedPackage : IDisposable
{
    private readonly string? temporaryFolder;

    public PackedPackage()
    {
        var given = Environment.GetEnvironmentVariable("SECRETANALYZERS_PACKAGE");
        if (!string.IsNullOrEmpty(given))
        {
            FilePath = Path.GetFullPath(given);
            return;
        }

        temporaryFolder = Path.Combine(Path.GetTempPath(), "secretanalyzers-pack-" + Guid.NewGuid().ToString("N"));
        var (exitCode, output) = Repository.Dotnet(Repository.Root, "pack", Repository.Path("src", "SecretAnalyzers.Package", "SecretAnalyzers.Package.csproj"),
            "-c", "Release", "-o", temporaryFolder, "-nologo");
        Assert.True(exitCode == 0, "dotnet pack failed:\n" + output);
        var packages = Directory.GetFiles(temporaryFolder, "*.nupkg");
        Assert.Single(packages);
        FilePath = packages[0];
    }

    public string FilePath { get; }

    public void Dispose()
    {
        if (temporaryFolder is not null && Directory.Exists(temporaryFolder))
        {
            Directory.Delete(temporaryFolder, recursive: true);
        }
    }
}

[CollectionDefinition(Name)]
public sealed class PackageCollection : ICollectionFixture<PackedPackage>
{
    public const string Name = "Packed package";
}
