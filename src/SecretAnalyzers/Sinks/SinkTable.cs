using System.Collections.Immutable;

namespace SecretAnalyzers.Sinks;

/// <summary>
/// Every member through which a key enters an SDK, read by reflection over the real packages (the measured tables are
/// in docs/rules/SECA002.md to SECA004.md). Adding an SDK is adding rows here; the analyzers hold no SDK names.
/// </summary>
internal static class SinkTable
{
    private const string Ctor = Sink.Constructor;
    private const string Any = Sink.AnyMember;

    public static ImmutableArray<Sink> All { get; } = ImmutableArray.Create(
        // SECA002: Stripe.net. Publishable keys never go through these members; restricted keys do, like secret keys.
        Stripe("Stripe.StripeConfiguration", "ApiKey", null, SinkFlags.Property),
        Stripe("Stripe.StripeConfiguration", "SetApiKey", "newApiKey"),
        Stripe("Stripe.StripeClient", Ctor, "apiKey"),
        Stripe("Stripe.StripeClientOptions", "ApiKey", null, SinkFlags.Property),
        Stripe("Stripe.RequestOptions", "ApiKey", null, SinkFlags.Property),
        new Sink(SinkRule.Stripe, "Stripe.OAuthTokenCreateOptions", "ClientSecret", null, "Stripe.net", "stripe", "secret key", "Stripe:SecretKey", "STRIPE_SECRET_KEY", SinkFlags.Property),
        StripeWebhook("Stripe.EventUtility", "ConstructEvent", "secret"),
        StripeWebhook("Stripe.EventUtility", "ValidateSignature", "secret"),
        StripeWebhook("Stripe.EventUtility", "ComputeSignature", "secret"),
        StripeWebhook("Stripe.EventUtility", "GenerateSignatureHeader", "secret"),
        StripeWebhook("Stripe.StripeClient", "ParseEventNotification", "secret"),
        StripeWebhook("Stripe.StripeClient", "NotificationHandler", "webhookSecret"),
        StripeWebhook("Stripe.StripeEventNotificationHandler", Ctor, "webhookSecret"),

        // SECA003: OpenAI. Sixteen clients take (apiKey); five take (model, apiKey).
        OpenAi("OpenAI.OpenAIClient"),
        OpenAi("OpenAI.Assistants.AssistantClient"),
        OpenAi("OpenAI.Batch.BatchClient"),
        OpenAi("OpenAI.Containers.ContainerClient"),
        OpenAi("OpenAI.Conversations.ConversationClient"),
        OpenAi("OpenAI.Decisions.DecisionsClient"),
        OpenAi("OpenAI.Evals.EvaluationClient"),
        OpenAi("OpenAI.Files.OpenAIFileClient"),
        OpenAi("OpenAI.FineTuning.FineTuningClient"),
        OpenAi("OpenAI.Graders.GraderClient"),
        OpenAi("OpenAI.Models.OpenAIModelClient"),
        OpenAi("OpenAI.Realtime.RealtimeClient"),
        OpenAi("OpenAI.Responses.ResponsesClient"),
        OpenAi("OpenAI.Skills.SkillClient"),
        OpenAi("OpenAI.VectorStores.VectorStoreClient"),
        OpenAi("OpenAI.Videos.VideoClient"),
        OpenAi("OpenAI.Chat.ChatClient"),
        OpenAi("OpenAI.Audio.AudioClient"),
        OpenAi("OpenAI.Embeddings.EmbeddingClient"),
        OpenAi("OpenAI.Images.ImageClient"),
        OpenAi("OpenAI.Moderations.ModerationClient"),

        // The universal wrapper of System.ClientModel; given to an Azure client below, that client's row decides.
        new Sink(SinkRule.AiSdk, "System.ClientModel.ApiKeyCredential", Ctor, "key", "System.ClientModel", "openai", "API key", "OpenAI:ApiKey", "OPENAI_API_KEY", SinkFlags.Wrapper),
        new Sink(SinkRule.AiSdk, "System.ClientModel.ApiKeyCredential", "Update", "key", "System.ClientModel", "openai", "API key", "OpenAI:ApiKey", "OPENAI_API_KEY"),
        new Sink(SinkRule.AiSdk, "System.ClientModel.Primitives.CredentialSettings", "Key", null, "System.ClientModel", "openai", "API key", "OpenAI:ApiKey", "OPENAI_API_KEY", SinkFlags.Property),

        // Azure OpenAI and Azure AI Inference take the key as an ApiKeyCredential or AzureKeyCredential.
        AzureOpenAi("Azure.AI.OpenAI.AzureOpenAIClient", Ctor, "credential", SinkFlags.TakesCredential),
        new Sink(SinkRule.AiSdk, "Azure.AI.OpenAI.Chat.DataSourceAuthentication", "FromApiKey", "apiKey", "Azure.AI.OpenAI", "azure-openai", "data source API key", "AzureSearch:ApiKey", "AZURE_SEARCH_API_KEY"),
        new Sink(SinkRule.AiSdk, "Azure.AI.OpenAI.Chat.DataSourceAuthentication", "FromConnectionString", "connectionString", "Azure.AI.OpenAI", "azure-openai", "data source connection string", "ConnectionStrings:DataSource", "AZURE_OPENAI_DATA_SOURCE_CONNECTION_STRING", SinkFlags.ConnectionString),
        new Sink(SinkRule.AiSdk, "Azure.AI.OpenAI.Chat.DataSourceAuthentication", "FromUsernameAndPassword", "password", "Azure.AI.OpenAI", "azure-openai", "data source password", "AzureOpenAI:DataSourcePassword", "AZURE_OPENAI_DATA_SOURCE_PASSWORD"),
        new Sink(SinkRule.AiSdk, "Azure.AI.OpenAI.Chat.DataSourceAuthentication", "FromAccessToken", "accessToken", "Azure.AI.OpenAI", "azure-openai", "data source access token", "AzureOpenAI:DataSourceAccessToken", "AZURE_OPENAI_DATA_SOURCE_ACCESS_TOKEN"),
        new Sink(SinkRule.AiSdk, "Azure.AI.OpenAI.Chat.DataSourceAuthentication", "FromEncodedApiKey", "encodedApiKey", "Azure.AI.OpenAI", "azure-openai", "data source API key", "AzureSearch:ApiKey", "AZURE_SEARCH_API_KEY"),
        AzureInference("Azure.AI.Inference.ChatCompletionsClient"),
        AzureInference("Azure.AI.Inference.EmbeddingsClient"),
        AzureInference("Azure.AI.Inference.ImageEmbeddingsClient"),

        // Semantic Kernel: every extension and service constructor with an apiKey parameter, OpenAI and Azure OpenAI connectors.
        SemanticKernel("Microsoft.SemanticKernel.OpenAIKernelBuilderExtensions"),
        SemanticKernel("Microsoft.SemanticKernel.OpenAIChatClientKernelBuilderExtensions"),
        SemanticKernel("Microsoft.SemanticKernel.OpenAIServiceCollectionExtensions"),
        SemanticKernel("Microsoft.SemanticKernel.Connectors.OpenAI.OpenAIMemoryBuilderExtensions"),
        SemanticKernel("Microsoft.Extensions.DependencyInjection.OpenAIServiceCollectionExtensions"),
        SemanticKernel("Microsoft.SemanticKernel.Connectors.OpenAI.OpenAIChatCompletionService"),
        SemanticKernel("Microsoft.SemanticKernel.Connectors.OpenAI.OpenAITextEmbeddingGenerationService"),
        SemanticKernel("Microsoft.SemanticKernel.Connectors.OpenAI.OpenAITextToAudioService"),
        SemanticKernel("Microsoft.SemanticKernel.Connectors.OpenAI.OpenAIAudioToTextService"),
        SemanticKernel("Microsoft.SemanticKernel.Connectors.OpenAI.OpenAITextToImageService"),
        SemanticKernel("Microsoft.SemanticKernel.Connectors.OpenAI.OpenAIFileService"),
        SemanticKernelAzure("Microsoft.SemanticKernel.AzureOpenAIKernelBuilderExtensions"),
        SemanticKernelAzure("Microsoft.SemanticKernel.AzureOpenAIServiceCollectionExtensions"),
        SemanticKernelAzure("Microsoft.Extensions.DependencyInjection.AzureOpenAIServiceCollectionExtensions"),
        SemanticKernelAzure("Microsoft.SemanticKernel.Connectors.AzureOpenAI.AzureOpenAIChatCompletionService"),
        SemanticKernelAzure("Microsoft.SemanticKernel.Connectors.AzureOpenAI.AzureOpenAITextEmbeddingGenerationService"),
        SemanticKernelAzure("Microsoft.SemanticKernel.Connectors.AzureOpenAI.AzureOpenAITextToAudioService"),
        SemanticKernelAzure("Microsoft.SemanticKernel.Connectors.AzureOpenAI.AzureOpenAITextToImageService"),
        SemanticKernelAzure("Microsoft.SemanticKernel.Connectors.AzureOpenAI.AzureOpenAIAudioToTextService"),

        // Microsoft.Extensions.AI.OpenAI: the realtime client takes the key itself; the rest wrap an OpenAI client.
        new Sink(SinkRule.AiSdk, "Microsoft.Extensions.AI.OpenAIRealtimeClient", Ctor, "apiKey", "Microsoft.Extensions.AI.OpenAI", "openai", "API key", "OpenAI:ApiKey", "OPENAI_API_KEY"),
        new Sink(SinkRule.AiSdk, "Microsoft.Extensions.AI.OpenAIRealtimeClientSession", Ctor, "apiKey", "Microsoft.Extensions.AI.OpenAI", "openai", "API key", "OpenAI:ApiKey", "OPENAI_API_KEY"),

        // Anthropic (official SDK): init-only properties of the client, settable ones of its options struct.
        Anthropic("Anthropic.AnthropicClient", "ApiKey", "API key", "Anthropic:ApiKey", "ANTHROPIC_API_KEY"),
        Anthropic("Anthropic.AnthropicClient", "AuthToken", "auth token", "Anthropic:AuthToken", "ANTHROPIC_AUTH_TOKEN"),
        Anthropic("Anthropic.AnthropicClient", "WebhookKey", "webhook signing key", "Anthropic:WebhookSigningKey", "ANTHROPIC_WEBHOOK_SIGNING_KEY"),
        Anthropic("Anthropic.Core.ClientOptions", "ApiKey", "API key", "Anthropic:ApiKey", "ANTHROPIC_API_KEY"),
        Anthropic("Anthropic.Core.ClientOptions", "AuthToken", "auth token", "Anthropic:AuthToken", "ANTHROPIC_AUTH_TOKEN"),
        Anthropic("Anthropic.Core.ClientOptions", "WebhookKey", "webhook signing key", "Anthropic:WebhookSigningKey", "ANTHROPIC_WEBHOOK_SIGNING_KEY"),
        Anthropic("Anthropic.AnthropicClientWithRawResponse", "ApiKey", "API key", "Anthropic:ApiKey", "ANTHROPIC_API_KEY"),
        Anthropic("Anthropic.AnthropicClientWithRawResponse", "AuthToken", "auth token", "Anthropic:AuthToken", "ANTHROPIC_AUTH_TOKEN"),
        Anthropic("Anthropic.AnthropicClientWithRawResponse", "WebhookKey", "webhook signing key", "Anthropic:WebhookSigningKey", "ANTHROPIC_WEBHOOK_SIGNING_KEY"),
        new Sink(SinkRule.AiSdk, "Anthropic.Credentials.StaticTokenCredentials", Ctor, "token", "Anthropic", "anthropic", "auth token", "Anthropic:AuthToken", "ANTHROPIC_AUTH_TOKEN"),
        new Sink(SinkRule.AiSdk, "Anthropic.Credentials.StaticIdentityTokenProvider", Ctor, "token", "Anthropic", "anthropic", "identity token", "Anthropic:IdentityToken", "ANTHROPIC_IDENTITY_TOKEN"),
        new Sink(SinkRule.AiSdk, "Anthropic.Credentials.AccessToken", Ctor, "token", "Anthropic", "anthropic", "access token", "Anthropic:AuthToken", "ANTHROPIC_AUTH_TOKEN"),

        // SECA004: AWS. The SDK reads AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY itself, so the key id goes with the secret.
        AwsKeyId("Amazon.Runtime.BasicAWSCredentials", Ctor, "accessKey"),
        AwsSecret("Amazon.Runtime.BasicAWSCredentials", Ctor, "secretKey"),
        AwsKeyId("Amazon.Runtime.SessionAWSCredentials", Ctor, "awsAccessKeyId"),
        AwsSecret("Amazon.Runtime.SessionAWSCredentials", Ctor, "awsSecretAccessKey"),
        AwsToken("Amazon.Runtime.SessionAWSCredentials", Ctor, "token"),
        // ImmutableCredentials and its AssumeRole, SAML, SSO and Login kinds.
        AwsKeyId("Amazon.Runtime.ImmutableCredentials", Ctor, "awsAccessKeyId", SinkFlags.Derived),
        AwsSecret("Amazon.Runtime.ImmutableCredentials", Ctor, "awsSecretAccessKey", SinkFlags.Derived),
        AwsToken("Amazon.Runtime.ImmutableCredentials", Ctor, "token", SinkFlags.Derived),
        AwsKeyId("Amazon.Runtime.AmazonServiceClient", Ctor, "awsAccessKeyId", SinkFlags.Derived),
        AwsSecret("Amazon.Runtime.AmazonServiceClient", Ctor, "awsSecretAccessKey", SinkFlags.Derived),
        AwsToken("Amazon.Runtime.AmazonServiceClient", Ctor, "awsSessionToken", SinkFlags.Derived),
        new Sink(SinkRule.Credential, "Amazon.Runtime.StaticTokenProvider", Ctor, "token", "AWS SDK", "aws", "bearer token", "AWS:BearerToken", "AWS_BEARER_TOKEN"),
        new Sink(SinkRule.Credential, "Amazon.Runtime.ServiceBearerStaticTokenProvider", Ctor, "token", "AWS SDK", "aws", "bearer token", "AWS:BearerToken", "AWS_BEARER_TOKEN"),
        new Sink(SinkRule.Credential, "Amazon.Util.ProxyConfig", "Password", null, "AWS SDK", "aws", "proxy password", "AWS:ProxyPassword", "AWS_PROXY_PASSWORD", SinkFlags.Property),
        AwsKeyId("Amazon.Runtime.CredentialManagement.CredentialProfileOptions", "AccessKey", null, SinkFlags.Property),
        AwsSecret("Amazon.Runtime.CredentialManagement.CredentialProfileOptions", "SecretKey", null, SinkFlags.Property),
        AwsToken("Amazon.Runtime.CredentialManagement.CredentialProfileOptions", "Token", null, SinkFlags.Property),

        // Azure credentials and clients. AzureKeyCredential given to an AI client above is that client's; its Update is
        // ApiKeyCredential's since Azure.Core 1.44.
        Azure("Azure.AzureKeyCredential", Ctor, "key", "key", "Azure:ApiKey", "AZURE_API_KEY", SinkFlags.Wrapper),
        Azure("Azure.AzureNamedKeyCredential", Ctor, "key", "key", "Azure:Key", "AZURE_KEY"),
        Azure("Azure.AzureNamedKeyCredential", "Update", "key", "key", "Azure:Key", "AZURE_KEY"),
        Azure("Azure.AzureSasCredential", Ctor, "signature", "shared access signature", "Azure:SasToken", "AZURE_SAS_TOKEN"),
        Azure("Azure.AzureSasCredential", "Update", "signature", "shared access signature", "Azure:SasToken", "AZURE_SAS_TOKEN"),
        Azure("Azure.Identity.ClientSecretCredential", Ctor, "clientSecret", "client secret", "AzureAd:ClientSecret", "AZURE_CLIENT_SECRET"),
        Azure("Azure.Identity.OnBehalfOfCredential", Ctor, "clientSecret", "client secret", "AzureAd:ClientSecret", "AZURE_CLIENT_SECRET"),
        Azure("Azure.Identity.AuthorizationCodeCredential", Ctor, "clientSecret", "client secret", "AzureAd:ClientSecret", "AZURE_CLIENT_SECRET"),
        Azure("Azure.Identity.UsernamePasswordCredential", Ctor, "password", "password", "AzureAd:Password", "AZURE_PASSWORD"),
        Azure("Azure.Identity.AzurePipelinesCredential", Ctor, "systemAccessToken", "pipeline access token", "AzurePipelines:SystemAccessToken", "SYSTEM_ACCESSTOKEN"),
        Azure("Azure.Core.AccessToken", Ctor, "accessToken", "access token", "Azure:AccessToken", "AZURE_ACCESS_TOKEN"),
        Azure("Azure.Storage.StorageSharedKeyCredential", Ctor, "accountKey", "storage account key", "Storage:AccountKey", "AZURE_STORAGE_KEY"),
        Azure("Azure.Storage.StorageSharedKeyCredential", "SetAccountKey", "accountKey", "storage account key", "Storage:AccountKey", "AZURE_STORAGE_KEY"),
        StorageConnectionString("Azure.Storage.Blobs.BlobServiceClient", Ctor),
        StorageConnectionString("Azure.Storage.Blobs.BlobContainerClient", Ctor),
        StorageConnectionString("Azure.Storage.Blobs.BlobClient", Ctor),
        StorageConnectionString("Azure.Storage.Blobs.Specialized.BlobBaseClient", Ctor),
        StorageConnectionString("Azure.Storage.Blobs.Specialized.BlockBlobClient", Ctor),
        StorageConnectionString("Azure.Storage.Blobs.Specialized.AppendBlobClient", Ctor),
        StorageConnectionString("Azure.Storage.Blobs.Specialized.PageBlobClient", Ctor),
        StorageConnectionString("Microsoft.Extensions.Azure.BlobClientBuilderExtensions", "AddBlobServiceClient"),
        Cosmos(Ctor, "connectionString", SinkFlags.ConnectionString),
        Cosmos(Ctor, "authKeyOrResourceToken"),
        Cosmos("CreateAndInitializeAsync", "connectionString", SinkFlags.ConnectionString),
        Cosmos("CreateAndInitializeAsync", "authKeyOrResourceToken"),
        new Sink(SinkRule.Credential, "Microsoft.Azure.Cosmos.Fluent.CosmosClientBuilder", Ctor, "connectionString", "Microsoft.Azure.Cosmos", "azure", "connection string", "ConnectionStrings:Cosmos", "COSMOS_CONNECTION_STRING", SinkFlags.ConnectionString),
        new Sink(SinkRule.Credential, "Microsoft.Azure.Cosmos.Fluent.CosmosClientBuilder", Ctor, "authKeyOrResourceToken", "Microsoft.Azure.Cosmos", "azure", "account key", "Cosmos:AccountKey", "COSMOS_KEY"),

        // SendGrid, GitHub (Octokit) and Twilio.
        SendGrid("SendGrid.SendGridClient", Ctor, "apiKey", "API key", "SendGrid:ApiKey", "SENDGRID_API_KEY"),
        SendGrid("SendGrid.SendGridClientOptions", "ApiKey", null, "API key", "SendGrid:ApiKey", "SENDGRID_API_KEY", SinkFlags.Property),
        SendGrid("SendGrid.TwilioEmailClient", Ctor, "password", "password", "SendGrid:Password", "SENDGRID_PASSWORD"),
        SendGrid("SendGrid.TwilioEmailClientOptions", Ctor, "password", "password", "SendGrid:Password", "SENDGRID_PASSWORD"),
        GitHub("Octokit.Credentials", Ctor, "token", "token", "GitHub:Token", "GITHUB_TOKEN"),
        GitHub("Octokit.Credentials", Ctor, "password", "password", "GitHub:Password", "GITHUB_PASSWORD"),
        GitHub("Octokit.OauthTokenRequest", Ctor, "clientSecret", "OAuth client secret", "GitHub:ClientSecret", "GITHUB_CLIENT_SECRET"),
        GitHub("Octokit.OauthTokenRenewalRequest", Ctor, "clientSecret", "OAuth client secret", "GitHub:ClientSecret", "GITHUB_CLIENT_SECRET"),
        GitHub("Octokit.IAuthorizationsClient", Any, "clientSecret", "OAuth client secret", "GitHub:ClientSecret", "GITHUB_CLIENT_SECRET"),
        GitHub("Octokit.AuthorizationsClient", Any, "clientSecret", "OAuth client secret", "GitHub:ClientSecret", "GITHUB_CLIENT_SECRET"),
        GitHub("Octokit.NewRepositoryWebHook", "Secret", null, "webhook secret", "GitHub:WebhookSecret", "GITHUB_WEBHOOK_SECRET", SinkFlags.Property),
        GitHub("Octokit.NewOrganizationWebHook", "Secret", null, "webhook secret", "GitHub:WebhookSecret", "GITHUB_WEBHOOK_SECRET", SinkFlags.Property),
        Twilio("Twilio.TwilioClient", "Init", "password"),
        Twilio("Twilio.TwilioClient", "SetPassword", "password"),
        Twilio("Twilio.Clients.TwilioRestClient", Ctor, "password"),

        // .NET itself: network credentials and HTTP authentication headers.
        new Sink(SinkRule.Credential, "System.Net.NetworkCredential", Ctor, "password", ".NET", "network-credential", "password", "Credentials:Password", "CREDENTIALS_PASSWORD"),
        new Sink(SinkRule.Credential, "System.Net.NetworkCredential", "Password", null, ".NET", "network-credential", "password", "Credentials:Password", "CREDENTIALS_PASSWORD", SinkFlags.Property),
        Http("System.Net.Http.Headers.AuthenticationHeaderValue", Ctor, "parameter", SinkFlags.AfterScheme),
        Http("System.Net.Http.Headers.HttpHeaders", "Add", "value", SinkFlags.HeaderValue),
        Http("System.Net.Http.Headers.HttpHeaders", "TryAddWithoutValidation", "value", SinkFlags.HeaderValue),
        Http("System.Net.WebHeaderCollection", "Add", "value", SinkFlags.HeaderValue),
        Http("System.Net.WebHeaderCollection", "Set", "value", SinkFlags.HeaderValue),
        Http("System.Net.WebHeaderCollection", Sink.Indexer, null, SinkFlags.HeaderValue | SinkFlags.Property),
        // WebHeaderCollection's string indexer is NameValueCollection's; a credential header is one in any such collection.
        Http("System.Collections.Specialized.NameValueCollection", Sink.Indexer, null, SinkFlags.HeaderValue | SinkFlags.Property),
        Http("System.Collections.Specialized.NameValueCollection", "Add", "value", SinkFlags.HeaderValue),

        // ASP.NET Core header dictionaries (a proxy or middleware adding a key to a request): values are StringValues.
        Http("Microsoft.AspNetCore.Http.IHeaderDictionary", Sink.Indexer, null, SinkFlags.HeaderValue | SinkFlags.Property),
        Http("Microsoft.AspNetCore.Http.IHeaderDictionary", "Authorization", null, SinkFlags.AfterScheme | SinkFlags.Property),
        Http("Microsoft.AspNetCore.Http.IHeaderDictionary", "ProxyAuthorization", null, SinkFlags.AfterScheme | SinkFlags.Property),
        Http("Microsoft.AspNetCore.Http.HeaderDictionaryExtensions", "Append", "value", SinkFlags.HeaderValue));

    private static Sink Stripe(string type, string member, string? parameter, SinkFlags flags = SinkFlags.None) =>
        new(SinkRule.Stripe, type, member, parameter, "Stripe.net", "stripe", "secret key", "Stripe:SecretKey", "STRIPE_SECRET_KEY", flags);

    private static Sink StripeWebhook(string type, string member, string parameter) =>
        new(SinkRule.Stripe, type, member, parameter, "Stripe.net", "stripe", "webhook signing secret", "Stripe:WebhookSecret", "STRIPE_WEBHOOK_SECRET");

    private static Sink OpenAi(string type) =>
        new(SinkRule.AiSdk, type, Ctor, "apiKey", "OpenAI", "openai", "API key", "OpenAI:ApiKey", "OPENAI_API_KEY");

    private static Sink AzureOpenAi(string type, string member, string parameter, SinkFlags flags) =>
        new(SinkRule.AiSdk, type, member, parameter, "Azure.AI.OpenAI", "azure-openai", "API key", "AzureOpenAI:ApiKey", "AZURE_OPENAI_API_KEY", flags);

    private static Sink AzureInference(string type) =>
        new(SinkRule.AiSdk, type, Ctor, "credential", "Azure.AI.Inference", "azure-ai-inference", "API key", "AzureAIInference:ApiKey", "AZURE_AI_INFERENCE_API_KEY", SinkFlags.TakesCredential);

    private static Sink SemanticKernel(string type) =>
        new(SinkRule.AiSdk, type, Any, "apiKey", "Semantic Kernel", "openai", "API key", "OpenAI:ApiKey", "OPENAI_API_KEY");

    private static Sink SemanticKernelAzure(string type) =>
        new(SinkRule.AiSdk, type, Any, "apiKey", "Semantic Kernel", "azure-openai", "API key", "AzureOpenAI:ApiKey", "AZURE_OPENAI_API_KEY");

    private static Sink Anthropic(string type, string property, string secret, string configurationKey, string environmentVariable) =>
        new(SinkRule.AiSdk, type, property, null, "Anthropic", "anthropic", secret, configurationKey, environmentVariable, SinkFlags.Property);

    private static Sink AwsKeyId(string type, string member, string? parameter, SinkFlags flags = SinkFlags.None) =>
        new(SinkRule.Credential, type, member, parameter, "AWS SDK", "aws", "access key id", "AWS:AccessKeyId", "AWS_ACCESS_KEY_ID", flags);

    private static Sink AwsSecret(string type, string member, string? parameter, SinkFlags flags = SinkFlags.None) =>
        new(SinkRule.Credential, type, member, parameter, "AWS SDK", "aws", "secret access key", "AWS:SecretAccessKey", "AWS_SECRET_ACCESS_KEY", flags);

    private static Sink AwsToken(string type, string member, string? parameter, SinkFlags flags = SinkFlags.None) =>
        new(SinkRule.Credential, type, member, parameter, "AWS SDK", "aws", "session token", "AWS:SessionToken", "AWS_SESSION_TOKEN", flags);

    private static Sink Azure(string type, string member, string parameter, string secret, string configurationKey, string environmentVariable, SinkFlags flags = SinkFlags.None) =>
        new(SinkRule.Credential, type, member, parameter, type.StartsWith("Azure.Storage", System.StringComparison.Ordinal) ? "Azure.Storage" : type.StartsWith("Azure.Identity", System.StringComparison.Ordinal) ? "Azure.Identity" : "Azure.Core", "azure", secret, configurationKey, environmentVariable, flags);

    private static Sink StorageConnectionString(string type, string member) =>
        new(SinkRule.Credential, type, member, "connectionString", "Azure.Storage.Blobs", "azure", "connection string", "ConnectionStrings:Storage", "AZURE_STORAGE_CONNECTION_STRING", SinkFlags.ConnectionString);

    private static Sink Cosmos(string member, string parameter, SinkFlags flags = SinkFlags.None) =>
        (flags & SinkFlags.ConnectionString) != 0
            ? new(SinkRule.Credential, "Microsoft.Azure.Cosmos.CosmosClient", member, parameter, "Microsoft.Azure.Cosmos", "azure", "connection string", "ConnectionStrings:Cosmos", "COSMOS_CONNECTION_STRING", flags)
            : new(SinkRule.Credential, "Microsoft.Azure.Cosmos.CosmosClient", member, parameter, "Microsoft.Azure.Cosmos", "azure", "account key", "Cosmos:AccountKey", "COSMOS_KEY", flags);

    private static Sink SendGrid(string type, string member, string? parameter, string secret, string configurationKey, string environmentVariable, SinkFlags flags = SinkFlags.None) =>
        new(SinkRule.Credential, type, member, parameter, "SendGrid", "sendgrid", secret, configurationKey, environmentVariable, flags);

    private static Sink GitHub(string type, string member, string? parameter, string secret, string configurationKey, string environmentVariable, SinkFlags flags = SinkFlags.None) =>
        new(SinkRule.Credential, type, member, parameter, "Octokit", "github", secret, configurationKey, environmentVariable, flags);

    private static Sink Twilio(string type, string member, string parameter) =>
        new(SinkRule.Credential, type, member, parameter, "Twilio", "twilio", "auth token", "Twilio:AuthToken", "TWILIO_AUTH_TOKEN");

    private static Sink Http(string type, string member, string? parameter, SinkFlags flags) =>
        new(SinkRule.Credential, type, member, parameter, ".NET", "http", "authorization header value", "Http:AuthorizationHeader", "HTTP_AUTHORIZATION", flags);
}
