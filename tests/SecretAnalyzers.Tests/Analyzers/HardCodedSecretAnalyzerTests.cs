using System.Threading.Tasks;
using SecretAnalyzers.Tests.Infrastructure;
using Verify = SecretAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<SecretAnalyzers.HardCodedSecretAnalyzer>;

namespace SecretAnalyzers.Tests.Analyzers;

/// <summary>SECA001 on every kind of literal and constant, reported once, on the literal or the outermost constant expression.</summary>
public class HardCodedSecretAnalyzerTests
{
    private static readonly string Stripe = SyntheticTokens.StripeLiveSecret(11);

    [Fact]
    public Task Regular_literal() => Verify.VerifyAnalyzerAsync($$"""
        class C { string Key = "{|SECA001:{{Stripe}}|}"; }
        """);

    /// <summary>
    /// The shortest text the engine flags, 11 characters, in every literal kind: the length gate in front of the scan
    /// must let it through.
    /// </summary>
    [Theory]
    [InlineData("\"{0}\"")]
    [InlineData("@\"{0}\"")]
    [InlineData("\"\"\"{0}\"\"\"")]
    [InlineData("\"{0}\"u8")]
    public Task Shortest_secret_in_every_literal_kind(string form)
    {
        // The finding is the password alone: k3Q.
        var literal = string.Format(System.Globalization.CultureInfo.InvariantCulture, form, "Pw" + "d={|SECA001:k3Q|};A=b");
        var type = form.EndsWith("u8", System.StringComparison.Ordinal) ? "System.ReadOnlySpan<byte>" : "string";
        return Verify.VerifyAnalyzerAsync($$"""
            class C { {{type}} Connection => {{literal}}; }
            """);
    }

    [Fact]
    public Task Verbatim_literal() => Verify.VerifyAnalyzerAsync($$"""
        class C { string Key = @"{|SECA001:{{Stripe}}|}"; }
        """);

    [Fact]
    public Task Raw_single_line_literal() => Verify.VerifyAnalyzerAsync($$""""
        class C { string Key = """{|SECA001:{{Stripe}}|}"""; }
        """");

    [Fact]
    public Task Raw_multi_line_literal() => Verify.VerifyAnalyzerAsync($$""""
        class C
        {
            string Json = """
                { "stripe": { "secretKey": "{|SECA001:{{Stripe}}|}" } }
                """;
        }
        """");

    [Fact]
    public Task Utf8_literal() => Verify.VerifyAnalyzerAsync($$"""
        class C { System.ReadOnlySpan<byte> Key => "{|SECA001:{{Stripe}}|}"u8; }
        """);

    [Fact]
    public Task Text_part_of_an_interpolated_string_with_a_runtime_hole() => Verify.VerifyAnalyzerAsync($$"""
        class C { string M(int id) => $"{{"{"}}id{{"}"}}: Bearer {|SECA001:{{Stripe}}|}"; }
        """);

    [Fact]
    public Task Constant_interpolated_string_that_assembles_the_key() => Verify.VerifyAnalyzerAsync($$"""
        class C
        {
            const string Prefix = "sk_" + "live_";
            const string Key = $"{{"{"}}{|SECA001:Prefix{{"}"}}{{Stripe.Substring(8)}}|}";
        }
        """);

    [Fact]
    public Task Constant_concatenation_split_inside_the_token() => Verify.VerifyAnalyzerAsync($$"""
        class C { const string Key = "{|SECA001:{{Stripe.Substring(0, 12)}}" + "{{Stripe.Substring(12)}}|}"; }
        """);

    [Fact]
    public Task Const_field_concatenated_with_a_literal() => Verify.VerifyAnalyzerAsync($$"""
        class C
        {
            const string Prefix = "sk_" + "live_";
            string Key = {|SECA001:Prefix + "{{Stripe.Substring(8)}}|}";
        }
        """);

    [Fact]
    public Task Part_of_a_longer_concatenation_is_located_on_its_pieces() => Verify.VerifyAnalyzerAsync($$"""
        class C
        {
            string M(string user) => "user=" + user + ";key=" + "{|SECA001:{{Stripe.Substring(0, 20)}}" + "{{Stripe.Substring(20)}}|}";
        }
        """);

    [Fact]
    public Task Reference_to_a_reported_constant_is_not_reported_again() => Verify.VerifyAnalyzerAsync($$"""
        class C
        {
            const string Key = "{|SECA001:{{Stripe}}|}";
            const string Header = "Bearer " + Key;
            string Other = Key + "";
        }
        """);

    [Fact]
    public Task Attribute_argument_switch_label_and_default_value() => Verify.VerifyAnalyzerAsync($$"""
        using System;
        [AttributeUsage(AttributeTargets.All)]
        class KeyAttribute : Attribute { public KeyAttribute(string value) { } }

        [Key("{|SECA001:{{SyntheticTokens.StripeLiveSecret(1)}}|}")]
        class C
        {
            void Charge(string key = "{|SECA001:{{SyntheticTokens.StripeLiveSecret(2)}}|}") { }

            int Kind(string key) => key switch
            {
                "{|SECA001:{{SyntheticTokens.StripeLiveSecret(3)}}|}" => 1,
                _ => 0,
            };

            int Old(string key)
            {
                switch (key)
                {
                    case "{|SECA001:{{SyntheticTokens.StripeLiveSecret(4)}}|}": return 1;
                    default: return 0;
                }
            }
        }
        """);

    [Fact]
    public Task Collection_and_dictionary_initializers() => Verify.VerifyAnalyzerAsync($$"""
        using System.Collections.Generic;
        class C
        {
            string[] Keys = { "{|SECA001:{{SyntheticTokens.OpenAiProject(1)}}|}", "not a key" };
            Dictionary<string, string> Settings = new() { ["openai"] = "{|SECA001:{{SyntheticTokens.OpenAiProject(2)}}|}" };
            Dictionary<string, string> More = new() { { "github", "{|SECA001:{{SyntheticTokens.GitHubClassic("p", 3)}}|}" } };
            List<string> Tokens = new() { "{|SECA001:{{SyntheticTokens.SlackBot(4)}}|}" };
        }
        """);

    [Fact]
    public Task Secrets_embedded_in_json_connection_strings_and_urls() => Verify.VerifyAnalyzerAsync($$"""
        class C
        {
            string Json = "{\"anthropic\":\"{|SECA001:{{SyntheticTokens.AnthropicApi(1)}}|}\"}";
            string Sql = "Server=db.internal;Database=shop;User Id=app;{{"Pass"}}word={|SECA001:{{SyntheticTokens.Password(2)}}|};TrustServerCertificate=true";
            string Storage = "DefaultEndpointsProtocol=https;AccountName=contosoprod;{{"Account"}}Key={|SECA001:{{SyntheticTokens.AzureStorageAccountKey(3)}}|};EndpointSuffix=core.windows.net";
            string Url = "postgres://app:{|SECA001:{{SyntheticTokens.UrlWithPassword(4)["postgres://app:".Length..^"@db.internal:5432/shop".Length]}}|}@db.internal:5432/shop";
        }
        """);

    [Fact]
    public Task Two_secrets_in_one_literal_are_two_diagnostics() => Verify.VerifyAnalyzerAsync(
        $$"""
        class C { string Env = "STRIPE={|#0:{{Stripe}}|}\nGITHUB={|#1:{{SyntheticTokens.GitHubClassic("p", 1)}}|}"; }
        """,
        Verify.Diagnostic("SECA001").WithLocation(0).WithArguments("Stripe live secret key", Redacted(Stripe), Fingerprints.Of(Stripe)),
        Verify.Diagnostic("SECA001").WithLocation(1).WithArguments("GitHub personal access token", Redacted(SyntheticTokens.GitHubClassic("p", 1)), Fingerprints.Of(SyntheticTokens.GitHubClassic("p", 1))));

    [Fact]
    public Task Message_names_the_provider_and_shows_the_value_redacted() => Verify.VerifyAnalyzerAsync(
        $$"""
        class C { string Key = "{|#0:{{Stripe}}|}"; }
        """,
        Verify.Diagnostic("SECA001").WithLocation(0).WithArguments("Stripe live secret key", Redacted(Stripe), Fingerprints.Of(Stripe)));

    [Fact]
    public Task Test_mode_key_is_SECA008() => Verify.VerifyAnalyzerAsync(
        $$"""
        class C { string Key = "{|#0:{{SyntheticTokens.StripeTestSecret(2)}}|}"; }
        """,
        Verify.Diagnostic("SECA008").WithLocation(0).WithArguments("Stripe test-mode secret key", Redacted(SyntheticTokens.StripeTestSecret(2)), Fingerprints.Of(SyntheticTokens.StripeTestSecret(2))));

    [Fact]
    public Task Generated_code_is_analyzed_too() => Verify.VerifyAnalyzerAsync($$"""
        // <auto-generated/>
        class Settings { public string ApiKey => "{|SECA001:{{SyntheticTokens.SendGrid(3)}}|}"; }
        """);

    private static string Redacted(string secret) => "****" + secret[^4..] + ", " + secret.Length + " characters";
}

/// <summary>Concatenations with names: resolved only where a token can cross into or out of the name.</summary>
public class ConcatenationWithNamesTests
{
    private static readonly string Stripe = SyntheticTokens.StripeLiveSecret(31);

    [Fact]
    public Task A_constant_that_becomes_a_secret_only_beside_its_keyword_is_reported_on_the_constant_s_name() => Verify.VerifyAnalyzerAsync($$"""
        class C
        {
            const string Suffix = "{{SyntheticTokens.Password(3)}}";
            const string Connection = "Server=db;User Id=app;Password=" + {|SECA001:Suffix|};
        }
        """);

    [Fact]
    public Task A_constant_named_as_a_password_is_reported_once_at_its_declaration() => Verify.VerifyAnalyzerAsync($$"""
        class C
        {
            const string DbPassword = "{|SECA001:{{SyntheticTokens.Password(3)}}|}";
            const string Connection = "Server=db;User Id=app;Password=" + DbPassword;
        }
        """);

    [Fact]
    public Task Parameters_locals_and_instance_members_are_not_constants() => Verify.VerifyAnalyzerAsync($$"""
        class C
        {
            string prefix = "sk_" + "live_";
            string Body => "x";
            string FromParameter(string Prefix) => Prefix + "{{Stripe.Substring(8)}}";
            string FromLocal() { var Prefix = "sk_" + "live_"; return Prefix + "{{Stripe.Substring(8)}}"; }
            string FromInstance(C other) => other.prefix + "{{Stripe.Substring(8)}}";
            string FromLambda() { System.Func<string, string> f = Prefix => Prefix + "{{Stripe.Substring(8)}}"; return f(""); }
        }
        """);

    [Fact]
    public Task A_constant_reached_through_its_type_is_resolved() => Verify.VerifyAnalyzerAsync($$"""
        static class Keys { public const string StripePrefix = "sk_" + "live_"; }
        class C
        {
            string Key = {|SECA001:Keys.StripePrefix + "{{Stripe.Substring(8)}}|}";
            string Greeting(string name) => "Hello " + name + "!";
        }
        """);
}

/// <summary>Secrets split between a constant and a literal, reported exactly once.</summary>
public class SplitAcrossConstantTests
{
    [Fact]
    public Task Pem_header_constant_joined_to_its_body_at_a_line_break() => Verify.VerifyAnalyzerAsync($$"""
        class C
        {
            const string Header = "-----BEGIN" + " RSA PRIVATE KEY-----";
            string Key = {|SECA001:Header + "\n{{System.Convert.ToBase64String(SyntheticTokens.RandomBytes(3, 96))}}\n-----END RSA PRIVATE KEY-----|}";
        }
        """);

    [Fact]
    public Task A_constant_that_already_looks_like_the_key_is_reported_once() => Verify.VerifyAnalyzerAsync($$"""
        using System.Collections.Generic;
        class C
        {
            private const string Part = "{|SECA001:{{SyntheticTokens.StripeLiveSecret(9)[..41]}}|}";
            List<string> Keys = new() { "alpha", Part + "{{SyntheticTokens.StripeLiveSecret(9)[41..]}}", "omega" };
        }
        """);
}
