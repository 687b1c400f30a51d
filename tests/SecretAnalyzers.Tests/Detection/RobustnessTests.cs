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
    [InlineData("Pwd=x;")]
    [InlineData("Password=x?")]
    [InlineData("eyJ", "-")]
    public void A_huge_literal_of_repeated_partial_tokens_is_scanned(string fragment, string separator = " ")
    {
        // 10 MB of the same unfinished token: each position is looked at a bounded number of times. A quadratic scan
        // (a connection-string password read back to the text's start from each keyword, or on to its end) takes
        // hours here; the bound is a hundred times what a linear scan takes on a loaded machine, not a measurement.
        var text = new StringBuilder(10_000_000).Insert(0, fragment + separator, 10_000_000 / (fragment.Length + separator.Length)).ToString();
        var watch = System.Diagnostics.Stopwatch.StartNew();
        Assert.Empty(Scan.Reported(text));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), $"{watch.Elapsed.TotalSeconds:F1} s");
    }

    [Theory]
    [InlineData("=")]
    [InlineData("/")]
    [InlineData("-")]
    [InlineData(";")]
    public void A_huge_literal_of_tokens_is_scanned_from_match_to_match_in_linear_time(string separator)
    {
        // 2 MB of access key ids. Joined by characters that continue a run ('=', '/', '-'), they are one long run: after
        // each match the scan resumes inside it, and must not measure it to its end again (that took a minute at 2 MB).
        // Joined by ';', each is a run of its own, and the search for the next one must not read to the text's end.
        var unit = SyntheticTokens.AwsAccessKeyId(7) + separator;
        var text = new StringBuilder(2_000_000).Insert(0, unit, 2_000_000 / unit.Length).ToString();
        var watch = System.Diagnostics.Stopwatch.StartNew();
        Assert.Equal(2_000_000 / unit.Length, Scan.Reported(text).Count);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"{watch.Elapsed.TotalSeconds:F1} s");
    }

    [Fact]
    public void Connection_string_passwords_are_read_to_a_bounded_length()
    {
        // A value that runs on for thousands of characters is text, not a password; one of ordinary length is found.
        const string Alphabet = "abcdefghijkmnopqrstuvwxyz23456789";
        Assert.Empty(Scan.Reported("Server=db;Password=" + SyntheticTokens.Random(2, Alphabet, 5000)));
        var password = SyntheticTokens.Random(3, Alphabet, 24);
        Assert.Equal(password, Assert.Single(Scan.Reported("Server=db;Password=" + password + ";Encrypt=true")).Value);

        // The limit (128, SQL Server's) is on the value itself: spaces before the next pair are trimmed, not counted.
        var longest = SyntheticTokens.Random(4, Alphabet, 128);
        Assert.Equal(longest, Assert.Single(Scan.Reported("Server=db;Password=" + longest + new string(' ', 40) + ";Encrypt=true")).Value);
        Assert.Empty(Scan.Reported("Server=db;Password=" + longest + "x;Encrypt=true"));
        Assert.Empty(Scan.Reported("Server=db;Password=" + longest + "   x;Encrypt=true"));

        // The same at the end of the text: the last pair of a connection string.
        Assert.Equal(longest, Assert.Single(Scan.Reported("Encrypt=true;Password=" + longest)).Value);
        Assert.Equal(longest, Assert.Single(Scan.Reported("Encrypt=true;Password=" + longest + "   ")).Value);
        Assert.Empty(Scan.Reported("Encrypt=true;Password=" + longest + "x"));
    }

    [Fact]
    public void A_ten_megabyte_literal_with_one_secret_at_the_end_is_found()
    {
        var token = SyntheticTokens.GitHubClassic("p", 3);
        var text = new string('a', 10_000_000) + " " + token;
        Assert.Equal(token, Assert.Single(Scan.Reported(text)).Value);
    }
}
