using SecretAnalyzers.Detection;
using SecretAnalyzers.Tests.Infrastructure;

namespace SecretAnalyzers.Tests.Detection;

/// <summary>Secrets inside a larger structure: connection strings, URLs, PEM blocks, webhooks, and context-dependent values.</summary>
public class StructuredSecretTests
{
    private static readonly string Pwd = "Pass" + "word";

    [Theory]
    [InlineData("Server=db.internal;Database=shop;User Id=app;{0}={1};")]
    [InlineData("Host=db;Username=app;{0}={1}")]
    [InlineData("Data Source=db;Initial Catalog=shop;User ID=sa;{0} = {1} ;Encrypt=true")]
    [InlineData("{0}={1};Server=db")]
    [InlineData("Server=db;Uid=app;Pwd={1};")]
    [InlineData("jdbc:sqlserver://db:1433;databaseName=shop;user=sa;password={1}")]
    [InlineData("jdbc:postgresql://db/shop?user=app&password={1}&ssl=true")]
    [InlineData("Server=db;User Id=app;{0}='{1}';")]
    public void Connection_string_password_is_found(string template)
    {
        var password = SyntheticTokens.Password(4);
        var text = string.Format(System.Globalization.CultureInfo.InvariantCulture, template, Pwd, password);
        var match = Assert.Single(Scan.Reported(text));
        Assert.Equal("connection-string-password", match.Format);
        Assert.Equal(password, match.Value);
    }

    [Theory]
    [InlineData("PASSWORD")]
    [InlineData("password")]
    [InlineData("pAsSwOrD")]
    [InlineData("PWD")]
    [InlineData("pWd")]
    public void Connection_string_keywords_are_matched_in_any_case(string keyword)
    {
        // The scanner compares a prefix's first four characters as one folded word, the rest as text.
        var password = SyntheticTokens.Password(5);
        var match = Assert.Single(Scan.Reported("Server=db;User Id=app;" + keyword + "=" + password + ";"));
        Assert.Equal(password, match.Value);
    }

    [Theory]
    [InlineData("Pasword")]
    [InlineData("Passwerd")]
    [InlineData("Pw")]
    [InlineData("Pvd")]
    public void Words_that_only_start_like_a_connection_string_keyword_are_not_matched(string keyword)
    {
        Assert.Empty(Scan.All("Server=db;User Id=app;" + keyword + "=" + SyntheticTokens.Password(5) + ";"));
    }

    [Fact]
    public void Case_sensitive_prefixes_are_not_folded()
    {
        // Only a case-insensitive row's letters are folded when its first four characters are compared as one word.
        var slack = "xox" + "r-jFJm7GaJGx";
        Assert.Single(Scan.Reported("token " + slack + " here"));
        Assert.Empty(Scan.All("token " + slack.ToUpperInvariant() + " here"));
        var stripe = SyntheticTokens.StripeLiveSecret(8);
        Assert.Single(Scan.Reported(stripe));
        Assert.Empty(Scan.All(stripe.Substring(0, 8).ToUpperInvariant() + stripe.Substring(8)));
    }

    [Fact]
    public void Account_keys_are_matched_after_a_keyword_in_any_case()
    {
        var key = SyntheticTokens.AzureStorageAccountKey(6);
        foreach (var keyword in new[] { "AccountKey=", "ACCOUNTKEY=", "accountkey=" })
        {
            var match = Assert.Single(Scan.Reported("DefaultEndpointsProtocol=https;AccountName=shop;" + keyword + key + ";EndpointSuffix=core.windows.net"));
            Assert.Equal(key, match.Value);
        }
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(2900, true)] // header of about 3,900 characters
    [InlineData(3200, false)] // about 4,300: past the longest header read
    public void A_json_web_token_header_is_read_to_a_bounded_length(int headerPadding, bool found)
    {
        var token = SyntheticTokens.JsonWebToken(3, headerPadding);
        var matches = Scan.Reported("token: " + token + " and after it eyJ-eyJ-eyJ-" + token.Substring(0, 20));
        Assert.Equal(found ? new[] { token } : System.Array.Empty<string>(), matches.ConvertAll(m => m.Value));
    }

    [Theory]
    [InlineData("{0}")]
    [InlineData("${DB_PASSWORD}")]
    [InlineData("$(DbPassword)")]
    [InlineData("#{DbPassword}#")]
    [InlineData("%DB_PASSWORD%")]
    [InlineData("<password>")]
    [InlineData("[PASSWORD]")]
    [InlineData("$DB_PASSWORD")]
    [InlineData("@password")]
    [InlineData("__DbPassword__")]
    [InlineData("********")]
    [InlineData("xxxxxx")]
    [InlineData("your_password")]
    [InlineData("yourStrong(!)Password")]
    [InlineData("changeme")]
    [InlineData("password")]
    [InlineData("secret")]
    [InlineData("test")]
    [InlineData("123456")]
    [InlineData("")]
    [InlineData("([^;]+)")]
    public void Connection_string_placeholder_password_is_not_reported(string password)
    {
        Assert.Empty(Scan.All("Server=db;Database=shop;User Id=app;" + Pwd + "=" + password + ";"));
    }

    [Fact]
    public void Password_keyword_outside_a_connection_string_is_not_reported()
    {
        Assert.Empty(Scan.All(Pwd + "=" + SyntheticTokens.Password(1)));
        Assert.Empty(Scan.All("Reset" + Pwd + "=" + SyntheticTokens.Password(1) + ";x=y"));
        Assert.Empty(Scan.All(Pwd + "Hash=" + SyntheticTokens.Password(1) + ";x=y"));
    }

    [Theory]
    [InlineData("postgres://app:{0}@db.internal:5432/shop")]
    [InlineData("mongodb+srv://svc:{0}@cluster0.example.net/?retryWrites=true")]
    [InlineData("redis://:{0}@cache.internal:6379/0")]
    [InlineData("amqp://guest1:{0}@rabbit.internal/")]
    [InlineData("https://deploy:{0}@git.example.com/org/repo.git")]
    public void Url_password_is_found(string template)
    {
        var password = SyntheticTokens.Random(11, SyntheticTokens.Base62, 18);
        var match = Assert.Single(Scan.Reported(string.Format(System.Globalization.CultureInfo.InvariantCulture, template, password)));
        Assert.Equal("url-password", match.Format);
        Assert.Equal(password, match.Value);
    }

    [Theory]
    [InlineData("postgres://user:password@localhost/db")]
    [InlineData("postgres://app:${DB_PASSWORD}@db/shop")]
    [InlineData("postgres://app:<password>@db/shop")]
    [InlineData("https://username:token@git.example.com/repo.git")]
    [InlineData("ftp://test:test@localhost/")]
    [InlineData("ftp://admin:admin@localhost/")]
    [InlineData("https://user:@example.com")]
    [InlineData("https://example.com:8443/path?next=a@b")]
    [InlineData("mailto:someone@example.com")]
    public void Url_without_a_real_password_is_not_reported(string url)
    {
        Assert.Empty(Scan.All(url));
    }

    [Fact]
    public void Pem_private_key_with_a_real_body_is_found_whole()
    {
        var pem = SyntheticTokens.PrivateKeyPem(2);
        var match = Assert.Single(Scan.Reported("const key = `" + pem + "`;"));
        Assert.Equal("private-key", match.Format);
        Assert.Equal(pem.TrimEnd('\n'), match.Value);
    }

    [Theory]
    [InlineData("EC")]
    [InlineData("OPENSSH")]
    [InlineData("ENCRYPTED")]
    [InlineData("PGP")]
    public void Other_private_key_labels_are_found(string label)
    {
        var body = System.Convert.ToBase64String(SyntheticTokens.RandomBytes(3, 300));
        var suffix = label == "PGP" ? " PRIVATE KEY BLOCK" : " PRIVATE KEY";
        var text = "-----BEGIN " + label + suffix + "-----\n" + body + "\n-----END " + label + suffix + "-----";
        Assert.Equal("private-key", Assert.Single(Scan.Reported(text)).Format);
    }

    [Fact]
    public void Storage_connection_string_key_is_found_and_the_emulator_key_is_left_to_the_known_examples()
    {
        var connection = SyntheticTokens.AzureStorageConnectionString(3);
        var match = Assert.Single(Scan.Reported(connection));
        Assert.Equal("azure-storage-account-key", match.Format);
        Assert.Equal(SyntheticTokens.AzureStorageAccountKey(3), match.Value);
    }

    [Fact]
    public void Cosmos_connection_string_key_is_named_as_such()
    {
        var text = "AccountEndpoint=https://contoso.documents.azure.com:443/;Account" + "Key=" + SyntheticTokens.AzureStorageAccountKey(5) + ";";
        Assert.Equal("azure-cosmos-db-key", Assert.Single(Scan.Reported(text)).Format);
    }

    [Fact]
    public void Service_bus_shared_access_key_is_found()
    {
        Assert.Equal("azure-shared-access-key", Assert.Single(Scan.Reported(SyntheticTokens.AzureServiceBusConnectionString(2))).Format);
    }

    [Theory]
    [InlineData("<key>")]
    [InlineData("{0}")]
    [InlineData("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx==")]
    [InlineData("")]
    public void Connection_string_key_placeholders_are_not_reported(string key)
    {
        Assert.Empty(Scan.All("DefaultEndpointsProtocol=https;AccountName=a;Account" + "Key=" + key + ";EndpointSuffix=core.windows.net"));
    }

    [Fact]
    public void Slack_and_discord_webhooks_are_found_and_their_documentation_placeholders_are_not()
    {
        Assert.Equal("slack-webhook-url", Assert.Single(Scan.Reported(SyntheticTokens.SlackWebhook(4))).Format);
        Assert.Equal("discord-webhook-url", Assert.Single(Scan.Reported(SyntheticTokens.DiscordWebhook(4))).Format);
        Assert.Empty(Scan.All("https://hooks.slack" + ".com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX"));
    }

    [Fact]
    public void Aws_secret_access_key_needs_context_unless_the_string_gives_it()
    {
        var secret = SyntheticTokens.AwsSecretAccessKey(3);
        Assert.Equal(ContextRequirement.AwsSecretAccessKey, Assert.Single(Scan.All(secret)).Context);
        Assert.Equal(secret, Assert.Single(Scan.Reported("aws_secret_access_key = " + secret)).Value);
        Assert.Equal(secret, Assert.Single(Scan.Reported("{\"AWS_SECRET_ACCESS_KEY\": \"" + secret + "\"}")).Value);

        var pair = Scan.Reported("aws_access_key_id=" + SyntheticTokens.AwsAccessKeyId(3) + "\nkey=" + secret);
        Assert.Equal(2, pair.Count);
    }

    [Fact]
    public void Aws_documentation_secret_is_not_reported()
    {
        Assert.Empty(Scan.All("aws_secret_access_key=wJalrXUtnFEMI/K7MDENG/bPxRfiCY" + "EXAMPLEKEY"));
    }

    [Fact]
    public void Twilio_token_needs_context()
    {
        var token = SyntheticTokens.TwilioAuthToken(2);
        Assert.Equal(ContextRequirement.Twilio, Assert.Single(Scan.All(token)).Context);
        Assert.Single(Scan.Reported("TWILIO_AUTH_TOKEN=" + token));
        Assert.Equal(token, Assert.Single(Scan.Reported(SyntheticTokens.TwilioAccountSid(2) + ":" + token)).Value);
    }

    [Fact]
    public void Several_secrets_in_one_string_are_each_found_once()
    {
        var text = "STRIPE=" + SyntheticTokens.StripeLiveSecret(1) + "\nOPENAI=" + SyntheticTokens.OpenAiProject(1) + "\nGITHUB=" + SyntheticTokens.GitHubClassic("p", 1);
        var found = Scan.Reported(text);
        Assert.Equal(new[] { "stripe-live-secret-key", "openai-project-key", "github-personal-access-token" }, found.ConvertAll(m => m.Format));
    }
}
