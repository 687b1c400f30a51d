using System.Threading.Tasks;
using SecretAnalyzers.Tests.Infrastructure;
using Verify = SecretAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<SecretAnalyzers.HardCodedSecretAnalyzer>;

namespace SecretAnalyzers.Tests.Analyzers;

/// <summary>
/// Secrets split over the pieces of a concatenation or interpolation, and secrets whole in one piece beside others:
/// joining pieces never loses what a piece holds on its own, and one secret gives one diagnostic.
/// </summary>
public class SplitSecretTests
{
    private static readonly string Stripe = SyntheticTokens.StripeLiveSecret(41);
    private static readonly string GitHub = SyntheticTokens.GitHubClassic("p", 41);

    [Fact]
    public Task A_key_after_a_word_it_touches_is_found_in_its_own_literal() => Verify.VerifyAnalyzerAsync($$"""
        class C
        {
            string Header = "Token" + "{|SECA001:{{Stripe}}|}";
            string Other = "Bearer " + "{|SECA001:{{GitHub}}|}";
        }
        """);

    [Fact]
    public Task A_key_in_a_constant_after_a_word_is_reported_where_the_constant_is_declared() => Verify.VerifyAnalyzerAsync($$"""
        class C
        {
            const string Key = "{|SECA001:{{Stripe}}|}";
            const string Header = "Token" + Key;
        }
        """);

    [Fact]
    public Task A_prefix_and_its_body_in_two_literals_are_one_secret_across_both() => Verify.VerifyAnalyzerAsync($$"""
        class C
        {
            string Key = "{|SECA001:{{Stripe[..8]}}" + "{{Stripe[8..]}}|}";
        }
        """);

    [Fact]
    public Task A_key_and_a_suffix_that_continues_its_run_are_one_secret() => Verify.VerifyAnalyzerAsync($$"""
        class C
        {
            string Key = "{|SECA001:{{Stripe}}" + "abc|}";
        }
        """);

    [Fact]
    public Task A_checksummed_key_whose_suffix_breaks_the_joined_run_is_still_found_alone() => Verify.VerifyAnalyzerAsync($$"""
        class C
        {
            string Key = "{|SECA001:{{GitHub}}|}" + "xyz";
            string Line = "{|SECA001:{{GitHub}}|}" + "\n";
        }
        """);

    [Fact]
    public Task Two_keys_in_two_touching_literals_are_two_findings() => Verify.VerifyAnalyzerAsync($$"""
        class C
        {
            string Keys = "{|SECA001:{{GitHub}}|}" + "," + "{|SECA001:{{SyntheticTokens.GitHubClassic("p", 42)}}|}";
        }
        """);

    [Fact]
    public Task A_pem_block_split_at_its_line_breaks_is_one_secret() => Verify.VerifyAnalyzerAsync($$"""
        class C
        {
            string Key = "{|SECA001:-----BEGIN RSA PRIVATE KEY-----\n" +
                "{{System.Convert.ToBase64String(SyntheticTokens.RandomBytes(5, 96))}}\n" +
                "-----END RSA PRIVATE KEY-----|}";
        }
        """);

    [Fact]
    public Task A_connection_string_split_over_lines_reports_its_password_once_on_the_piece_that_holds_it() => Verify.VerifyAnalyzerAsync($$"""
        class C
        {
            string Connection = "Server=db;User Id=app;" +
                "Password={|SECA001:{{SyntheticTokens.Password(4)}}|};" +
                "Encrypt=true";
        }
        """);

    [Fact]
    public Task A_constant_interpolation_of_a_prefix_and_a_body_is_one_secret() => Verify.VerifyAnalyzerAsync($$"""
        class C
        {
            const string Prefix = "sk_" + "live_";
            const string Body = "{{Stripe[8..]}}";
            const string Key = $"{{"{{"}}|SECA001:Prefix}{Body{{"|}}"}}";
        }
        """);

    [Fact]
    public Task An_interpolation_hole_holding_a_secret_constant_is_reported_once_at_the_constant() => Verify.VerifyAnalyzerAsync($$"""
        class C
        {
            const string Token = "{|SECA001:{{GitHub}}|}";
            const string Header = $"token {Token}";
            const string Glued = $"token{Token}";
        }
        """);

    [Fact]
    public Task An_interpolated_text_part_holding_a_key_is_reported_on_that_part_alone() => Verify.VerifyAnalyzerAsync($$"""
        class C
        {
            string M(int id) => $"id={id}&key={|SECA001:{{GitHub}}|}";
        }
        """);

    [Fact]
    public Task An_empty_piece_does_not_stop_a_join() => Verify.VerifyAnalyzerAsync($$"""
        class C
        {
            string Key = "{|SECA001:{{Stripe[..8]}}" + "" + "{{Stripe[8..]}}|}";
        }
        """);

    [Fact]
    public Task A_key_in_an_interpolation_hole_with_an_alignment_or_a_format_is_found() => Verify.VerifyAnalyzerAsync(
        "class C\n{\n"
        + "    string Aligned = $\"key: {" + "\"{|SECA001:" + GitHub + "|}\",60}\";\n"
        + "    string Formatted = $\"key: {" + "\"{|SECA001:" + SyntheticTokens.GitHubClassic("p", 43) + "|}\":G}\";\n"
        + "}\n");

    [Fact]
    public Task A_constant_of_names_in_parentheses_is_joined() => Verify.VerifyAnalyzerAsync($$"""
        class C
        {
            const string Prefix = "sk_" + "live_";
            const string Body = "{{Stripe[8..]}}";
            const string Key = ({|SECA001:Prefix + Body|});
        }
        """);

    [Fact]
    public Task A_constant_reached_through_a_generic_type_is_resolved() => Verify.VerifyAnalyzerAsync($$"""
        static class Keys<T> { public const string Prefix = "sk_" + "live_"; }
        class C
        {
            string Key = {|SECA001:Keys<int>.Prefix + "{{Stripe[8..]}}|}";
        }
        """);

    [Fact]
    public Task Placeholders_split_over_pieces_stay_silent_joined_and_alone() => Verify.VerifyAnalyzerAsync("""
        class C
        {
            const string Prefix = "sk_" + "live_";
            string Stripe = Prefix + "XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX";
            string Aws = "AK" + "IAIOSFODNN7" + "EXAMPLE";
            string Connection = "Server=db;User Id=app;" + "Password=" + "<your-password>" + ";";
        }
        """);

    [Fact]
    public Task Pieces_that_only_touch_ordinary_words_are_not_reported() => Verify.VerifyAnalyzerAsync("""
        class C
        {
            const string Base = "https://api.example.com/";
            string Url(int id) => Base + "v1/orders/" + id + "?expand=items";
            string Message = "The order could not be " + "processed." + " Please try again.";
            const string Key = "sk_" + "live_" + "replace-me";
        }
        """);
}
