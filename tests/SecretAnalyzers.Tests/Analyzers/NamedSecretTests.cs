using System.Threading.Tasks;
using SecretAnalyzers.Detection;
using SecretAnalyzers.Tests.Infrastructure;
using Verify = SecretAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<SecretAnalyzers.HardCodedSecretAnalyzer>;

namespace SecretAnalyzers.Tests.Analyzers;

/// <summary>
/// SECA001 for passwords and secrets with no provider format, told by the name they are given: each name form with a
/// positive and the nearest negatives a user writes under the same name.
/// </summary>
public class NamedSecretTests
{
    /// <summary>A password a person chose: under the bar of a generated key, over the bar of a dummy.</summary>
    private const string Chosen = "Harbor-Lights-1987";

    /// <summary>A generated in-house key: 32 characters of base62.</summary>
    private static readonly string Generated = SyntheticTokens.Random(41, SyntheticTokens.Base62, 32);

    [Fact]
    public Task Fields_properties_locals_and_constants() => Verify.VerifyAnalyzerAsync($$"""
        class C
        {
            const string AdminPassword = "{|SECA001:{{Chosen}}|}";
            private static readonly string _dbPwd = "{|SECA001:{{Chosen}}|}";
            public string ClientSecret { get; set; } = "{|SECA001:{{Generated}}|}";
            string ApiKey => "{|SECA001:{{Generated}}|}";
            string SigningKey { get { return "{|SECA001:{{Generated}}|}"; } }
            string GetPassword() => "{|SECA001:{{Chosen}}|}";
            void M()
            {
                var smtpPassword = "{|SECA001:{{Chosen}}|}";
                string access_token = "{|SECA001:{{Generated}}|}";
                var storageAccessKey = "{|SECA001:{{Generated}}|}";
                var privateKey = "{|SECA001:{{Generated}}|}";
                var bearer = "{|SECA001:{{Generated}}|}";
                var accessKeyId = "{{Generated}}";
            }
        }
        """);

    [Fact]
    public Task Assignments_named_arguments_tuples_anonymous_objects_and_attributes() => Verify.VerifyAnalyzerAsync($$"""
        using System;
        class Options { public string Password { get; set; } public string ApiKey { get; set; } }
        class SecretAttribute : Attribute { public string Value { get; set; } public string ApiKey { get; set; } }
        class C
        {
            void Connect(string host, string password) { }

            [Secret(ApiKey = "{|SECA001:{{Generated}}|}")]
            void M(Options options)
            {
                options.Password = "{|SECA001:{{Chosen}}|}";
                var o = new Options { ApiKey = "{|SECA001:{{Generated}}|}" };
                Connect("db", password: "{|SECA001:{{Chosen}}|}");
                var login = (User: "admin", Password: "{|SECA001:{{Chosen}}|}");
                var payload = new { username = "admin", password = "{|SECA001:{{Chosen}}|}" };
            }
        }
        """);

    /// <summary>
    /// A positional argument is named by its parameter where the call's name may take a credential; elsewhere the
    /// parameter is not looked up (the semantic model would bind every call with a string argument).
    /// </summary>
    [Fact]
    public Task Positional_arguments_are_named_by_their_parameter() => Verify.VerifyAnalyzerAsync($$"""
        class SmtpCredentials { public SmtpCredentials(string user, string password) { } }
        class Mailer
        {
            public Mailer(string user, string password) { }
            public void Login(string user, string passphrase) { }
            public void LOGON(string user, string pwd) { }
            public void SignInAsync(string user, string password) { }
            public void ConnectTo(string host, string password) { }
            public void OAuthFlow(string clientId, string password) { }
            public void Send(string to, string password) { }
            public bool VerifyChecksum(string apiKey) => true;
        }
        class C
        {
            void M(Mailer mailer)
            {
                var credentials = new SmtpCredentials("shop", "{|SECA001:{{Chosen}}|}");
                mailer.Login("shop", "{|SECA001:{{Chosen}}|}");
                mailer.LOGON("shop", "{|SECA001:{{Chosen}}|}");
                mailer.SignInAsync("shop", "{|SECA001:{{Chosen}}|}");
                mailer.ConnectTo("db", "{|SECA001:{{Chosen}}|}");
                mailer.OAuthFlow("shop", "{|SECA001:{{Chosen}}|}");
                var unhinted = new Mailer("shop", "{{Chosen}}");
                mailer.Send("ops@example.com", "{{Chosen}}");
                mailer.VerifyChecksum("{{SyntheticTokens.Random(42, SyntheticTokens.Hex, 40)}}");
            }
        }
        """);

    [Fact]
    public Task Dictionary_keys_indexers_headers_and_environment_variables() => Verify.VerifyAnalyzerAsync($$"""
        using System;
        using System.Collections.Generic;
        class Form { public void Add(string name, string value) { } }
        class C
        {
            const string PasswordVariable = "DB_PASSWORD";
            const string ThemeVariable = "SHOP_THEME";
            void M(Dictionary<string, string> settings, Form headers)
            {
                settings["Smtp:Password"] = "{|SECA001:{{Chosen}}|}";
                var map = new Dictionary<string, string> { { "api_key", "{|SECA001:{{Generated}}|}" } };
                var indexed = new Dictionary<string, string> { ["DB_PASSWORD"] = "{|SECA001:{{Chosen}}|}" };
                settings.Add("ClientSecret", "{|SECA001:{{Generated}}|}");
                headers.Add("X-Api-Key", "{|SECA001:{{Generated}}|}");
                Environment.SetEnvironmentVariable("DB_PASSWORD", "{|SECA001:{{Chosen}}|}");
                Environment.SetEnvironmentVariable(PasswordVariable, "{|SECA001:{{Chosen}}|}");
                Environment.SetEnvironmentVariable(ThemeVariable, "{{Chosen}}");
            }
        }
        """);

    [Fact]
    public Task Fallbacks_and_branches_are_named_by_what_they_initialise_or_read() => Verify.VerifyAnalyzerAsync($$"""
        using System;
        using System.Collections.Generic;
        class C
        {
            string ApiSecret = Environment.GetEnvironmentVariable("SOME_SETTING") ?? "{|SECA001:{{Generated}}|}";
            void M(Dictionary<string, string> config, bool production)
            {
                var key = Environment.GetEnvironmentVariable("PAYMENTS_API_KEY") ?? "{|SECA001:{{Generated}}|}";
                var jwt = config["Jwt:SigningKey"] ?? "{|SECA001:{{Generated}}|}";
                var password = production ? "{|SECA001:{{Chosen}}|}" : "{|SECA001:Other-Harbor-2001|}";
            }
        }
        """);

    [Fact]
    public Task A_value_named_by_its_sibling_or_by_the_call_before_it() => Verify.VerifyAnalyzerAsync($$"""
        using System;
        using System.Text;
        [AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
        class SettingAttribute : Attribute { public string Name { get; set; } public string Value { get; set; } }
        class Setting { public string Key { get; set; } public string Value { get; set; } }
        class C
        {
            [Setting(Name = "ApiKey", Value = "{|SECA001:{{Generated}}|}")]
            [Setting(Name = "Theme", Value = "dark-2024")]
            void M(StringBuilder builder)
            {
                var setting = new Setting { Key = "SmtpPassword", Value = "{|SECA001:{{Chosen}}|}" };
                var other = new Setting { Key = "Color", Value = "{{Chosen}}" };
                builder.Append("Password=").Append("{|SECA001:{{Chosen}}|}");
                builder.Append("User=").Append("{{Chosen}}");
            }
        }
        """);

    [Fact]
    public Task Collections_and_default_values() => Verify.VerifyAnalyzerAsync($$"""
        using System.ComponentModel;
        class C
        {
            string[] Passwords = { "{|SECA001:{{Chosen}}|}", "{|SECA001:Other-Harbor-2001|}" };
            string[] ApiKeys = new[] { "{|SECA001:{{Generated}}|}" };

            [DefaultValue("{|SECA001:{{Chosen}}|}")]
            public string Password { get; set; }
        }
        """);

    [Fact]
    public Task Pairs_inside_a_string() => Verify.VerifyAnalyzerAsync($$"""
        class C
        {
            string Query = "https://partner.example/v1/orders?limit=10&api_key={|SECA001:{{Generated}}|}";
            string Command = "deploy --user admin --password {|SECA001:{{Chosen}}|} --verbose";
            string Json = "{\"user\": \"admin\", \"password\": \"{|SECA001:{{Chosen}}|}\"}";
            string Xml = "<appSettings><add key=\"SmtpPassword\" value=\"{|SECA001:{{Chosen}}|}\" /></appSettings>";
            string Element = "<smtp><host>mail</host><password>{|SECA001:{{Chosen}}|}</password></smtp>";
            string Yaml = @"smtp:
          host: mail.example
          password: {|SECA001:{{Chosen}}|}";
        }
        """);

    [Fact]
    public Task Command_lines_and_authorization_headers_held_in_strings()
    {
        var basic = System.Convert.ToBase64String(System.Text.Encoding.ASCII.GetBytes("deploy:" + Chosen));
        var basicDummy = System.Convert.ToBase64String(System.Text.Encoding.ASCII.GetBytes("user:password"));
        var notCredentials = System.Convert.ToBase64String(System.Text.Encoding.ASCII.GetBytes("just some text"));
        return Verify.VerifyAnalyzerAsync($$"""
            class C
            {
                string Curl = "curl -u deploy:{|SECA001:{{Chosen}}|} https://ci.example/api";
                string Wget = "wget --user=deploy:{|SECA001:{{Chosen}}|} https://ci.example/f";
                string Basic = "Authorization: Basic {|SECA001:{{basic}}|}";
                string Bearer = "Authorization: Bearer {|SECA001:{{Generated}}|}";
                string ApiKeyHeader = "X-Api-Key: {|SECA001:{{Generated}}|}";
                string BasicDummy = "Authorization: Basic {{basicDummy}}";
                string NotCredentials = "Authorization: Basic {{notCredentials}}";
                string BearerTemplate = "Authorization: Bearer {token}";
                string BearerPlaceholder = "Authorization: Bearer <your-token>";
                string CurlVariables = "curl -u $CI_USER:$CI_PASSWORD https://ci.example/api";
                string CurlUserOnly = "curl -u deploy https://ci.example/api";
            }
            """);
    }

    [Fact]
    public Task Redis_and_multi_line_connection_strings() => Verify.VerifyAnalyzerAsync($$"""
        class C
        {
            string Redis = "cache.internal:6380,password={|SECA001:{{Chosen}}|},ssl=True,abortConnect=False";
            string Sql = @"Server=db.internal;
                Database=shop;
                Password={|SECA001:{{Chosen}}|};";
            string Storage = "DefaultEndpointsProtocol=https;AccountName=shop;\nAccountKey={|SECA001:{{SyntheticTokens.AzureStorageAccountKey(44)}}|};";
            string RedisWithoutPassword = "cache.internal:6380,ssl=True,abortConnect=False";
        }
        """);

    [Theory]
    [InlineData("{\"db\": \"Server=db;User Id=app;Password=Tq7vR2xWm9Lk\"}")]
    [InlineData("<add name=\"Db\" connectionString=\"Server=db;User Id=app;Password=Tq7vR2xWm9Lk\" />")]
    [InlineData("Server=db;\nUser Id=app;\nPassword=Tq7vR2xWm9Lk")]
    public void A_connection_string_password_ends_at_its_enclosing_quote_and_may_follow_a_line_break(string text)
    {
        var found = Scan.Reported(text);

        var match = Assert.Single(found);
        Assert.Equal("connection-string-password", match.Format);
        Assert.Equal("Tq7vR2xWm9Lk", match.Value);
    }

    [Fact]
    public Task Parameter_defaults_and_local_constants() => Verify.VerifyAnalyzerAsync($$"""
        class C
        {
            void Connect(string host, string password = "{|SECA001:{{Chosen}}|}") { }
            void Dummy(string password = "P@ssw0rd") { }
            void Label(string passwordLabel = "Password:") { }
            void M()
            {
                const string apiSecret = "{|SECA001:{{Generated}}|}";
                const string apiSecretName = "payments-api-secret";
            }
        }
        """);

    /// <summary>Every name form, holding what such names hold besides credentials: silent in each.</summary>
    [Fact]
    public Task Every_name_form_with_a_value_that_is_no_credential() => Verify.VerifyAnalyzerAsync("""
        using System;
        using System.Collections.Generic;
        class SecretAttribute : Attribute { public string ApiKey { get; set; } }
        class C
        {
            void Connect(string host, string password) { }

            [Secret(ApiKey = "X-Api-Key")]
            void M(Dictionary<string, string> settings)
            {
                Connect("db", password: "The password is required");
                var anonymous = new { Password = "DB_PASSWORD" };
                var tuple = (User: "admin", Password: "{0}");
                var map = new Dictionary<string, string> { { "ApiKey", "ConnectionStrings:Db" } };
                settings["ClientSecret"] = "kv-client-secret-2024";
                settings["Smtp:Password"] = "${SMTP_PASSWORD}";
                Environment.SetEnvironmentVariable("DB_PASSWORD", "changeme");
                var fallback = Environment.GetEnvironmentVariable("API_KEY") ?? "your-api-key-here";
                var query = "https://partner.example/v1/orders?api_key=${PARTNER_KEY}&limit=10";
                var json = "{\"password\": \"<password>\", \"apiKey\": \"%API_KEY%\"}";
                var xml = "<add key=\"SmtpPassword\" value=\"Pass@word1\" />";
                var yaml = "password: changeme";
                var cli = "deploy --password $DEPLOY_PASSWORD";
            }
        }
        """);

    [Fact]
    public Task What_password_named_members_hold_besides_passwords() => Verify.VerifyAnalyzerAsync("""
        using System;
        using System.ComponentModel.DataAnnotations;
        class Model
        {
            [Required(ErrorMessage = "The password is required")]
            [Display(Name = "Password", Prompt = "Enter your password")]
            [RegularExpression("^(?=.*[A-Z])(?=.*\\d).{8,}$")]
            public string Password { get; set; }
        }
        class C
        {
            const string PasswordLabel = "Password:";
            const string Password = "Password";
            const string PasswordClaim = "password";
            const string PasswordColumn = "PasswordHash";
            const string PasswordKey = "Smtp:Password";
            const string ApiKeySetting = "ConnectionStrings:Db";
            const string PasswordVariable = "DB_PASSWORD";
            const string PasswordRoute = "/account/reset-password";
            const string PasswordUrl = "https://example.com/account/password";
            const string PasswordFormat = "Password={0};";
            const string PasswordPattern = "^[a-zA-Z0-9]{12,}$";
            const string PasswordResource = "Account_Password_Required2";
            const string PasswordHash = "AQAAAAEAACcQAAAAEKx8Y2v9Q1t7vV3p6aX9m0Wc4Bd8Fj2Lk5Np7Rs1Tu3Vw6Yz";
            const string PasswordSalt = "3q2+7w8kR1xY5vB9nM4pL0tZ";
            const string ClientSecret = "3fa85f64-5717-4562-b3fc-2c963f66afa6";
            const string ApiKeyHeader = "X-Api-Key";
            const string SecretName = "kv-payments-api-key-01";
            const string TokenEndpoint = "https://login.example/oauth2/v2.0/token";
            const string NextPageToken = "CAEQAhoGCgQIARAB2024";
            const string Hint = "Use 12+ characters";
            [Obsolete("Use PasswordV2 instead")] public string PasswordV1 => nameof(PasswordV1);
        }
        """);

    /// <summary>Settings keys held in constants named like them (AWSSDK.Core's <c>SettingsConstants</c>), beside the nearest credential.</summary>
    [Fact]
    public Task A_value_that_spells_its_own_name_is_the_key_of_a_setting() => Verify.VerifyAnalyzerAsync("""
        class SettingsConstants
        {
            public const string EC2InstanceSaveCredentials = "EC2InstanceSaveCredentials";
            public const string EC2InstancePassword = "EC2InstancePassword";
            public const string Smtp2Password = "smtp2_password";
            public const string ProxyPasswordV2 = "Proxy:PasswordV2";
            public const string S3SecretKey2 = "s3-secret-key-2";
            public const string Ec2Password = "{|SECA001:Ec2Instance#4417|}";
            public const string SmtpPassword = "{|SECA001:Smtp-Relay-2291|}";
            public const string KeyPair = "Smtp2Password=smtp2_password;Port=25";
            public const string ValuePair = "Smtp2Password={|SECA001:Smtp-Relay-2291|};Port=25";
        }
        """);

    [Fact]
    public Task Placeholders_and_documentation_dummies() => Verify.VerifyAnalyzerAsync("""
        class C
        {
            string Password1 = "changeme";
            string Password2 = "<password>";
            string Password3 = "${DB_PASSWORD}";
            string Password4 = "%PASSWORD%";
            string Password5 = "{0}";
            string Password6 = "xxxxxxxx";
            string Password7 = "********";
            string Password8 = "your-secret-here";
            string Password9 = "P@ssw0rd";
            string Password10 = "Pass@word1";
            string Password11 = "Test@123";
            string Password12 = "Admin123!";
            string Password13 = "Password123!";
            string ApiKey1 = "your-api-key-here";
            string ApiKey2 = "YOUR_API_KEY";
            string ApiKey3 = "replace-with-your-key-123";
            string Secret1 = "@Microsoft.KeyVault(SecretUri=https://kv.vault.azure.net/secrets/x)";
            string Secret2 = "kv-secret-name-2024";
        }
        """);

    [Fact]
    public Task Names_that_are_no_credential() => Verify.VerifyAnalyzerAsync($$"""
        class C
        {
            string Passage = "{{Chosen}}";
            string Bypass = "{{Chosen}}";
            string Monkey = "{{Generated}}";
            string CacheKey = "{{Generated}}";
            string PrimaryKeyColumn = "{{Generated}}";
            string HashedPassword = "{{Generated}}";
            string InvalidPassword = "{{Chosen}}";
            string ContinuationToken = "{{Generated}}";
            string PublicKey = "{{Generated}}";
            string Comparison = "a == password";
        }
        """);

    [Fact]
    public async Task The_message_names_the_name_and_shows_no_character_of_the_value()
    {
        var source = "class C { string SmtpPassword = \"" + Chosen + "\"; }";
        var diagnostics = await LiteralRuleRun.AnalyzeAsync(source);

        var diagnostic = Assert.Single(diagnostics);
        var message = diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        Assert.StartsWith("Hard-coded password named 'SmtpPassword' (****, 18 characters): read it from configuration", message, System.StringComparison.Ordinal);
        Assert.Equal("named-password", diagnostic.Properties["FormatId"]);
        Assert.Equal("password", diagnostic.Properties["Provider"]);
        var visible = message + "|" + string.Join("|", diagnostic.Properties.Values);
        Assert.False(Leaks.AnyFiveCharacterRun(Chosen, visible), visible);
    }

    [Fact]
    public async Task Provider_keys_without_a_signature_are_known_by_their_name()
    {
        var storageKey = SyntheticTokens.AzureStorageAccountKey(45);
        var aiKey = SyntheticTokens.Random(46, SyntheticTokens.Hex, 32);
        var source = $$"""
            class C
            {
                const string StorageAccountKey = "{{storageKey}}";
                const string AzureOpenAIKey = "{{aiKey}}";
                const string Deploy = "az storage blob upload --account-name shop --account-key {{storageKey}}";
                const string Json = "{\"endpoint\": \"https://shop.openai.azure.com/\", \"api-key\": \"{{aiKey}}\"}";
                const string PartnerApiKey = "{{aiKey}}";
                const string FileSha512 = "{{storageKey}}";
                const string ETag = "{{aiKey}}";
            }
            """;
        var diagnostics = await LiteralRuleRun.AnalyzeAsync(source);

        var formats = System.Linq.Enumerable.ToArray(System.Linq.Enumerable.Select(
            System.Linq.Enumerable.OrderBy(diagnostics, d => d.Location.SourceSpan.Start), d => d.Properties["FormatId"]));
        Assert.Equal(new[] { "azure-storage-account-key", "azure-ai-services-key", "azure-storage-account-key", "azure-ai-services-key", "named-secret" }, formats);
    }

    [Theory]
    [InlineData("generated", false)]
    [InlineData("all", true)]
    [InlineData("none", false)]
    public Task A_test_project_reports_only_generated_values_unless_told_otherwise(string policy, bool chosenReported)
    {
        var chosen = chosenReported ? "\"{|SECA001:" + Chosen + "|}\"" : "\"" + Chosen + "\"";
        var generated = policy == "none" ? "\"" + Generated + "\"" : "\"{|SECA001:" + Generated + "|}\"";
        var test = new Verify.Test { TestCode = "class C { string Password = " + chosen + "; string ApiKey = " + generated + "; }" };
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.IsTestProject = true\n"));
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n[*.cs]\nsecret_analyzers.named_values_in_tests = " + policy + "\n"));
        return test.RunAsync();
    }

    /// <summary>
    /// A named constant joined into a connection string is left to its declaration only where the declaration reports
    /// it: in a test project, a password that does not look generated is reported where it is joined, as before.
    /// </summary>
    [Fact]
    public Task A_test_project_s_named_constant_still_reports_its_connection_string()
    {
        var test = new Verify.Test
        {
            TestCode = $$"""
                class C
                {
                    const string DbPassword = "{{Chosen}}";
                    const string Connection = "Server=db;User Id=app;Password=" + {|SECA001:DbPassword|};
                }
                """,
        };
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.IsTestProject = true\n"));
        return test.RunAsync();
    }

    [Fact]
    public Task The_password_and_secret_provider_keys_turn_the_rule_off()
    {
        var test = new Verify.Test { TestCode = "class C { string Password = \"" + Chosen + "\"; string ApiKey = \"" + Generated + "\"; }" };
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n[*.cs]\nsecret_analyzers.disabled_providers = password, secret\n"));
        return test.RunAsync();
    }

    [Theory]
    [InlineData("Password", "Summer2024!", true)]
    [InlineData("Password", "Welcome1", true)]
    [InlineData("Password", "Required", false)]
    [InlineData("Password", "NotEmpty", false)]
    [InlineData("Password", "Pass@word1", false)]
    [InlineData("Password", "Secret123", false)]
    [InlineData("Password", "<b>hidden</b>", false)]
    [InlineData("Password", "^\\d{6}$", false)]
    [InlineData("Secret", "ThisIsMySuperSecretSigningKey2024", true)]
    [InlineData("Secret", "Password123!Password123!", false)]
    public void Values_in_code_need_more_than_values_in_configuration(string kind, string value, bool expected)
    {
        Assert.Equal(expected, NamedValues.IsCredentialInCode(System.Enum.Parse<NamedKind>(kind), value, 0, value.Length));
    }

    [Theory]
    [InlineData("Summer2024!", false)]
    [InlineData("Harbor-Lights-1987", false)]
    [InlineData("MyTestSecretKey2024MyTestSecretKey2024", false)]
    [InlineData("aaaaaaaaBBBBBBBB11111111", false)]
    public void Test_projects_need_a_generated_value(string value, bool expected)
    {
        Assert.Equal(expected, NamedValues.LooksGenerated(value, 0, value.Length));
    }

    [Fact]
    public void A_generated_key_passes_the_test_project_bar()
    {
        // Base62 keys of 32 characters: all but a few in a hundred pass.
        var passed = 0;
        for (var seed = 0; seed < 200; seed++)
        {
            var key = SyntheticTokens.Random(seed, SyntheticTokens.Base62, 32);
            passed += NamedValues.LooksGenerated(key, 0, key.Length) ? 1 : 0;
        }

        Assert.InRange(passed, 180, 200);
    }

    [Theory]
    [InlineData("password=Summer2024!", "password", "Summer2024!")]
    [InlineData("--api-key sk9Q", "api-key", "sk9Q")]
    [InlineData("{\"clientSecret\": \"a b\"}", "clientSecret", "a b")]
    [InlineData("token: abc;", "token", "abc")]
    [InlineData("<smtp><password>a1!b</password></smtp>", "password", "a1!b")]
    [InlineData("<add key=\"SmtpPassword\" value=\"a1!b\" />", "SmtpPassword", "a1!b")]
    [InlineData("<add name=\"ApiKey\" value=\"x9\"/>", "ApiKey", "x9")]
    public void Pairs_are_read_up_to_their_value_s_end(string text, string key, string value)
    {
        Assert.True(EmbeddedPairs.TryFind(text, 0, out var pair));
        Assert.Equal(key, text.Substring(pair.KeyStart, pair.KeyLength));
        Assert.Equal(value, text.Substring(pair.ValueStart, pair.ValueLength));
    }

    [Theory]
    [InlineData("if (password == other)")]
    [InlineData("https://example.com/token")]
    [InlineData("Foo::Password")]
    [InlineData("width=10;height=20")]
    [InlineData("<add key=\"Theme\" value=\"dark-2\" />")]
    [InlineData("<b>password</b>")]
    public void Texts_without_credential_pairs(string text)
    {
        Assert.False(EmbeddedPairs.TryFind(text, 0, out _));
    }
}
