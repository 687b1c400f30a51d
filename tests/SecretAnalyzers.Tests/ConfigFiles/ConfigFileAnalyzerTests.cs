using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using SecretAnalyzers.Tests.Infrastructure;
using static SecretAnalyzers.Tests.ConfigFiles.ConfigFileHarness;

namespace SecretAnalyzers.Tests.ConfigFiles;

/// <summary>SECA007: what is found in appsettings*.json, secrets.json, launchSettings.json and .env files, and exactly where.</summary>
public sealed class ConfigFileAnalyzerTests
{
    private static readonly string Stripe = SyntheticTokens.StripeLiveSecret();
    private static readonly string OpenAi = SyntheticTokens.OpenAiProject();
    private static readonly string Password = SyntheticTokens.Password();
    private static readonly string RandomKey = SyntheticTokens.Random(7, SyntheticTokens.Base62, 32);

    [Fact]
    public async Task Provider_token_in_appsettings_is_reported_at_its_own_characters()
    {
        var diagnostics = await VerifyAsync("appsettings.json", $$"""
            {
              "Logging": { "LogLevel": { "Default": "Information" } },
              "Stripe": {
                "SecretKey": "[|{{Stripe}}|]"
              },
              "AllowedHosts": "*"
            }
            """);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(3, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Equal(18, diagnostic.Location.GetLineSpan().StartLinePosition.Character);
        Assert.Equal("Stripe:SecretKey", diagnostic.Properties["ConfigurationKey"]);
        Assert.Contains("under 'Stripe:SecretKey'", diagnostic.GetMessage(), System.StringComparison.Ordinal);
    }

    [Fact]
    public async Task Connection_string_password_is_reported_at_the_password()
    {
        await VerifyAsync("appsettings.Production.json", $$"""
            {
              "ConnectionStrings": {
                "Shop": "Server=db.internal;Database=shop;User Id=app;Pass{{"word"}}=[|{{Password}}|];TrustServerCertificate=True",
                "Cache": "cache.internal:6380,ssl=True,abortConnect=False"
              }
            }
            """);
    }

    [Fact]
    public async Task Values_under_credential_names_are_reported_whole()
    {
        await VerifyAsync("appsettings.json", $$"""
            {
              "Smtp": { "Host": "smtp.internal", "Password": "[|{{Password}}|]" },
              "Payments": { "ApiKey": "[|{{RandomKey}}|]", "ApiKeyHeader": "X-Api-Key" },
              "Jwt": { "Key": "[|{{SyntheticTokens.Random(8, SyntheticTokens.Base62, 48)}}|]", "Issuer": "https://shop.example" },
              "Identity": { "ClientSecret": "[|{{SyntheticTokens.Random(9, SyntheticTokens.Base64Url, 40)}}|]", "ClientId": "shop-web" },
              "Webhooks": { "SigningSecrets": [ "[|{{SyntheticTokens.Random(10, SyntheticTokens.Base62, 24)}}|]" ] }
            }
            """);
    }

    [Fact]
    public async Task Suffixed_names_and_dictionaries_of_secrets_are_read()
    {
        await VerifyAsync(".env", $"DB_PASSWORD_PROD=[|{Password}|]\nAPI_KEY_1=[|{RandomKey}|]\n");
        await VerifyAsync("appsettings.json", $$"""
            { "ApiKeys": { "PartnerA": "[|{{RandomKey}}|]" }, "ApiClients": [ { "Name": "mobile", "Key": "[|{{SyntheticTokens.Random(12, SyntheticTokens.Base62, 32)}}|]" } ] }
            """);
    }

    [Fact]
    public async Task A_secret_used_as_a_key_is_reported_there_and_never_shown_in_a_path()
    {
        var diagnostics = await VerifyAsync("appsettings.json", $$"""
            { "Tenants": { "[|{{Stripe}}|]": { "Owner": "mobile", "Secret": "[|{{RandomKey}}|]" } } }
            """);
        foreach (var diagnostic in diagnostics)
        {
            var shown = diagnostic.GetMessage() + " " + string.Join(" ", diagnostic.Properties.Values);
            Assert.False(Leaks.AnyRun(Stripe, shown, 8), shown);
        }
    }

    [Fact]
    public async Task Escaped_values_are_reported_at_their_characters_in_the_file()
    {
        // \u0021 is "!": the reported span runs over the escape as written in the file.
        await VerifyAsync("appsettings.json", $$"""
            { "Db": "Server=db;User Id=app;Pass{{"word"}}=[|Xk29\u0021qLw7Rt|];Database=shop", "Note": "say \"hi\"", "Key2": "[|{{Stripe}}|]" }
            """);
    }

    [Fact]
    public async Task Comments_and_trailing_commas_are_read_as_ASP_NET_Core_reads_them()
    {
        await VerifyAsync("appsettings.Development.json", $$"""
            // Development settings
            {
              /* the payment provider */
              "Stripe": { "SecretKey": "[|{{Stripe}}|]", },  // a trailing comma
              "OpenAI": { "ApiKey": "[|{{OpenAi}}|]" },
            }
            """);
    }

    [Fact]
    public async Task Launch_settings_environment_variables_are_read()
    {
        await VerifyAsync("Properties/launchSettings.json", $$"""
            {
              "profiles": {
                "Shop": {
                  "commandName": "Project",
                  "applicationUrl": "https://localhost:5001",
                  "environmentVariables": {
                    "ASPNETCORE_ENVIRONMENT": "Development",
                    "OPENAI_API_KEY": "[|{{OpenAi}}|]",
                    "DB_PASSWORD": "[|{{Password}}|]"
                  }
                }
              }
            }
            """);
    }

    [Fact]
    public async Task User_secrets_copied_into_the_tree_are_read()
    {
        await VerifyAsync("secrets.json", $$"""
            { "Stripe:SecretKey": "[|{{Stripe}}|]" }
            """);
    }

    [Fact]
    public async Task Dotenv_assignments_are_read_with_quotes_export_and_comments()
    {
        var pem = SyntheticTokens.PrivateKeyPem().TrimEnd('\n');
        await VerifyAsync(".env", $$"""
            # local settings
            STRIPE_SECRET_KEY=[|{{Stripe}}|]
            export DB_PASSWORD="[|{{Password}}|]"
            SERVICE_TOKEN='[|{{RandomKey}}|]' # issued by ops
            OPENAI_API_KEY=[|{{OpenAi}}|]   # trailing comment
            PRIVATE_KEY="[|{{pem}}|]"
            EMPTY=
            """);
    }

    [Fact]
    public async Task Named_env_files_are_read()
    {
        await VerifyAsync("production.env", $"STRIPE_SECRET_KEY=[|{Stripe}|]\n");
        await VerifyAsync(".env.local", $"STRIPE_SECRET_KEY=[|{Stripe}|]\n");
    }

    [Fact]
    public async Task Test_mode_keys_stay_SECA008()
    {
        await VerifyAsync("appsettings.Development.json", $$"""{ "Stripe": { "SecretKey": "[|{{SyntheticTokens.StripeTestSecret()}}|]" } }""", id: "SECA008");
    }

    [Fact]
    public async Task A_context_dependent_AWS_secret_needs_its_name_or_its_key_id()
    {
        var secret = SyntheticTokens.AwsSecretAccessKey();
        await VerifyAsync("appsettings.json", $$"""{ "AWS": { "SecretAccessKey": "[|{{secret}}|]" } }""");
        await VerifyAsync(".env", $"AWS_SECRET_ACCESS_KEY=[|{secret}|]\n");
        await VerifyAsync("appsettings.json", $$"""{ "Storage": { "Checksum": "{{secret}}" } }""");
    }

    [Fact]
    public async Task Messages_and_properties_hold_no_part_of_any_secret()
    {
        var diagnostics = await RunAsync(new[]
        {
            ("appsettings.json", $$"""{ "Stripe": { "SecretKey": "{{Stripe}}" }, "Smtp": { "Password": "{{Password}}" }, "Api": { "ApiKey": "{{RandomKey}}" } }"""),
        });
        Assert.Equal(3, diagnostics.Length);
        foreach (var diagnostic in diagnostics)
        {
            var shown = diagnostic.GetMessage() + " " + string.Join(" ", diagnostic.Properties.Values);
            foreach (var secret in new[] { Stripe, Password, RandomKey })
            {
                Assert.False(Leaks.AnyRun(secret, shown, 8), diagnostic.Id + " shows part of a secret: " + shown);
            }
        }
    }

    [Fact]
    public async Task Disabled_providers_and_allowed_fingerprints_apply_to_configuration_files()
    {
        var text = $$"""{ "Stripe": { "SecretKey": "{{Stripe}}" }, "Smtp": { "Password": "{{Password}}" } }""";
        var noPasswords = await RunAsync(new[] { ("appsettings.json", text) }, options: new Dictionary<string, string> { ["secret_analyzers.disabled_providers"] = "password" });
        Assert.Equal(new[] { "stripe-live-secret-key" }, noPasswords.Select(d => d.Properties["FormatId"]));

        var allowed = await RunAsync(new[] { ("appsettings.json", text) }, options: new Dictionary<string, string> { ["secret_analyzers.allowed_fingerprints"] = Fingerprints.Of(Stripe) });
        Assert.Equal(new[] { "named-password" }, allowed.Select(d => d.Properties["FormatId"]));
    }

    [Fact]
    public async Task A_test_project_reports_provider_tokens_but_not_values_by_name()
    {
        await VerifyAsync("appsettings.Test.json", $$"""{ "Stripe": { "SecretKey": "[|{{Stripe}}|]" }, "Db": { "Password": "{{Password}}" } }""", isTestProject: true);
    }

    [Fact]
    public async Task Templates_report_provider_tokens_but_not_values_by_name()
    {
        await VerifyAsync(".env.example", $"STRIPE_SECRET_KEY=[|{Stripe}|]\nDB_PASSWORD={Password}\n");
        await VerifyAsync("appsettings.sample.json", $$"""{ "Db": { "Password": "{{Password}}" } }""");
    }

    [Fact]
    public async Task Files_that_are_not_configuration_files_are_not_read()
    {
        var diagnostics = await RunAsync(new[]
        {
            ("data/fixtures.json", $$"""{ "SecretKey": "{{Stripe}}" }"""),
            ("appsettings.json.bak", $$"""{ "SecretKey": "{{Stripe}}" }"""),
            ("README.md", Stripe),
        });
        Assert.Empty(diagnostics);
    }
}
