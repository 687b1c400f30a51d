using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using SecretAnalyzers.Tests.ConfigFiles;
using SecretAnalyzers.Tests.Infrastructure;

namespace SecretAnalyzers.Tests.Analyzers;

/// <summary>
/// At most 10 secrets are listed per literal and 100 per file; the rest are counted in one summary diagnostic of the
/// same rule, at the literal or at the first unlisted finding of the file.
/// </summary>
public class ReportLimitTests
{
    [Fact]
    public async Task A_literal_lists_ten_secrets_and_counts_the_rest_in_one_summary()
    {
        var tokens = Enumerable.Range(1, 15).Select(i => SyntheticTokens.GitHubClassic("p", 100 + i)).ToArray();
        var source = "class C { string Tokens = \"" + string.Join("\\n", tokens) + "\"; }";
        var diagnostics = await LiteralRuleRun.AnalyzeAsync(source);

        var listed = diagnostics.Where(d => d.Descriptor == Descriptors.HardCodedSecret).ToArray();
        Assert.Equal(tokens.Take(10), listed.Select(d => Covered(source, d)));
        var summary = Assert.Single(diagnostics, d => d.Descriptor == Descriptors.SecretsNotListed);
        Assert.Equal("SECA001", summary.Id);
        Assert.Equal(DiagnosticSeverity.Warning, summary.Severity);
        Assert.Equal(
            "5 more hard-coded secrets in this string are not listed one by one (at most 10 per string are): read them from configuration or a secret store instead, and rotate any that was ever committed",
            summary.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(source.IndexOf('"', StringComparison.Ordinal), summary.Location.SourceSpan.Start);
        Assert.Equal(11, diagnostics.Length);
    }

    [Fact]
    public async Task Test_mode_keys_past_the_limit_are_summarised_under_SECA008()
    {
        var keys = Enumerable.Range(1, 12).Select(i => SyntheticTokens.StripeTestSecret(200 + i)).ToArray();
        var diagnostics = await LiteralRuleRun.AnalyzeAsync("class C { string Keys = \"" + string.Join(",", keys) + "\"; }");
        Assert.Equal(10, diagnostics.Count(d => d.Descriptor == Descriptors.TestModeKey));
        var summary = Assert.Single(diagnostics, d => d.Descriptor == Descriptors.TestModeKeysNotListed);
        Assert.StartsWith("2 more hard-coded test-mode keys in this string", summary.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.DoesNotContain(diagnostics, d => d.Id == "SECA001");
    }

    [Fact]
    public async Task Accepted_fingerprints_do_not_count_against_the_limit()
    {
        var tokens = Enumerable.Range(1, 12).Select(i => SyntheticTokens.GitHubClassic("p", 300 + i)).ToArray();
        var options = new Dictionary<string, string> { ["secret_analyzers.allowed_fingerprints"] = Fingerprints.Of(tokens[0]) + "," + Fingerprints.Of(tokens[5]) };
        var diagnostics = await LiteralRuleRun.AnalyzeAsync("class C { string Tokens = \"" + string.Join(" ", tokens) + "\"; }", options);
        Assert.Equal(10, diagnostics.Count(d => d.Descriptor == Descriptors.HardCodedSecret));
        Assert.DoesNotContain(diagnostics, d => d.Descriptor == Descriptors.SecretsNotListed);
    }

    [Fact]
    public async Task A_file_lists_a_hundred_secrets_and_summarises_the_rest_at_the_first_it_did_not_list()
    {
        var source = new StringBuilder("class C\n{\n");
        for (var i = 0; i < 105; i++)
        {
            source.Append("    string T").Append(i).Append(" = \"").Append(SyntheticTokens.GitHubClassic("p", 400 + i)).Append("\";\n");
        }

        var text = source.Append("}\n").ToString();
        var diagnostics = await LiteralRuleRun.AnalyzeAsync(text);
        var listed = diagnostics.Where(d => d.Descriptor == Descriptors.HardCodedSecret).ToArray();
        Assert.Equal(100, listed.Length);
        var summary = Assert.Single(diagnostics, d => d.Descriptor == Descriptors.SecretsNotListedInFile);
        Assert.StartsWith("5 more hard-coded secrets in this file are not listed one by one (at most 100 per file are)", summary.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);

        // The summary stands on a literal whose secret was not listed.
        Assert.DoesNotContain(listed, d => summary.Location.SourceSpan.Contains(d.Location.SourceSpan));
        Assert.StartsWith("\"gh", Covered(text, summary), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Analyzing_the_same_compilation_again_gives_the_same_findings()
    {
        // The IDE analyzes one compilation more than once; the file's count must not grow with each run.
        var source = new StringBuilder("class C\n{\n");
        for (var i = 0; i < 60; i++)
        {
            source.Append("    string T").Append(i).Append(" = \"").Append(SyntheticTokens.GitHubClassic("p", 500 + i)).Append("\";\n");
        }

        var compilation = LiteralRuleRun.Compile(source.Append("}\n").ToString());
        var first = await LiteralRuleRun.AnalyzeAsync(compilation);
        var second = await LiteralRuleRun.AnalyzeAsync(compilation);
        Assert.Equal(60, first.Count(d => d.Descriptor == Descriptors.HardCodedSecret));
        Assert.Equal(first.Select(d => d.Location.SourceSpan).OrderBy(s => s.Start), second.Select(d => d.Location.SourceSpan).OrderBy(s => s.Start));
    }

    [Fact]
    public async Task A_generated_literal_of_thousands_of_keys_gives_ten_findings_and_the_exact_count()
    {
        var tokens = Enumerable.Range(0, 3_000).Select(i => SyntheticTokens.GitHubClassic("p", 1_000 + i));
        var diagnostics = await LiteralRuleRun.AnalyzeAsync("class C { const string Data = \"" + string.Join(";", tokens) + "\"; }");
        Assert.Equal(10, diagnostics.Count(d => d.Descriptor == Descriptors.HardCodedSecret));
        var summary = Assert.Single(diagnostics, d => d.Descriptor == Descriptors.SecretsNotListed);
        Assert.StartsWith("2990 more hard-coded secrets", summary.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_configuration_file_lists_a_hundred_secrets_and_summarises_the_rest()
    {
        var env = string.Join("\n", Enumerable.Range(0, 120).Select(i => "TOKEN_" + i + "=" + SyntheticTokens.GitHubClassic("p", 600 + i)));
        var diagnostics = await ConfigFileHarness.RunAsync(new[] { (".env", env) });
        Assert.Equal(100, diagnostics.Count(d => d.Descriptor == Descriptors.SecretInConfigurationFile));
        var summary = Assert.Single(diagnostics, d => d.Descriptor == Descriptors.ConfigurationFileSecretsNotListed);
        Assert.Equal("SECA007", summary.Id);
        Assert.StartsWith("20 more secrets in this file are not listed one by one (at most 100 per file are)", summary.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);

        // At the first unlisted finding: the 101st token.
        Assert.Equal(env.IndexOf(SyntheticTokens.GitHubClassic("p", 700), StringComparison.Ordinal), summary.Location.SourceSpan.Start);
    }

    private static string Covered(string source, Diagnostic diagnostic) =>
        source.Substring(diagnostic.Location.SourceSpan.Start, diagnostic.Location.SourceSpan.Length);
}
