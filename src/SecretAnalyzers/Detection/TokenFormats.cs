using System.Collections.Immutable;

namespace SecretAnalyzers.Detection;

/// <summary>Every token format the scanner reports. Provider keys are what <c>secret_analyzers.disabled_providers</c> takes.</summary>
internal static class TokenFormats
{
    public static readonly TokenFormat StripeLiveSecretKey = new("stripe-live-secret-key", "Stripe", "stripe", "live secret key", "Stripe:SecretKey", "STRIPE_SECRET_KEY");
    public static readonly TokenFormat StripeLiveRestrictedKey = new("stripe-live-restricted-key", "Stripe", "stripe", "live restricted key", "Stripe:SecretKey", "STRIPE_SECRET_KEY");
    public static readonly TokenFormat StripeWebhookSecret = new("stripe-webhook-secret", "Stripe", "stripe", "webhook signing secret", "Stripe:WebhookSecret", "STRIPE_WEBHOOK_SECRET");
    public static readonly TokenFormat StripeTestSecretKey = new("stripe-test-secret-key", "Stripe", "stripe", "test-mode secret key", "Stripe:SecretKey", "STRIPE_SECRET_KEY", SecretKind.TestModeKey);
    public static readonly TokenFormat StripeTestRestrictedKey = new("stripe-test-restricted-key", "Stripe", "stripe", "test-mode restricted key", "Stripe:SecretKey", "STRIPE_SECRET_KEY", SecretKind.TestModeKey);

    public static readonly TokenFormat OpenAiProjectKey = new("openai-project-key", "OpenAI", "openai", "project API key", "OpenAI:ApiKey", "OPENAI_API_KEY");
    public static readonly TokenFormat OpenAiServiceAccountKey = new("openai-service-account-key", "OpenAI", "openai", "service-account API key", "OpenAI:ApiKey", "OPENAI_API_KEY");
    public static readonly TokenFormat OpenAiAdminKey = new("openai-admin-key", "OpenAI", "openai", "admin API key", "OpenAI:AdminKey", "OPENAI_ADMIN_KEY");
    public static readonly TokenFormat OpenAiUserKey = new("openai-user-key", "OpenAI", "openai", "user API key", "OpenAI:ApiKey", "OPENAI_API_KEY");

    public static readonly TokenFormat AnthropicApiKey = new("anthropic-api-key", "Anthropic", "anthropic", "API key", "Anthropic:ApiKey", "ANTHROPIC_API_KEY");
    public static readonly TokenFormat AnthropicAdminKey = new("anthropic-admin-key", "Anthropic", "anthropic", "admin API key", "Anthropic:AdminKey", "ANTHROPIC_ADMIN_KEY");

    public static readonly TokenFormat AwsAccessKeyId = new("aws-access-key-id", "AWS", "aws", "access key id", "AWS:AccessKeyId", "AWS_ACCESS_KEY_ID");
    public static readonly TokenFormat AwsSecretAccessKey = new("aws-secret-access-key", "AWS", "aws", "secret access key", "AWS:SecretAccessKey", "AWS_SECRET_ACCESS_KEY");
    public static readonly TokenFormat AwsBedrockApiKey = new("aws-bedrock-api-key", "AWS", "aws", "Bedrock API key", "AWS:BedrockApiKey", "AWS_BEARER_TOKEN_BEDROCK");

    public static readonly TokenFormat GitHubPersonalAccessToken = new("github-personal-access-token", "GitHub", "github", "personal access token", "GitHub:Token", "GITHUB_TOKEN");
    public static readonly TokenFormat GitHubOAuthToken = new("github-oauth-token", "GitHub", "github", "OAuth access token", "GitHub:Token", "GITHUB_TOKEN");
    public static readonly TokenFormat GitHubUserToServerToken = new("github-user-to-server-token", "GitHub", "github", "app user-to-server token", "GitHub:Token", "GITHUB_TOKEN");
    public static readonly TokenFormat GitHubServerToServerToken = new("github-server-to-server-token", "GitHub", "github", "app installation token", "GitHub:Token", "GITHUB_TOKEN");
    public static readonly TokenFormat GitHubRefreshToken = new("github-refresh-token", "GitHub", "github", "refresh token", "GitHub:RefreshToken", "GITHUB_REFRESH_TOKEN");
    public static readonly TokenFormat GitHubFineGrainedToken = new("github-fine-grained-token", "GitHub", "github", "fine-grained personal access token", "GitHub:Token", "GITHUB_TOKEN");

    public static readonly TokenFormat NpmAccessToken = new("npm-access-token", "npm", "npm", "access token", "Npm:Token", "NPM_TOKEN");

    public static readonly TokenFormat GitLabPersonalAccessToken = new("gitlab-personal-access-token", "GitLab", "gitlab", "personal access token", "GitLab:Token", "GITLAB_TOKEN");
    public static readonly TokenFormat GitLabRunnerToken = new("gitlab-runner-token", "GitLab", "gitlab", "runner token", "GitLab:RunnerToken", "GITLAB_RUNNER_TOKEN");
    public static readonly TokenFormat GitLabToken = new("gitlab-token", "GitLab", "gitlab", "token", "GitLab:Token", "GITLAB_TOKEN");

    public static readonly TokenFormat SlackBotToken = new("slack-bot-token", "Slack", "slack", "bot token", "Slack:BotToken", "SLACK_BOT_TOKEN");
    public static readonly TokenFormat SlackUserToken = new("slack-user-token", "Slack", "slack", "user token", "Slack:UserToken", "SLACK_USER_TOKEN");
    public static readonly TokenFormat SlackAppToken = new("slack-app-token", "Slack", "slack", "app-level token", "Slack:AppToken", "SLACK_APP_TOKEN");
    public static readonly TokenFormat SlackConfigToken = new("slack-config-token", "Slack", "slack", "configuration token", "Slack:ConfigToken", "SLACK_CONFIG_TOKEN");
    public static readonly TokenFormat SlackLegacyToken = new("slack-legacy-token", "Slack", "slack", "legacy token", "Slack:Token", "SLACK_TOKEN");
    public static readonly TokenFormat SlackWebhookUrl = new("slack-webhook-url", "Slack", "slack", "incoming webhook URL", "Slack:WebhookUrl", "SLACK_WEBHOOK_URL");

    public static readonly TokenFormat GoogleApiKey = new("google-api-key", "Google", "google", "API key", "Google:ApiKey", "GOOGLE_API_KEY");
    public static readonly TokenFormat GoogleOAuthClientSecret = new("google-oauth-client-secret", "Google", "google", "OAuth client secret", "Google:ClientSecret", "GOOGLE_CLIENT_SECRET");

    public static readonly TokenFormat AzureStorageAccountKey = new("azure-storage-account-key", "Azure", "azure", "storage account key", "Azure:Storage:AccountKey", "AZURE_STORAGE_KEY");
    public static readonly TokenFormat AzureSharedAccessKey = new("azure-shared-access-key", "Azure", "azure", "shared access key", "Azure:SharedAccessKey", "AZURE_SHARED_ACCESS_KEY");
    public static readonly TokenFormat AzureCosmosDbKey = new("azure-cosmos-db-key", "Azure", "azure", "Cosmos DB key", "Azure:Cosmos:Key", "COSMOS_KEY");
    public static readonly TokenFormat AzureIdentifiableKey = new("azure-identifiable-key", "Azure", "azure", "service key", "Azure:ServiceKey", "AZURE_SERVICE_KEY");
    /// <summary>An Azure OpenAI or Azure AI services (Cognitive Services) key: 32 hex digits, known only by its name or endpoint.</summary>
    public static readonly TokenFormat AzureAiServicesKey = new("azure-ai-services-key", "Azure", "azure", "AI services key (Azure OpenAI, Cognitive Services)", "AzureOpenAI:ApiKey", "AZURE_OPENAI_API_KEY");
    /// <summary>An Entra ID (MSAL) refresh token: <c>0.A…</c> or <c>1.A…</c>, then <c>.Ag…</c> and hundreds of base64url characters.</summary>
    public static readonly TokenFormat AzureEntraRefreshToken = new("azure-entra-refresh-token", "Azure", "azure", "Entra ID refresh token", "AzureAd:RefreshToken", "AZURE_REFRESH_TOKEN");
    public static readonly TokenFormat AzureEntraClientSecret = new("azure-entra-client-secret", "Azure", "azure", "Entra ID client secret", "AzureAd:ClientSecret", "AZURE_CLIENT_SECRET");

    public static readonly TokenFormat SendGridApiKey = new("sendgrid-api-key", "SendGrid", "sendgrid", "API key", "SendGrid:ApiKey", "SENDGRID_API_KEY");
    public static readonly TokenFormat TwilioAuthToken = new("twilio-auth-token", "Twilio", "twilio", "auth token", "Twilio:AuthToken", "TWILIO_AUTH_TOKEN");
    public static readonly TokenFormat TwilioApiKeySecret = new("twilio-api-key-secret", "Twilio", "twilio", "API key secret", "Twilio:ApiKeySecret", "TWILIO_API_SECRET");
    public static readonly TokenFormat MailgunApiKey = new("mailgun-api-key", "Mailgun", "mailgun", "API key", "Mailgun:ApiKey", "MAILGUN_API_KEY");
    public static readonly TokenFormat NuGetApiKey = new("nuget-api-key", "NuGet", "nuget", "API key", "NuGet:ApiKey", "NUGET_API_KEY");
    public static readonly TokenFormat HuggingFaceToken = new("huggingface-token", "Hugging Face", "huggingface", "access token", "HuggingFace:Token", "HF_TOKEN");
    public static readonly TokenFormat PyPiUploadToken = new("pypi-upload-token", "PyPI", "pypi", "upload token", "PyPI:Token", "PYPI_TOKEN");
    public static readonly TokenFormat ShopifyAccessToken = new("shopify-access-token", "Shopify", "shopify", "access token", "Shopify:AccessToken", "SHOPIFY_ACCESS_TOKEN");
    public static readonly TokenFormat ShopifySharedSecret = new("shopify-shared-secret", "Shopify", "shopify", "shared secret", "Shopify:SharedSecret", "SHOPIFY_SHARED_SECRET");
    public static readonly TokenFormat DigitalOceanToken = new("digitalocean-token", "DigitalOcean", "digitalocean", "API token", "DigitalOcean:Token", "DIGITALOCEAN_TOKEN");
    public static readonly TokenFormat DatabricksToken = new("databricks-token", "Databricks", "databricks", "personal access token", "Databricks:Token", "DATABRICKS_TOKEN");
    public static readonly TokenFormat SquareAccessToken = new("square-access-token", "Square", "square", "access token", "Square:AccessToken", "SQUARE_ACCESS_TOKEN");
    public static readonly TokenFormat SquareApplicationSecret = new("square-application-secret", "Square", "square", "application secret", "Square:ApplicationSecret", "SQUARE_APPLICATION_SECRET");
    public static readonly TokenFormat SquareSandboxSecret = new("square-sandbox-secret", "Square", "square", "sandbox application secret", "Square:ApplicationSecret", "SQUARE_APPLICATION_SECRET", SecretKind.TestModeKey);
    public static readonly TokenFormat DiscordBotToken = new("discord-bot-token", "Discord", "discord", "bot token", "Discord:BotToken", "DISCORD_BOT_TOKEN");
    public static readonly TokenFormat DiscordWebhookUrl = new("discord-webhook-url", "Discord", "discord", "webhook URL", "Discord:WebhookUrl", "DISCORD_WEBHOOK_URL");
    public static readonly TokenFormat JsonWebToken = new("json-web-token", "JWT", "jwt", "signed bearer token", "Auth:BearerToken", "BEARER_TOKEN");
    public static readonly TokenFormat PrivateKey = new("private-key", "PEM", "private-key", "private key", "Certificates:PrivateKey", "PRIVATE_KEY");
    public static readonly TokenFormat ConnectionStringPassword = new("connection-string-password", "Connection string", "password", "password", "Database:Password", "DB_PASSWORD", chosenByPerson: true);
    public static readonly TokenFormat UrlPassword = new("url-password", "URL", "password", "password in user info", "Service:Password", "SERVICE_PASSWORD", chosenByPerson: true);


    // Values with no format of their own, reported because of the name they are given (in configuration files).
    public static readonly TokenFormat NamedPassword = new("named-password", "Password", "password", "password", "Database:Password", "DB_PASSWORD", chosenByPerson: true, displayName: "password");
    public static readonly TokenFormat NamedSecret = new("named-secret", "Secret", "secret", "secret", "Service:ApiKey", "SERVICE_API_KEY", chosenByPerson: true, displayName: "secret");

    public static readonly ImmutableArray<TokenFormat> All = ImmutableArray.Create(
        StripeLiveSecretKey, StripeLiveRestrictedKey, StripeWebhookSecret, StripeTestSecretKey, StripeTestRestrictedKey,
        OpenAiProjectKey, OpenAiServiceAccountKey, OpenAiAdminKey, OpenAiUserKey,
        AnthropicApiKey, AnthropicAdminKey,
        AwsAccessKeyId, AwsSecretAccessKey, AwsBedrockApiKey,
        GitHubPersonalAccessToken, GitHubOAuthToken, GitHubUserToServerToken, GitHubServerToServerToken, GitHubRefreshToken, GitHubFineGrainedToken,
        NpmAccessToken,
        GitLabPersonalAccessToken, GitLabRunnerToken, GitLabToken,
        SlackBotToken, SlackUserToken, SlackAppToken, SlackConfigToken, SlackLegacyToken, SlackWebhookUrl,
        GoogleApiKey, GoogleOAuthClientSecret,
        AzureStorageAccountKey, AzureSharedAccessKey, AzureCosmosDbKey, AzureIdentifiableKey, AzureEntraClientSecret, AzureAiServicesKey, AzureEntraRefreshToken,
        SendGridApiKey, TwilioAuthToken, TwilioApiKeySecret, MailgunApiKey, NuGetApiKey, HuggingFaceToken, PyPiUploadToken,
        ShopifyAccessToken, ShopifySharedSecret, DigitalOceanToken, DatabricksToken,
        SquareAccessToken, SquareApplicationSecret, SquareSandboxSecret,
        DiscordBotToken, DiscordWebhookUrl, JsonWebToken, PrivateKey, ConnectionStringPassword, UrlPassword,
        NamedPassword, NamedSecret);
}
