using System.Linq;
using System.Threading.Tasks;
using SecretAnalyzers.Tests.Infrastructure;

namespace SecretAnalyzers.Tests.Analyzers;

/// <summary>No diagnostic carries a secret: not in its message, its properties, or anything SARIF is built from.</summary>
public class NoValueLeaksTests
{
    [Fact]
    public async Task Messages_and_properties_hold_no_run_of_the_secret()
    {
        var secrets = new[]
        {
            SyntheticTokens.StripeLiveSecret(1), SyntheticTokens.OpenAiProject(2), SyntheticTokens.GitHubFineGrained(3), SyntheticTokens.AwsAccessKeyId(4),
            SyntheticTokens.SlackWebhook(5), SyntheticTokens.EntraClientSecret(6), SyntheticTokens.Password(7), SyntheticTokens.StripeTestSecret(8),
        };
        var source = "class C { string[] All = { \"" + string.Join("\", \"", secrets.Take(7)) + "\", \"Server=db;User Id=a;Pass" + "word=" + secrets[6] + ";\", \"" + secrets[7] + "\" }; }";
        var diagnostics = await LiteralRuleRun.AnalyzeAsync(source);

        Assert.Equal(8, diagnostics.Length);
        foreach (var diagnostic in diagnostics)
        {
            // Title, description and help link are constants; what varies per finding is the message and the properties.
            var visible = diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture) + "|" + string.Join("|", diagnostic.Properties.Select(p => p.Key + "=" + p.Value));
            foreach (var secret in secrets)
            {
                // The type prefix ("sk-proj-", "https://hooks.slack.com/services/") is public; the rest must not show.
                var secretPart = secret[PublicPrefixLength(secret)..];
                Assert.False(Leaks.AnyFiveCharacterRun(secretPart, visible), diagnostic.Id + " shows part of a secret: " + visible);
            }
        }
    }

    private static int PublicPrefixLength(string secret)
    {
        if (secret.StartsWith("https://", System.StringComparison.Ordinal))
        {
            return "https://hooks.slack.com/services/".Length;
        }

        var separator = secret.LastIndexOfAny(new[] { '_', '-' }, System.Math.Min(secret.Length - 1, 11));
        return separator < 0 ? 0 : separator + 1;
    }
}
