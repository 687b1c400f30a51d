using System.Linq;
using System.Threading.Tasks;
using SecretAnalyzers.Tests.Infrastructure;

namespace SecretAnalyzers.Tests.Sinks;

/// <summary>
/// The flows a first version got wrong: values read from IConfiguration and IOptions, fallbacks held in a local,
/// wrappers held in a local, writes from a local function or an init accessor, collection initializers, code being
/// edited, and a connection-string template.
/// </summary>
public class SinkFlowEdgeTests
{
    private static readonly string GitHubToken = SyntheticTokens.GitHubClassic("p", 341);
    private static readonly string StripeTest = SyntheticTokens.StripeTestSecret(342);

    [Fact]
    public Task Values_from_IConfiguration_and_IOptions_are_not_reported_and_their_fallback_is() => SinkHarness.VerifyAsync(
        """
        using Microsoft.Extensions.Configuration;
        using Microsoft.Extensions.Options;
        using Stripe;
        class StripeSettings { public string SecretKey { get; set; } = ""; }
        class Payments(IConfiguration configuration, IOptions<StripeSettings> options)
        {
            StripeClient FromConfiguration = new StripeClient(configuration["Stripe:SecretKey"]);
            StripeClient FromSection = new StripeClient(configuration.GetSection("Stripe")["SecretKey"]);
            StripeClient FromOptions = new StripeClient(options.Value.SecretKey);
            StripeClient WithFallback = new StripeClient(configuration["Stripe:SecretKey"] ?? "{|SECA002:local-dev-key|}");
        }
        """,
        SdkPackages.Stripe.Concat(SdkPackages.Configuration).ToArray());

    [Fact]
    public Task A_local_holding_a_fallback_is_reported_at_the_use_and_its_literal_keeps_its_own_rule() => SinkHarness.VerifyAsync(
        $$"""
        using System;
        using Stripe;
        class C
        {
            void Run()
            {
                var key = Environment.GetEnvironmentVariable("STRIPE_SECRET_KEY") ?? "{|SECA008:{{StripeTest}}|}";
                _ = new StripeClient({|SECA002:key|});
                var fromEnvironment = Environment.GetEnvironmentVariable("STRIPE_SECRET_KEY");
                _ = new StripeClient(fromEnvironment);
            }

            static readonly string FieldKey = Environment.GetEnvironmentVariable("K") ?? "field-fallback-key";
            void Field() => _ = new StripeClient({|SECA002:FieldKey|});
        }
        """,
        SdkPackages.Stripe);

    [Fact]
    public async Task A_wrapper_held_in_a_local_or_chosen_by_a_conditional_belongs_to_the_client_it_is_given_to()
    {
        var diagnostics = await SinkHarness.VerifyAsync(
            """
            using System;
            using Azure;
            using Azure.AI.OpenAI;
            class C
            {
                void Run(bool useKey, AzureKeyCredential other)
                {
                    var credential = new AzureKeyCredential("{|SECA003:my-azure-openai-key|}");
                    _ = new AzureOpenAIClient(new Uri("https://contoso.openai.azure.com"), credential);
                    _ = new AzureOpenAIClient(new Uri("https://contoso.openai.azure.com"), useKey ? new AzureKeyCredential("{|SECA003:another-azure-key|}") : other);
                }
            }
            """,
            SdkPackages.AzureOpenAi,
            "Azure.AI.OpenAI.AzureOpenAIClient..ctor(credential)");
        Assert.All(diagnostics, d => Assert.Equal("AzureOpenAI:ApiKey", d.Properties["ConfigurationKey"]));
    }

    [Fact]
    public Task Writes_from_a_local_function_or_an_init_accessor_make_the_value_not_hard_coded() => SinkHarness.VerifyAsync(
        """
        using System;
        using Stripe;
        class C
        {
            readonly string key = "default";
            public string Key { init => key = value; }

            void Run()
            {
                var apiKey = "not-set";
                Load();
                _ = new StripeClient(apiKey);
                _ = new StripeClient(key);

                void Load() => apiKey = Environment.GetEnvironmentVariable("STRIPE_SECRET_KEY")!;
            }
        }
        """,
        SdkPackages.Stripe);

    [Fact]
    public Task A_header_in_a_collection_initializer_is_one_diagnostic() => SinkHarness.VerifyAsync(
        $$"""
        using System.Collections.Specialized;
        using System.Net.Http;
        class C
        {
            NameValueCollection Values = new NameValueCollection { { "Authorization", "Bearer {|SECA004:{{GitHubToken}}|}" } };
            HttpRequestMessage Request = new HttpRequestMessage { Headers = { { "Authorization", "Bearer {|SECA004:{{GitHubToken}}|}" }, { "Accept", "application/json" } } };
        }
        """,
        SdkPackages.None);

    [Fact]
    public Task Header_names_from_HeaderNames_style_fields_and_the_HttpRequestHeader_enum_count() => SinkHarness.VerifyAsync(
        """
        using System.Net;
        using System.Net.Http;
        static class HeaderNames { public static readonly string Authorization = "Authorization"; }
        class C
        {
            void Run(HttpRequestMessage request, WebHeaderCollection headers)
            {
                request.Headers.TryAddWithoutValidation(HeaderNames.Authorization, "Token {|SECA004:value-at-a-header|}");
                headers.Set(HttpRequestHeader.ProxyAuthorization, "Basic {|SECA004:dXNlcjpwYXNzd29yZDEyMw==|}");
                headers.Set(HttpRequestHeader.UserAgent, "contoso/1.0");
                headers.Add(HttpResponseHeader.CacheControl, "no-store");
            }
        }
        """,
        SdkPackages.None);

    [Fact]
    public Task A_connection_string_template_at_a_sink_is_reported_outside_tests() => SinkHarness.VerifyAsync(
        """
        using Azure.Storage.Blobs;
        class C
        {
            BlobServiceClient Blob = new BlobServiceClient("DefaultEndpointsProtocol=https;AccountName=contoso;AccountKey={|SECA004:${STORAGE_KEY}|};EndpointSuffix=core.windows.net");
        }
        """,
        SdkPackages.Azure);

    [Fact]
    public Task A_connection_string_template_in_a_test_project_is_a_dummy() => SinkHarness.VerifyAsync(
        """
        using Azure.Storage.Blobs;
        class C
        {
            BlobServiceClient Blob = new BlobServiceClient("DefaultEndpointsProtocol=https;AccountName=contoso;AccountKey=${STORAGE_KEY};EndpointSuffix=core.windows.net");
        }
        """,
        SdkPackages.Azure,
        isTestProject: true);

    [Fact]
    public Task A_key_given_to_a_primary_constructor_s_base_is_reported_once() => SinkHarness.VerifyAsync(
        $$"""
        using Stripe;
        class PlatformClient() : StripeClient("{|SECA002:{{SyntheticTokens.StripeLiveSecret(343)}}|}");
        class WithBody : StripeClient
        {
            public WithBody() : base("{|SECA002:base-key|}") { }
        }
        """,
        SdkPackages.Stripe);

    [Fact]
    public async Task Code_being_edited_with_a_use_before_its_declaration_throws_nothing()
    {
        var diagnostics = await SinkHarness.AnalyzeAsync(
            """
            using Stripe;
            class C
            {
                void Run()
                {
                    _ = new StripeClient(key);
                    var key = "declared-after-the-use";
                    void Early() => _ = new StripeClient(late);
                    var late = "declared-after-the-function";
                }
            }
            """,
            SdkPackages.Stripe,
            requireCompiling: false);
        Assert.Empty(diagnostics);
    }
}
