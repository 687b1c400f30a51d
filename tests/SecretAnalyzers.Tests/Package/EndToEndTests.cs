using System;
using System.IO;
using System.Linq;
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
        ConsumerProject.Create(folder, package);
        var live = SyntheticTokens.StripeLiveSecret(77);
        var test = SyntheticTokens.StripeTestSecret(78);
        var github = SyntheticTokens.GitHubClassic("p", 79);
        File.WriteAllText(Path.Combine(folder, ".editorconfig"), "root = true\n[*.cs]\ndotnet_diagnostic.SECA008.severity = warning\n[Hidden.cs]\ndotnet_diagnostic.SECA004.severity = none\n");

        // With SECA004 off in .editorconfig, the token it would report at the sink is SECA001's again.
        var bot = SyntheticTokens.GitHubClassic("p", 82);
        File.WriteAllText(Path.Combine(folder, "Hidden.cs"), "public static class Hidden { public static System.Net.NetworkCredential Bot() => new System.Net.NetworkCredential(\"bot\", \"" + bot + "\"); }\n");
        File.WriteAllText(Path.Combine(folder, "Keys.cs"), $$"""
            public static class Keys
            {
                public const string Live = "{{live}}";
                public const string Test = "{{test}}";
                public static string GitHub() => "{{github.Substring(0, 10)}}" + "{{github.Substring(10)}}";
                public const string Publishable = "pk_live_{{SyntheticTokens.Random(80, SyntheticTokens.Base62, 99)}}";
                public static System.Net.NetworkCredential Mail() => new System.Net.NetworkCredential("mailer", "fake");
            }
            """);

        var (exitCode, output) = Repository.Dotnet(folder, "build", "-nologo", "--no-incremental", "-p:CI=false");

        Assert.True(exitCode == 0, output);
        Assert.Contains("Keys.cs(3,33): warning SECA001: Hard-coded Stripe live secret key (****" + live[^4..] + ", 107 characters): read it from configuration or a secret store instead, and rotate it if it was ever committed; to accept it, add fingerprint " + Fingerprints.Of(live) + " to secret_analyzers.allowed_fingerprints or the baseline", output, StringComparison.Ordinal);
        Assert.Contains("Keys.cs(4,33): warning SECA008: Hard-coded Stripe test-mode secret key", output, StringComparison.Ordinal);
        Assert.True(output.Contains("Keys.cs(5,39): warning SECA001: Hard-coded GitHub personal access token", StringComparison.Ordinal), output);
        Assert.DoesNotContain("Keys.cs(6,", output, StringComparison.Ordinal);
        Assert.Contains("Keys.cs(7,102): warning SECA004: .NET 'NetworkCredential(password)' is given a hard-coded password (****, 4 characters)", output, StringComparison.Ordinal);
        Assert.Contains("Hidden.cs(1,123): warning SECA001: Hard-coded GitHub personal access token", output, StringComparison.Ordinal);
        Assert.DoesNotContain(output.Split('\n'), line => line.Contains("Hidden.cs(", StringComparison.Ordinal) && line.Contains("SECA004", StringComparison.Ordinal));
        foreach (var secret in new[] { live, test, github, bot })
        {
            Assert.False(Leaks.AnyFiveCharacterRun(secret[8..], output), "the build output shows part of a secret");
        }

        // The package's props pass IsTestProject to the analyzers: a test project's dummy at a sink is not reported.
        var (testExitCode, testOutput) = Repository.Dotnet(folder, "build", "-nologo", "--no-incremental", "-p:CI=false", "-p:IsTestProject=true");
        Assert.True(testExitCode == 0, testOutput);
        Assert.Contains("Keys.cs(3,33): warning SECA001", testOutput, StringComparison.Ordinal);
        Assert.DoesNotContain("SECA004", testOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void The_README_install_block_adds_the_package_to_a_project_that_then_reports()
    {
        // The block runs as written, but for its first three lines: the feed folder, the pack (done once for all the
        // package tests, as CI does with the same command) and the project folder.
        var readme = File.ReadAllText(Repository.Path("README.md"));
        var block = readme[(readme.IndexOf("```sh", readme.IndexOf("## Install", StringComparison.Ordinal), StringComparison.Ordinal) + 5)..];
        var lines = block[..block.IndexOf("```", StringComparison.Ordinal)].Trim().Split('\n');
        Assert.StartsWith("feed=", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("dotnet pack -c Release -o \"$feed\"", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("cd ", lines[2], StringComparison.Ordinal);
        var version = Path.GetFileNameWithoutExtension(package.FilePath).Substring("SecretAnalyzers.".Length);
        Assert.Contains("dotnet add package SecretAnalyzers --version " + version, lines[^1], StringComparison.Ordinal);

        var project = Path.Combine(folder, "YourProject");
        Directory.CreateDirectory(project);
        File.WriteAllText(Path.Combine(folder, "Directory.Build.props"), "<Project />");
        File.WriteAllText(Path.Combine(folder, "Directory.Build.targets"), "<Project />");
        File.WriteAllText(Path.Combine(folder, "Directory.Packages.props"), "<Project />");
        File.WriteAllText(Path.Combine(project, "YourProject.csproj"), """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
              </PropertyGroup>
            </Project>
            """);
        var live = SyntheticTokens.StripeLiveSecret(81);
        File.WriteAllText(Path.Combine(project, "Keys.cs"), "public static class Keys { public const string Live = \"" + live + "\"; }\n");
        var script = string.Join("\n", new[]
        {
            "set -e",
            "feed=" + Quote(Path.Combine(folder, "feed")),
            "mkdir -p \"$feed\" && cp " + Quote(package.FilePath) + " \"$feed\"",
            "cd " + Quote(project),
        }.Concat(lines[3..]).Append("dotnet build -nologo --no-incremental -p:CI=false"));

        var (exitCode, output) = Bash(folder, script);

        Assert.True(exitCode == 0, output);
        Assert.Contains("Keys.cs(1,56): warning SECA001: Hard-coded Stripe live secret key", output, StringComparison.Ordinal);
        Assert.Contains("<PrivateAssets>all</PrivateAssets>", File.ReadAllText(Path.Combine(project, "YourProject.csproj")), StringComparison.Ordinal);
        Assert.False(Leaks.AnyFiveCharacterRun(live[8..], output), "the build output shows part of a secret");
    }

    private static string Quote(string path) => "'" + path.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    /// <summary>Runs a bash script with its own package cache, so that no stale copy of this version is reused.</summary>
    private (int ExitCode, string Output) Bash(string workingDirectory, string script)
    {
        var start = new System.Diagnostics.ProcessStartInfo("bash")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["NUGET_PACKAGES"] = Path.Combine(folder, "packages");
        foreach (var variable in Repository.CiVariables)
        {
            start.Environment.Remove(variable);
        }

        start.Environment.Remove("MSBuildExtensionsPath");
        start.Environment.Remove("MSBUILD_EXE_PATH");
        start.Environment.Remove("MSBuildSDKsPath");
        using var process = System.Diagnostics.Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.StandardInput.Write(script);
        process.StandardInput.Close();
        if (!process.WaitForExit(TimeSpan.FromMinutes(10)))
        {
            process.Kill(entireProcessTree: true);
        }

        return (process.ExitCode, stdout.GetAwaiter().GetResult() + stderr.GetAwaiter().GetResult());
    }

    public void Dispose()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
