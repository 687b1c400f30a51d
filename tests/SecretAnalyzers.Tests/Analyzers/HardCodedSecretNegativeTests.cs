using System.Threading.Tasks;
using SecretAnalyzers.Tests.Infrastructure;
using Verify = SecretAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<SecretAnalyzers.HardCodedSecretAnalyzer>;

namespace SecretAnalyzers.Tests.Analyzers;

/// <summary>Code a user writes every day that must stay silent.</summary>
public class HardCodedSecretNegativeTests
{
    [Fact]
    public Task Comments_and_documentation_are_not_scanned() => Verify.VerifyAnalyzerAsync($$"""
        /// <summary>Example key: {{SyntheticTokens.StripeLiveSecret(1)}}</summary>
        class C
        {
            // Old key: {{SyntheticTokens.StripeLiveSecret(2)}}
            /* {{SyntheticTokens.GitHubClassic("p", 2)}} */
            int X = 1;
        }
        """);

    [Fact]
    public Task Prefix_alone_and_prefix_joined_to_a_runtime_value() => Verify.VerifyAnalyzerAsync("""
        using System;
        class C
        {
            const string StripePrefix = "sk_" + "live_";
            bool IsLive(string key) => key.StartsWith("sk_" + "live_", StringComparison.Ordinal);
            string Build(string body) => "sk_" + "live_" + body;
            string Interpolated(string body) => $"sk_live_{body}";
            string FromEnvironment() => "sk_live_" + Environment.GetEnvironmentVariable("STRIPE_BODY");
        }
        """);

    [Fact]
    public Task Placeholders_and_configuration_reads() => Verify.VerifyAnalyzerAsync($$"""
        using System;
        class C
        {
            string A = "{{"sk_" + "live_" + new string('x', 24)}}";
            string B = "sk_live_YOUR_SECRET_KEY";
            string C1 = "<your-stripe-secret-key>";
            string D = "${STRIPE_SECRET_KEY}";
            string E = "{{"{{"}} openai_api_key {{"}}"}}";
            string F = "Server=db;Database=shop;User Id=app;Password={0};";
            string G = "Server=db;Database=shop;User Id=app;Password=${DB_PASSWORD};";
            string H = "postgres://user:password@localhost/db";
            string I = Environment.GetEnvironmentVariable("OPENAI_API_KEY") ?? throw new InvalidOperationException("OPENAI_API_KEY is not set");
        }
        """);

    [Fact]
    public Task Publishable_keys_ids_hashes_and_guids() => Verify.VerifyAnalyzerAsync($$"""
        class C
        {
            string Publishable = "{{SyntheticTokens.StripePublishable(3)}}";
            string Customer = "cus_{{SyntheticTokens.Random(4, SyntheticTokens.Base62, 14)}}";
            string Price = "price_{{SyntheticTokens.Random(5, SyntheticTokens.Base62, 24)}}";
            string Sha1 = "{{SyntheticTokens.Random(6, SyntheticTokens.Hex, 40)}}";
            string Sha256 = "{{SyntheticTokens.Random(7, SyntheticTokens.Hex, 64)}}";
            string Md5 = "{{SyntheticTokens.Random(8, SyntheticTokens.Hex, 32)}}";
            string Id = "3f2504e0-4f89-11d3-9a0c-0305e82c3301";
            string Aws = "{{"AK" + "IAIOSFODNN7EXAMPLE"}}";
        }
        """);

    [Fact]
    public Task Ordinary_words_that_start_like_prefixes() => Verify.VerifyAnalyzerAsync("""
        class C
        {
            string Css = "sk-button sk-button--primary";
            string Culture = "sk-SK";
            string Npm = "npm_package_version";
            string Hf = "hf_hub_download";
            string Ns = "SG.Payments.Models";
            string Sql = "SELECT * FROM accounts WHERE account_key = @key";
        }
        """);

    [Fact]
    public Task Regular_expressions_that_describe_keys() => Verify.VerifyAnalyzerAsync("""
        using System.Text.RegularExpressions;
        class C
        {
            static readonly Regex Stripe = new(@"sk_live_[0-9a-zA-Z]{24,}");
            static readonly Regex GitHub = new("ghp_[A-Za-z0-9]{36}");
            static readonly Regex Aws = new("(A3T[A-Z0-9]|AKIA|ASIA)[A-Z2-7]{16}");
        }
        """);

    [Fact]
    public Task A_40_character_value_without_aws_context_is_not_an_aws_secret() => Verify.VerifyAnalyzerAsync($$"""
        class C
        {
            string Salt = "{{SyntheticTokens.AwsSecretAccessKey(4)}}";
            string CorrelationId = "{{SyntheticTokens.AwsSecretAccessKey(5)}}";
        }
        """);

    [Fact]
    public Task Incomplete_code_does_not_break_the_analyzer()
    {
        var test = new Verify.Test
        {
            TestCode = $$"""
                class C
                {
                    string A = "{{SyntheticTokens.GitHubClassic("p", 6)}}
                    string B = "sk_live_" +
                    string C = $"{ "
                    void M( { var x = "AKIA" + ;
                """,
            CompilerDiagnostics = Microsoft.CodeAnalysis.Testing.CompilerDiagnostics.None,
        };

        // The unterminated literal still holds the token; nothing else is reported and nothing throws (no AD0001).
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("SECA001").WithSpan(3, 17, 3, 57).WithArguments(
            "GitHub personal access token", "****" + SyntheticTokens.GitHubClassic("p", 6)[^4..] + ", 40 characters", Fingerprints.Of(SyntheticTokens.GitHubClassic("p", 6))));
        return test.RunAsync();
    }
}
