using SecretAnalyzers.Tests.Infrastructure;

namespace SecretAnalyzers.Tests.Detection;

/// <summary>The false positives a user would hit: placeholders, public values, look-alikes, ordinary words.</summary>
public class NotASecretTests
{
    [Theory]
    // Placeholders with a real prefix.
    [InlineData("sk_live_", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")]
    [InlineData("sk_live_", "YOUR_STRIPE_SECRET_KEY_HERE")]
    [InlineData("sk_live_", "yourkeyhereyourkeyhere1234")]
    [InlineData("sk_live_", "abcdefghijklmnopqrstuvwxyz")]
    [InlineData("sk_live_", "000000000000000000000000")]
    [InlineData("sk_live_", "abcabcabcabcabcabcabcabcabc")]
    [InlineData("sk_live_", "1234567890abcdefghij1234")]
    [InlineData("sk_live_", "ThisIsAnExampleKeyForTheDocs")]
    [InlineData("sk_live_", "...")]
    [InlineData("sk_live_", "<your-key>")]
    [InlineData("sk_live_", "${STRIPE_KEY}")]
    [InlineData("sk_live_", "{{stripe_key}}")]
    [InlineData("sk_live_", "")]
    [InlineData("AKIA", "XXXXXXXXXXXXXXXX")]
    [InlineData("AKIA", "IOSFODNN7EXAMPLE")]
    [InlineData("AKIA", "IOSFODNN7EXAMPL")]
    [InlineData("ghp_", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")]
    [InlineData("glpat-", "xxxxxxxxxxxxxxxxxxxx")]
    [InlineData("glpat-", "REPLACE_WITH_TOKEN00")]
    [InlineData("xoxb-", "your-bot-token")]
    [InlineData("xoxb-", "0000000000-0000000000-xxxxxxxxxxxxxxxxxxxxxxxx")]
    [InlineData("hf_", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")]
    [InlineData("SG.", "xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")]
    [InlineData("sk-proj-", "...")]
    [InlineData("sk-", "1234567890")]
    // Ordinary words that start like a prefix.
    [InlineData("sk-", "button")]
    [InlineData("sk-", "SK")]
    [InlineData("sk-", "learn")]
    [InlineData("npm_", "package_version")]
    [InlineData("npm_", "config_registry")]
    [InlineData("hf_", "hub_download")]
    [InlineData("key-", "value")]
    [InlineData("dapi", "DataGetResponse")]
    [InlineData("SG.", "Models.Payments")]
    [InlineData("xoxo", "-hugs")]
    [InlineData("api_org_", "id")]
    [InlineData("AIza", "")]
    public void Prefix_with_a_placeholder_or_word_is_not_reported(string prefix, string rest)
    {
        Assert.Empty(Scan.All(prefix + rest));
    }

    [Theory]
    [InlineData("pk_live_")]
    [InlineData("pk_test_")]
    [InlineData("cus_")]
    [InlineData("pi_")]
    [InlineData("price_")]
    [InlineData("prod_")]
    [InlineData("sub_")]
    [InlineData("acct_")]
    [InlineData("cs_live_")]
    [InlineData("evt_")]
    [InlineData("seti_")]
    public void Stripe_publishable_keys_and_object_ids_are_public(string prefix)
    {
        Assert.Empty(Scan.All(prefix + SyntheticTokens.Random(7, SyntheticTokens.Base62, 99)));
        Assert.Empty(Scan.All(prefix + SyntheticTokens.Random(8, SyntheticTokens.Base62, 24)));
    }

    [Theory]
    [InlineData("ghp_")]
    [InlineData("gho_")]
    [InlineData("ghu_")]
    [InlineData("ghs_")]
    [InlineData("npm_")]
    public void Checksummed_look_alike_with_a_wrong_checksum_was_never_issued(string prefix)
    {
        for (var seed = 1; seed <= 20; seed++)
        {
            Assert.Empty(Scan.All(SyntheticTokens.GitHubWrongChecksum(prefix, seed)));
            Assert.Empty(Scan.All(prefix + SyntheticTokens.Random(seed, SyntheticTokens.Base62, 36)));
        }
    }

    [Fact]
    public void Fine_grained_token_with_a_wrong_checksum_is_not_reported()
    {
        var valid = SyntheticTokens.GitHubFineGrained(5);
        var checksumAt = 11 + 66;
        var wrong = valid.Substring(0, checksumAt) + (valid[checksumAt] == 'A' ? 'B' : 'A') + valid.Substring(checksumAt + 1);
        Assert.Single(Scan.All(valid));
        Assert.Empty(Scan.All(wrong));
    }

    [Fact]
    public void GitLab_routable_token_with_a_wrong_checksum_is_not_reported()
    {
        var valid = SyntheticTokens.GitLabRoutable(3);
        var wrong = valid.Substring(0, valid.Length - 1) + (valid[^1] == 'a' ? 'b' : 'a');
        Assert.Single(Scan.All(valid));
        Assert.Empty(Scan.All(wrong));
    }

    [Fact]
    public void Entra_look_alike_with_a_wrong_checksum_is_not_reported()
    {
        var valid = SyntheticTokens.EntraClientSecret(4);
        var wrong = valid.Substring(0, 39) + (valid[39] == 'a' ? 'b' : 'a');
        Assert.Single(Scan.All(valid));
        Assert.Empty(Scan.All(wrong));
    }

    [Fact]
    public void OpenSsh_keys_are_found_through_the_zero_runs_of_their_header_and_templated_bodies_are_not()
    {
        var key = SyntheticTokens.OpenSshPrivateKeyPem(7);
        Assert.Equal("private-key", Assert.Single(Scan.All(key)).Format);
        Assert.Equal("private-key", Assert.Single(Scan.All(SyntheticTokens.PrivateKeyPem(8))).Format);

        var begin = "-----BEGIN" + " OPENSSH PRIVATE KEY-----\n";
        var end = "\n-----END" + " OPENSSH PRIVATE KEY-----";
        Assert.Empty(Scan.All(begin + string.Join("\n", System.Linq.Enumerable.Repeat(new string('A', 70), 6)) + end));
        Assert.Empty(Scan.All(begin + string.Join("\n", System.Linq.Enumerable.Repeat("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", 6)) + end));
        Assert.Empty(Scan.All(begin + "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\n...\n" + end));
        Assert.Empty(Scan.All(begin + string.Join("\n", System.Linq.Enumerable.Repeat("YourPrivateKeyGoesHere0123456789YourPrivateKeyGoesHere0123456789abcdef", 6)) + end));
    }

    [Fact]
    public void Slack_legacy_user_tokens_with_a_short_hex_tail_and_ids_that_look_issued()
    {
        string Ids(int seed) => SyntheticTokens.Random(seed, SyntheticTokens.Digits, 10) + "-" + SyntheticTokens.Random(seed + 1, SyntheticTokens.Digits, 11) + "-" + SyntheticTokens.Random(seed + 2, SyntheticTokens.Digits, 12);
        var legacy = "xox" + "s-" + Ids(20) + "-" + SyntheticTokens.Random(23, SyntheticTokens.Hex, 10);
        Assert.Equal("slack-legacy-token", Assert.Single(Scan.All(legacy)).Format);
        Assert.Single(Scan.All("xox" + "o-" + Ids(24) + "-" + SyntheticTokens.Random(27, SyntheticTokens.Hex, 16)));

        // Placeholder ids: four digits, or counted up.
        Assert.Empty(Scan.All("xox" + "p-1234-5678-9012-" + SyntheticTokens.Random(28, SyntheticTokens.Hex, 32)));
        Assert.Empty(Scan.All("xox" + "p-1234567890-1234567890-1234567890-" + SyntheticTokens.Random(29, SyntheticTokens.Hex, 32)));
        Assert.Empty(Scan.All("xox" + "s-" + Ids(30) + "-abcdef"));
    }

    [Fact]
    public void An_Entra_refresh_token_needs_both_segments()
    {
        var token = SyntheticTokens.EntraRefreshToken(31);
        Assert.Equal("azure-entra-refresh-token", Assert.Single(Scan.All("refresh_token=" + token + "&x=1")).Format);

        Assert.Empty(Scan.All(token.Substring(0, token.IndexOf(".Ag", System.StringComparison.Ordinal)))); // first segment alone
        Assert.Empty(Scan.All("1.A" + SyntheticTokens.Random(32, SyntheticTokens.Base64Url, 86) + ".Ag" + SyntheticTokens.Random(33, SyntheticTokens.Base64Url, 100)));
        Assert.Empty(Scan.All("1.A" + SyntheticTokens.Random(34, SyntheticTokens.Base64Url, 86) + ".Ag" + new string('A', 400)));
        Assert.Empty(Scan.All("Version 1.Alpha.Agreement and 0.A-side"));
    }

    [Fact]
    public void An_OpenAI_admin_key_needs_its_layout_around_the_marker()
    {
        var valid = SyntheticTokens.OpenAiAdmin(9);
        Assert.Equal("openai-admin-key", Assert.Single(Scan.All(valid)).Format);

        var marker = valid.IndexOf("T3Blbk" + "FJ", System.StringComparison.Ordinal);
        Assert.Empty(Scan.All(valid.Remove(marker - 1, 1)));
        Assert.Empty(Scan.All(valid + "Ab"));
        Assert.Empty(Scan.All("sk-" + "admin-" + SyntheticTokens.Random(10, SyntheticTokens.Base64Url, 40) + "T3Blbk" + "FJ" + SyntheticTokens.Random(11, SyntheticTokens.Base64Url, 76)));
        Assert.Empty(Scan.All("sk-" + "admin-" + new string('x', 58) + "T3Blbk" + "FJ" + SyntheticTokens.Random(12, SyntheticTokens.Base64Url, 58)));
    }

    [Theory]
    [InlineData("your-256-bit-secret", false)]
    [InlineData("a-string-secret-at-least-256-bits-long", false)]
    [InlineData("orders-service-signing-secret-2024", true)]
    public void A_jwt_signed_with_the_secret_jwt_io_publishes_is_no_secret(string key, bool reported)
    {
        static string Encode(byte[] bytes) => System.Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var signed = Encode(System.Text.Encoding.ASCII.GetBytes("{\"alg\":\"HS256\",\"typ\":\"JWT\"}")) + "."
            + Encode(System.Text.Encoding.ASCII.GetBytes("{\"sub\":\"svc-orders\",\"iat\":1700000000}"));
        using var hmac = new System.Security.Cryptography.HMACSHA256(System.Text.Encoding.ASCII.GetBytes(key));
        var token = signed + "." + Encode(hmac.ComputeHash(System.Text.Encoding.ASCII.GetBytes(signed)));

        Assert.Equal(reported, Scan.All(token).Count == 1);
    }

    /// <summary>
    /// Real key encodings open with fixed DER or packet headers (version numbers, algorithm ids, zero bytes) before
    /// their random part: each is still a key.
    /// </summary>
    [Theory]
    [InlineData("RSA PRIVATE KEY", "MIIEowIBAAKCAQEA")]
    [InlineData("PRIVATE KEY", "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ")]
    [InlineData("EC PRIVATE KEY", "MHcCAQEEI")]
    [InlineData("ENCRYPTED PRIVATE KEY", "MIIFHDBOBgkqhkiG9w0BBQ0wQTApBgkqhkiG9w0BBQwwHAQI")]
    [InlineData("PGP PRIVATE KEY BLOCK", "lQOYBGVAAAABCAC")]
    public void Private_keys_of_every_encoding_are_found_through_their_headers(string label, string header)
    {
        var body = header + System.Convert.ToBase64String(SyntheticTokens.RandomBytes(label.Length, 300));
        var lines = new System.Text.StringBuilder();
        for (var i = 0; i < body.Length; i += 64)
        {
            lines.Append(body, i, System.Math.Min(64, body.Length - i)).Append('\n');
        }

        var pem = "-----BEGIN " + label + "-----\n" + lines + "-----END " + label + "-----";
        Assert.Equal("private-key", Assert.Single(Scan.All(pem)).Format);
    }

    [Fact]
    public void Entra_secret_of_the_older_layout_needs_its_length_and_a_random_body()
    {
        var valid = SyntheticTokens.EntraLegacyClientSecret(5);
        Assert.Equal("azure-entra-client-secret", Assert.Single(Scan.All(valid)).Format);
        Assert.Equal(valid, Assert.Single(Scan.All("ClientSecret=" + valid + ";")).Value);

        // One character short or long, a placeholder body, a body without digits: no secret.
        Assert.Empty(Scan.All(valid.Substring(0, 36)));
        Assert.Empty(Scan.All(valid + "x"));
        Assert.Empty(Scan.All("abc7Q" + "~" + new string('x', 31)));
        Assert.Empty(Scan.All("abc7Q" + "~" + "Your-Client-Secret-2024-Here-ab"));
        Assert.Empty(Scan.All("abc7Q" + "~" + SyntheticTokens.Random(6, SyntheticTokens.Letters, 31)));
    }

    [Fact]
    public void Azure_identifiable_look_alike_with_a_wrong_checksum_is_not_reported()
    {
        var valid = SyntheticTokens.AzureIdentifiableKey("+ASt", 0x44656661756C7430, 64, 9);
        var wrong = valid.Substring(0, 81) + (valid[81] == 'A' ? 'B' : 'A') + valid.Substring(82);
        Assert.Single(Scan.All(valid));
        Assert.Empty(Scan.All(wrong));
    }

    [Fact]
    public void OpenAi_legacy_key_needs_its_marker()
    {
        Assert.Empty(Scan.All("sk-" + SyntheticTokens.Random(3, SyntheticTokens.Base62, 48)));
        Assert.Single(Scan.All(SyntheticTokens.OpenAiLegacy(3)));
    }

    [Fact]
    public void Anthropic_key_must_end_in_AA()
    {
        var valid = SyntheticTokens.AnthropicApi(2);
        Assert.Empty(Scan.All(valid.Substring(0, valid.Length - 2) + "Ab"));
    }

    [Theory]
    [InlineData(32)]
    [InlineData(40)]
    [InlineData(64)]
    [InlineData(128)]
    public void Hex_hashes_are_not_secrets(int length)
    {
        for (var seed = 1; seed <= 20; seed++)
        {
            Assert.Empty(Scan.Reported(SyntheticTokens.Random(seed, SyntheticTokens.Hex, length)));
            Assert.Empty(Scan.Reported(SyntheticTokens.Random(seed, SyntheticTokens.Hex, length).ToUpperInvariant()));
        }
    }

    [Fact]
    public void Guids_and_base64_digests_are_not_secrets()
    {
        for (var seed = 1; seed <= 50; seed++)
        {
            var bytes = SyntheticTokens.RandomBytes(seed, 64);
            Assert.Empty(Scan.Reported(new System.Guid(bytes[..16]).ToString()));
            Assert.Empty(Scan.Reported(new System.Guid(bytes[..16]).ToString("N")));
            Assert.Empty(Scan.Reported(System.Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData(bytes))));
            Assert.Empty(Scan.Reported(System.Convert.ToBase64String(System.Security.Cryptography.SHA512.HashData(bytes))));
            Assert.Empty(Scan.Reported(System.Convert.ToBase64String(bytes)));
        }
    }

    [Theory]
    [InlineData(@"sk_live_[0-9a-zA-Z]{24}")]
    [InlineData(@"^sk-[A-Za-z0-9]{48}$")]
    [InlineData(@"ghp_[A-Za-z0-9]{36}")]
    [InlineData(@"AKIA[0-9A-Z]{16}")]
    [InlineData(@"(?<key>xox[baprs]-[0-9a-zA-Z-]{10,48})")]
    [InlineData(@"Password=([^;]*)")]
    [InlineData(@"-----BEGIN RSA PRIVATE KEY-----[\s\S]*?-----END RSA PRIVATE KEY-----")]
    public void Regexes_that_describe_keys_are_not_keys(string pattern)
    {
        Assert.Empty(Scan.All(pattern));
    }

    [Fact]
    public void Documented_jwt_io_sample_is_not_reported()
    {
        var header = SyntheticTokens.Base64UrlOf("{\"alg\":\"HS256\",\"typ\":\"JWT\"}");
        var payload = SyntheticTokens.Base64UrlOf("{\"sub\":\"1234567890\",\"name\":\"John Doe\",\"iat\":1516239022}");
        Assert.Empty(Scan.All(header + "." + payload + ".SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"));
    }

    [Fact]
    public void Unsigned_or_malformed_jwts_are_not_reported()
    {
        var none = SyntheticTokens.Base64UrlOf("{\"alg\":\"none\"}");
        var payload = SyntheticTokens.Base64UrlOf("{\"sub\":\"abc\"}");
        Assert.Empty(Scan.All(none + "." + payload + "."));
        Assert.Empty(Scan.All(none + "." + payload + "." + SyntheticTokens.Random(1, SyntheticTokens.Base64Url, 43)));
        Assert.Empty(Scan.All("eyJhbGciOiJIUzI1NiJ9.not-a-payload." + SyntheticTokens.Random(1, SyntheticTokens.Base64Url, 43)));
    }

    [Fact]
    public void Discord_look_alike_whose_first_part_is_not_a_user_id_is_not_reported()
    {
        var fake = "MTExMTExMTExMTExMTExMTEx".Replace('T', 'Z') + "." + SyntheticTokens.Random(1, SyntheticTokens.Base64Url, 6) + "." + SyntheticTokens.Random(2, SyntheticTokens.Base64Url, 27);
        Assert.Empty(Scan.All(fake));
    }

    [Theory]
    [InlineData("Hello, world! This is ordinary UI text with no secret at all.")]
    [InlineData("SELECT id, name, price FROM products WHERE sku = @sku AND active = 1")]
    [InlineData("https://api.example.com/v1/customers?limit=10&starting_after=cus_123")]
    [InlineData("C:\\Users\\build\\source\\repos\\Shop\\appsettings.Development.json")]
    [InlineData("{0:N2} {1:yyyy-MM-dd} {2,-10}")]
    [InlineData("Server=(localdb)\\mssqllocaldb;Database=Shop;Trusted_Connection=True;MultipleActiveResultSets=true")]
    [InlineData("Server=db;Database=shop;Integrated Security=SSPI")]
    [InlineData("InstrumentationKey=00000000-0000-0000-0000-000000000000;IngestionEndpoint=https://westeurope-5.in.applicationinsights.azure.com/")]
    [InlineData("-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA\n-----END PUBLIC KEY-----")]
    [InlineData("-----BEGIN CERTIFICATE-----")]
    [InlineData("-----BEGIN RSA PRIVATE KEY-----\n...\n-----END RSA PRIVATE KEY-----")]
    [InlineData("-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC...\n-----END PRIVATE KEY-----")]
    [InlineData("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGx0b3Qgb2YgcHVibGljIGtleSBtYXRlcmlhbA user@host")]
    [InlineData("Please enter your Password=")]
    [InlineData("git@github.com:contoso/shop.git")]
    [InlineData("https://user@example.com/path")]
    [InlineData("https://localhost:5001/api")]
    public void Ordinary_strings_are_not_reported(string text)
    {
        Assert.Empty(Scan.Reported(text));
    }
}

/// <summary>Real secrets that the placeholder and word filters must not drop.</summary>
public class SecretsTheFiltersKeepTests
{
    [Theory]
    [InlineData('/')]
    [InlineData('+')]
    public void Aws_secret_starting_with_a_base64_symbol_is_found(char first)
    {
        var secret = first + SyntheticTokens.AwsSecretAccessKey(12)[1..];
        Assert.Equal(secret, Assert.Single(Scan.Reported("aws_secret_access_key=" + secret)).Value);
        Assert.Equal(SecretAnalyzers.Detection.ContextRequirement.AwsSecretAccessKey, Assert.Single(Scan.All(secret)).Context);
    }

    [Theory]
    [InlineData("Xk9.*mQ2vLp7")]
    [InlineData("IpQokcWe~wrxXxe")]
    [InlineData("Tq7vRxxx2m9Lk")]
    public void Passwords_with_regex_or_placeholder_looking_fragments_are_found(string password)
    {
        Assert.Equal(password, Assert.Single(Scan.Reported("Server=db;User Id=app;Pass" + "word=" + password + ";")).Value);
    }

    [Theory]
    [InlineData("1234")]
    [InlineData("fake")]
    [InlineData("example")]
    [InlineData("demo")]
    public void A_valid_checksum_is_not_overruled_by_a_word_in_the_body(string word)
    {
        // Build a random part that contains the word, then give it its real CRC-32.
        var random = SyntheticTokens.Random(5, SyntheticTokens.Base62, 30 - word.Length);
        var body = random[..10] + word + random[10..];
        var token = "gh" + "p_" + body + SyntheticTokens.Encode(System.IO.Hashing.Crc32.HashToUInt32(System.Text.Encoding.ASCII.GetBytes(body)), SyntheticTokens.Base62, 6);
        Assert.Equal(token, Assert.Single(Scan.Reported(token)).Value);
    }

    [Fact]
    public void Digits_that_merely_run_1234_inside_a_random_body_are_kept()
    {
        var token = "da" + "pi" + "cc612346c706bee084e20cd9e8985765";
        Assert.Equal(token, Assert.Single(Scan.Reported("Endpoint=https://api.example.com/;ApiKey=" + token + ";Timeout=30")).Value);
    }

    [Theory]
    [InlineData("%DB_PASSWOR")]
    [InlineData("<your-passw")]
    public void A_cut_off_placeholder_is_still_a_placeholder(string password)
    {
        Assert.Empty(Scan.All("SECRET=Server=db;User Id=app;Pass" + "word=" + password));
    }
}

/// <summary>Random token bodies that hold a short run looking like a sequence, which the placeholder filter must not take for one.</summary>
public class RandomBodyWithSequenceTests
{
    [Fact]
    public void A_mixed_case_run_like_FEdcb_in_a_random_body_is_not_a_placeholder()
    {
        var token = "sk_" + "live_bdYBBboX0tjMk9U4eh7hyixP2K87b9ghvMNXNTsEPgV3ern3LyuS4Jktg88qSgwrD2QOlwgAotHICtlBX5mcFEdcbUrEK1ljjeq";
        Assert.Equal(token, Assert.Single(Scan.Reported(token)).Value);
    }
}
