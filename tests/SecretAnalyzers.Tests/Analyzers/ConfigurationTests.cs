using System.Threading.Tasks;
using SecretAnalyzers.Tests.Infrastructure;
using Verify = SecretAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<SecretAnalyzers.HardCodedSecretAnalyzer>;

namespace SecretAnalyzers.Tests.Analyzers;

/// <summary>The <c>.editorconfig</c> options: a provider turned off, a finding accepted by fingerprint.</summary>
public class ConfigurationTests
{
    private static readonly string Stripe = SyntheticTokens.StripeLiveSecret(21);
    private static readonly string GitHub = SyntheticTokens.GitHubClassic("p", 21);

    [Theory]
    [InlineData("stripe", false, true)]
    [InlineData("github", true, false)]
    [InlineData("Stripe, GitHub", false, false)]
    [InlineData("aws slack", true, true)]
    [InlineData("stripes", true, true)]
    public Task Disabled_providers_are_not_reported(string value, bool stripeReported, bool gitHubReported)
    {
        var test = new Verify.Test
        {
            TestCode = $$"""
                class C
                {
                    string S = "{{(stripeReported ? "{|SECA001:" : "")}}{{Stripe}}{{(stripeReported ? "|}" : "")}}";
                    string G = "{{(gitHubReported ? "{|SECA001:" : "")}}{{GitHub}}{{(gitHubReported ? "|}" : "")}}";
                }
                """,
        };
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n[*.cs]\nsecret_analyzers.disabled_providers = " + value + "\n"));
        return test.RunAsync();
    }

    [Fact]
    public Task Accepted_fingerprint_silences_that_finding_only()
    {
        var test = new Verify.Test
        {
            TestCode = $$"""
                class C
                {
                    string Accepted = "{{Stripe}}";
                    string Other = "{|SECA001:{{SyntheticTokens.StripeLiveSecret(22)}}|}";
                }
                """,
        };
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n[*.cs]\nsecret_analyzers.allowed_fingerprints = 000000000000, " + Fingerprints.Of(Stripe) + "\n"));
        return test.RunAsync();
    }

    [Fact]
    public Task Severity_is_configured_the_standard_way()
    {
        var test = new Verify.Test { TestCode = $$"""class C { string S = "{{Stripe}}"; }""" };
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n[*.cs]\ndotnet_diagnostic.SECA001.severity = none\n"));
        return test.RunAsync();
    }
}
