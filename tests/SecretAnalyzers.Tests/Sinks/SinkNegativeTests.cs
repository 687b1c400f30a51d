using System.Linq;
using System.Threading.Tasks;
using SecretAnalyzers.Tests.Infrastructure;

namespace SecretAnalyzers.Tests.Sinks;

/// <summary>
/// The strings a user passes to the same SDKs that are not keys: model and deployment names, endpoints, regions,
/// account names, object keys, idempotency keys, emulator keys, header schemes and other headers.
/// </summary>
public class SinkNegativeTests
{
    [Fact]
    public Task The_non_key_parameters_of_sink_members_are_not_reported() => SinkHarness.VerifyAsync(
        """
        using System;
        using Amazon;
        using Amazon.S3;
        using Amazon.S3.Model;
        class C
        {
            async System.Threading.Tasks.Task Run(AmazonS3Client s3)
            {
                _ = new AmazonS3Client(RegionEndpoint.GetBySystemName("eu-west-1"));
                _ = new AmazonS3Client(Environment.GetEnvironmentVariable("AWS_ACCESS_KEY_ID")!, Environment.GetEnvironmentVariable("AWS_SECRET_ACCESS_KEY")!, RegionEndpoint.EUWest1);
                _ = await s3.GetObjectAsync("invoices-bucket", "2024/03/invoice-000123.pdf");
                _ = new GetObjectRequest { BucketName = "invoices-bucket", Key = "secret/keys/archive.zip" };
            }
        }
        """,
        SdkPackages.Aws);

    [Fact]
    public Task Azure_endpoints_account_names_emulators_and_token_credentials_are_not_reported() => SinkHarness.VerifyAsync(
        $$"""
        using System;
        using Azure.Identity;
        using Azure.Storage;
        using Azure.Storage.Blobs;
        using Microsoft.Azure.Cosmos;
        class C
        {
            void Run()
            {
                _ = new BlobServiceClient("UseDevelopmentStorage=true");
                _ = new BlobServiceClient(new Uri("https://contoso.blob.core.windows.net"), new DefaultAzureCredential());
                _ = new BlobContainerClient("BlobEndpoint=https://contoso.blob.core.windows.net;", "container");
                _ = new StorageSharedKeyCredential("devstoreaccount1", "{{EmulatorStorageKey}}");
                _ = new CosmosClient("https://localhost:8081", "{{EmulatorCosmosKey}}");
                _ = new CosmosClient("AccountEndpoint=https://localhost:8081/;AccountKey={{EmulatorCosmosKey}}");
                _ = new ClientSecretCredential("contoso.onmicrosoft.com", "00000000-0000-0000-0000-000000000000", Environment.GetEnvironmentVariable("AZURE_CLIENT_SECRET")!);
            }
        }
        """,
        SdkPackages.Azure);

    [Fact]
    public Task Model_deployment_and_endpoint_strings_of_AI_clients_are_not_reported() => SinkHarness.VerifyAsync(
        """
        using System;
        using System.ClientModel;
        using OpenAI;
        using OpenAI.Chat;
        class C
        {
            void Run(ApiKeyCredential credential)
            {
                _ = new ChatClient("gpt-4o-2024-08-06", credential);
                _ = new OpenAIClient(credential, new OpenAIClientOptions { Endpoint = new Uri("https://api.openai.com/v1"), OrganizationId = "org-contoso", ProjectId = "proj_contoso" });
                _ = new ChatClient(model: "gpt-4o", apiKey: Environment.GetEnvironmentVariable("OPENAI_API_KEY") ?? throw new InvalidOperationException("OpenAI:ApiKey is missing"));
            }
        }
        """,
        SdkPackages.OpenAi);

    [Fact]
    public Task Headers_that_hold_no_credential_or_only_a_scheme_are_not_reported() => SinkHarness.VerifyAsync(
        """
        using System;
        using System.Net;
        using System.Net.Http;
        using System.Net.Http.Headers;
        class C
        {
            void Run(HttpRequestMessage request, WebHeaderCollection headers, string token)
            {
                request.Headers.Add("Accept", "application/json");
                request.Headers.Add("User-Agent", "contoso-billing/1.0");
                request.Headers.TryAddWithoutValidation("Authorization", "Bearer");
                request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + token);
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer");
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Environment.GetEnvironmentVariable("API_TOKEN"));
                headers.Add("X-Request-Id", "6f1c0c1e-8a4b-4a0e-9f8e-1c2b3d4e5f60");
                headers[HttpRequestHeader.ContentType] = "application/json";
                _ = new NetworkCredential("svc-reports", "");
                _ = new NetworkCredential("svc-reports", Environment.GetEnvironmentVariable("SMTP_PASSWORD"));

                // A probe that needs a credential of any kind (MailKit asks whether a SASL mechanism is supported): the
                // value spells the parameter's own name.
                _ = new NetworkCredential("username", "password");
                _ = new NetworkCredential { UserName = "user", Password = "Password" };
            }
        }
        """,
        SdkPackages.None);

    [Fact]
    public Task ASP_NET_Core_headers_without_a_credential_are_not_reported() => SinkHarness.VerifyAsync(
        """
        using Microsoft.AspNetCore.Http;
        class C
        {
            void Run(HttpContext context, string token)
            {
                context.Response.Headers["Cache-Control"] = "no-store";
                context.Response.Headers.Append("X-Content-Type-Options", "nosniff");
                context.Request.Headers.Authorization = "Bearer " + token;
                context.Request.Headers.Authorization = "Bearer";
                context.Request.Headers["Authorization"] = context.Request.Query["access_token"];
            }
        }
        """,
        SdkPackages.AspNetCore);

    [Fact]
    public Task A_Stripe_publishable_key_or_client_secret_of_a_response_is_not_a_sink() => SinkHarness.VerifyAsync(
        $$"""
        using Stripe;
        class C
        {
            void Run(PaymentIntent intent)
            {
                var publishable = "{{SyntheticTokens.StripePublishable(331)}}";
                var clientSecret = intent.ClientSecret;
                _ = new PaymentIntentCreateOptions { Amount = 1000, Currency = "usd", Description = "secret key rotation fee" };
            }
        }
        """,
        SdkPackages.Stripe);

    // The emulators' published keys, assembled so that the repository holds no key-shaped literal.
    private static readonly string EmulatorStorageKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw" + "==";
    private static readonly string EmulatorCosmosKey = "C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw" + "==";
}
