using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using SecretAnalyzers.Tests.Infrastructure;

namespace SecretAnalyzers.Tests.Package;

/// <summary>
/// The packed package in a consumer project: SECA007 finds secrets in appsettings, .env and launchSettings with no
/// MSBuild item of the user's, once each, at their line and column, and is an error in CI; and the baseline, written
/// from the build's SARIF by the documented command, lets CI pass until a new secret arrives.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class ConfigFileEndToEndTests : IDisposable
{
    private readonly PackedPackage package;
    private readonly string folder = Path.Combine(Path.GetTempPath(), "secretanalyzers-config-" + Guid.NewGuid().ToString("N"));

    public ConfigFileEndToEndTests(PackedPackage package) => this.package = package;

    [Fact]
    public void Configuration_files_are_scanned_with_no_setup_and_a_baseline_accepts_what_was_there()
    {
        var stripe = SyntheticTokens.StripeLiveSecret(71);
        var password = SyntheticTokens.Password(72);
        var openAi = SyntheticTokens.OpenAiProject(73);
        ConsumerProject.Create(folder, package);
        File.WriteAllText(Path.Combine(folder, "Program.cs"), "public static class Program { public static void Main() { } }\n");
        // The user already lists appsettings.json: it must not be read twice.
        var project = Path.Combine(folder, "Consumer.csproj");
        File.WriteAllText(project, File.ReadAllText(project).Replace("</Project>", "  <ItemGroup><AdditionalFiles Include=\"appsettings.json\" /></ItemGroup>\n</Project>", StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(folder, "appsettings.json"), "{\n  \"Logging\": { \"LogLevel\": { \"Default\": \"Information\" } },\n  \"Stripe\": { \"SecretKey\": \"" + stripe + "\" }\n}\n");
        File.WriteAllText(Path.Combine(folder, "appsettings.Production.json"), "{\n  \"AllowedHosts\": \"*\",\n  \"ConnectionStrings\": { \"Shop\": \"Server=db;Authentication=Active Directory Default;\" },\n  \"Stripe\": { \"SecretKey\": \"\" }\n}\n");
        File.WriteAllText(Path.Combine(folder, ".env"), "# local\nDB_PASSWORD=" + password + "\n");
        Directory.CreateDirectory(Path.Combine(folder, "Properties"));
        File.WriteAllText(Path.Combine(folder, "Properties", "launchSettings.json"), "{\n  \"profiles\": {\n    \"Consumer\": {\n      \"environmentVariables\": {\n        \"OPENAI_API_KEY\": \"" + openAi + "\"\n      }\n    }\n  }\n}\n");
        var (restored, restoreOutput) = Repository.Dotnet(folder, "restore", "-nologo");
        Assert.True(restored == 0, restoreOutput);

        // Locally: three warnings, once each, at the value's line and column; the clean production file says nothing.
        var sarif = Path.Combine(folder, "build.sarif");
        var local = Build(new Dictionary<string, string>(), "-p:ErrorLog=" + sarif + "%2Cversion=2.1");
        Assert.True(local.ExitCode == 0, local.Output);
        var results = Results(sarif).Where(r => r.Rule.StartsWith("SECA", StringComparison.Ordinal)).OrderBy(r => Path.GetFileName(r.File), StringComparer.Ordinal).ToArray();
        Assert.Equal(
            new[]
            {
                ("SECA007", ".env", 2, 13),
                ("SECA007", "appsettings.json", 3, 29),
                ("SECA007", "launchSettings.json", 5, 28),
            },
            results.Select(r => (r.Rule, Path.GetFileName(r.File), r.Line, r.Column)));
        foreach (var secret in new[] { stripe[8..], password, openAi[8..] })
        {
            Assert.False(Leaks.AnyRun(secret, local.Output + File.ReadAllText(sarif), 8), "the build output or SARIF shows part of a secret");
        }

        // In CI they are errors; the opt-out property stops the package from adding the files.
        var ci = Build(new Dictionary<string, string> { ["CI"] = "true" });
        Assert.True(ci.ExitCode != 0, ci.Output);
        Assert.Contains("error SECA007", ci.Output, StringComparison.Ordinal);
        var optedOut = Build(new Dictionary<string, string>(), "-p:SecretAnalyzersScanConfigFiles=false");
        // Files the project lists itself are still read.
        var optedOutFindings = optedOut.Output.Split('\n').Where(l => l.Contains("SECA007", StringComparison.Ordinal)).ToArray();
        Assert.NotEmpty(optedOutFindings);
        Assert.All(optedOutFindings, l => Assert.Contains("appsettings.json(", l, StringComparison.Ordinal));

        // The documented command writes the baseline from the SARIF log; with it, CI passes.
        var baseline = Path.Combine(folder, "secrets.baseline.json");
        var (written, writeOutput) = Repository.Dotnet(folder, "run", "--project", Repository.Path("src", "SecretAnalyzers.Baseline"), "--", "--output", baseline, sarif);
        Assert.True(written == 0, writeOutput);
        var entries = File.ReadAllText(baseline);
        Assert.Contains("\"file\": \"appsettings.json\"", entries, StringComparison.Ordinal);
        Assert.Contains("\"file\": \"Properties/launchSettings.json\"", entries, StringComparison.Ordinal);
        foreach (var secret in new[] { stripe[8..], password, openAi[8..] })
        {
            Assert.False(Leaks.AnyRun(secret, entries, 8), "the baseline holds part of a secret");
        }

        var accepted = Build(new Dictionary<string, string> { ["CI"] = "true" });
        Assert.True(accepted.ExitCode == 0, accepted.Output);
        Assert.DoesNotContain("SECA007", accepted.Output, StringComparison.Ordinal);

        // A secret that arrives later still fails CI; one that left makes its entry stale (SECA009, information).
        File.WriteAllText(Path.Combine(folder, "Keys.cs"), "public static class Keys { public const string Live = \"" + SyntheticTokens.StripeLiveSecret(74) + "\"; }\n");
        File.WriteAllText(Path.Combine(folder, ".env"), "# local\nDB_PASSWORD=${VAULT_DB_PASSWORD}\n");
        var later = Build(new Dictionary<string, string> { ["CI"] = "true" }, "-p:ErrorLog=" + sarif + "%2Cversion=2.1");
        Assert.True(later.ExitCode != 0, later.Output);
        Assert.Contains("error SECA001", later.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("SECA007", later.Output, StringComparison.Ordinal);
        var stale = Assert.Single(Results(sarif), r => r.Rule == "SECA009");
        Assert.Equal("secrets.baseline.json", Path.GetFileName(stale.File));

        // Rewriting the baseline from that log drops the stale entry and accepts the new secret.
        (written, writeOutput) = Repository.Dotnet(folder, "run", "--project", Repository.Path("src", "SecretAnalyzers.Baseline"), "--", "--output", baseline, sarif);
        Assert.True(written == 0, writeOutput);
        Assert.DoesNotContain(".env", File.ReadAllText(baseline), StringComparison.Ordinal);
        Assert.Contains("\"file\": \"Keys.cs\"", File.ReadAllText(baseline), StringComparison.Ordinal);
        var rewritten = Build(new Dictionary<string, string> { ["CI"] = "true" });
        Assert.True(rewritten.ExitCode == 0, rewritten.Output);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static List<(string Rule, string File, int Line, int Column)> Results(string sarif)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(sarif));
        var results = new List<(string, string, int, int)>();
        foreach (var result in document.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray())
        {
            var location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
            var region = location.GetProperty("region");
            results.Add((
                result.GetProperty("ruleId").GetString()!,
                new Uri(location.GetProperty("artifactLocation").GetProperty("uri").GetString()!).LocalPath,
                region.GetProperty("startLine").GetInt32(),
                region.GetProperty("startColumn").GetInt32()));
        }

        return results;
    }

    private (int ExitCode, string Output) Build(Dictionary<string, string> environment, params string[] properties)
    {
        var arguments = new List<string> { "build", "-nologo", "--no-restore", "--no-incremental" };
        arguments.AddRange(properties);
        return Repository.Dotnet(folder, environment, arguments.ToArray());
    }
}
