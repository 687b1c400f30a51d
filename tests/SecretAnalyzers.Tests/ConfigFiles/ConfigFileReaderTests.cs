using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using SecretAnalyzers.ConfigFiles;
using SecretAnalyzers.Detection;
using SecretAnalyzers.Tests.Infrastructure;

namespace SecretAnalyzers.Tests.ConfigFiles;

/// <summary>The tolerant JSON and dotenv readers, the credential names, and what broken input does to them.</summary>
public sealed class ConfigFileReaderTests
{
    private static List<(string Path, string Value)> Json(string text)
    {
        var values = new List<ConfigValue>();
        JsonValueReader.Read(text, values, CancellationToken.None);
        return values.Where(v => !v.IsKey).Select(v => (v.KeyPath, v.Decode(text, out _))).ToList();
    }

    private static List<(string Name, string Value)> DotEnv(string text)
    {
        var values = new List<ConfigValue>();
        DotEnvReader.Read(text, values, CancellationToken.None);
        return values.Select(v => (v.KeyPath, text.Substring(v.Start, v.End - v.Start))).ToList();
    }

    [Fact]
    public void Json_values_carry_their_key_path_as_IConfiguration_spells_it()
    {
        var values = Json("""
            { "A": { "B": "1", "C": [ "x", { "D": "y" } ] }, "E": true, "F": "z\"q\u0041" }
            """);
        Assert.Equal(new[] { ("A:B", "1"), ("A:C:0", "x"), ("A:C:1:D", "y"), ("F", "z\"qA") }, values);
    }

    [Fact]
    public void Json_comments_trailing_commas_and_a_byte_order_mark_are_accepted()
    {
        var values = Json("\uFEFF// top\n{ /* a */ \"A\": \"1\", // b\n \"B\": [\"2\",], }");
        Assert.Equal(new[] { ("A", "1"), ("B:0", "2") }, values);
    }

    [Theory]
    [InlineData("{ \"A\": \"1\", \"B\" \"2\" }")] // a missing colon
    [InlineData("{ \"A\": \"1\", \"B\": \"2")] // an unterminated string
    [InlineData("{ \"A\": \"1\", \"B\": \"2\n\" }")] // a line break in a string
    [InlineData("{ \"A\": \"1\" } \"B\": \"2\"")] // text after the document
    [InlineData("{ \"A\": \"1\", /* \"B\": \"2\" }")] // an unterminated comment
    [InlineData("{ \"A\": \"1\", \"B\": @\"2\" }")] // not JSON at all
    public void Json_reading_stops_where_the_document_stops_being_JSON(string text)
    {
        Assert.Equal(new[] { ("A", "1") }, Json(text));
    }

    [Fact]
    public void Json_nesting_deeper_than_the_bound_stops_reading_without_recursion()
    {
        var deep = new string('[', 200_000) + "\"x\"" + new string(']', 200_000);
        Assert.Empty(Json(deep));
        var bounded = new string('[', JsonValueReader.MaximumDepth) + "\"x\"" + new string(']', JsonValueReader.MaximumDepth);
        Assert.Single(Json(bounded));
    }

    [Fact]
    public void Dotenv_assignments_are_read_as_dotenv_libraries_read_them()
    {
        var values = DotEnv("""
            # comment
            A=1
            export B = two words  # note
            C="quoted # not a comment"
            D='single'
            E=x#y
            F="line1
            line2"
            not an assignment
            G=
            """);
        Assert.Equal(new[] { ("A", "1"), ("B", "two words"), ("C", "quoted # not a comment"), ("D", "single"), ("E", "x#y"), ("F", "line1\nline2") }, values);
    }

    [Theory]
    [InlineData("Password", "Password")]
    [InlineData("Smtp:Password", "Password")]
    [InlineData("DB_PASS", "Password")]
    [InlineData("dbPwd", "Password")]
    [InlineData("Kestrel__Certificates__Default__Password", "Password")]
    [InlineData("ClientSecret", "Secret")]
    [InlineData("OPENAI_API_KEY", "Secret")]
    [InlineData("APIKEY", "Secret")]
    [InlineData("Payments:ApiKey", "Secret")]
    [InlineData("AccessToken", "Secret")]
    [InlineData("Jwt:Key", "Secret")]
    [InlineData("JwtSettings:SigningKey", "Secret")]
    [InlineData("Webhooks:SigningSecrets:0", "Secret")]
    [InlineData("PasswordHash", "None")]
    [InlineData("ApiKeyHeader", "None")]
    [InlineData("TokenEndpoint", "None")]
    [InlineData("SecretName", "None")]
    [InlineData("PublicKey", "None")]
    [InlineData("Cache:Key", "None")]
    [InlineData("AccessKeyId", "None")]
    [InlineData("Bypass", "None")]
    [InlineData("Secrets", "None")]
    [InlineData("DB_PASSWORD_PROD", "Password")]
    [InlineData("Password2", "Password")]
    [InlineData("API_KEY_1", "Secret")]
    [InlineData("ApiKeys:PartnerA", "Secret")]
    [InlineData("Passwords:Admin", "Password")]
    [InlineData("ApiClients:0:Key", "Secret")]
    [InlineData("RecaptchaSiteKey", "None")]
    [InlineData("Algolia:SearchApiKey", "None")]
    [InlineData("MappingKey", "None")]
    [InlineData("AuthorKey", "None")]
    [InlineData("", "None")]
    public void Credential_names_are_told_by_their_last_word(string name, string expected)
    {
        Assert.Equal(Enum.Parse<NamedKind>(expected), SecretNames.KindOf(name));
    }

    [Theory]
    [InlineData("Password", "Welcome1", true)]
    [InlineData("Password", "Xk29!qLw7Rt", true)]
    [InlineData("Password", "welcome", false)]
    [InlineData("Password", "12345678", false)]
    [InlineData("Password", "Pw1", false)]
    [InlineData("Secret", "ThisIsMySuperSecretSigningKey2024", true)]
    [InlineData("Secret", "Xk29qLw7RtQpZs4Mna81", true)]
    [InlineData("Secret", "Xk29qLw7Rt", false)]
    [InlineData("Secret", "STRIPE_SECRET_KEY", false)]
    [InlineData("Secret", "Stripe:SecretKey", false)]
    [InlineData("Secret", "Ocp-Apim-Subscription-Key", false)]
    [InlineData("Secret", "https://vault.example/secrets/k1", false)]
    [InlineData("Secret", "3fa85f64-5717-4562-b3fc-2c963f66afa6", false)]
    [InlineData("Secret", "keys/signing-key-2024.pem", false)]
    [InlineData("None", "Xk29qLw7RtQpZs4Mna81", false)]
    [InlineData("Secret", "StoredInAzureKeyVault", false)]
    [InlineData("Secret", "OverriddenInProduction", false)]
    [InlineData("Password", "Overridden", false)]
    [InlineData("Password", "NotSet2024", false)]
    [InlineData("Secret", "kv-aad-client-secret-01", false)]
    [InlineData("Secret", "payments-api-key-v2", false)]
    [InlineData("Secret", "ContosoShop.AuthState.v2", false)]
    [InlineData("Password", "Contoso.RefreshToken", false)]
    [InlineData("Secret", "pk.eyJ1IjoiY29udG9zbyIsImEiOiJja2V5In0", false)]
    [InlineData("Secret", "AuthKey_8A7B6C5D4E.p8", false)]
    [InlineData("Password", "Winter-Harbor-2024!", true)]
    public void Values_under_credential_names_must_look_like_credentials(string kind, string value, bool expected)
    {
        Assert.Equal(expected, NamedValues.IsCredential(Enum.Parse<NamedKind>(kind), value, 0, value.Length));
    }

    [Fact]
    public async Task A_file_cut_at_any_point_reports_no_more_than_the_whole_file_and_never_throws()
    {
        var whole = $$"""
            {
              // settings
              "Stripe": { "SecretKey": "{{SyntheticTokens.StripeLiveSecret()}}" },
              "Db": { "Password": "{{SyntheticTokens.Password()}}", "Timeout": 30, },
              "Hosts": [ "a", "b" ]
            }
            """;
        var expected = await Findings(whole);
        Assert.Equal(2, expected.Count);
        for (var cut = 0; cut < whole.Length; cut += 3)
        {
            var found = await Findings(whole.Substring(0, cut));
            Assert.True(found.IsSubsetOf(expected), "cut at " + cut + " reported " + string.Join(", ", found.Except(expected)));
        }
    }

    [Fact]
    public async Task Random_bytes_and_huge_values_never_throw()
    {
        var random = new Random(3);
        var alphabet = "{}[]\":,\\/*\n\r\t =#'abcAB0\u0041\uFEFF";
        for (var round = 0; round < 200; round++)
        {
            var chars = new char[random.Next(1, 400)];
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = alphabet[random.Next(alphabet.Length)];
            }

            var text = new string(chars);
            await ConfigFileHarness.RunAsync(new[] { ("appsettings.json", text), (".env", text) });
        }

        var huge = "{ \"Password\": \"" + new string('x', 1_000_000) + "\", \"Key\": \"" + string.Concat(Enumerable.Repeat("Password=", 100_000)) + "\" }";
        await ConfigFileHarness.RunAsync(new[] { ("appsettings.json", huge), (".env", "A=" + huge) });
    }

    private static async Task<HashSet<string>> Findings(string text)
    {
        var diagnostics = await ConfigFileHarness.RunAsync(new[] { ("appsettings.json", text) });
        return diagnostics.Select(d => d.Id + "@" + d.Location.SourceSpan).ToHashSet();
    }
}
