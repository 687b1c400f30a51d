using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using SecretAnalyzers.Tests.Infrastructure;
using static SecretAnalyzers.Tests.ConfigFiles.ConfigFileHarness;

namespace SecretAnalyzers.Tests.ConfigFiles;

/// <summary>SECA010: each option that does nothing because its value is not understood, once per compilation.</summary>
public sealed class ConfigurationMistakeTests
{
    private static async Task<string[]> MessagesAsync(Dictionary<string, string> options, string csharp = "class C { }")
    {
        var diagnostics = await RunAsync(System.Array.Empty<(string, string)>(), csharp: csharp, options: options);
        return diagnostics.Where(d => d.Id == "SECA010").Select(d => d.GetMessage()).OrderBy(m => m, System.StringComparer.Ordinal).ToArray();
    }

    [Fact]
    public async Task A_correct_configuration_reports_nothing()
    {
        Assert.Empty(await MessagesAsync(new Dictionary<string, string>
        {
            ["secret_analyzers.disabled_providers"] = "openai, twilio jwt",
            ["secret_analyzers.allowed_fingerprints"] = "3f9a1c2b7d4e,0C1D2E3F4A5B",
            ["secret_analyzers.fix_style"] = "Environment",
            ["secret_analyzers.report_dummy_keys_in_tests"] = "true",
            ["secret_analyzers.cors_report_development"] = "False",
            ["secret_analyzers.secret_provider"] = "Contoso.ISecretStore.GetSecret",
            ["dotnet_diagnostic.SECA001.severity"] = "error",
        }, "namespace Contoso { public interface ISecretStore { string GetSecret(string name); } }"));
    }

    [Fact]
    public async Task An_unknown_provider_key_is_reported_with_the_one_meant()
    {
        Assert.Equal(
            new[]
            {
                "SecretAnalyzers ignores 'open-ai' in secret_analyzers.disabled_providers: no provider has this key (did you mean 'openai'?)",
                "SecretAnalyzers ignores 'paypal' in secret_analyzers.disabled_providers: no provider has this key; the keys are listed in docs/configuration.md",
            },
            await MessagesAsync(new Dictionary<string, string> { ["secret_analyzers.disabled_providers"] = "open-ai, paypal, stripe" }));
    }

    [Fact]
    public async Task A_malformed_fingerprint_is_reported()
    {
        Assert.Equal(
            new[]
            {
                "SecretAnalyzers ignores '3f9a1c2b7d4e0' in secret_analyzers.allowed_fingerprints: a fingerprint is the 12 hexadecimal digits a finding's message shows",
                "SecretAnalyzers ignores 'zz9a1c2b7d4e' in secret_analyzers.allowed_fingerprints: a fingerprint is the 12 hexadecimal digits a finding's message shows",
            },
            await MessagesAsync(new Dictionary<string, string> { ["secret_analyzers.allowed_fingerprints"] = "3f9a1c2b7d4e0, zz9a1c2b7d4e, 0c1d2e3f4a5b" }));
    }

    [Fact]
    public async Task An_unknown_option_an_unknown_style_a_missing_provider_and_a_flag_that_is_no_flag_are_reported()
    {
        var messages = await MessagesAsync(new Dictionary<string, string>
        {
            ["secret_analyzers.disabledproviders"] = "jwt",
            ["secret_analyzers.ignore_tests"] = "true",
            ["secret_analyzers.fix_style"] = "vault",
            ["secret_analyzers.secret_provider"] = "Contoso.Missing.GetSecret",
            ["secret_analyzers.cors_report_development"] = "yes",
        });
        Assert.Equal(
            new[]
            {
                "SecretAnalyzers ignores 'Contoso.Missing.GetSecret' in secret_analyzers.secret_provider: no public method of that name in this compilation takes the key as its one string parameter and returns a string (write Namespace.Type.Method)",
                "SecretAnalyzers ignores 'secret_analyzers.disabledproviders' in secret_analyzers.disabledproviders: no such option (did you mean 'secret_analyzers.disabled_providers'?)",
                "SecretAnalyzers ignores 'secret_analyzers.ignore_tests' in secret_analyzers.ignore_tests: no such option; the options are listed in docs/configuration.md",
                "SecretAnalyzers ignores 'vault' in secret_analyzers.fix_style: the fix styles are configuration, environment and provider",
                "SecretAnalyzers ignores 'yes' in secret_analyzers.cors_report_development: the value is true or false",
            },
            messages);
    }

    [Fact]
    public async Task A_mistake_is_reported_once_however_many_files_carry_it()
    {
        var diagnostics = await RunAsync(
            new[] { ("appsettings.json", "{ }"), (".env", "A=1\n") },
            csharp: "class C { }",
            options: new Dictionary<string, string> { ["secret_analyzers.disabled_providers"] = "open-ai" },
            globalOptions: new Dictionary<string, string> { ["secret_analyzers.disabled_providers"] = "open-ai" });
        var mistake = Assert.Single(diagnostics, d => d.Id == "SECA010");
        Assert.Equal(Microsoft.CodeAnalysis.Location.None, mistake.Location);
    }
}
