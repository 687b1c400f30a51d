using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SecretAnalyzers.Detection;
using SecretAnalyzers.Tests.Infrastructure;

namespace SecretAnalyzers.Tests.Conventions;

/// <summary>Every rule that ships has its docs page, README row, release-tracking entry and help link.</summary>
public class RuleConventionTests
{
    public static IEnumerable<object[]> ShippedDescriptors() =>
        typeof(HardCodedSecretAnalyzer).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
            .SelectMany(t => ((DiagnosticAnalyzer)Activator.CreateInstance(t)!).SupportedDiagnostics)
            .DistinctBy(d => d.Id)
            .Select(d => new object[] { d.Id });

    [Fact]
    public void Every_analyzer_is_sealed_and_lives_in_a_file_named_after_it()
    {
        foreach (var type in typeof(HardCodedSecretAnalyzer).Assembly.GetTypes().Where(t => typeof(DiagnosticAnalyzer).IsAssignableFrom(t)))
        {
            Assert.True(type.IsSealed, type.Name + " is not sealed");
            Assert.True(File.Exists(Repository.Path("src", "SecretAnalyzers", type.Name + ".cs")), type.Name + ".cs is missing");
        }
    }

    [Theory]
    [MemberData(nameof(ShippedDescriptors))]
    public void Rule_has_a_docs_page_whose_title_matches(string id)
    {
        var descriptor = Descriptor(id);
        var page = Repository.Path("docs", "rules", id + ".md");
        Assert.True(File.Exists(page), page + " is missing");
        Assert.Equal("# " + id + ": " + descriptor.Title, File.ReadLines(page).First());
        Assert.Contains("| Default severity | " + Severity(descriptor) + " |", File.ReadAllText(page), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ShippedDescriptors))]
    public void Rule_help_link_points_at_its_docs_page(string id)
    {
        Assert.Equal("https://github.com/secretanalyzers/SecretAnalyzers/blob/main/docs/rules/" + id + ".md", Descriptor(id).HelpLinkUri);
    }

    [Theory]
    [MemberData(nameof(ShippedDescriptors))]
    public void Rule_has_a_README_row_linking_its_page(string id)
    {
        var descriptor = Descriptor(id);
        var row = File.ReadLines(Repository.Path("README.md")).SingleOrDefault(l => l.StartsWith("| [" + id + "](docs/rules/" + id + ".md) |", StringComparison.Ordinal));
        Assert.NotNull(row);
        Assert.Contains("| " + descriptor.Title + " |", row, StringComparison.Ordinal);
        Assert.Contains("| " + Severity(descriptor) + " |", row, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ShippedDescriptors))]
    public void Rule_is_in_release_tracking(string id)
    {
        var descriptor = Descriptor(id);
        var tracking = File.ReadAllText(Repository.Path("src", "SecretAnalyzers", "AnalyzerReleases.Shipped.md")) + File.ReadAllText(Repository.Path("src", "SecretAnalyzers", "AnalyzerReleases.Unshipped.md"));
        Assert.Matches(new Regex("^" + id + @"\s*\|\s*" + descriptor.Category + @"\s*\|\s*" + Severity(descriptor) + @"\s*\|", RegexOptions.Multiline), tracking);
    }

    [Theory]
    [MemberData(nameof(ShippedDescriptors))]
    public void Message_takes_only_the_name_the_redaction_and_the_fingerprint(string id)
    {
        // {0} format name, {1} redacted value, {2} fingerprint: no slot could ever carry the value itself.
        var format = Descriptor(id).MessageFormat.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var slots = Regex.Matches(format, @"\{(\d+)\}").Select(m => m.Groups[1].Value).Distinct().OrderBy(s => s).ToArray();
        Assert.Equal(new[] { "0", "1", "2" }, slots);
    }

    [Fact]
    public void Every_reserved_id_is_in_the_README_rules_table()
    {
        var readme = File.ReadAllText(Repository.Path("README.md"));
        var ids = typeof(DiagnosticIds).GetFields().Select(f => (string)f.GetRawConstantValue()!).ToArray();
        Assert.Equal(Enumerable.Range(1, 8).Select(n => "SECA00" + n), ids.OrderBy(i => i));
        foreach (var id in ids)
        {
            Assert.Matches(new Regex(@"^\| (\[)?" + id + @"\b", RegexOptions.Multiline), readme);
        }
    }

    [Fact]
    public void Configuration_docs_list_every_option_and_provider_key()
    {
        var docs = File.ReadAllText(Repository.Path("docs", "configuration.md"));
        foreach (var key in OptionKeys.All)
        {
            Assert.Contains("`" + key + "`", docs, StringComparison.Ordinal);
        }

        foreach (var provider in TokenFormats.All.Select(f => f.ProviderKey).Distinct())
        {
            Assert.Contains("`" + provider + "`", docs, StringComparison.Ordinal);
        }
    }

    private static DiagnosticDescriptor Descriptor(string id) =>
        typeof(Descriptors).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => f.GetValue(null)).OfType<DiagnosticDescriptor>().Single(d => d.Id == id);

    private static string Severity(DiagnosticDescriptor descriptor) => descriptor.DefaultSeverity switch
    {
        DiagnosticSeverity.Error => "Error",
        DiagnosticSeverity.Warning => "Warning",
        DiagnosticSeverity.Info => "Info",
        _ => "Hidden",
    };
}
