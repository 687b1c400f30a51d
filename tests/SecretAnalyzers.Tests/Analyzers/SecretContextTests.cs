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

    /// <summary>
    /// A positional argument whose call names no provider: the called method's type, from the semantic model, does
    /// (its namespace, or a type it is nested in); the same call on a type that names none is no finding.
    /// </summary>
    [Fact]
    public Task Positional_value_is_placed_by_the_namespace_or_outer_type_of_the_called_method() => Verify.VerifyAnalyzerAsync($$"""
        namespace Twilio.Clients { public class SmsClient { public void Send(string to, string value) { } } }
        namespace Acme
        {
            public static class AmazonSettings { public class Api { public static void Use(string id, string secretKey) { } } }
            public class Sms { public void Send(string to, string value) { } }
        }
        class C
        {
            void M(Twilio.Clients.SmsClient client, Acme.Sms plain)
            {
                client.Send("+15550100", "{|SECA001:{{SyntheticTokens.TwilioAuthToken(11)}}|}");
                Acme.AmazonSettings.Api.Use("shop", "{|SECA001:{{SyntheticTokens.AwsSecretAccessKey(12)}}|}");
                plain.Send("+15550100", "{{SyntheticTokens.TwilioAuthToken(13)}}");
            }
        }
        """);

    /// <summary>
    /// A parameter's name alone places a positional value, on a helper of the project's own whose type names no
    /// provider: the call is bound for an AWS candidate always, for a Twilio one where the project names Twilio (here,
    /// the parameter itself).
    /// </summary>
    [Fact]
    public Task Positional_value_is_placed_by_the_parameter_of_a_helper_that_names_no_provider() => Verify.VerifyAnalyzerAsync($$"""
        static class Cloud { public static void Use(string id, string secretAccessKey) { } }
        static class Sms { public static void Send(string sid, string twilioAuthToken) { } }
        class C
        {
            void M()
            {
                Cloud.Use("shop", "{|SECA001:{{SyntheticTokens.AwsSecretAccessKey(15)}}|}");
                Sms.Send("shop", "{|SECA001:{{SyntheticTokens.TwilioAuthToken(16)}}|}");
            }
        }
        """);

    /// <summary>
    /// Forty letters are words, not a random key, even where AWS would place them (an event name in
    /// StackExchange.Redis's logging code was such a candidate, and each one bound its call).
    /// </summary>
    [Fact]
    public Task Forty_letters_are_no_aws_secret_even_in_aws_context() => Verify.VerifyAnalyzerAsync($$"""
        namespace Acme
        {
            public static class AmazonSettings { public class Api { public static void Use(string id, string secretKey) { } } }
        }
        class C
        {
            void M()
            {
                Acme.AmazonSettings.Api.Use("shop", "LogInformationAllowingEndpointsToRespond");
                Acme.AmazonSettings.Api.Use("shop", "{|SECA001:{{SyntheticTokens.AwsSecretAccessKey(12)}}|}");
            }
        }
        """);

    /// <summary>The same for 32 letters where Twilio would place an API key secret (32 base62 characters).</summary>
    [Fact]
    public Task Thirty_two_letters_of_words_are_no_twilio_secret_even_in_twilio_context() => Verify.VerifyAnalyzerAsync($$"""
        namespace Twilio.Clients { public class SmsClient { public void Send(string to, string value) { } } }
        class C
        {
            void M(Twilio.Clients.SmsClient client)
            {
                client.Send("+15550100", "LogInformationTransportConnected");
                client.Send("+15550100", "{|SECA001:{{SyntheticTokens.Random(14, SyntheticTokens.Base62, 32)}}|}");
            }
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
