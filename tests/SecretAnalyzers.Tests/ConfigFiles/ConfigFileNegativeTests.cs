using System.Threading.Tasks;
using SecretAnalyzers.Tests.Infrastructure;
using static SecretAnalyzers.Tests.ConfigFiles.ConfigFileHarness;

namespace SecretAnalyzers.Tests.ConfigFiles;

/// <summary>SECA007 must stay quiet on what configuration files hold besides secrets: each case is one a user would hit.</summary>
public sealed class ConfigFileNegativeTests
{
    // Split so that the repository holds no copy of the published emulator keys.
    private const string AzuriteKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw" + "==";

    [Fact]
    public async Task A_value_packed_with_aws_shaped_candidates_is_judged_in_linear_time()
    {
        // 80,000 candidates in one value under a key that names no AWS: whether an access key id stands near the value
        // is asked once for the value, not once per candidate (which read the whole value each time: minutes).
        var value = new System.Text.StringBuilder();
        for (var i = 0; i < 80_000; i++)
        {
            value.Append(SyntheticTokens.AwsSecretAccessKey(i % 50 + 1)).Append(' ');
        }

        var watch = System.Diagnostics.Stopwatch.StartNew();
        var diagnostics = await RunAsync(new[] { ("appsettings.json", "{ \"Blob\": \"" + value + "\" }") });

        Assert.DoesNotContain(diagnostics, d => d.Id.StartsWith("SECA", System.StringComparison.Ordinal));
        Assert.True(watch.Elapsed < System.TimeSpan.FromSeconds(20), $"{watch.Elapsed.TotalSeconds:F1} s");
    }

    [Fact]
    public async Task A_typical_production_appsettings_is_clean()
    {
        await VerifyAsync("appsettings.json", """
            {
              "Logging": { "LogLevel": { "Default": "Information", "Microsoft.AspNetCore": "Warning" } },
              "AllowedHosts": "*",
              "ConnectionStrings": {
                "Shop": "Server=tcp:shop.database.windows.net,1433;Database=shop;Authentication=Active Directory Default;",
                "Storage": "UseDevelopmentStorage=true",
                "Redis": "localhost:6379"
              },
              "AzureAd": {
                "Instance": "https://login.microsoftonline.com/",
                "TenantId": "72f988bf-86f1-41af-91ab-2d7cd011db47",
                "ClientId": "3fa85f64-5717-4562-b3fc-2c963f66afa6",
                "ClientSecret": "",
                "CallbackPath": "/signin-oidc"
              },
              "KeyVault": { "VaultUri": "https://shop-kv.vault.azure.net/", "SecretName": "stripe-secret-key-prod" },
              "Stripe": { "PublishableKey": "pk_test_placeholder", "SecretKey": "@Microsoft.KeyVault(SecretUri=https://shop-kv.vault.azure.net/secrets/stripe/)" },
              "Jwt": { "Issuer": "https://shop.example", "Audience": "shop-api", "TokenLifetime": "01:00:00", "TokenEndpoint": "/connect/token" },
              "Identity": { "Password": { "RequiredLength": 12, "RequireDigit": true }, "PasswordHash": "PBKDF2" },
              "Kestrel": { "Certificates": { "Default": { "Path": "certs/shop.pfx", "Password": "" } } }
            }
            """);
    }

    [Fact]
    public async Task Placeholders_references_and_empty_values_are_clean()
    {
        await VerifyAsync("appsettings.json", """
            {
              "Db": { "Password": "${DB_PASSWORD}" },
              "Smtp": { "Password": "%SMTP_PASSWORD%" },
              "Api": { "ApiKey": "your-api-key-here" },
              "Api2": { "ApiKey": "<your api key>" },
              "Api3": { "ApiKey": "REPLACE_WITH_YOUR_KEY" },
              "Api4": { "ApiKey": "xxxxxxxxxxxxxxxxxxxxxxxx" },
              "Api5": { "Secret": "changeme" },
              "Api6": { "Password": "P@ssw0rd" },
              "Api7": { "Password": "password123" },
              "Api8": { "ApiKey": "#{ApiKey}#" },
              "Api9": { "ApiKey": "{{api_key}}" },
              "Api10": { "ClientSecret": "" },
              "Api11": { "Token": "********************" }
            }
            """);
    }

    [Fact]
    public async Task Names_values_and_sentences_under_credential_names_are_clean()
    {
        await VerifyAsync("appsettings.json", """
            {
              "Names": { "ApiKey": "OPENAI_API_KEY", "ClientSecret": "AzureAd:ClientSecret", "AuthToken": "Ocp-Apim-Subscription-Key" },
              "Messages": { "Password": "Enter your password to continue", "Token": "The token has expired." },
              "Paths": { "PrivateKey": "keys/signing-key.pem", "SigningKey": "/etc/shop/jwt.key", "Secret": "C:\\secrets\\shop.json" },
              "Links": { "ResetPassword": "https://shop.example/account/reset-password", "Token": "https://login.example.com/oauth2/token" },
              "Flags": { "RequirePassword": true, "Secret": false, "Token": 3600, "ApiKey": null },
              "Words": { "ApiKey": "my-key-vault-secret-name", "Password": "welcome" },
              "Ids": { "ApiKey": "3fa85f64-5717-4562-b3fc-2c963f66afa6" },
              "Aws": { "SecretAccessKey": "arn:aws:secretsmanager:eu-west-1:123456789012:secret:shop-AbCdEf" }
            }
            """);
    }

    [Fact]
    public async Task Names_that_only_mention_a_secret_are_clean()
    {
        await VerifyAsync("appsettings.json", """
            {
              "Auth": {
                "PasswordHash": "AQAAAAEAACcQAAAAEJq2d7Xk29qLw7RtQpZs",
                "TokenValidationKeyId": "Xk29qLw7RtQpZsAQAAAAEAACcQ",
                "SecretName": "Xk29qLw7RtQpZsAQAAAAEAACcQ",
                "ApiKeyHeaderName": "Xk29qLw7RtQpZsAQAAAAEAACcQ",
                "PublicKey": "Xk29qLw7RtQpZsAQAAAAEAACcQ",
                "CacheKey": "Xk29qLw7RtQpZsAQAAAAEAACcQ"
              }
            }
            """);
    }

    [Fact]
    public async Task Descriptions_names_and_public_keys_under_credential_names_are_clean()
    {
        await VerifyAsync("appsettings.json", """
            {
              "Stripe": { "ApiKey": "StoredInAzureKeyVault", "WebhookSecret": "OverriddenInProduction" },
              "Smtp": { "Password": "Overridden" },
              "AzureAd": { "ClientSecret": "kv-aad-client-secret-01" },
              "Payments": { "ApiKey": "payments-api-key-v2" },
              "Mapbox": { "AccessToken": "pk.eyJ1IjoiY29udG9zbyIsImEiOiJja2V5MTIzIn0" },
              "Recaptcha": { "SiteKey": "6LcXk29qLw7RtQpZsAQAAAAEAACcQ3fa85f64" },
              "Algolia": { "SearchApiKey": "3fa85f6457174562b3fc2c963f66afa6" },
              "Messaging": { "ServiceKey": "OrderEventsPublisher", "TokenStorageKey": "ContosoShop.AuthState.v2" },
              "CookieNames": { "RefreshToken": "Contoso.RefreshToken" },
              "Apple": { "PrivateKey": "AuthKey_8A7B6C5D4E.p8" }
            }
            """);
    }

    [Fact]
    public async Task A_Twilio_sid_elsewhere_in_the_file_does_not_make_a_hex_value_a_Twilio_token()
    {
        await VerifyAsync("appsettings.json", $$"""
            {
              "Twilio": { "AccountSid": "{{SyntheticTokens.TwilioAccountSid()}}" },
              "Sentry": { "Dsn": "https://{{SyntheticTokens.Random(5, SyntheticTokens.Hex, 32)}}@o0.ingest.sentry.io/1" },
              "Cache": { "Etag": "{{SyntheticTokens.Random(6, SyntheticTokens.Hex, 32)}}" }
            }
            """);
    }

    [Fact]
    public async Task Emulator_keys_are_clean()
    {
        await VerifyAsync("appsettings.Development.json", $$"""
            {
              "Storage": { "AccountKey": "{{AzuriteKey}}" },
              "ConnectionStrings": { "Blobs": "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={{AzuriteKey}};BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;" }
            }
            """);
    }

    [Fact]
    public async Task Publishable_keys_are_clean()
    {
        await VerifyAsync(".env", $"STRIPE_PUBLISHABLE_KEY={SyntheticTokens.StripePublishable()}\nNEXT_PUBLIC_STRIPE_KEY={SyntheticTokens.StripePublishable(2)}\n");
    }

    [Fact]
    public async Task Dotenv_references_and_non_assignments_are_clean()
    {
        await VerifyAsync(".env", """
            # DB_PASSWORD=Xk29!qLw7RtQ
            DB_PASSWORD=${VAULT_DB_PASSWORD}
            API_KEY=
            this line is not an assignment Xk29!qLw7RtQ
            SECRET_NAME=shop-prod-secret
            """);
    }
}
