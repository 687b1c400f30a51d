using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using SecretAnalyzers.Tests.Infrastructure;

namespace SecretAnalyzers.Tests.Sinks;

/// <summary>
/// How a hard-coded value reaches a sink (argument order, constants, readonly fields, locals, <c>??</c>, initializers)
/// and what is not hard-coded, on the real Stripe.net, OpenAI and Azure packages. One literal, one diagnostic.
/// </summary>
public class SinkValueFlowTests
{
    private static readonly string StripeLive = SyntheticTokens.StripeLiveSecret(301);
    private static readonly string StripeTest = SyntheticTokens.StripeTestSecret(302);
    private static readonly string OpenAiKey = SyntheticTokens.OpenAiProject(303);

    [Fact]
    public Task A_live_key_at_a_sink_is_the_sink_rule_s_and_not_also_SECA001() => SinkHarness.VerifyAsync(
        $$"""
        using Stripe;
        class C
        {
            StripeClient Client = new StripeClient("{|SECA002:{{StripeLive}}|}");
            string NotASink = "{|SECA001:{{StripeLive}}|}";
        }
        """,
        SdkPackages.Stripe,
        sinkId: null);

    [Fact]
    public Task A_test_mode_key_at_a_Stripe_sink_is_SECA002_not_SECA008() => SinkHarness.VerifyAsync(
        $$"""
        using Stripe;
        class C
        {
            void Configure() => StripeConfiguration.ApiKey = "{|SECA002:{{StripeTest}}|}";
        }
        """,
        SdkPackages.Stripe,
        "Stripe.StripeConfiguration.ApiKey");

    [Fact]
    public Task Named_and_reordered_arguments_are_matched_by_parameter() => SinkHarness.VerifyAsync(
        """
        using System;
        using OpenAI.Chat;
        using Stripe;
        class C
        {
            StripeClient Stripe = new StripeClient(clientId: "ca_connect_client", apiKey: "{|SECA002:my-stripe-key|}");
            ChatClient Chat = new ChatClient(apiKey: "{|SECA003:my-openai-key|}", model: "gpt-4o");
            ChatClient Model = new ChatClient(model: "gpt-4o", apiKey: Environment.GetEnvironmentVariable("OPENAI_API_KEY")!);
        }
        """,
        SdkPackages.Stripe.Concat(SdkPackages.OpenAi).ToArray());

    [Fact]
    public Task A_constant_declared_elsewhere_is_reported_at_the_use_and_keeps_one_SECA001_at_its_declaration() => SinkHarness.VerifyAsync(
        $$"""
        using Stripe;
        static class Keys
        {
            public const string Live = "{|SECA001:{{StripeLive}}|}";
            public const string Placeholder = "replace-me-with-the-key";
        }
        class C
        {
            StripeClient A = new StripeClient({|SECA002:Keys.Live|});
            StripeClient B = new StripeClient({|SECA002:Keys.Placeholder|});
            void Local()
            {
                const string key = "another-stripe-key";
                _ = new StripeClient({|SECA002:key|});
            }
        }
        """,
        SdkPackages.Stripe);

    [Fact]
    public Task Constant_concatenation_and_interpolation_are_one_value() => SinkHarness.VerifyAsync(
        $$"""
        using Stripe;
        class C
        {
            const string Prefix = "sk_" + "live_";
            StripeClient A = new StripeClient({|SECA002:Prefix + "{{StripeLive.Substring(8)}}"|});
            StripeClient B = new StripeClient({|SECA002:$"{Prefix}{{StripeLive.Substring(8)}}"|});
        }
        """,
        SdkPackages.Stripe);

    [Fact]
    public Task Readonly_fields_with_a_constant_initializer_count_unless_a_constructor_writes_them() => SinkHarness.VerifyAsync(
        """
        using System;
        using Stripe;
        class C
        {
            static readonly string StaticKey = "my-stripe-key";
            readonly string instanceKey = "my-other-stripe-key";
            readonly string fromEnvironment = "default-stripe-key";

            C() => fromEnvironment = Environment.GetEnvironmentVariable("STRIPE_SECRET_KEY") ?? fromEnvironment;

            void Use()
            {
                _ = new StripeClient({|SECA002:StaticKey|});
                _ = new StripeClient({|SECA002:instanceKey|});
                _ = new StripeClient(fromEnvironment);
            }
        }
        """,
        SdkPackages.Stripe);

    [Fact]
    public Task A_local_counts_while_nothing_writes_it_before_the_use_or_in_the_loop_around_it() => SinkHarness.VerifyAsync(
        """
        using System;
        using Stripe;
        class C
        {
            void Use(string[] args)
            {
                var key = "my-stripe-key";
                _ = new StripeClient({|SECA002:key|});

                var overwritten = "default";
                overwritten = Environment.GetEnvironmentVariable("STRIPE_SECRET_KEY")!;
                _ = new StripeClient(overwritten);

                var looped = "first";
                foreach (var arg in args)
                {
                    _ = new StripeClient(looped);
                    looped = arg;
                }

                var byRef = "seed";
                Read(ref byRef);
                _ = new StripeClient(byRef);
            }

            static void Read(ref string value) => value = Environment.GetEnvironmentVariable("K")!;
        }
        """,
        SdkPackages.Stripe);

    [Fact]
    public Task A_fallback_on_either_side_of_coalesce_or_conditional_is_reported_and_the_read_is_not() => SinkHarness.VerifyAsync(
        $$"""
        using System;
        using Stripe;
        class C
        {
            StripeClient A = new StripeClient(Environment.GetEnvironmentVariable("STRIPE_SECRET_KEY") ?? "{|SECA002:{{StripeTest}}|}");
            StripeClient B = new StripeClient(Environment.Is64BitProcess ? Environment.GetEnvironmentVariable("K")! : "{|SECA002:fallback-key|}");
            StripeClient C2 = new StripeClient(Environment.GetEnvironmentVariable("STRIPE_SECRET_KEY") ?? throw new InvalidOperationException("Stripe:SecretKey is missing"));
        }
        """,
        SdkPackages.Stripe);

    [Fact]
    public Task Initializers_property_assignments_and_coalesce_assignment_are_sinks() => SinkHarness.VerifyAsync(
        """
        using Stripe;
        class C
        {
            StripeClientOptions Options = new StripeClientOptions { ApiKey = "{|SECA002:my-stripe-key|}" };
            RequestOptions PerRequest = new() { ApiKey = "{|SECA002:per-request-key|}", IdempotencyKey = "order-42" };

            void Configure()
            {
                StripeConfiguration.ApiKey ??= "{|SECA002:fallback-key|}";
                var options = new RequestOptions();
                options.ApiKey = "{|SECA002:assigned-key|}";
            }
        }
        """,
        SdkPackages.Stripe);

    [Fact]
    public Task Null_empty_and_every_run_time_value_are_not_reported() => SinkHarness.VerifyAsync(
        """
        using System;
        using Stripe;
        class C
        {
            readonly string configured;

            C(string key) => configured = key;

            string Key() => Environment.GetEnvironmentVariable("STRIPE_SECRET_KEY")!;

            void Use(string parameter)
            {
                _ = new StripeClient(null);
                _ = new StripeClient("");
                _ = new StripeClient(parameter);
                _ = new StripeClient(Key());
                _ = new StripeClient(configured);
                _ = new StripeClient(apiKey: Key(), clientId: "ca_platform", apiBase: "https://api.stripe.invalid");
                StripeConfiguration.ApiKey = Environment.GetEnvironmentVariable("STRIPE_SECRET_KEY");
                _ = new RequestOptions { IdempotencyKey = "checkout-42", StripeAccount = "acct_1Example" };
            }
        }
        """,
        SdkPackages.Stripe);

    [Fact]
    public Task A_wrapper_given_to_an_Azure_AI_client_is_that_client_s_and_alone_is_its_own() => SinkHarness.VerifyAsync(
        """
        using System;
        using System.ClientModel;
        using Azure;
        using Azure.AI.OpenAI;
        class C
        {
            AzureOpenAIClient A = new AzureOpenAIClient(new Uri("https://contoso.openai.azure.com"), new AzureKeyCredential("{|SECA003:my-azure-openai-key|}"));
            AzureOpenAIClient B = new AzureOpenAIClient(new Uri("https://contoso.openai.azure.com"), new ApiKeyCredential("{|SECA003:my-azure-openai-key|}"));
            ApiKeyCredential Alone = new ApiKeyCredential("{|SECA003:an-openai-key|}");
            AzureKeyCredential Search = new AzureKeyCredential("{|SECA004:a-search-key|}");
        }
        """,
        SdkPackages.AzureOpenAi);

    [Fact]
    public async Task The_client_s_row_names_the_client_and_its_configuration_key()
    {
        var diagnostics = await SinkHarness.VerifyAsync(
            """
            using System;
            using Azure;
            using Azure.AI.OpenAI;
            class C
            {
                AzureOpenAIClient A = new AzureOpenAIClient(new Uri("https://contoso.openai.azure.com"), new AzureKeyCredential("{|SECA003:my-azure-openai-key|}"));
            }
            """,
            SdkPackages.AzureOpenAi,
            "Azure.AI.OpenAI.AzureOpenAIClient..ctor(credential)");
        Assert.Equal("AzureOpenAI:ApiKey", diagnostics.Single().Properties["ConfigurationKey"]);
        Assert.Equal("AZURE_OPENAI_API_KEY", diagnostics.Single().Properties["EnvironmentVariable"]);
    }

    [Fact]
    public async Task The_message_names_the_SDK_member_and_configuration_key_and_never_the_value()
    {
        var diagnostics = await SinkHarness.VerifyAsync(
            $$"""
            using Stripe;
            class C
            {
                StripeClient Client = new StripeClient("{|SECA002:{{StripeLive}}|}");
                void Hook(string json, string header) => EventUtility.ValidateSignature(json, header, "{|SECA002:my-webhook-secret|}");
            }
            """,
            SdkPackages.Stripe);
        var key = diagnostics[0].GetMessage();
        Assert.Equal(
            "Stripe.net 'StripeClient(apiKey)' is given a hard-coded secret key (****" + StripeLive.Substring(StripeLive.Length - 4) + ", " + StripeLive.Length + " characters): read it from configuration ('Stripe:SecretKey') or a secret store instead, and rotate it if it was ever committed; to accept it, add fingerprint " + Fingerprints.Of(StripeLive) + " to secret_analyzers.allowed_fingerprints or the baseline",
            key);
        Assert.Equal(
            "Stripe.net 'EventUtility.ValidateSignature(secret)' is given a hard-coded webhook signing secret (****, 17 characters): read it from configuration ('Stripe:WebhookSecret') or a secret store instead, and rotate it if it was ever committed; to accept it, add fingerprint " + diagnostics[1].Properties["Fingerprint"] + " to secret_analyzers.allowed_fingerprints or the baseline",
            diagnostics[1].GetMessage());
        Assert.Equal("STRIPE_SECRET_KEY", diagnostics[0].Properties["EnvironmentVariable"]);
        Assert.Equal("stripe-live-secret-key", diagnostics[0].Properties["FormatId"]);
        // A short value a person chose is known by its place, never by a hash of it (a dictionary would reverse that).
        Assert.Matches("^[0-9a-f]{12}$", diagnostics[1].Properties["Fingerprint"]);
        Assert.NotEqual(Fingerprints.Of("my-webhook-secret"), diagnostics[1].Properties["Fingerprint"]);
        Assert.All(diagnostics.SelectMany(d => d.Properties.Values), value => Assert.False(value is not null && (value.Contains(StripeLive) || value.Contains("my-webhook-secret"))));
    }

    [Fact]
    public Task In_a_test_project_an_obvious_dummy_is_not_reported_and_a_real_shaped_key_is() => SinkHarness.VerifyAsync(
        $$"""
        using OpenAI;
        using Stripe;
        class Tests
        {
            StripeClient Fake = new StripeClient("fake");
            StripeClient Words = new StripeClient("my-test-stripe-key");
            StripeClient Placeholder = new StripeClient("sk_test_xxxxxxxxxxxxxxxxxxxxxxxx");
            OpenAIClient Substitution = new OpenAIClient("${OPENAI_API_KEY}");
            StripeClient Real = new StripeClient("{|SECA002:{{StripeTest}}|}");
            OpenAIClient RealOpenAi = new OpenAIClient("{|SECA003:{{OpenAiKey}}|}");
            OpenAIClient Random = new OpenAIClient("{|SECA003:Qm9vM2tLZXlXaXRoUmFuZG9tbmVzcw9x|}");
        }
        """,
        SdkPackages.Stripe.Concat(SdkPackages.OpenAi).ToArray(),
        isTestProject: true);

    [Fact]
    public Task Outside_a_test_project_a_dummy_at_a_sink_is_reported_it_is_where_the_real_key_goes() => SinkHarness.VerifyAsync(
        """
        using Stripe;
        class App
        {
            StripeClient Fake = new StripeClient("{|SECA002:fake|}");
            StripeClient Placeholder = new StripeClient("{|SECA002:sk_test_xxxxxxxxxxxxxxxxxxxxxxxx|}");
        }
        """,
        SdkPackages.Stripe);

    [Fact]
    public Task The_test_project_dummy_exemption_can_be_turned_off() => SinkHarness.VerifyAsync(
        """
        using Stripe;
        class Tests
        {
            StripeClient Fake = new StripeClient("{|SECA002:fake|}");
        }
        """,
        SdkPackages.Stripe,
        isTestProject: true,
        editorConfig: new Dictionary<string, string> { ["secret_analyzers.report_dummy_keys_in_tests"] = "true" });

    [Fact]
    public Task A_disabled_provider_turns_its_sinks_off_with_its_formats() => SinkHarness.VerifyAsync(
        $$"""
        using OpenAI;
        using Stripe;
        class C
        {
            StripeClient Stripe = new StripeClient("{{StripeLive}}");
            StripeClient Dummy = new StripeClient("my-stripe-key");
            OpenAIClient OpenAi = new OpenAIClient("{|SECA003:my-openai-key|}");
        }
        """,
        SdkPackages.Stripe.Concat(SdkPackages.OpenAi).ToArray(),
        editorConfig: new Dictionary<string, string> { ["secret_analyzers.disabled_providers"] = "stripe" });

    [Fact]
    public Task With_the_sink_rule_turned_off_SECA001_reports_the_literal_again() => SinkHarness.VerifyAsync(
        $$"""
        using Stripe;
        class C
        {
            StripeClient Client = new StripeClient("{|SECA001:{{StripeLive}}|}");
            StripeClient Dummy = new StripeClient("my-stripe-key");
        }
        """,
        SdkPackages.Stripe,
        severities: new Dictionary<string, ReportDiagnostic> { ["SECA002"] = ReportDiagnostic.Suppress });
}
