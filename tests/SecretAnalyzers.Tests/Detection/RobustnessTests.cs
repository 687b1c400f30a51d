using System;
using System.Text;
using SecretAnalyzers.Detection;
using SecretAnalyzers.Tests.Infrastructure;

namespace SecretAnalyzers.Tests.Detection;

/// <summary>The scanner never throws, always makes progress, and stays linear on hostile input.</summary>
public class RobustnessTests
{
    private const string Alphabet = "sk_live-proj ghp_AKIA:/@=;~8Q.eyJ-----BEGIN PRIVATE KEY\n\"'{}$%<>0123456789abcdefABCDEFxoxb+";

    [Fact]
    public void Random_fragments_of_every_prefix_never_throw()
    {
        // Scan.All asserts that every match lies inside the text and after the previous one; here nothing may throw.
        var random = new Random(12345);
        var withMatches = 0;
        for (var n = 0; n < 20000; n++)
        {
            var length = random.Next(0, 200);
            var builder = new StringBuilder(length);
            while (builder.Length < length)
            {
                if (random.Next(4) == 0)
                {
                    var rule = PrefixRules.All[random.Next(PrefixRules.All.Length)];
                    builder.Append(rule.Prefix, 0, random.Next(1, rule.Prefix.Length + 1));
                }
                else
                {
                    builder.Append(Alphabet[random.Next(Alphabet.Length)]);
                }
            }

            if (Scan.All(builder.ToString()).Count > 0)
            {
                withMatches++;
            }
        }

        // The fragments reach the validators: some texts hold a complete token, and those matches were checked above.
        Assert.True(withMatches > 0);
    }

    [Fact]
    public void Truncated_valid_tokens_never_throw()
    {
        foreach (var row in TokenFormatTests.ValidTokens())
        {
            var token = (string)row[1];
            for (var cut = 0; cut <= token.Length; cut++)
            {
                var prefix = token.Substring(0, cut);
                Assert.True(Scan.All(prefix).Count <= 1);
                Assert.True(Scan.All(token.Substring(cut)).Count <= 1);
            }
        }
    }

    [Fact]
    public void Non_ascii_text_is_skipped_safely()
    {
        Assert.Empty(Scan.All("Grüße, 你好, Привет — ™ € \u0000 \uFFFF"));
        var token = SyntheticTokens.StripeLiveSecret(2);
        Assert.Equal(token, Assert.Single(Scan.Reported("clé: «" + token + "»")).Value);
    }

    [Theory]
    [InlineData("-----BEGIN RSA PRIVATE KEY-----")]
    [InlineData("https://")]
    [InlineData("Password=")]
    [InlineData("eyJhbGciOi.")]
    [InlineData("xoxb-1234567890-")]
    [InlineData("AccountKey=")]
    public void A_huge_literal_of_repeated_partial_tokens_is_scanned(string fragment)
    {
        // 10 MB of the same unfinished token: each position is looked at a bounded number of times.
        var text = new StringBuilder(10_000_000).Insert(0, fragment + " ", 10_000_000 / (fragment.Length + 1)).ToString();
        Assert.Empty(Scan.Reported(text));
    }

    [Fact]
    public void A_ten_megabyte_literal_with_one_secret_at_the_end_is_found()
    {
        var token = SyntheticTokens.GitHubClassic("p", 3);
        var text = new string('a', 10_000_000) + " " + token;
        Assert.Equal(token, Assert.Single(Scan.Reported(text)).Value);
    }
}
