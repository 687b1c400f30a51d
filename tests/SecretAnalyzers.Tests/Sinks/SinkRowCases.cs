using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis.Testing;
using SecretAnalyzers.Tests.Infrastructure;

namespace SecretAnalyzers.Tests.Sinks;

/// <summary>One call per row of the sink table, on the real package, with the hard-coded value marked.</summary>
internal static class SinkRowCases
{
    private const string Key = "\"value-at-a-key-parameter\"";

    /// <summary><see cref="Key"/> with the rule's markup on its characters, where the diagnostic stands.</summary>
    private static string Marked(string id) => Mark(id, Key);

    /// <summary>A quoted value with the rule's markup on the characters between its quotes.</summary>
    private static string Mark(string id, string quoted) => "\"{|" + id + ":" + quoted[1..^1] + "|}\"";

    /// <summary>Twilio does not restore here: a stand-in with the SDK's namespaces, type and parameter names, from its public source.</summary>
    private const string TwilioStandIn = """
        namespace Twilio
        {
            public static class TwilioClient
            {
                public static void Init(string username, string password) { }
                public static void Init(string username, string password, string accountSid) { }
                public static void SetPassword(string password) { }
            }
        }
        namespace Twilio.Clients
        {
            public class TwilioRestClient
            {
                public TwilioRestClient(string username, string password, string? accountSid = null, string? region = null, System.Net.Http.HttpClient? httpClient = null, string? edge = null) { }
            }
        }
        """;

    public static readonly SinkRowCase[] All = Build().ToArray();

    private static IEnumerable<SinkRowCase> Build()
    {
        var stripe = new Group(SdkPackages.Stripe, "using Stripe;", "StripeClient client");
        yield return stripe.Case("Stripe.StripeConfiguration.ApiKey", "StripeConfiguration.ApiKey = " + Marked("SECA002") + ";");
        yield return stripe.Case("Stripe.StripeConfiguration.SetApiKey(newApiKey)", "StripeConfiguration.SetApiKey(" + Marked("SECA002") + ");");
        yield return stripe.Case("Stripe.StripeClient..ctor(apiKey)", "_ = new StripeClient(\"{|SECA002:" + SyntheticTokens.StripeLiveSecret(311) + "|}\");");
        yield return stripe.Case("Stripe.StripeClientOptions.ApiKey", "_ = new StripeClientOptions { ApiKey = " + Marked("SECA002") + " };");
        yield return stripe.Case("Stripe.RequestOptions.ApiKey", "_ = new RequestOptions { ApiKey = \"{|SECA002:" + SyntheticTokens.StripeLiveRestricted(312) + "|}\" };");
        yield return stripe.Case("Stripe.OAuthTokenCreateOptions.ClientSecret", "_ = new OAuthTokenCreateOptions { ClientSecret = " + Marked("SECA002") + " };");
        yield return stripe.Case("Stripe.EventUtility.ConstructEvent(secret)", "_ = EventUtility.ConstructEvent(\"{}\", \"t=1\", \"{|SECA002:" + SyntheticTokens.StripeWebhookSecret(313) + "|}\");");
        yield return stripe.Case("Stripe.EventUtility.ValidateSignature(secret)", "EventUtility.ValidateSignature(\"{}\", \"t=1\", " + Marked("SECA002") + ", 600);");
        yield return stripe.Case("Stripe.EventUtility.ComputeSignature(secret)", "_ = EventUtility.ComputeSignature(" + Marked("SECA002") + ", \"1700000000\", \"{}\");");
        yield return stripe.Case("Stripe.EventUtility.GenerateSignatureHeader(secret)", "_ = EventUtility.GenerateSignatureHeader(\"{}\", " + Marked("SECA002") + ");");
        yield return stripe.Case("Stripe.StripeClient.ParseEventNotification(secret)", "_ = client.ParseEventNotification(\"{}\", \"t=1\", " + Marked("SECA002") + ");");
        yield return stripe.Case("Stripe.StripeClient.NotificationHandler(webhookSecret)", "_ = client.NotificationHandler(" + Marked("SECA002") + ", (sender, e) => { });");
        yield return stripe.Case("Stripe.StripeEventNotificationHandler..ctor(webhookSecret)", "_ = new StripeEventNotificationHandler(client, " + Marked("SECA002") + ", (sender, e) => { });");

        var openAi = new Group(SdkPackages.OpenAi, "using System.ClientModel; using System.ClientModel.Primitives;", "ApiKeyCredential credential, CredentialSettings settings");
        foreach (var client in new[]
        {
            "OpenAI.OpenAIClient", "OpenAI.Assistants.AssistantClient", "OpenAI.Batch.BatchClient", "OpenAI.Containers.ContainerClient",
            "OpenAI.Conversations.ConversationClient", "OpenAI.Decisions.DecisionsClient", "OpenAI.Evals.EvaluationClient", "OpenAI.Files.OpenAIFileClient",
            "OpenAI.FineTuning.FineTuningClient", "OpenAI.Graders.GraderClient", "OpenAI.Models.OpenAIModelClient", "OpenAI.Realtime.RealtimeClient",
            "OpenAI.Responses.ResponsesClient", "OpenAI.Skills.SkillClient", "OpenAI.VectorStores.VectorStoreClient", "OpenAI.Videos.VideoClient",
        })
        {
            yield return openAi.Case(client + "..ctor(apiKey)", "_ = new " + client + "(" + Marked("SECA003") + ");");
        }

        foreach (var client in new[] { "OpenAI.Chat.ChatClient", "OpenAI.Audio.AudioClient", "OpenAI.Embeddings.EmbeddingClient", "OpenAI.Images.ImageClient", "OpenAI.Moderations.ModerationClient" })
        {
            yield return openAi.Case(client + "..ctor(apiKey)", "_ = new " + client + "(\"model-name\", \"{|SECA003:" + SyntheticTokens.OpenAiProject(314) + "|}\");");
        }

        yield return openAi.Case("System.ClientModel.ApiKeyCredential..ctor(key)", "_ = new ApiKeyCredential(" + Marked("SECA003") + ");");
        yield return openAi.Case("System.ClientModel.ApiKeyCredential.Update(key)", "credential.Update(" + Marked("SECA003") + ");");
        yield return openAi.Case("System.ClientModel.Primitives.CredentialSettings.Key", "settings.Key = " + Marked("SECA003") + ";");

        var azureOpenAi = new Group(SdkPackages.AzureOpenAi, "using System.ClientModel; using Azure.AI.OpenAI; using Azure.AI.OpenAI.Chat;", "");
        yield return azureOpenAi.Case("Azure.AI.OpenAI.AzureOpenAIClient..ctor(credential)", "_ = new AzureOpenAIClient(new Uri(\"https://contoso.openai.azure.com\"), new ApiKeyCredential(" + Marked("SECA003") + "));");
        yield return azureOpenAi.Case("Azure.AI.OpenAI.Chat.DataSourceAuthentication.FromApiKey(apiKey)", "_ = DataSourceAuthentication.FromApiKey(" + Marked("SECA003") + ");");
        yield return azureOpenAi.Case("Azure.AI.OpenAI.Chat.DataSourceAuthentication.FromConnectionString(connectionString)", "_ = DataSourceAuthentication.FromConnectionString(\"Endpoint=https://contoso.search.windows.net;AccountKey={|SECA003:k7Qm2Xr9Lp4Zt8Wn|}\");");

        var inference = new Group(SdkPackages.AzureInference, "using Azure; using Azure.AI.Inference;", "");
        foreach (var client in new[] { "ChatCompletionsClient", "EmbeddingsClient", "ImageEmbeddingsClient" })
        {
            yield return inference.Case("Azure.AI.Inference." + client + "..ctor(credential)", "_ = new " + client + "(new Uri(\"https://contoso.services.ai.azure.com/models\"), new AzureKeyCredential(" + Marked("SECA003") + "));");
        }

        var kernel = new Group(SdkPackages.SemanticKernel, "using Microsoft.SemanticKernel; using Microsoft.SemanticKernel.Connectors.OpenAI; using Microsoft.Extensions.DependencyInjection;", "IKernelBuilder kernel, IServiceCollection services");
        yield return kernel.Case("Microsoft.SemanticKernel.OpenAIKernelBuilderExtensions.*(apiKey)", "kernel.AddOpenAIChatCompletion(\"gpt-4o\", \"{|SECA003:" + SyntheticTokens.OpenAiProject(315) + "|}\");");
        yield return kernel.Case("Microsoft.SemanticKernel.OpenAIChatClientKernelBuilderExtensions.*(apiKey)", "kernel.AddOpenAIChatClient(\"gpt-4o\", " + Marked("SECA003") + ");");
        yield return kernel.Case("Microsoft.SemanticKernel.OpenAIServiceCollectionExtensions.*(apiKey)", "Microsoft.SemanticKernel.OpenAIServiceCollectionExtensions.AddOpenAIChatCompletion(services, \"gpt-4o\", " + Marked("SECA003") + ");");
        yield return kernel.Case("Microsoft.SemanticKernel.Connectors.OpenAI.OpenAIMemoryBuilderExtensions.*(apiKey)", "OpenAIMemoryBuilderExtensions.WithOpenAITextEmbeddingGeneration(null!, \"text-embedding-3-small\", " + Marked("SECA003") + ");");
        yield return kernel.Case("Microsoft.Extensions.DependencyInjection.OpenAIServiceCollectionExtensions.*(apiKey)", "Microsoft.Extensions.DependencyInjection.OpenAIServiceCollectionExtensions.AddOpenAIChatClient(services, \"gpt-4o\", " + Marked("SECA003") + ");");
        yield return kernel.Case("Microsoft.SemanticKernel.Connectors.OpenAI.OpenAIChatCompletionService.*(apiKey)", "_ = new OpenAIChatCompletionService(\"gpt-4o\", " + Marked("SECA003") + ");");
        yield return kernel.Case("Microsoft.SemanticKernel.Connectors.OpenAI.OpenAITextEmbeddingGenerationService.*(apiKey)", "_ = new OpenAITextEmbeddingGenerationService(\"text-embedding-3-small\", " + Marked("SECA003") + ");");
        yield return kernel.Case("Microsoft.SemanticKernel.Connectors.OpenAI.OpenAITextToAudioService.*(apiKey)", "_ = new OpenAITextToAudioService(\"tts-1\", " + Marked("SECA003") + ");");
        yield return kernel.Case("Microsoft.SemanticKernel.Connectors.OpenAI.OpenAIAudioToTextService.*(apiKey)", "_ = new OpenAIAudioToTextService(\"whisper-1\", " + Marked("SECA003") + ");");
        yield return kernel.Case("Microsoft.SemanticKernel.Connectors.OpenAI.OpenAITextToImageService.*(apiKey)", "_ = new OpenAITextToImageService(" + Marked("SECA003") + ");");
        yield return kernel.Case("Microsoft.SemanticKernel.Connectors.OpenAI.OpenAIFileService.*(apiKey)", "_ = new OpenAIFileService(" + Marked("SECA003") + ");");

        const string Endpoint = "\"https://contoso.openai.azure.com\"";
        var kernelAzure = new Group(SdkPackages.SemanticKernelAzure, "using Microsoft.SemanticKernel; using Microsoft.SemanticKernel.Connectors.AzureOpenAI; using Microsoft.Extensions.DependencyInjection;", "IKernelBuilder kernel, IServiceCollection services");
        yield return kernelAzure.Case("Azure.AI.OpenAI.Chat.DataSourceAuthentication.FromUsernameAndPassword(password)", "_ = Azure.AI.OpenAI.Chat.DataSourceAuthentication.FromUsernameAndPassword(\"search-reader\", " + Marked("SECA003") + ");");
        yield return kernelAzure.Case("Azure.AI.OpenAI.Chat.DataSourceAuthentication.FromAccessToken(accessToken)", "_ = Azure.AI.OpenAI.Chat.DataSourceAuthentication.FromAccessToken(" + Marked("SECA003") + ");");
        yield return kernelAzure.Case("Azure.AI.OpenAI.Chat.DataSourceAuthentication.FromEncodedApiKey(encodedApiKey)", "_ = Azure.AI.OpenAI.Chat.DataSourceAuthentication.FromEncodedApiKey(" + Marked("SECA003") + ");");
        yield return kernelAzure.Case("Microsoft.SemanticKernel.AzureOpenAIKernelBuilderExtensions.*(apiKey)", "kernel.AddAzureOpenAIChatCompletion(\"gpt-4o\", " + Endpoint + ", " + Marked("SECA003") + ");");
        yield return kernelAzure.Case("Microsoft.SemanticKernel.AzureOpenAIServiceCollectionExtensions.*(apiKey)", "Microsoft.SemanticKernel.AzureOpenAIServiceCollectionExtensions.AddAzureOpenAIChatCompletion(services, \"gpt-4o\", " + Endpoint + ", " + Marked("SECA003") + ");");
        yield return kernelAzure.Case("Microsoft.Extensions.DependencyInjection.AzureOpenAIServiceCollectionExtensions.*(apiKey)", "Microsoft.Extensions.DependencyInjection.AzureOpenAIServiceCollectionExtensions.AddAzureOpenAIChatClient(services, \"gpt-4o\", " + Endpoint + ", " + Marked("SECA003") + ");");
        yield return kernelAzure.Case("Microsoft.SemanticKernel.Connectors.AzureOpenAI.AzureOpenAIChatCompletionService.*(apiKey)", "_ = new AzureOpenAIChatCompletionService(\"gpt-4o\", " + Endpoint + ", " + Marked("SECA003") + ");");
        yield return kernelAzure.Case("Microsoft.SemanticKernel.Connectors.AzureOpenAI.AzureOpenAITextEmbeddingGenerationService.*(apiKey)", "_ = new AzureOpenAITextEmbeddingGenerationService(\"embeddings\", " + Endpoint + ", " + Marked("SECA003") + ");");
        yield return kernelAzure.Case("Microsoft.SemanticKernel.Connectors.AzureOpenAI.AzureOpenAITextToAudioService.*(apiKey)", "_ = new AzureOpenAITextToAudioService(\"tts\", " + Endpoint + ", " + Marked("SECA003") + ");");
        yield return kernelAzure.Case("Microsoft.SemanticKernel.Connectors.AzureOpenAI.AzureOpenAITextToImageService.*(apiKey)", "_ = new AzureOpenAITextToImageService(\"dalle\", " + Endpoint + ", " + Marked("SECA003") + ", \"dall-e-3\");");
        yield return kernelAzure.Case("Microsoft.SemanticKernel.Connectors.AzureOpenAI.AzureOpenAIAudioToTextService.*(apiKey)", "_ = new AzureOpenAIAudioToTextService(\"whisper\", " + Endpoint + ", " + Marked("SECA003") + ");");

        var extensionsAi = new Group(SdkPackages.ExtensionsAi, "using Microsoft.Extensions.AI;", "");
        yield return extensionsAi.Case("Microsoft.Extensions.AI.OpenAIRealtimeClient..ctor(apiKey)", "_ = new OpenAIRealtimeClient(" + Marked("SECA003") + ", \"gpt-realtime\");");
        yield return extensionsAi.Case("Microsoft.Extensions.AI.OpenAIRealtimeClientSession..ctor(apiKey)", "_ = new OpenAIRealtimeClientSession(" + Marked("SECA003") + ", \"gpt-realtime\");");

        var anthropic = new Group(SdkPackages.Anthropic, "using Anthropic; using Anthropic.Core;", "ClientOptions options");
        foreach (var (property, seed) in new[] { ("ApiKey", 316), ("AuthToken", 317), ("WebhookKey", 318) })
        {
            var value = property == "ApiKey" ? "\"" + SyntheticTokens.AnthropicApi(seed) + "\"" : Key;
            yield return anthropic.Case("Anthropic.AnthropicClient." + property, "_ = new AnthropicClient { " + property + " = " + Mark("SECA003", value) + " };");
            yield return anthropic.Case("Anthropic.AnthropicClientWithRawResponse." + property, "_ = new AnthropicClientWithRawResponse { " + property + " = " + Mark("SECA003", value) + " };");
            yield return anthropic.Case("Anthropic.Core.ClientOptions." + property, "_ = options with { " + property + " = " + Mark("SECA003", value) + " };");
        }

        yield return anthropic.Case("Anthropic.Credentials.StaticTokenCredentials..ctor(token)", "_ = new Anthropic.Credentials.StaticTokenCredentials(" + Marked("SECA003") + ");");
        yield return anthropic.Case("Anthropic.Credentials.StaticIdentityTokenProvider..ctor(token)", "_ = new Anthropic.Credentials.StaticIdentityTokenProvider(" + Marked("SECA003") + ");");
        yield return anthropic.Case("Anthropic.Credentials.AccessToken..ctor(token)", "_ = new Anthropic.Credentials.AccessToken(" + Marked("SECA003") + ");");

        var aws = new Group(SdkPackages.Aws, "using Amazon; using Amazon.Runtime; using Amazon.Runtime.CredentialManagement; using Amazon.S3;", "Amazon.Util.ProxyConfig proxy");
        var keyId = "\"" + SyntheticTokens.AwsAccessKeyId(319) + "\"";
        var secret = "\"" + SyntheticTokens.AwsSecretAccessKey(319) + "\"";
        const string Env = "Environment.GetEnvironmentVariable(\"AWS\")!";
        yield return aws.Case("Amazon.Runtime.BasicAWSCredentials..ctor(accessKey)", "_ = new BasicAWSCredentials(" + Mark("SECA004", keyId) + ", " + Env + ");");
        yield return aws.Case("Amazon.Runtime.BasicAWSCredentials..ctor(secretKey)", "_ = new BasicAWSCredentials(" + Env + ", " + Mark("SECA004", secret) + ");");
        foreach (var type in new[] { "SessionAWSCredentials", "ImmutableCredentials" })
        {
            yield return aws.Case("Amazon.Runtime." + type + "..ctor(awsAccessKeyId)", "_ = new " + type + "(" + Mark("SECA004", keyId) + ", " + Env + ", " + Env + ");");
            yield return aws.Case("Amazon.Runtime." + type + "..ctor(awsSecretAccessKey)", "_ = new " + type + "(" + Env + ", " + Marked("SECA004") + ", " + Env + ");");
            yield return aws.Case("Amazon.Runtime." + type + "..ctor(token)", "_ = new " + type + "(" + Env + ", " + Env + ", " + Marked("SECA004") + ");");
        }

        yield return aws.Case("Amazon.Runtime.AmazonServiceClient..ctor(awsAccessKeyId)", "_ = new AmazonS3Client(" + Mark("SECA004", keyId) + ", " + Env + ", RegionEndpoint.USEast1);");
        yield return aws.Case("Amazon.Runtime.AmazonServiceClient..ctor(awsSecretAccessKey)", "_ = new AmazonS3Client(" + Env + ", " + Mark("SECA004", secret) + ", RegionEndpoint.USEast1);");
        yield return aws.Case("Amazon.Runtime.AmazonServiceClient..ctor(awsSessionToken)", "_ = new AmazonS3Client(" + Env + ", " + Env + ", " + Marked("SECA004") + ", RegionEndpoint.USEast1);");
        yield return aws.Case("Amazon.Runtime.StaticTokenProvider..ctor(token)", "_ = new StaticTokenProvider(" + Marked("SECA004") + ");");
        yield return aws.Case("Amazon.Runtime.ServiceBearerStaticTokenProvider..ctor(token)", "_ = new ServiceBearerStaticTokenProvider(" + Marked("SECA004") + ");");
        yield return aws.Case("Amazon.Util.ProxyConfig.Password", "proxy.Password = " + Marked("SECA004") + ";");
        yield return aws.Case("Amazon.Runtime.CredentialManagement.CredentialProfileOptions.AccessKey", "_ = new CredentialProfileOptions { AccessKey = " + Mark("SECA004", keyId) + " };");
        yield return aws.Case("Amazon.Runtime.CredentialManagement.CredentialProfileOptions.SecretKey", "_ = new CredentialProfileOptions { SecretKey = " + Marked("SECA004") + " };");
        yield return aws.Case("Amazon.Runtime.CredentialManagement.CredentialProfileOptions.Token", "_ = new CredentialProfileOptions { Token = " + Marked("SECA004") + " };");

        var azure = new Group(
            SdkPackages.Azure,
            "using Azure; using Azure.Identity; using Azure.Storage; using Azure.Storage.Blobs; using Azure.Storage.Blobs.Specialized; using Microsoft.Azure.Cosmos; using Microsoft.Azure.Cosmos.Fluent; using Microsoft.Extensions.Azure;",
            "AzureNamedKeyCredential named, AzureSasCredential sas, StorageSharedKeyCredential shared, Azure.Core.Extensions.IAzureClientFactoryBuilder builder");
        var connectionString = "\"DefaultEndpointsProtocol=https;AccountName=contosoprod;Account" + "Key={|SECA004:" + SyntheticTokens.AzureStorageAccountKey(320) + "|};EndpointSuffix=core.windows.net\"";
        yield return azure.Case("Azure.AzureKeyCredential..ctor(key)", "_ = new AzureKeyCredential(" + Marked("SECA004") + ");");
        yield return azure.Case("Azure.AzureNamedKeyCredential..ctor(key)", "_ = new AzureNamedKeyCredential(\"account\", " + Marked("SECA004") + ");");
        yield return azure.Case("Azure.AzureNamedKeyCredential.Update(key)", "named.Update(\"account\", " + Marked("SECA004") + ");");
        yield return azure.Case("Azure.AzureSasCredential..ctor(signature)", "_ = new AzureSasCredential(\"{|SECA004:sv=2024-01-01&ss=b&sig=Zm9vYmFyYmF6cXV4|}\");");
        yield return azure.Case("Azure.AzureSasCredential.Update(signature)", "sas.Update(" + Marked("SECA004") + ");");
        yield return azure.Case("Azure.Identity.ClientSecretCredential..ctor(clientSecret)", "_ = new ClientSecretCredential(\"tenant\", \"client\", \"{|SECA004:" + SyntheticTokens.EntraClientSecret(321) + "|}\");");
        yield return azure.Case("Azure.Identity.OnBehalfOfCredential..ctor(clientSecret)", "_ = new OnBehalfOfCredential(\"tenant\", \"client\", " + Marked("SECA004") + ", Environment.GetEnvironmentVariable(\"ASSERTION\")!);");
        yield return azure.Case("Azure.Identity.AuthorizationCodeCredential..ctor(clientSecret)", "_ = new AuthorizationCodeCredential(\"tenant\", \"client\", " + Marked("SECA004") + ", Environment.GetEnvironmentVariable(\"CODE\")!);");
        yield return azure.Case("Azure.Identity.UsernamePasswordCredential..ctor(password)", "_ = new UsernamePasswordCredential(\"user@contoso.com\", " + Marked("SECA004") + ", \"tenant\", \"client\");");
        yield return azure.Case("Azure.Identity.AzurePipelinesCredential..ctor(systemAccessToken)", "_ = new AzurePipelinesCredential(\"tenant\", \"client\", \"connection\", " + Marked("SECA004") + ");");
        yield return azure.Case("Azure.Core.AccessToken..ctor(accessToken)", "_ = new Azure.Core.AccessToken(" + Marked("SECA004") + ", DateTimeOffset.UtcNow.AddHours(1));");
        yield return azure.Case("Azure.Storage.StorageSharedKeyCredential..ctor(accountKey)", "_ = new StorageSharedKeyCredential(\"account\", \"{|SECA004:" + SyntheticTokens.AzureStorageAccountKey(322) + "|}\");");
        yield return azure.Case("Azure.Storage.StorageSharedKeyCredential.SetAccountKey(accountKey)", "shared.SetAccountKey(" + Marked("SECA004") + ");");
        yield return azure.Case("Azure.Storage.Blobs.BlobServiceClient..ctor(connectionString)", "_ = new BlobServiceClient(" + connectionString + ");");
        yield return azure.Case("Azure.Storage.Blobs.BlobContainerClient..ctor(connectionString)", "_ = new BlobContainerClient(" + connectionString + ", \"container\");");
        foreach (var client in new[] { "Azure.Storage.Blobs.BlobClient", "Azure.Storage.Blobs.Specialized.BlobBaseClient", "Azure.Storage.Blobs.Specialized.BlockBlobClient", "Azure.Storage.Blobs.Specialized.AppendBlobClient", "Azure.Storage.Blobs.Specialized.PageBlobClient" })
        {
            yield return azure.Case(client + "..ctor(connectionString)", "_ = new " + client + "(\"AccountName=acct;AccountKey={|SECA004:c3RvcmFnZS1rZXktZm9yLWEtdGVzdA==|}\", \"container\", \"blob\");");
        }

        yield return azure.Case("Microsoft.Extensions.Azure.BlobClientBuilderExtensions.AddBlobServiceClient(connectionString)", "builder.AddBlobServiceClient(" + connectionString + ");");
        const string Cosmos = "\"https://contoso.documents.azure.com:443/\"";
        yield return azure.Case("Microsoft.Azure.Cosmos.CosmosClient..ctor(connectionString)", "_ = new CosmosClient(\"AccountEndpoint=https://contoso.documents.azure.com:443/;AccountKey={|SECA004:Y29zbW9zLWtleS1mb3ItYS10ZXN0==|};\");");
        yield return azure.Case("Microsoft.Azure.Cosmos.CosmosClient..ctor(authKeyOrResourceToken)", "_ = new CosmosClient(" + Cosmos + ", " + Marked("SECA004") + ");");
        yield return azure.Case("Microsoft.Azure.Cosmos.CosmosClient.CreateAndInitializeAsync(connectionString)", "_ = CosmosClient.CreateAndInitializeAsync(\"AccountEndpoint=https://contoso.documents.azure.com:443/;AccountKey={|SECA004:Y29zbW9zLWtleS1mb3ItYS10ZXN0==|};\", new List<(string, string)>());");
        yield return azure.Case("Microsoft.Azure.Cosmos.CosmosClient.CreateAndInitializeAsync(authKeyOrResourceToken)", "_ = CosmosClient.CreateAndInitializeAsync(" + Cosmos + ", " + Marked("SECA004") + ", new List<(string, string)>());");
        yield return azure.Case("Microsoft.Azure.Cosmos.Fluent.CosmosClientBuilder..ctor(connectionString)", "_ = new CosmosClientBuilder(\"AccountEndpoint=https://contoso.documents.azure.com:443/;AccountKey={|SECA004:Y29zbW9zLWtleS1mb3ItYS10ZXN0==|};\");");
        yield return azure.Case("Microsoft.Azure.Cosmos.Fluent.CosmosClientBuilder..ctor(authKeyOrResourceToken)", "_ = new CosmosClientBuilder(" + Cosmos + ", " + Marked("SECA004") + ");");

        var sendGrid = new Group(SdkPackages.SendGrid, "using SendGrid;", "");
        yield return sendGrid.Case("SendGrid.SendGridClient..ctor(apiKey)", "_ = new SendGridClient(\"{|SECA004:" + SyntheticTokens.SendGrid(323) + "|}\");");
        yield return sendGrid.Case("SendGrid.SendGridClientOptions.ApiKey", "_ = new SendGridClientOptions { ApiKey = " + Marked("SECA004") + " };");
        yield return sendGrid.Case("SendGrid.TwilioEmailClient..ctor(password)", "_ = new TwilioEmailClient(\"apikey\", " + Marked("SECA004") + ");");
        yield return sendGrid.Case("SendGrid.TwilioEmailClientOptions..ctor(password)", "_ = new TwilioEmailClientOptions(\"apikey\", " + Marked("SECA004") + ");");

        var octokit = new Group(SdkPackages.Octokit, "using Octokit;", "GitHubClient github");
        yield return octokit.Case("Octokit.Credentials..ctor(token)", "_ = new Credentials(\"{|SECA004:" + SyntheticTokens.GitHubClassic("p", 324) + "|}\");");
        yield return octokit.Case("Octokit.Credentials..ctor(password)", "_ = new Credentials(\"octocat\", " + Marked("SECA004") + ");");
        yield return octokit.Case("Octokit.OauthTokenRequest..ctor(clientSecret)", "_ = new OauthTokenRequest(\"Iv1.client\", " + Marked("SECA004") + ", Environment.GetEnvironmentVariable(\"CODE\")!);");
        yield return octokit.Case("Octokit.OauthTokenRenewalRequest..ctor(clientSecret)", "_ = new OauthTokenRenewalRequest(\"Iv1.client\", " + Marked("SECA004") + ", Environment.GetEnvironmentVariable(\"REFRESH\")!);");
        yield return octokit.Case("Octokit.IAuthorizationsClient.*(clientSecret)", "_ = github.Authorization.GetOrCreateApplicationAuthentication(\"Iv1.client\", " + Marked("SECA004") + ", new NewAuthorization());");
        yield return octokit.Case("Octokit.AuthorizationsClient.*(clientSecret)", "_ = new AuthorizationsClient(new ApiConnection(github.Connection)).Create(\"Iv1.client\", " + Marked("SECA004") + ", new NewAuthorization());");
        yield return octokit.Case("Octokit.NewRepositoryWebHook.Secret", "_ = new NewRepositoryWebHook(\"web\", new Dictionary<string, string>(), \"https://hooks.contoso.com\") { Secret = " + Marked("SECA004") + " };");
        yield return octokit.Case("Octokit.NewOrganizationWebHook.Secret", "_ = new NewOrganizationWebHook(\"web\", new Dictionary<string, string>(), \"https://hooks.contoso.com\") { Secret = " + Marked("SECA004") + " };");

        var twilio = new Group(SdkPackages.None, "using Twilio; using Twilio.Clients;", "", TwilioStandIn);
        yield return twilio.Case("Twilio.TwilioClient.Init(password)", "TwilioClient.Init(\"AC-account-sid\", \"{|SECA004:" + SyntheticTokens.TwilioAuthToken(325) + "|}\");");
        yield return twilio.Case("Twilio.TwilioClient.SetPassword(password)", "TwilioClient.SetPassword(" + Marked("SECA004") + ");");
        yield return twilio.Case("Twilio.Clients.TwilioRestClient..ctor(password)", "_ = new TwilioRestClient(\"AC-account-sid\", " + Marked("SECA004") + ");");

        var net = new Group(SdkPackages.None, "using System.Collections.Specialized; using System.Net; using System.Net.Http; using System.Net.Http.Headers;", "HttpRequestMessage request, WebHeaderCollection headers, NameValueCollection values");
        yield return net.Case("System.Net.NetworkCredential..ctor(password)", "_ = new NetworkCredential(\"svc-reports\", \"{|SECA004:Winter-Harbor-2024!|}\");");
        yield return net.Case("System.Net.NetworkCredential.Password", "_ = new NetworkCredential { UserName = \"svc\", Password = " + Marked("SECA004") + " };");
        yield return net.Case("System.Net.Http.Headers.AuthenticationHeaderValue..ctor(parameter)", "request.Headers.Authorization = new AuthenticationHeaderValue(\"Bearer\", \"{|SECA004:" + SyntheticTokens.GitHubClassic("p", 326) + "|}\");");
        yield return net.Case("System.Net.Http.Headers.HttpHeaders.Add(value)", "request.Headers.Add(\"X-Api-Key\", " + Marked("SECA004") + ");");
        yield return net.Case("System.Net.Http.Headers.HttpHeaders.TryAddWithoutValidation(value)", "request.Headers.TryAddWithoutValidation(\"Authorization\", \"Bearer {|SECA004:7Qm2Xr9Lp4Zt8Wn3Ks6Dv1Hb|}\");");
        yield return net.Case("System.Net.WebHeaderCollection.Add(value)", "headers.Add(\"Ocp-Apim-Subscription-Key\", " + Marked("SECA004") + ");");
        yield return net.Case("System.Net.WebHeaderCollection.Set(value)", "headers.Set(HttpRequestHeader.Authorization, \"Basic {|SECA004:dXNlcjpwYXNzd29yZDEyMw==|}\");");
        yield return net.Case("System.Net.WebHeaderCollection.this[]", "headers[HttpRequestHeader.Authorization] = \"Bearer {|SECA004:7Qm2Xr9Lp4Zt8Wn3Ks6Dv1Hb|}\";");
        yield return net.Case("System.Collections.Specialized.NameValueCollection.this[]", "headers[\"Authorization\"] = \"Bearer {|SECA004:7Qm2Xr9Lp4Zt8Wn3Ks6Dv1Hb|}\";");
        yield return net.Case("System.Collections.Specialized.NameValueCollection.Add(value)", "values.Add(\"x-api-key\", " + Marked("SECA004") + ");");

        var aspNetCore = new Group(SdkPackages.AspNetCore, "using Microsoft.AspNetCore.Http;", "HttpContext context");
        yield return aspNetCore.Case("Microsoft.AspNetCore.Http.IHeaderDictionary.this[]", "context.Request.Headers[\"X-Api-Key\"] = " + Marked("SECA004") + ";");
        yield return aspNetCore.Case("Microsoft.AspNetCore.Http.IHeaderDictionary.Authorization", "context.Request.Headers.Authorization = \"Bearer {|SECA004:7Qm2Xr9Lp4Zt8Wn3Ks6Dv1Hb|}\";");
        yield return aspNetCore.Case("Microsoft.AspNetCore.Http.IHeaderDictionary.ProxyAuthorization", "context.Request.Headers.ProxyAuthorization = \"Basic {|SECA004:dXNlcjpwYXNzd29yZDEyMw==|}\";");
        yield return aspNetCore.Case("Microsoft.AspNetCore.Http.HeaderDictionaryExtensions.Append(value)", "context.Request.Headers.Append(\"Ocp-Apim-Subscription-Key\", " + Marked("SECA004") + ");");
    }

    /// <summary>Packages, usings, parameters of the method the statement runs in, and any extra source.</summary>
    private sealed record Group(PackageIdentity[] Packages, string Usings, string Parameters, string Extra = "")
    {
        public SinkRowCase Case(string sinkId, string statement) =>
            new(sinkId, Packages, $$"""
                #nullable enable
                #pragma warning disable CS0618, MEAI001, OPENAI001, OPENAI002, SKEXP0001, SKEXP0010, AOAI001, SCME0002, SCME0001
                using System;
                using System.Collections.Generic;
                {{Usings}}
                class Case
                {
                    void Run({{Parameters}})
                    {
                        {{statement}}
                    }
                }
                {{Extra}}
                """);
    }
}

/// <summary>A row id of the sink table and a source that reaches it with the value marked.</summary>
internal sealed record SinkRowCase(string SinkId, PackageIdentity[] Packages, string Markup)
{
    public override string ToString() => SinkId;
}
