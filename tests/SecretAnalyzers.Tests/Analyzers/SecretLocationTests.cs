using System;
using System.Linq;
using System.Threading.Tasks;
using SecretAnalyzers.Tests.Infrastructure;
using Verify = SecretAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<SecretAnalyzers.HardCodedSecretAnalyzer>;

namespace SecretAnalyzers.Tests.Analyzers;

/// <summary>
/// Each secret is reported on its own characters in the source, the IDE underlining the key and not the string around
/// it: through escapes, doubled quotes and braces, raw strings' indentation, UTF-8 literals, interpolations and
/// concatenations. Every expectation is the exact source text the diagnostic covers.
/// </summary>
public class SecretLocationTests
{
    private static readonly string Stripe = SyntheticTokens.StripeLiveSecret(31);
    private static readonly string GitHub = SyntheticTokens.GitHubClassic("p", 31);

    [Fact]
    public async Task Unicode_and_hex_escapes_inside_the_key_are_covered_as_written()
    {
        // s as \u0073 and the key's last character as \U000000xx: the span runs from the first escape to the last.
        var last = Stripe[^1];
        var written = "\\u0073" + Stripe[1..^1] + "\\U" + ((int)last).ToString("X8", System.Globalization.CultureInfo.InvariantCulture);
        var covered = await CoveredAsync("class C { string Key = \"Bearer\\t" + written + "\\r\\n\"; }");
        Assert.Equal(new[] { written }, covered);
    }

    [Fact]
    public async Task A_short_hex_escape_before_the_key_is_not_covered()
    {
        var covered = await CoveredAsync("class C { string Key = \"\\x41=" + GitHub + "\"; }");
        Assert.Equal(new[] { GitHub }, covered);
    }

    [Fact]
    public async Task A_surrogate_pair_escape_in_a_named_password_is_covered_whole()
    {
        const string Written = "Harbor\\U0001F600Lights-1987";
        var covered = await CoveredAsync("class C { string SftpPassword = \"" + Written + "\"; }");
        Assert.Equal(new[] { Written }, covered);
    }

    [Fact]
    public Task Verbatim_string_with_doubled_quotes_before_the_key() => Verify.VerifyAnalyzerAsync($$"""
        class C { string Json = @"{ ""stripe"": ""{|SECA001:{{Stripe}}|}"", ""github"": ""{|SECA001:{{GitHub}}|}"" }"; }
        """);

    [Fact]
    public Task Two_secrets_in_a_multi_line_raw_json_literal_each_on_its_own_line() => Verify.VerifyAnalyzerAsync($$""""
        class C
        {
            string Json = """
                {
                  "Stripe": {
                    "SecretKey": "{|SECA001:{{Stripe}}|}"
                  },
                  "GitHub": { "Token": "{|SECA001:{{GitHub}}|}" }
                }
                """;
        }
        """");

    [Fact]
    public Task Raw_single_line_and_utf8_literals() => Verify.VerifyAnalyzerAsync($$""""
        class C
        {
            string Raw = """key: "{|SECA001:{{Stripe}}|}" """;
            System.ReadOnlySpan<byte> Utf8 => "token\t{|SECA001:{{GitHub}}|}\n"u8;
            System.ReadOnlySpan<byte> RawUtf8 => """token={|SECA001:{{SyntheticTokens.GitHubClassic("p", 32)}}|}"""u8;
        }
        """");

    [Fact]
    public Task Interpolated_strings_of_every_kind() => Verify.VerifyAnalyzerAsync($$"""""
        class C
        {
            string Regular(int id) => $"{{"{{"}} {id} {{"}}"}} key={|SECA001:{{Stripe}}|}";
            string Verbatim(int id) => $@"{{"{{"}}""id"": {id}, ""key"": ""{|SECA001:{{GitHub}}|}""{{"}}"}}";
            string Raw(int id) => $"""{id}: {|SECA001:{{SyntheticTokens.GitHubClassic("p", 33)}}|}""";
            string RawMultiLine(int id) => $"""
                id: {id}
                    key: {|SECA001:{{SyntheticTokens.GitHubClassic("p", 34)}}|}
                """;
        }
        """"");

    [Fact]
    public Task A_key_split_over_three_pieces_is_covered_from_its_first_character_to_its_last() => Verify.VerifyAnalyzerAsync($$"""
        class C
        {
            string Key = "Authorization: Bearer {|SECA001:\u0073{{Stripe[1..9]}}" +
                "{{Stripe[9..60]}}" +
                "{{Stripe[60..]}}|}\r\n";
        }
        """);

    [Fact]
    public Task A_password_held_by_a_constant_beside_its_key_is_on_the_constant_s_name() => Verify.VerifyAnalyzerAsync("""
        class C
        {
            const string Suffix = "Harbor-Lights-1987";
            const string Connection = "Server=db;User Id=app;Password=" + {|SECA001:Suffix|} + ";Encrypt=true";
        }
        """);

    /// <summary>The source text of each SECA diagnostic's span, in order.</summary>
    internal static async Task<string[]> CoveredAsync(string source)
    {
        var diagnostics = await LiteralRuleRun.AnalyzeAsync(source);
        return diagnostics.Where(d => d.Id.StartsWith("SECA", StringComparison.Ordinal))
            .OrderBy(d => d.Location.SourceSpan.Start)
            .Select(d => source.Substring(d.Location.SourceSpan.Start, d.Location.SourceSpan.Length))
            .ToArray();
    }
}
