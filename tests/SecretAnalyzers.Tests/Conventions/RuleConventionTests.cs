using System;
using System.Globalization;
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

/// <summary>
/// What must hold for every rule, whichever rules exist: a docs page, a help link to it, a README row, a release-tracking
/// entry and a category; one analyzer per file, named after it. Nothing here lists today's ids, folders or message shapes.
/// </summary>
public class RuleConventionTests
{
    /// <summary>Every descriptor of the catalog, the reserved rules' included.</summary>
    public static IEnumerable<object[]> CatalogDescriptors() => Catalog().Select(d => new object[] { d.Id });

    public static IEnumerable<object[]> ShippedDescriptors() =>
        typeof(HardCodedSecretAnalyzer).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
            .SelectMany(t => ((DiagnosticAnalyzer)Activator.CreateInstance(t)!).SupportedDiagnostics)
            .DistinctBy(d => d.Id)
            .Select(d => new object[] { d.Id });

    [Fact]
    public void Every_analyzer_is_sealed_and_alone_in_a_file_named_after_it()
    {
        var sources = Directory.GetFiles(Repository.Path("src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .ToArray();
        var analyzers = typeof(HardCodedSecretAnalyzer).Assembly.GetTypes().Where(t => typeof(DiagnosticAnalyzer).IsAssignableFrom(t)).ToArray();
        Assert.NotEmpty(analyzers);
        foreach (var type in analyzers)
        {
            Assert.True(type.IsSealed, type.Name + " is not sealed");
            var file = Assert.Single(sources, f => Path.GetFileName(f) == type.Name + ".cs");
            Assert.Single(Regex.Matches(File.ReadAllText(file), @"\[DiagnosticAnalyzer\("));
        }
    }

    [Theory]
    [MemberData(nameof(CatalogDescriptors))]
    public void Rule_id_is_declared_once_and_its_category_is_known(string id)
    {
        var declared = typeof(DiagnosticIds).GetFields().Select(f => (string)f.GetRawConstantValue()!).ToArray();
        Assert.Single(declared, d => d == id);
        Assert.Contains(Descriptor(id).Category, new[] { "Security" });
    }

    [Theory]
    [MemberData(nameof(CatalogDescriptors))]
    public void Rule_has_a_docs_page_whose_title_matches(string id)
    {
        var descriptor = Descriptor(id);
        var page = Repository.Path("docs", "rules", id + ".md");
        Assert.True(File.Exists(page), page + " is missing");
        Assert.Equal("# " + id + ": " + descriptor.Title, File.ReadLines(page).First());
        Assert.Contains("| Default severity | " + Severity(descriptor) + " |", File.ReadAllText(page), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(CatalogDescriptors))]
    public void Rule_help_link_points_at_its_docs_page(string id)
    {
        Assert.Equal("https://github.com/secretanalyzers/SecretAnalyzers/blob/main/docs/rules/" + id + ".md", Descriptor(id).HelpLinkUri);
        Assert.True(File.Exists(Repository.Path("docs", "rules", id + ".md")));
    }

    [Theory]
    [MemberData(nameof(CatalogDescriptors))]
    public void Rule_has_a_README_row_linking_its_page(string id)
    {
        var descriptor = Descriptor(id);
        var row = File.ReadLines(Repository.Path("README.md")).SingleOrDefault(l => l.StartsWith("| [" + id + "](docs/rules/" + id + ".md) |", StringComparison.Ordinal));
        Assert.NotNull(row);
        Assert.Contains("| " + descriptor.Title + " |", row, StringComparison.Ordinal);
        Assert.Contains("| " + Severity(descriptor) + " |", row, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(CatalogDescriptors))]
    public void Rule_is_in_release_tracking(string id)
    {
        var descriptor = Descriptor(id);
        var tracking = File.ReadAllText(Repository.Path("src", "SecretAnalyzers", "AnalyzerReleases.Shipped.md")) + File.ReadAllText(Repository.Path("src", "SecretAnalyzers", "AnalyzerReleases.Unshipped.md"));
        Assert.Matches(new Regex("^" + id + @"\s*\|\s*" + descriptor.Category + @"\s*\|\s*" + Severity(descriptor) + @"\s*\|", RegexOptions.Multiline), tracking);
    }

    [Fact]
    public void Every_declared_id_is_well_formed_unique_and_in_the_README_rules_table_with_a_page()
    {
        var readme = File.ReadAllText(Repository.Path("README.md"));
        var ids = typeof(DiagnosticIds).GetFields().Select(f => (string)f.GetRawConstantValue()!).ToArray();
        Assert.NotEmpty(ids);
        Assert.Equal(ids.Length, ids.Distinct().Count());
        foreach (var id in ids)
        {
            Assert.Matches(new Regex(@"^SECA\d{3}$"), id);
            Assert.Matches(new Regex(@"^\| (\[)?" + id + @"\b", RegexOptions.Multiline), readme);
            Assert.True(File.Exists(Repository.Path("docs", "rules", id + ".md")), id + ".md is missing");
        }
    }

    [Fact]
    public void A_reserved_rule_page_says_it_is_reserved_and_claims_no_coverage()
    {
        var shipped = ShippedDescriptors().Select(row => (string)row[0]).ToHashSet();
        foreach (var id in typeof(DiagnosticIds).GetFields().Select(f => (string)f.GetRawConstantValue()!).Where(i => !shipped.Contains(i)))
        {
            var page = File.ReadAllText(Repository.Path("docs", "rules", id + ".md"));
            Assert.Contains("| Status | Reserved", page, StringComparison.Ordinal);
            Assert.DoesNotContain("already reports", page, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void Configuration_docs_list_every_MSBuild_property_the_package_reads_or_sets()
    {
        var docs = File.ReadAllText(Repository.Path("docs", "configuration.md"));
        var props = File.ReadAllText(Repository.Path("src", "SecretAnalyzers.Package", "build", "SecretAnalyzers.props"))
            + File.ReadAllText(Repository.Path("src", "SecretAnalyzers.Package", "build", "SecretAnalyzers.targets"));
        var properties = Regex.Matches(props, @"CompilerVisibleProperty Include=""(\w+)""").Select(m => m.Groups[1].Value)
            .Concat(Regex.Matches(props, @"\$\((SecretAnalyzers\w+)\)").Select(m => m.Groups[1].Value))
            .Distinct()
            .ToArray();

        Assert.Contains("IsTestProject", properties);
        Assert.Contains("SecretAnalyzersTreatAsErrors", properties);
        Assert.Contains("SecretAnalyzersScanConfigFiles", properties);
        Assert.Contains("SecretAnalyzersBaseline", properties);
        foreach (var property in properties)
        {
            Assert.Contains("`" + property + "`", docs, StringComparison.Ordinal);
        }

        foreach (var trigger in new[] { "ContinuousIntegrationBuild", "CI", "TF_BUILD", "GITHUB_ACTIONS" })
        {
            Assert.Contains("$(" + trigger + ")", props, StringComparison.Ordinal);
            Assert.Contains("`" + trigger + "`", docs, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Every_message_about_a_secret_follows_the_one_wording()
    {
        foreach (var descriptor in new[] { Descriptors.HardCodedSecret, Descriptors.StripeSdkLiteralKey, Descriptors.AiSdkLiteralKey, Descriptors.CredentialSinkLiteral, Descriptors.SecretInConfigurationFile, Descriptors.TestModeKey })
        {
            var format = descriptor.MessageFormat.ToString(CultureInfo.InvariantCulture);
            Assert.Contains("; to accept it, add fingerprint {", format, StringComparison.Ordinal);
            Assert.Contains(" to secret_analyzers.allowed_fingerprints or the baseline", format, StringComparison.Ordinal);
            Assert.DoesNotContain("already in source history", format, StringComparison.Ordinal);
            if (descriptor != Descriptors.TestModeKey)
            {
                Assert.Contains(MessageWording.Rotate, format, StringComparison.Ordinal);
            }
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

        foreach (var provider in TokenFormats.All.Select(f => f.ProviderKey).Concat(SecretAnalyzers.Sinks.SinkTable.All.Select(s => s.ProviderKey)).Distinct())
        {
            Assert.Contains("`" + provider + "`", docs, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Every_declared_id_has_one_descriptor_and_every_supported_descriptor_is_the_catalogs()
    {
        var ids = typeof(DiagnosticIds).GetFields().Select(f => (string)f.GetRawConstantValue()!).OrderBy(i => i);
        Assert.Equal(ids, Catalog().Select(d => d.Id).OrderBy(i => i));
        foreach (var id in ShippedDescriptors().Select(row => (string)row[0]))
        {
            Assert.Contains(Descriptor(id), Catalog());
        }
    }

    /// <summary>
    /// A summary of findings past a reporting limit (<c>…NotListed</c>) shares its rule's id, category, severity and
    /// page, and says so in its title: suppressing or raising the rule does the same to it.
    /// </summary>
    [Fact]
    public void Every_summary_descriptor_is_its_rules_companion()
    {
        var summaries = Summaries().ToList();
        Assert.Equal(5, summaries.Count);
        foreach (var summary in summaries)
        {
            var rule = Descriptor(summary.Id);
            Assert.Equal(rule.Category, summary.Category);
            Assert.Equal(rule.DefaultSeverity, summary.DefaultSeverity);
            Assert.Equal(rule.HelpLinkUri, summary.HelpLinkUri);
            Assert.StartsWith(rule.Title.ToString(), summary.Title.ToString(), StringComparison.Ordinal);
            Assert.Contains("{0} more", summary.MessageFormat.ToString(), StringComparison.Ordinal);
        }
    }

    private static IEnumerable<DiagnosticDescriptor> Catalog() => DescriptorFields(summaries: false);

    private static IEnumerable<DiagnosticDescriptor> Summaries() => DescriptorFields(summaries: true);

    private static IEnumerable<DiagnosticDescriptor> DescriptorFields(bool summaries) =>
        typeof(Descriptors).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.Name.Contains("NotListed", StringComparison.Ordinal) == summaries)
            .Select(f => f.GetValue(null)).OfType<DiagnosticDescriptor>();

    private static DiagnosticDescriptor Descriptor(string id) => Catalog().Single(d => d.Id == id);

    private static string Severity(DiagnosticDescriptor descriptor) => descriptor.DefaultSeverity switch
    {
        DiagnosticSeverity.Error => "Error",
        DiagnosticSeverity.Warning => "Warning",
        DiagnosticSeverity.Info => "Info",
        _ => "Hidden",
    };
}
