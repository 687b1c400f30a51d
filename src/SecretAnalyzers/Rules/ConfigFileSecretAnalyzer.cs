using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using SecretAnalyzers.ConfigFiles;
using SecretAnalyzers.Detection;

namespace SecretAnalyzers;

/// <summary>
/// SECA007: secrets in the project's configuration files (<c>appsettings*.json</c>, <c>secrets.json</c>,
/// <c>launchSettings.json</c>, <c>.env</c>), which the package's MSBuild files pass as additional files. Every string
/// value goes through the same engine as SECA001; a value with no provider format is reported when its key names a
/// password, secret, key or token and the value looks like one (<see cref="NamedValues"/>). Test-mode keys stay SECA008.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ConfigFileSecretAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(
            Descriptors.SecretInConfigurationFile,
            Descriptors.TestModeKey,
            Descriptors.StaleBaselineEntry,
            Descriptors.ConfigurationFileSecretsNotListed,
            Descriptors.TestModeKeysNotListed);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            start.RegisterAdditionalFileAction(AnalyzeFile);
            Baseline.RegisterStaleEntryReport(start, IsOwnEntry);
        });
    }

    /// <summary>SECA007 entries, and SECA008 entries of configuration files (the C# ones are SECA001's analyzer's).</summary>
    internal static bool IsOwnEntry(BaselineEntry entry) =>
        entry.Rule == DiagnosticIds.SecretInConfigurationFile
        || (entry.Rule == DiagnosticIds.TestModeKey && ConfigFileNames.KindOf(entry.File) != ConfigFileKind.None);

    private static void AnalyzeFile(AdditionalFileAnalysisContext context)
    {
        var file = context.AdditionalFile;
        var kind = file.Path is null ? ConfigFileKind.None : ConfigFileNames.KindOf(file.Path);
        if (kind == ConfigFileKind.None || ConfigFileNames.FileName(file.Path!).Equals(ConfigFileNames.BaselineFileName, System.StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var source = file.GetText(context.CancellationToken);
        if (source is null || source.Length < SecretScanner.MinimumLength)
        {
            return;
        }

        var text = source.ToString();
        var values = new List<ConfigValue>();
        if (kind == ConfigFileKind.Json)
        {
            JsonValueReader.Read(text, values, context.CancellationToken);
        }
        else
        {
            DotEnvReader.Read(text, values, context.CancellationToken);
        }

        // Templates (.env.example) hold placeholders by convention, and test projects hold test passwords by the
        // dozen: there only provider formats are reported, not values by their key's name.
        var byName = !ConfigFileNames.IsTemplate(file.Path!) && !SecretOptions.IsTestProject(context.Options);
        SecretOptions? options = SecretOptions.For(context.Options, file);
        var tally = new FileTally();
        foreach (var value in values)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            if (value.End - value.Start < SecretScanner.MinimumLength && !byName)
            {
                continue;
            }

            var decoded = value.Decode(text, out var offsets);
            var budget = new ReportBudget(tally);
            var found = false;
            var accessKeyIdNear = default(bool?);
            for (var position = 0; SecretScanner.TryFind(decoded, position, out var match); position = match.End)
            {
                context.CancellationToken.ThrowIfCancellationRequested();

                // A candidate whose context is missing (a 40-character value that is no AWS secret) leaves the name to decide.
                if (match.Context == ContextRequirement.None || IsContextSatisfied(match, value, text, ref accessKeyIdNear))
                {
                    found = true;
                    Report(context, source, decoded, new SecretMatch(match.Format, match.Start, match.Length), value, offsets, ref options, ref budget);
                }
            }

            if (!found && byName && !value.IsKey)
            {
                var named = SecretNames.KindOf(value.Path?.Tail() ?? string.Empty);
                if (NamedValues.IsCredential(named, decoded, 0, decoded.Length))
                {
                    var format = NamedFormats.For(named, value.Path?.Tail() ?? string.Empty, decoded, 0, decoded.Length);
                    Report(context, source, decoded, new SecretMatch(format, 0, decoded.Length), value, offsets, ref options, ref budget);
                }
            }

            if (budget.HasUnreported)
            {
                var span = TextSpan.FromBounds(value.Start, value.End);
                budget.ReportSummaries(Location.Create(file.Path!, span, source.Lines.GetLinePositionSpan(span)), Descriptors.ConfigurationFileSecretsNotListed, "value", context.ReportDiagnostic);
            }
        }

        tally.ReportSummaries(Descriptors.ConfigurationFileSecretsNotListed, Descriptors.TestModeKeysNotListed, context.ReportDiagnostic);
    }

    /// <summary>
    /// A 40-character AWS secret is a secret when its key says so (<c>AWS:SecretAccessKey</c>) or an access key id stands
    /// near it in the file; a 32-character Twilio token only when its key says so (<c>TWILIO_AUTH_TOKEN</c>): 32 hex
    /// digits are also Sentry DSN keys and hashes, which a Twilio SID elsewhere in the file says nothing about.
    /// Whether an access key id stands near the value is the same for each of its candidates: looked for once per value,
    /// as a search per candidate of a value packed with them would cost their number times its length.
    /// </summary>
    private static bool IsContextSatisfied(SecretMatch match, ConfigValue value, string text, ref bool? accessKeyIdNear)
    {
        var path = value.Path?.Tail() ?? string.Empty;
        return match.Context switch
        {
            ContextRequirement.AwsSecretAccessKey => ContextRules.IsAwsSecretName(path, 0, path.Length)
                || (accessKeyIdNear ??= ContextRules.ContainsAwsAccessKeyIdNear(text, value.Start, value.End - value.Start)),
            ContextRequirement.Twilio => ContextRules.IsTwilioSecretName(path, 0, path.Length),
            _ => false,
        };
    }

    private static void Report(
        AdditionalFileAnalysisContext context,
        SourceText source,
        string decoded,
        SecretMatch match,
        ConfigValue value,
        int[]? offsets,
        ref SecretOptions? options,
        ref ReportBudget budget)
    {
        var span = TextSpan.FromBounds(value.FileOffset(match.Start, offsets), value.FileOffset(match.End, offsets));
        var location = Location.Create(context.AdditionalFile.Path!, span, source.Lines.GetLinePositionSpan(span));
        var site = new FindingSite(location, ConfigPath.Display(value.Path), context.Compilation);
        var diagnostic = SecretReporter.Create(decoded, match, site, context.Options, ref options, ref budget, context.CancellationToken);
        if (diagnostic is not null)
        {
            context.ReportDiagnostic(diagnostic);
        }
    }
}
