using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SecretAnalyzers.Detection;

namespace SecretAnalyzers;

/// <summary>The <c>.editorconfig</c> options that apply to one syntax tree. Read only after a hit, never on the hot path.</summary>
internal readonly struct SecretOptions
{
    private readonly string? disabledProviders;
    private readonly string? allowedFingerprints;

    private SecretOptions(string? disabledProviders, string? allowedFingerprints)
    {
        this.disabledProviders = disabledProviders;
        this.allowedFingerprints = allowedFingerprints;
    }

    /// <summary>The options of a syntax tree, or the global ones for a finding outside C# source.</summary>
    public static SecretOptions For(AnalyzerOptions options, SyntaxTree? tree)
    {
        var config = tree is null ? options.AnalyzerConfigOptionsProvider.GlobalOptions : options.AnalyzerConfigOptionsProvider.GetOptions(tree);
        config.TryGetValue(OptionKeys.DisabledProviders, out var providers);
        config.TryGetValue(OptionKeys.AllowedFingerprints, out var fingerprints);
        return new SecretOptions(providers, fingerprints);
    }

    /// <summary>The options of a configuration file: <c>.editorconfig</c> sections apply to it by its path.</summary>
    public static SecretOptions For(AnalyzerOptions options, AdditionalText file)
    {
        var config = options.AnalyzerConfigOptionsProvider.GetOptions(file);
        config.TryGetValue(OptionKeys.DisabledProviders, out var providers);
        config.TryGetValue(OptionKeys.AllowedFingerprints, out var fingerprints);
        return new SecretOptions(providers, fingerprints);
    }

    /// <summary>Whether the project is a test project (MSBuild <c>IsTestProject</c>, passed by the package's props).</summary>
    public static bool IsTestProject(AnalyzerOptions options) =>
        options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue("build_property.IsTestProject", out var value)
        && string.Equals(value, "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The value of <see cref="OptionKeys.NamedValuesInTests"/> for a tree, lower-cased and trimmed, or null.</summary>
    public static string? NamedValuesInTests(AnalyzerOptions options, SyntaxTree tree) =>
        options.AnalyzerConfigOptionsProvider.GetOptions(tree).TryGetValue(OptionKeys.NamedValuesInTests, out var value)
            ? value.Trim().ToLowerInvariant()
            : null;

    public bool IsDisabled(TokenFormat format) => ListContains(disabledProviders, format.ProviderKey);

    public bool IsAllowed(string fingerprint) => ListContains(allowedFingerprints, fingerprint);

    /// <summary>Whether a comma- or space-separated list holds <paramref name="item"/>, ignoring case.</summary>
    internal static bool ListContains(string? list, string item)
    {
        if (list is null)
        {
            return false;
        }

        for (var i = list.IndexOf(item, StringComparison.OrdinalIgnoreCase); i >= 0; i = list.IndexOf(item, i + 1, StringComparison.OrdinalIgnoreCase))
        {
            var end = i + item.Length;
            if ((i == 0 || IsSeparator(list[i - 1])) && (end == list.Length || IsSeparator(list[end])))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsSeparator(char c) => c == ',' || c == ';' || char.IsWhiteSpace(c);
}
