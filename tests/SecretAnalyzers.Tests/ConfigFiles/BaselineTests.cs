using System.Linq;
using System.Threading.Tasks;
using SecretAnalyzers.Tests.Infrastructure;
using static SecretAnalyzers.Tests.ConfigFiles.ConfigFileHarness;

namespace SecretAnalyzers.Tests.ConfigFiles;

/// <summary>secrets.baseline.json: accepted findings are not reported, new ones are, and entries that match nothing are (SECA009).</summary>
public sealed class BaselineTests
{
    private static readonly string Stripe = SyntheticTokens.StripeLiveSecret();
    private static readonly string OtherStripe = SyntheticTokens.StripeLiveSecret(2);

    private static string BaselineOf(params (string Fingerprint, string Rule, string File)[] entries) =>
        "{\n  \"version\": 1,\n  \"entries\": [\n"
        + string.Join(",\n", entries.Select(e => $"    {{ \"fingerprint\": \"{e.Fingerprint}\", \"rule\": \"{e.Rule}\", \"file\": \"{e.File}\", \"reason\": \"rotation pending\" }}"))
        + "\n  ]\n}\n";

    private static string CSharp(string secret, int blankLines = 0) =>
        new string('\n', blankLines) + "class Payments { const string Key = \"" + secret + "\"; }";

    [Fact]
    public async Task An_accepted_finding_is_not_reported_and_a_new_one_is()
    {
        var diagnostics = await RunAsync(
            new[]
            {
                ("appsettings.json", $$"""{ "Stripe": { "SecretKey": "{{Stripe}}" }, "Other": { "SecretKey": "{{OtherStripe}}" } }"""),
                ("secrets.baseline.json", BaselineOf((Fingerprints.Of(Stripe), "SECA007", "appsettings.json"))),
            });
        var reported = Assert.Single(diagnostics);
        Assert.Equal("SECA007", reported.Id);
        Assert.Equal(Fingerprints.Of(OtherStripe), reported.Properties["Fingerprint"]);
    }

    [Fact]
    public async Task A_CSharp_finding_is_matched_by_fingerprint_rule_and_file_not_by_line()
    {
        var baseline = BaselineOf((Fingerprints.Of(Stripe), "SECA001", "Program.cs"));
        foreach (var blankLines in new[] { 0, 25 })
        {
            var diagnostics = await RunAsync(new[] { ("secrets.baseline.json", baseline) }, csharp: CSharp(Stripe, blankLines));
            Assert.Empty(diagnostics);
        }
    }

    [Fact]
    public async Task An_entry_for_another_rule_or_another_file_accepts_nothing()
    {
        var otherRule = BaselineOf((Fingerprints.Of(Stripe), "SECA007", "Program.cs"));
        var otherFile = BaselineOf((Fingerprints.Of(Stripe), "SECA001", "Billing.cs"));
        var withOtherRule = await RunAsync(new[] { ("secrets.baseline.json", otherRule) }, csharp: CSharp(Stripe));
        Assert.Equal(new[] { "SECA001", "SECA009" }, withOtherRule.Select(d => d.Id).OrderBy(i => i));

        // Billing.cs is no file of this compilation: its entry is not this compilation's to call stale.
        var withOtherFile = await RunAsync(new[] { ("secrets.baseline.json", otherFile) }, csharp: CSharp(Stripe));
        Assert.Equal(new[] { "SECA001" }, withOtherFile.Select(d => d.Id));
    }

    [Fact]
    public async Task Entry_paths_are_relative_to_the_baseline_file()
    {
        var diagnostics = await RunAsync(
            new[] { ("/repo/secrets.baseline.json", BaselineOf((Fingerprints.Of(Stripe), "SECA001", "Shop/Program.cs"))) },
            csharp: CSharp(Stripe));
        Assert.Empty(diagnostics);

        diagnostics = await RunAsync(
            new[] { ("/repo/Shop/Config/secrets.baseline.json", BaselineOf((Fingerprints.Of(Stripe), "SECA001", "../Program.cs"))) },
            csharp: CSharp(Stripe));
        Assert.Empty(diagnostics);
    }

    [Fact]
    public async Task A_stale_entry_is_reported_as_info_at_its_line_in_the_baseline()
    {
        var baseline = BaselineOf(
            (Fingerprints.Of(Stripe), "SECA001", "Program.cs"),
            ("0123456789ab", "SECA001", "Program.cs"),
            ("ba9876543210", "SECA007", "appsettings.json"));
        var diagnostics = await RunAsync(new[] { ("secrets.baseline.json", baseline), ("appsettings.json", "{ }") }, csharp: CSharp(Stripe));
        var stale = diagnostics.OrderBy(d => d.Location.GetLineSpan().StartLinePosition.Line).ToArray();
        Assert.Equal(new[] { "SECA009", "SECA009" }, stale.Select(d => d.Id));
        Assert.All(stale, d => Assert.Equal(Microsoft.CodeAnalysis.DiagnosticSeverity.Info, d.Severity));
        Assert.Equal(new[] { 4, 5 }, stale.Select(d => d.Location.GetLineSpan().StartLinePosition.Line));
        Assert.Contains("0123456789ab", stale[0].GetMessage(), System.StringComparison.Ordinal);
        Assert.Contains("ba9876543210", stale[1].GetMessage(), System.StringComparison.Ordinal);
    }

    [Fact]
    public async Task Entries_of_files_outside_the_compilation_and_duplicate_entries_are_not_stale()
    {
        // One baseline for the repository: another project's file is not this compilation's to judge. A merge that
        // left an entry twice matches both.
        var baseline = BaselineOf(
            (Fingerprints.Of(Stripe), "SECA001", "Program.cs"),
            (Fingerprints.Of(Stripe), "seca001", "Program.cs"),
            ("0123456789ab", "SECA001", "../Billing/Invoices.cs"),
            ("ba9876543210", "SECA007", "../Billing/appsettings.json"));
        var diagnostics = await RunAsync(new[] { ("secrets.baseline.json", baseline) }, csharp: CSharp(Stripe));
        Assert.Empty(diagnostics);
    }

    [Fact]
    public async Task A_new_password_in_an_accepted_place_is_a_new_finding()
    {
        var config = $$"""{ "Smtp": { "Password": "{{SyntheticTokens.Password(11)}}" } }""";
        var fingerprint = Assert.Single(await RunAsync(new[] { ("appsettings.json", config) })).Properties["Fingerprint"]!;
        var rotated = $$"""{ "Smtp": { "Password": "{{SyntheticTokens.Password(12)}}" } }""";
        var diagnostics = await RunAsync(new[] { ("appsettings.json", rotated), ("secrets.baseline.json", BaselineOf((fingerprint, "SECA007", "appsettings.json"))) });
        Assert.Equal(new[] { "SECA007", "SECA009" }, diagnostics.Select(d => d.Id).OrderBy(i => i));
    }

    [Fact]
    public async Task A_password_is_accepted_by_its_place_fingerprint()
    {
        var password = SyntheticTokens.Password();
        var config = $$"""{ "Smtp": { "Password": "{{password}}" } }""";
        var first = Assert.Single(await RunAsync(new[] { ("appsettings.json", config) }));
        var fingerprint = first.Properties["Fingerprint"]!;
        Assert.NotEqual(Fingerprints.Of(password), fingerprint);

        // The same password moved down the file keeps its fingerprint, and the baseline accepts it.
        var moved = "\n\n\n" + config.Replace("{ \"Smtp\"", "{ \"Logging\": { \"Level\": \"Debug\" }, \"Smtp\"", System.StringComparison.Ordinal);
        var diagnostics = await RunAsync(new[] { ("appsettings.json", moved), ("secrets.baseline.json", BaselineOf((fingerprint, "SECA007", "appsettings.json"))) });
        Assert.Empty(diagnostics);
    }

    [Fact]
    public async Task A_sink_finding_is_accepted_by_its_place_and_its_stale_entry_reported_by_its_rule()
    {
        var csharp = "class Mail { System.Net.NetworkCredential Credential() => new System.Net.NetworkCredential(\"mailer\", \"Xk29!qLw7RtQ\"); }";
        var first = Assert.Single(await RunAsync(System.Array.Empty<(string, string)>(), csharp: csharp));
        Assert.Equal("SECA004", first.Id);
        var fingerprint = first.Properties["Fingerprint"]!;
        Assert.NotEqual(Fingerprints.Of("Xk29!qLw7RtQ"), fingerprint);

        var moved = await RunAsync(new[] { ("secrets.baseline.json", BaselineOf((fingerprint, "SECA004", "Program.cs"))) }, csharp: "\n\n// moved\n" + csharp);
        Assert.Empty(moved);

        var gone = await RunAsync(new[] { ("secrets.baseline.json", BaselineOf((fingerprint, "SECA004", "Program.cs"))) });
        Assert.Equal("SECA009", Assert.Single(gone).Id);
    }

    [Fact]
    public async Task A_malformed_baseline_accepts_nothing_and_breaks_nothing()
    {
        foreach (var baseline in new[] { "", "{", "not json", "{ \"entries\": [ { \"fingerprint\": 12 } ] }", "{ \"entries\": { \"fingerprint\": \"x\" } }" })
        {
            var diagnostics = await RunAsync(new[] { ("secrets.baseline.json", baseline) }, csharp: CSharp(Stripe));
            Assert.Equal("SECA001", Assert.Single(diagnostics).Id);
        }
    }

    [Fact]
    public async Task The_baseline_file_itself_is_never_scanned_for_secrets()
    {
        var diagnostics = await RunAsync(new[] { ("secrets.baseline.json", "{ \"Password\": \"Xk29!qLw7RtQ\", \"Key\": \"" + Stripe + "\" }") });
        Assert.Empty(diagnostics);
    }
}
