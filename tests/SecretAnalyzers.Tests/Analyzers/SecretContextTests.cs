using System.Threading.Tasks;
using SecretAnalyzers.Tests.Infrastructure;
using Verify = SecretAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<SecretAnalyzers.HardCodedSecretAnalyzer>;

namespace SecretAnalyzers.Tests.Analyzers;

/// <summary>Context-dependent secrets: a name, an owner type or a paired id beside the value.</summary>
public class SecretContextTests
{
    private static readonly string AwsSecret = SyntheticTokens.AwsSecretAccessKey(7);
    private static readonly string AwsId = SyntheticTokens.AwsAccessKeyId(7);

    [Fact]
    public Task Aws_secret_with_an_aws_secret_like_name() => Verify.VerifyAnalyzerAsync($$"""
        class C
        {
            const string AwsSecretAccessKey = "{|SECA001:{{AwsSecret}}|}";
            string aws_secret = "{|SECA001:{{SyntheticTokens.AwsSecretAccessKey(8)}}|}";
            void M(string secretAccessKey = "{|SECA001:{{SyntheticTokens.AwsSecretAccessKey(9)}}|}") { }
        }
        """);

    [Fact]
    public Task Aws_secret_beside_its_access_key_id_in_a_call() => Verify.VerifyAnalyzerAsync($$"""
        class C
        {
            static object Credentials(string id, string secret) => id + secret;
            object Creds = Credentials("{|SECA001:{{AwsId}}|}", "{|SECA001:{{AwsSecret}}|}");
        }
        """);

    [Fact]
    public Task Aws_secret_beside_its_access_key_id_in_the_same_type() => Verify.VerifyAnalyzerAsync($$"""
        class Settings
        {
            public const string AccessKey = "{|SECA001:{{AwsId}}|}";
            public const string SecretKey = "{|SECA001:{{AwsSecret}}|}";
        }
        """);

    [Fact]
    public Task Aws_secret_in_an_object_initializer_and_a_dictionary() => Verify.VerifyAnalyzerAsync($$"""
        using System.Collections.Generic;
        class Options { public string AwsSecretKey { get; set; } = ""; }
        class C
        {
            Options O = new() { AwsSecretKey = "{|SECA001:{{AwsSecret}}|}" };
            Dictionary<string, string> Env = new() { ["AWS_SECRET_ACCESS_KEY"] = "{|SECA001:{{SyntheticTokens.AwsSecretAccessKey(10)}}|}" };
        }
        """);

    [Fact]
    public Task Twilio_token_with_a_twilio_name_or_beside_an_account_sid() => Verify.VerifyAnalyzerAsync($$"""
        class C
        {
            const string TwilioAuthToken = "{|SECA001:{{SyntheticTokens.TwilioAuthToken(3)}}|}";
            static void Init(string sid, string token) { }
            void M() => Init("{{SyntheticTokens.TwilioAccountSid(4)}}", "{|SECA001:{{SyntheticTokens.TwilioAuthToken(4)}}|}");
        }
        """);

    [Fact]
    public Task Hex_value_with_an_unrelated_name_is_not_a_twilio_token() => Verify.VerifyAnalyzerAsync($$"""
        class C
        {
            // No Twilio name: not a Twilio token, but a token by its name alone (named-secret).
            const string AuthToken = "{|SECA001:{{SyntheticTokens.TwilioAuthToken(5)}}|}";
            const string FileHash = "{{SyntheticTokens.TwilioAuthToken(6)}}";
        }
        """);
}
