using SecretAnalyzers.Detection;
using SecretAnalyzers.Tests.Infrastructure;

namespace SecretAnalyzers.Tests.Detection;

public class RedactionTests
{
    [Fact]
    public void Long_secret_shows_its_length_and_last_four_characters_only()
    {
        var token = SyntheticTokens.StripeLiveSecret(3);
        SecretScanner.TryFind(token, 0, out var match);

        var redacted = Redactor.Redact(token, match);

        Assert.Equal("****" + token.Substring(token.Length - 4) + ", " + token.Length + " characters", redacted);
        Assert.False(Leaks.AnyFiveCharacterRun(token, redacted));
    }

    [Fact]
    public void Short_secret_shows_its_length_only()
    {
        var text = "Server=db;User Id=app;Pass" + "word=Zq8!wLm3;";
        SecretScanner.TryFind(text, 0, out var match);

        Assert.Equal("****, 8 characters", Redactor.Redact(text, match));
    }

    [Fact]
    public void A_token_with_under_32_characters_of_randomness_shows_no_tail()
    {
        foreach (var token in new[] { SyntheticTokens.AwsAccessKeyId(5), SyntheticTokens.StripeLiveSecretLegacy(5), SyntheticTokens.SendGrid(5)[..30] })
        {
            if (SecretScanner.TryFind(token, 0, out var match) && match.Length < 40)
            {
                Assert.Equal("****, " + match.Length + " characters", Redactor.Redact(token, match));
            }
        }

        var aws = SyntheticTokens.AwsAccessKeyId(6);
        Assert.True(SecretScanner.TryFind(aws, 0, out var awsMatch));
        Assert.Equal("****, 20 characters", Redactor.Redact(aws, awsMatch));
    }

    [Fact]
    public void Fingerprint_is_a_sha256_prefix_of_the_value_not_the_value()
    {
        var token = SyntheticTokens.GitHubClassic("p", 9);
        SecretScanner.TryFind("x=" + token, 0, out var match);

        var fingerprint = Fingerprint.Of("x=" + token, match);

        var expected = System.Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(token))).ToLowerInvariant().Substring(0, 12);
        Assert.Equal(expected, fingerprint);
        Assert.Matches("^[0-9a-f]{12}$", fingerprint);
    }

    [Fact]
    public void Known_documentation_values_are_recognised_by_fingerprint()
    {
        // Built at run time so the repository holds no copy of them.
        var emulator = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw" + "==";
        var stripeDocs = "sk_" + "test_" + "4eC39HqLyjWDarjtT1zdp7dc";
        foreach (var value in new[] { "UseDevelopmentStorage=false;Account" + "Key=" + emulator, stripeDocs })
        {
            Assert.True(SecretScanner.TryFind(value, 0, out var match));
            Assert.True(KnownExamples.Contains(Fingerprint.Of(value, match)));
        }

        var real = SyntheticTokens.StripeTestSecret(4);
        SecretScanner.TryFind(real, 0, out var other);
        Assert.False(KnownExamples.Contains(Fingerprint.Of(real, other)));
    }
}
