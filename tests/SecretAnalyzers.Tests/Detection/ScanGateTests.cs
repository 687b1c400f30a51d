using System;
using System.Collections.Generic;
using System.Text;
using SecretAnalyzers.Detection;
using SecretAnalyzers.Tests.Infrastructure;

namespace SecretAnalyzers.Tests.Detection;

/// <summary>
/// The scanner's gates (long token runs found by probing, the text between them searched only at <c>=</c>, <c>:</c>
/// and <c>-</c>) are an optimisation: they must find exactly what the full pass over the whole text finds.
/// </summary>
public class ScanGateTests
{
    private static readonly string[] Separators = { " ", "", "=", ":", "\"", "'", ";", "\n", ", ", "://u:", "@", "-", "--", "~", ".", "/", "_", "?a=", "&Password=", "Pwd = " };

    private static readonly string[] Contexts =
    {
        "{0}",
        "key: {0}",
        "Authorization: Bearer {0}",
        "{{\"apiKey\": \"{0}\", \"region\": \"eu\"}}",
        "Server=db;User Id=app;Password={0};Encrypt=true",
        "Server=db;Pwd = '{0}';",
        "https://app:{0}@db.example.com:5432/shop",
        "DefaultEndpointsProtocol=https;AccountName=shop;AccountKey={0};EndpointSuffix=core.windows.net",
        "export SECRET={0}",
        "aws_secret_access_key = {0}",
        "my.settings.Password = {0}",
        "-----BEGIN PRIVATE KEY-----\n{0}\n-----END PRIVATE KEY-----",
    };

    [Fact]
    public void Every_valid_token_in_every_context_is_found_as_the_full_pass_finds_it()
    {
        var compared = 0;
        var found = 0;
        foreach (var token in Tokens())
        {
            foreach (var context in Contexts)
            {
                var text = string.Format(System.Globalization.CultureInfo.InvariantCulture, context, token);
                found += AssertSameAsFullPass(text);
                compared++;
            }
        }

        Assert.True(compared > 1000, $"{compared} texts compared");

        // Not a vacuous comparison: most of these texts hold a secret.
        Assert.True(found > compared / 2, $"{found} secrets found in {compared} texts");
    }

    [Fact]
    public void Random_mixtures_of_tokens_fragments_and_separators_match_the_full_pass()
    {
        var tokens = Tokens();
        var random = new Random(20261202);
        var found = 0;
        for (var n = 0; n < 20000; n++)
        {
            var builder = new StringBuilder();
            var parts = random.Next(1, 8);
            for (var p = 0; p < parts; p++)
            {
                builder.Append(Separators[random.Next(Separators.Length)]);
                var token = tokens[random.Next(tokens.Count)];
                switch (random.Next(5))
                {
                    case 0:
                        builder.Append(token);
                        break;
                    case 1:
                        builder.Append(token, 0, random.Next(token.Length + 1));
                        break;
                    case 2:
                        builder.Append(token.Substring(random.Next(token.Length)));
                        break;
                    case 3:
                        var rule = PrefixRules.All[random.Next(PrefixRules.All.Length)];
                        builder.Append(rule.Prefix).Append(Fragment(random, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=-_.~", random.Next(0, 60)));
                        break;
                    default:
                        builder.Append(Fragment(random, "abc XYZ 019 -=:/@;.~_+\"'\t\n", random.Next(0, 40)));
                        break;
                }
            }

            found += AssertSameAsFullPass(builder.ToString());
        }

        Assert.True(found > 5000, $"{found} secrets found");
    }

    [Fact]
    public void Long_texts_searched_in_windows_and_long_runs_handed_over_in_pieces_match_the_full_pass()
    {
        // The scan looks for runs in windows of 256 characters and more, and hands a run longer than 256 characters to
        // the full pass in pieces that end between words: texts of thousands of characters, of long runs (tokens
        // joined by characters that continue a run) and stretches of prose, put tokens across every such boundary.
        var tokens = Tokens();
        string[] joiners = { "-", "/", "_", "", ".", "=", "+", " ", "\n" };
        var random = new Random(20261205);
        var found = 0;
        var longestRun = 0;
        for (var n = 0; n < 400; n++)
        {
            var builder = new StringBuilder();
            var parts = random.Next(20, 80);
            for (var p = 0; p < parts; p++)
            {
                builder.Append(joiners[random.Next(joiners.Length)]);
                if (random.Next(3) == 0)
                {
                    // Prose, in which a long run is rare: the token after it starts anywhere in a window.
                    builder.Append(Fragment(random, "abcde  ", random.Next(0, 700))).Append(' ');
                }

                var token = tokens[random.Next(tokens.Count)];
                builder.Append(random.Next(3) == 0 ? token.Substring(random.Next(token.Length)) : token);
            }

            var text = builder.ToString();
            longestRun = Math.Max(longestRun, LongestTokenRun(text));
            found += AssertSameAsFullPass(text);
        }

        Assert.True(longestRun > 1000, $"longest run {longestRun}");
        Assert.True(found > 4000, $"{found} secrets found");
    }

    [Fact]
    public void A_token_after_prose_is_found_at_every_offset_around_a_window_boundary()
    {
        // The windows run search ends at 256, 768 and 1,792 characters from where the search began: a token that starts
        // just before, on or just after each end must be found as the full pass finds it.
        var tokens = new[] { SyntheticTokens.AwsAccessKeyId(4), SyntheticTokens.GitHubClassic("p", 4), "token " + "xox" + "r-jFJm7GaJGx", "Server=db;Pwd =" + SyntheticTokens.Random(4, SyntheticTokens.Base62, 24) + ";" };
        var found = 0;
        foreach (var end in new[] { 256, 768, 1792 })
        {
            for (var offset = end - 40; offset <= end + 40; offset++)
            {
                foreach (var token in tokens)
                {
                    var prose = new StringBuilder();
                    while (prose.Length < offset)
                    {
                        prose.Append("the cat sat. ");
                    }

                    // The prose is cut inside a word at most offsets; the space keeps the token a word of its own.
                    found += AssertSameAsFullPass(prose.ToString(0, offset - 1) + " " + token + " and more prose after it.");
                }
            }
        }

        Assert.Equal(3 * 81 * tokens.Length, found);
    }

    [Theory]
    [InlineData("Pwd =")]
    [InlineData("Password  =")]
    [InlineData("Pwd\t=")]
    public void A_spaced_keyword_before_a_long_value_is_found_as_the_full_pass_finds_it(string keyword)
    {
        // The value makes a long run that starts at the '=': the keyword before it is in the gap, and so is its stop.
        Assert.Equal(1, AssertSameAsFullPass("Server=db;" + keyword + SyntheticTokens.Random(6, SyntheticTokens.Base62, 24) + ";Encrypt=true"));
    }

    [Fact]
    public void Text_without_long_runs_is_searched_at_its_key_characters_only_and_loses_nothing()
    {
        // Short secrets that are not one run: found between long runs, as the full pass finds them.
        Assert.Equal(1, AssertSameAsFullPass("Server=db;Password=Xk9#mQ2 pL;Database=shop"));
        Assert.Equal(1, AssertSameAsFullPass("postgres://app:Xk9mQ2pL@db:5432/shop"));
        Assert.Equal(1, AssertSameAsFullPass("token " + "xox" + "r-jFJm7GaJGx here"));
        Assert.Equal(0, AssertSameAsFullPass("The order could not be processed. Please try again later or contact support."));
        Assert.Equal(0, AssertSameAsFullPass("SELECT id FROM orders WHERE id = @id AND status = 'pending'"));
    }

    private static int LongestTokenRun(string text)
    {
        int longest = 0, run = 0;
        foreach (var c in text)
        {
            run = CharClasses.Is(c, CharClass.TokenChar) ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        return longest;
    }

    /// <summary>Random characters, placeholder-looking ones included (unlike <see cref="SyntheticTokens.Random"/>).</summary>
    private static string Fragment(Random random, string alphabet, int length)
    {
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            chars[i] = alphabet[random.Next(alphabet.Length)];
        }

        return new string(chars);
    }

    private static List<string> Tokens()
    {
        var tokens = new List<string>();
        foreach (var row in TokenFormatTests.ValidTokens())
        {
            tokens.Add((string)row[1]);
        }

        for (var seed = 1; seed <= 3; seed++)
        {
            tokens.Add(SyntheticTokens.AwsSecretAccessKey(seed));
            tokens.Add(SyntheticTokens.TwilioAuthToken(seed));
            tokens.Add(SyntheticTokens.SlackWebhook(seed));
            tokens.Add(SyntheticTokens.DiscordWebhook(seed));
            tokens.Add(SyntheticTokens.PrivateKeyPem(seed));
            tokens.Add(SyntheticTokens.SqlConnectionString(seed));
            tokens.Add(SyntheticTokens.AzureStorageConnectionString(seed));
            tokens.Add(SyntheticTokens.AzureServiceBusConnectionString(seed));
        }

        return tokens;
    }

    /// <summary>Asserts that the gated scan and the full pass find the same matches; returns how many.</summary>
    private static int AssertSameAsFullPass(string text)
    {
        var gated = Scan.All(text);
        var full = new List<(string, string, ContextRequirement)>();
        var position = 0;
        while (SecretScanner.TryFindInRange(text, position, text.Length, position, out var match))
        {
            full.Add((match.Format.Id, text.Substring(match.Start, match.Length), match.Context));
            position = match.End;
        }

        Assert.Equal(full, gated);
        return gated.Count;
    }
}
