using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SecretAnalyzers.Detection;

namespace SecretAnalyzers;

/// <summary>
/// SECA010: a SecretAnalyzers option that does nothing because its value is not understood — an unknown
/// <c>secret_analyzers.*</c> key, provider key, fingerprint, fix style, secret provider or flag. Once per compilation
/// and mistake, without a location: Roslyn does not say which <c>.editorconfig</c> line an option comes from.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ConfigurationMistakeAnalyzer : DiagnosticAnalyzer
{
    private static readonly string[] FixStyles = { "configuration", "environment", "provider" };

    private static readonly string[] NamedValuesPolicies = { "generated", "all", "none" };

    private static readonly Lazy<HashSet<string>> ProviderKeys = new(() =>
        new HashSet<string>(TokenFormats.All.Select(f => f.ProviderKey).Concat(Sinks.SinkTable.All.Select(s => s.ProviderKey)), StringComparer.OrdinalIgnoreCase));

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.ConfigurationMistake);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationAction(AnalyzeCompilation);
    }

    private static void AnalyzeCompilation(CompilationAnalysisContext context)
    {
        // Every place options come from; each distinct option and value is judged once.
        var provider = context.Options.AnalyzerConfigOptionsProvider;
        var sources = new List<AnalyzerConfigOptions> { provider.GlobalOptions };
        sources.AddRange(context.Compilation.SyntaxTrees.Select(provider.GetOptions));
        sources.AddRange(context.Options.AdditionalFiles.Select(provider.GetOptions));
        var judged = new HashSet<(string, string)>();
        var reported = new HashSet<string>(StringComparer.Ordinal);

        // Files under the same .editorconfig sections share one options object in the compiler: its keys are read once.
        var read = new HashSet<AnalyzerConfigOptions>(ReferenceComparer.Instance);
        foreach (var options in sources)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            if (!read.Add(options))
            {
                continue;
            }

            foreach (var key in KeysOf(options))
            {
                if (!key.StartsWith(OptionKeys.Prefix, StringComparison.OrdinalIgnoreCase)
                    || !options.TryGetValue(key, out var value)
                    || !judged.Add((key, value)))
                {
                    continue;
                }

                foreach (var (item, why) in Mistakes(key, value, context.Compilation))
                {
                    context.CancellationToken.ThrowIfCancellationRequested();
                    if (reported.Add(key + "\u0000" + item))
                    {
                        context.ReportDiagnostic(Diagnostic.Create(Descriptors.ConfigurationMistake, Location.None, key, item, why));
                    }
                }
            }
        }
    }

    /// <summary>
    /// Every key the options hold; where the host's options cannot list their keys (<c>Keys</c> throws in the base
    /// class, and hosts other than the compiler need not implement it), the known keys, so that their values are still judged.
    /// </summary>
    private static IEnumerable<string> KeysOf(AnalyzerConfigOptions options)
    {
        try
        {
            return options.Keys.ToList();
        }
        catch (Exception exception) when (exception is NotImplementedException or NotSupportedException)
        {
            return OptionKeys.All;
        }
    }

    /// <summary>What of <paramref name="value"/> is not understood under <paramref name="key"/>, and why.</summary>
    internal static IEnumerable<(string Item, string Why)> Mistakes(string key, string value, Compilation compilation)
    {
        var known = Array.Find(OptionKeys.All, k => string.Equals(k, key, StringComparison.OrdinalIgnoreCase));
        if (known is null)
        {
            var suggestion = Closest(key, OptionKeys.All);
            yield return (key, "no such option" + (suggestion is null ? "; the options are listed in docs/configuration.md" : " (did you mean '" + suggestion + "'?)"));
            yield break;
        }

        switch (known)
        {
            case OptionKeys.DisabledProviders:
                foreach (var provider in Items(value).Where(p => !ProviderKeys.Value.Contains(p)))
                {
                    var suggestion = Closest(provider, ProviderKeys.Value);
                    yield return (provider, "no provider has this key" + (suggestion is null ? "; the keys are listed in docs/configuration.md" : " (did you mean '" + suggestion + "'?)"));
                }

                break;
            case OptionKeys.AllowedFingerprints:
                foreach (var fingerprint in Items(value).Where(f => !IsFingerprint(f)))
                {
                    yield return (fingerprint, "a fingerprint is the " + Fingerprint.Length + " hexadecimal digits a finding's message shows");
                }

                break;
            case OptionKeys.FixStyle when Array.IndexOf(FixStyles, value.Trim().ToLowerInvariant()) < 0:
                yield return (value.Trim(), "the fix styles are configuration, environment and provider");
                break;
            case OptionKeys.NamedValuesInTests when Array.IndexOf(NamedValuesPolicies, value.Trim().ToLowerInvariant()) < 0:
                yield return (value.Trim(), "the values are generated, all and none");
                break;
            case OptionKeys.SecretProvider when !ResolvesToProvider(value.Trim(), compilation):
                yield return (value.Trim(), "no public method of that name in this compilation takes the key as its one string parameter and returns a string (write Namespace.Type.Method)");
                break;
            case OptionKeys.ReportDummyKeysInTests or OptionKeys.CorsReportDevelopment
                when !value.Trim().Equals("true", StringComparison.OrdinalIgnoreCase) && !value.Trim().Equals("false", StringComparison.OrdinalIgnoreCase):
                yield return (value.Trim(), "the value is true or false");
                break;
        }
    }

    private static IEnumerable<string> Items(string list) =>
        list.Split(new[] { ',', ';', ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries);

    private static bool IsFingerprint(string text)
    {
        if (text.Length != Fingerprint.Length)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')))
            {
                return false;
            }
        }

        return true;
    }

    private static bool ResolvesToProvider(string text, Compilation compilation)
    {
        var dot = text.LastIndexOf('.');
        return dot > 0 && compilation.GetTypeByMetadataName(text.Substring(0, dot)) is { } type
            && type.GetMembers(text.Substring(dot + 1)).OfType<IMethodSymbol>().Any(m =>
                m.DeclaredAccessibility == Accessibility.Public && m.Parameters.Length == 1
                && m.Parameters[0].Type.SpecialType == SpecialType.System_String && m.ReturnType.SpecialType == SpecialType.System_String);
    }

    /// <summary>The candidate with the same letters and digits, ignoring case and separators (<c>open-ai</c> → <c>openai</c>), if one.</summary>
    private static string? Closest(string text, IEnumerable<string> candidates)
    {
        var letters = Letters(text.StartsWith(OptionKeys.Prefix, StringComparison.OrdinalIgnoreCase) ? text.Substring(OptionKeys.Prefix.Length) : text);
        return candidates.FirstOrDefault(c => Letters(c.StartsWith(OptionKeys.Prefix, StringComparison.Ordinal) ? c.Substring(OptionKeys.Prefix.Length) : c) == letters);
    }

    private static string Letters(string text) => new(text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());

    private sealed class ReferenceComparer : IEqualityComparer<AnalyzerConfigOptions>
    {
        public static readonly ReferenceComparer Instance = new();

        public bool Equals(AnalyzerConfigOptions? x, AnalyzerConfigOptions? y) => ReferenceEquals(x, y);

        public int GetHashCode(AnalyzerConfigOptions obj) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj);
    }
}
