using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using SecretAnalyzers.Benchmarks;
using SecretAnalyzers.Tests.Infrastructure;
using Verify = SecretAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<SecretAnalyzers.HardCodedSecretAnalyzer>;

namespace SecretAnalyzers.Tests.Analyzers;

/// <summary>
/// What a finding's fingerprint is a hash of: a provider token's value, which cannot be guessed back from it, but a
/// chosen password's place, so that a CI log never holds a hash a dictionary could match to the password.
/// </summary>
public class FingerprintTests
{
    private const string Prefix = "Server=db;User Id=app;Pass" + "word=";

    [Fact]
    public void A_provider_tokens_fingerprint_is_the_hash_of_its_value()
    {
        var token = SyntheticTokens.StripeLiveSecret(61);

        var diagnostic = Single("class Keys { string Live = \"" + token + "\"; }");

        Assert.Equal(Fingerprints.Of(token), diagnostic.Properties["Fingerprint"]);
        Assert.Contains(Fingerprints.Of(token), diagnostic.GetMessage(), System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_chosen_passwords_fingerprint_and_message_give_nothing_of_its_value()
    {
        var password = SyntheticTokens.Password(62);

        var diagnostic = Single("class Db { string Connection = \"" + Prefix + password + ";\"; }");

        var fingerprint = diagnostic.Properties["Fingerprint"]!;
        Assert.Matches("^[0-9a-f]{12}$", fingerprint);
        Assert.NotEqual(Fingerprints.Of(password), fingerprint);
        Assert.Contains(fingerprint, diagnostic.GetMessage(), System.StringComparison.Ordinal);
        Assert.DoesNotContain(Fingerprints.Of(password), diagnostic.GetMessage(), System.StringComparison.Ordinal);
        Assert.False(Leaks.AnyFiveCharacterRun(password, diagnostic.GetMessage()));
        Assert.DoesNotContain(password[^4..], diagnostic.GetMessage(), System.StringComparison.Ordinal);
    }

    [Fact]
    public void Two_passwords_in_the_same_place_share_the_place_part_and_differ_in_the_value_tag()
    {
        string FingerprintOf(string field, int seed) =>
            Single("class Db { string " + field + " = \"" + Prefix + SyntheticTokens.Password(seed) + ";\"; }").Properties["Fingerprint"]!;

        // 8 hex digits of the place, 4 of place and value: a new password in an accepted place is a new finding.
        Assert.Equal(FingerprintOf("Connection", 63)[..8], FingerprintOf("Connection", 64)[..8]);
        Assert.NotEqual(FingerprintOf("Connection", 63), FingerprintOf("Connection", 64));
        Assert.Equal(FingerprintOf("Connection", 63), FingerprintOf("Connection", 63));
        Assert.NotEqual(FingerprintOf("Connection", 63)[..8], FingerprintOf("ReportingConnection", 63)[..8]);
    }

    [Fact]
    public Task A_passwords_place_fingerprint_accepts_it_in_editorconfig()
    {
        var source = "class Db { string Connection = \"" + Prefix + SyntheticTokens.Password(65) + ";\"; }";
        var fingerprint = Single(source).Properties["Fingerprint"];
        var test = new Verify.Test { TestCode = source };
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n[*.cs]\nsecret_analyzers.allowed_fingerprints = " + fingerprint + "\n"));

        // Nothing is expected: the accepted finding is silent.
        return test.RunAsync();
    }

    private static Diagnostic Single(string source)
    {
        var compilation = Corpus.Compile(new[] { CSharpSyntaxTree.ParseText(source, path: "/0/Test0.cs") });
        var diagnostics = compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new HardCodedSecretAnalyzer()))
            .GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        return Assert.Single(diagnostics);
    }
}
