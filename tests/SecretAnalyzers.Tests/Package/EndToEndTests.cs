using System;
using System.IO;
using SecretAnalyzers.Tests.Infrastructure;

namespace SecretAnalyzers.Tests.Package;

/// <summary>The packed package restored into a throwaway project from a local feed and built, as a user would.</summary>
[Collection(PackageCollection.Name)]
public sealed class EndToEndTests : IDisposable
{
    private readonly PackedPackage package;
    private readonly string folder = Path.Combine(Path.GetTempPath(), "secretanalyzers-e2e-" + Guid.NewGuid().ToString("N"));

    public EndToEndTests(PackedPackage package) => this.package = package;

    [Fact]
    public void Building_a_project_that_references_the_package_prints_the_diagnostics_redacted()
    {
        var feed = Path.Combine(folder, "feed");
        Directory.CreateDirectory(feed);
        File.Copy(package.FilePath, Path.Combine(feed, Path.GetFileName(package.FilePath)));
        var version = Path.GetFileNameWithoutExtension(package.FilePath).Substring("SecretAnalyzers.".Length);

        var live = SyntheticTokens.StripeLiveSecret(77);
        var test = SyntheticTokens.StripeTestSecret(78);
        var github = SyntheticTokens.GitHubClassic("p", 79);
        File.WriteAllText(Path.Combine(folder, "nuget.config"), $"""
            <configuration>
              <packageSources>
                <add key="local" value="{feed}" />
              </packageSources>
            </configuration>
            """);
        File.WriteAllText(Path.Combine(folder, "Directory.Build.props"), "<Project />");
        File.WriteAllText(Path.Combine(folder, "Directory.Build.targets"), "<Project />");
        File.WriteAllText(Path.Combine(folder, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <RestorePackagesPath>{Path.Combine(folder, "packages")}</RestorePackagesPath>
                <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="SecretAnalyzers" Version="{version}" PrivateAssets="all" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(folder, ".editorconfig"), "root = true\n[*.cs]\ndotnet_diagnostic.SECA008.severity = warning\n");
        File.WriteAllText(Path.Combine(folder, "Keys.cs"), $$"""
            public static class Keys
            {
                public const string Live = "{{live}}";
                public const string Test = "{{test}}";
                public static string GitHub() => "{{github.Substring(0, 10)}}" + "{{github.Substring(10)}}";
                public const string Publishable = "pk_live_{{SyntheticTokens.Random(80, SyntheticTokens.Base62, 99)}}";
            }
            """);

        var (exitCode, output) = Repository.Dotnet(folder, "build", "-nologo", "--no-incremental", "-p:CI=false");

        Assert.True(exitCode == 0, output);
        Assert.Contains("Keys.cs(3,32): warning SECA001: Hard-coded secret: Stripe live secret key (****" + live[^4..] + ", 107 characters; fingerprint " + Fingerprints.Of(live) + ")", output, StringComparison.Ordinal);
        Assert.Contains("Keys.cs(4,32): warning SECA008: Hard-coded test-mode key: Stripe test-mode secret key", output, StringComparison.Ordinal);
        Assert.True(output.Contains("Keys.cs(5,38): warning SECA001: Hard-coded secret: GitHub personal access token", StringComparison.Ordinal), output);
        Assert.DoesNotContain("Keys.cs(6,", output, StringComparison.Ordinal);
        foreach (var secret in new[] { live, test, github })
        {
            Assert.False(Leaks.AnyFiveCharacterRun(secret[8..], output), "the build output shows part of a secret");
        }
    }

    public void Dispose()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
