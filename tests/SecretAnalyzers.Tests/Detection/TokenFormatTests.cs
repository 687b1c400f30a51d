using System;
using System.Collections.Generic;
using SecretAnalyzers.Detection;
using SecretAnalyzers.Tests.Infrastructure;

namespace SecretAnalyzers.Tests.Detection;

/// <summary>Each provider format: a valid synthetic token is found whole, in isolation and embedded in larger text.</summary>
public class TokenFormatTests
{
    public static IEnumerable<object[]> ValidTokens()
    {
        foreach (var seed in new[] { 1, 2, 3 })
        {
            yield return new object[] { "stripe-live-secret-key", SyntheticTokens.StripeLiveSecret(seed) };
            yield return new object[] { "stripe-live-secret-key", SyntheticTokens.StripeLiveSecretLegacy(seed) };
            yield return new object[] { "stripe-live-restricted-key", SyntheticTokens.StripeLiveRestricted(seed) };
            yield return new object[] { "stripe-test-secret-key", SyntheticTokens.StripeTestSecret(seed) };
            yield return new object[] { "stripe-test-restricted-key", SyntheticTokens.StripeTestRestricted(seed) };
            yield return new object[] { "stripe-webhook-secret", SyntheticTokens.StripeWebhookSecret(seed) };
            yield return new object[] { "openai-project-key", SyntheticTokens.OpenAiProject(seed) };
            yield return new object[] { "openai-service-account-key", SyntheticTokens.OpenAiServiceAccount(seed) };
            yield return new object[] { "openai-admin-key", SyntheticTokens.OpenAiAdmin(seed) };
            yield return new object[] { "openai-user-key", SyntheticTokens.OpenAiLegacy(seed) };
            yield return new object[] { "anthropic-api-key", SyntheticTokens.AnthropicApi(seed) };
            yield return new object[] { "anthropic-admin-key", SyntheticTokens.AnthropicAdmin(seed) };
            yield return new object[] { "aws-access-key-id", SyntheticTokens.AwsAccessKeyId(seed) };
            yield return new object[] { "aws-access-key-id", SyntheticTokens.AwsTemporaryAccessKeyId(seed) };
            yield return new object[] { "github-personal-access-token", SyntheticTokens.GitHubClassic("p", seed) };
            yield return new object[] { "github-oauth-token", SyntheticTokens.GitHubClassic("o", seed) };
            yield return new object[] { "github-user-to-server-token", SyntheticTokens.GitHubClassic("u", seed) };
            yield return new object[] { "github-server-to-server-token", SyntheticTokens.GitHubClassic("s", seed) };
            yield return new object[] { "github-refresh-token", SyntheticTokens.GitHubClassic("r", seed) };
            yield return new object[] { "github-fine-grained-token", SyntheticTokens.GitHubFineGrained(seed) };
            yield return new object[] { "npm-access-token", SyntheticTokens.Npm(seed) };
            yield return new object[] { "gitlab-personal-access-token", SyntheticTokens.GitLabLegacy(seed) };
            yield return new object[] { "gitlab-personal-access-token", SyntheticTokens.GitLabRoutable(seed) };
            yield return new object[] { "slack-bot-token", SyntheticTokens.SlackBot(seed) };
            yield return new object[] { "slack-user-token", SyntheticTokens.SlackUser(seed) };
            yield return new object[] { "slack-app-token", SyntheticTokens.SlackApp(seed) };
            yield return new object[] { "google-api-key", SyntheticTokens.GoogleApiKey(seed) };
            yield return new object[] { "google-oauth-client-secret", SyntheticTokens.GoogleOAuthSecret(seed) };
            yield return new object[] { "azure-entra-client-secret", SyntheticTokens.EntraClientSecret(seed) };
            yield return new object[] { "azure-entra-client-secret", SyntheticTokens.EntraLegacyClientSecret(seed) };
            yield return new object[] { "azure-entra-refresh-token", SyntheticTokens.EntraRefreshToken(seed) };
            yield return new object[] { "azure-storage-account-key", SyntheticTokens.AzureIdentifiableKey("+ASt", AzureKeys.SeedOf("Default0"), 64, seed) };
            yield return new object[] { "azure-cosmos-db-key", SyntheticTokens.AzureIdentifiableKey("ACDb", AzureKeys.SeedOf("MastRW00"), 64, seed) };
            yield return new object[] { "azure-shared-access-key", SyntheticTokens.AzureIdentifiableKey("+ASb", AzureKeys.SeedOf("Send0000"), 32, seed) };
            yield return new object[] { "azure-shared-access-key", SyntheticTokens.AzureIdentifiableKey("+AEh", AzureKeys.SeedOf("Listen00"), 32, seed) };
            yield return new object[] { "azure-identifiable-key", SyntheticTokens.AzureIdentifiableKey("+ACR", AzureKeys.SeedOf("ACRDflt0"), 39, seed) };
            yield return new object[] { "sendgrid-api-key", SyntheticTokens.SendGrid(seed) };
            yield return new object[] { "mailgun-api-key", SyntheticTokens.MailgunKey(seed) };
            yield return new object[] { "mailgun-api-key", SyntheticTokens.MailgunCurrentKey(seed) };
            yield return new object[] { "nuget-api-key", SyntheticTokens.NuGet(seed) };
            yield return new object[] { "huggingface-token", SyntheticTokens.HuggingFace(seed) };
            yield return new object[] { "pypi-upload-token", SyntheticTokens.PyPi(seed) };
            yield return new object[] { "shopify-access-token", SyntheticTokens.ShopifyAccessToken(seed) };
            yield return new object[] { "digitalocean-token", SyntheticTokens.DigitalOcean(seed) };
            yield return new object[] { "databricks-token", SyntheticTokens.Databricks(seed) };
            yield return new object[] { "square-access-token", SyntheticTokens.SquareAccessToken(seed) };
            yield return new object[] { "square-application-secret", SyntheticTokens.SquareApplicationSecret(seed) };
            yield return new object[] { "discord-bot-token", SyntheticTokens.DiscordBotToken(seed) };
            yield return new object[] { "json-web-token", SyntheticTokens.JsonWebToken(seed) };
        }
    }

    [Theory]
    [MemberData(nameof(ValidTokens))]
    public void Valid_token_alone_is_found_whole(string formatId, string token)
    {
        var found = Scan.Reported(token);

        var match = Assert.Single(found);
        Assert.Equal(formatId, match.Format);
        Assert.Equal(token, match.Value);
    }

    [Theory]
    [MemberData(nameof(ValidTokens))]
    public void Valid_token_is_found_inside_larger_text(string formatId, string token)
    {
        foreach (var text in new[]
        {
            "{\"apiKey\": \"" + token + "\", \"retries\": 3}",
            "Authorization: Bearer " + token,
            "key=" + token + "&mode=live",
            "export VALUE='" + token + "'\n",
        })
        {
            var match = Assert.Single(Scan.Reported(text));
            Assert.Equal(formatId, match.Format);
            Assert.Equal(token, match.Value);
        }
    }

    [Theory]
    [MemberData(nameof(ValidTokens))]
    public void Token_glued_to_an_identifier_is_not_a_token(string formatId, string token)
    {
        // A left boundary is required: "task_test_…" is not a Stripe key, "xAKIA…" not an AWS id.
        var found = Scan.Reported("abc" + token + "xyz");
        Assert.DoesNotContain(found, m => m.Format == formatId && m.Value == token);
    }

    [Fact]
    public void Every_format_in_the_catalog_has_a_valid_token_test_or_a_context_test()
    {
        var tested = new HashSet<string>();
        foreach (var row in ValidTokens())
        {
            tested.Add((string)row[0]);
        }

        // Formats recognised only with context, keyword or URL structure have their own tests.
        var elsewhere = new HashSet<string>
        {
            "aws-secret-access-key", "twilio-auth-token", "twilio-api-key-secret", "aws-bedrock-api-key", "gitlab-runner-token", "gitlab-token",
            "slack-config-token", "slack-legacy-token", "slack-webhook-url", "discord-webhook-url", "shopify-shared-secret", "square-sandbox-secret",
            "private-key", "connection-string-password", "url-password", "named-password", "named-secret", "azure-ai-services-key",
        };
        foreach (var format in TokenFormats.All)
        {
            Assert.True(tested.Contains(format.Id) || elsewhere.Contains(format.Id), "no test for " + format.Id);
        }
    }

    [Fact]
    public void Format_ids_are_unique_and_provider_keys_are_lower_case()
    {
        var ids = new HashSet<string>();
        foreach (var format in TokenFormats.All)
        {
            Assert.True(ids.Add(format.Id), "duplicate " + format.Id);
            Assert.Equal(format.ProviderKey.ToLowerInvariant(), format.ProviderKey);
        }
    }

    [Fact]
    public void Test_mode_keys_are_the_only_test_mode_formats()
    {
        foreach (var format in TokenFormats.All)
        {
            var expected = format.Id is "stripe-test-secret-key" or "stripe-test-restricted-key" or "square-sandbox-secret";
            Assert.Equal(expected, format.Kind == SecretKind.TestModeKey);
        }
    }
}
