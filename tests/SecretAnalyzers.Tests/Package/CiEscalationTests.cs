using System;
using System.Collections.Generic;
using System.IO;
using SecretAnalyzers.Tests.Infrastructure;

namespace SecretAnalyzers.Tests.Package;

/// <summary>
/// The packed package in a consumer project: a warning on a developer's machine, a build-breaking error in CI with no
/// setup (each CI signal alone), and the switch and the project's own .editorconfig that override it.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class CiEscalationTests : IDisposable
{
    private readonly PackedPackage package;
    private readonly string folder = Path.Combine(Path.GetTempPath(), "secretanalyzers-ci-" + Guid.NewGuid().ToString("N"));

    public CiEscalationTests(PackedPackage package) => this.package = package;

    [Fact]
    public void A_hard_coded_key_warns_on_a_developer_machine_and_fails_the_build_in_CI()
    {
        var live = SyntheticTokens.StripeLiveSecret(91);
        var test = SyntheticTokens.StripeTestSecret(92);
        CreateConsumer("public static class Keys { public const string Live = \"" + live + "\"; public const string Test = \"" + test + "\"; }\n");
        var (restored, restoreOutput) = Repository.Dotnet(folder, "restore", "-nologo");
        Assert.True(restored == 0, restoreOutput);

        var local = Build(new Dictionary<string, string>());
        Assert.True(local.ExitCode == 0, local.Output);
        Assert.Contains("warning SECA001", local.Output, StringComparison.Ordinal);

        foreach (var (name, value) in new[] { ("CI", "true"), ("TF_BUILD", "True"), ("GITHUB_ACTIONS", "true") })
        {
            var ci = Build(new Dictionary<string, string> { [name] = value });
            Assert.True(ci.ExitCode != 0, name + "=" + value + " should fail the build:\n" + ci.Output);
            Assert.Contains("error SECA001", ci.Output, StringComparison.Ordinal);

            // Test-mode keys stay information, in CI too.
            Assert.DoesNotContain("error SECA008", ci.Output, StringComparison.Ordinal);
        }

        var continuous = Build(new Dictionary<string, string>(), "-p:ContinuousIntegrationBuild=true");
        Assert.True(continuous.ExitCode != 0 && continuous.Output.Contains("error SECA001", StringComparison.Ordinal), continuous.Output);

        var always = Build(new Dictionary<string, string>(), "-p:SecretAnalyzersTreatAsErrors=true");
        Assert.True(always.ExitCode != 0 && always.Output.Contains("error SECA001", StringComparison.Ordinal), always.Output);

        var never = Build(new Dictionary<string, string> { ["CI"] = "true" }, "-p:SecretAnalyzersTreatAsErrors=false");
        Assert.True(never.ExitCode == 0, never.Output);
        Assert.Contains("warning SECA001", never.Output, StringComparison.Ordinal);

        // The project's own .editorconfig beats the package's CI configuration.
        File.WriteAllText(Path.Combine(folder, ".editorconfig"), "root = true\n[*.cs]\ndotnet_diagnostic.SECA001.severity = warning\n");
        var chosen = Build(new Dictionary<string, string> { ["CI"] = "true" });
        Assert.True(chosen.ExitCode == 0, chosen.Output);
        Assert.Contains("warning SECA001", chosen.Output, StringComparison.Ordinal);

        foreach (var output in new[] { local.Output, never.Output, continuous.Output })
        {
            Assert.False(Leaks.AnyFiveCharacterRun(live[8..], output), "the build output shows part of a secret");
        }
    }

    [Fact]
    public void The_SARIF_log_holds_no_secret_in_any_field_and_every_rule_its_help_uri()
    {
        var live = SyntheticTokens.StripeLiveSecret(93);
        var suppressed = SyntheticTokens.GitHubClassic("p", 94);
        const string Password = "Winter-Harbor-2024!";
        CreateConsumer(
            "public static class Keys\n{\n    public const string Live = \"" + live + "\";\n"
            + "#pragma warning disable SECA001 // accepted in this test\n    public const string Accepted = \"" + suppressed + "\";\n#pragma warning restore SECA001\n"
            + "    public static System.Net.NetworkCredential Mail() => new System.Net.NetworkCredential(\"mailer\", \"" + Password + "\");\n}\n");
        var sarif = Path.Combine(folder, "out.sarif");

        // The comma of "file,version=2.1" would split the property on the command line: escaped.
        var (exitCode, output) = Repository.Dotnet(folder, "build", "-nologo", "--no-incremental", "-p:ErrorLog=" + sarif + "%2Cversion=2.1");

        Assert.True(exitCode == 0, output);
        var log = File.ReadAllText(sarif);
        Assert.Contains("\"SECA001\"", log, StringComparison.Ordinal);
        Assert.Contains("\"SECA004\"", log, StringComparison.Ordinal);
        Assert.Contains("\"suppressions\"", log, StringComparison.Ordinal);
        // 8 characters: the log carries every rule description of the SDK's analyzers, where a 5-character run of a
        // password such as "inter" occurs in plain English.
        foreach (var secret in new[] { live[8..], suppressed[4..], Password })
        {
            Assert.False(Leaks.AnyRun(secret, log, 8), "the SARIF log holds part of a secret: " + LeakContext(secret, log));
        }

        using var document = System.Text.Json.JsonDocument.Parse(log);
        var rules = document.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("rules");
        var seen = 0;
        foreach (var rule in rules.EnumerateArray())
        {
            var id = rule.GetProperty("id").GetString()!;
            if (id.StartsWith("SECA", StringComparison.Ordinal))
            {
                seen++;
                Assert.Equal(Descriptors.HelpLink(id), rule.GetProperty("helpUri").GetString());
            }
        }

        Assert.True(seen >= 2, "SECA rules in the SARIF log: " + seen);
    }

    /// <summary>Where a leak stands, with the secret's run masked, for the failure message.</summary>
    private static string LeakContext(string secret, string log)
    {
        for (var i = 0; i + 8 <= secret.Length; i++)
        {
            var at = log.IndexOf(secret.Substring(i, 8), StringComparison.Ordinal);
            if (at >= 0)
            {
                return log.Substring(Math.Max(0, at - 80), Math.Min(160, log.Length - Math.Max(0, at - 80))).Replace(secret.Substring(i, 8), "########", StringComparison.Ordinal);
            }
        }

        return "";
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

    private (int ExitCode, string Output) Build(Dictionary<string, string> environment, params string[] properties)
    {
        var arguments = new List<string> { "build", "-nologo", "--no-restore", "--no-incremental" };
        arguments.AddRange(properties);
        return Repository.Dotnet(folder, environment, arguments.ToArray());
    }

    private void CreateConsumer(string keys)
    {
        ConsumerProject.Create(folder, package);
        File.WriteAllText(Path.Combine(folder, "Keys.cs"), keys);
    }
}
