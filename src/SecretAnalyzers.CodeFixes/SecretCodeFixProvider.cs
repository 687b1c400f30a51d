using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using SecretAnalyzers.CodeFixes.Secrets;

namespace SecretAnalyzers.CodeFixes;

/// <summary>
/// SECA001–SECA004 and SECA008: replace a hard-coded secret with a read from configuration (an <c>IConfiguration</c> in
/// scope, or injected through the constructor), from an environment variable, or from the team's own provider. The
/// first action offered, and the one <c>dotnet format</c> applies, is the style <c>secret_analyzers.fix_style</c>
/// selects, else configuration where it can be reached, else the environment. Each action is computed when offered
/// and offered only if its document compiles no worse; Fix All repeats the chosen style over a document, project or
/// solution, one injection per type and one key per distinct secret.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SecretCodeFixProvider)), Shared]
public sealed class SecretCodeFixProvider : CodeFixProvider
{
    public const string ConfigurationKey = "SECA-Secret-Configuration";
    public const string EnvironmentKey = "SECA-Secret-Environment";
    public const string ProviderKey = "SECA-Secret-Provider";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(
        DiagnosticIds.HardCodedSecret, DiagnosticIds.StripeSdkLiteralKey, DiagnosticIds.AiSdkLiteralKey, DiagnosticIds.CredentialSinkLiteral, DiagnosticIds.TestModeKey);

    /// <summary>
    /// Key plans of the Fix All runs in progress, by the solution they start from: a solution-wide Fix All runs one
    /// context per project, and the projects' documents are fixed side by side, so they share one plan over all of them.
    /// </summary>
    private static readonly ConditionalWeakTable<Solution, Lazy<Task<Dictionary<(DocumentId Document, int Start), SecretKey>>>> Plans = new();

    public override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(
        async (context, document, diagnostics) =>
        {
            // The preferred style falls back to the environment where it cannot reach, as its lightbulb action does.
            var tree = await document.GetSyntaxTreeAsync(context.CancellationToken).ConfigureAwait(false);
            var preferred = tree is null ? SecretFixStyle.Configuration : StylesInOrder(document, tree).First();

            // No key (dotnet format asked a diagnostic that has no fix first): the preferred style.
            var style = StyleOf(context.CodeActionEquivalenceKey) ?? preferred;
            try
            {
                var planned = Plans.GetValue(context.Solution, _ => new Lazy<Task<Dictionary<(DocumentId, int), SecretKey>>>(() => PlanAsync(context)));
                if (planned.IsValueCreated && (planned.Value.IsCanceled || planned.Value.IsFaulted))
                {
                    // A cancelled or failed run leaves no plan behind for the next one.
                    Plans.Remove(context.Solution);
                    planned = Plans.GetValue(context.Solution, _ => new Lazy<Task<Dictionary<(DocumentId, int), SecretKey>>>(() => PlanAsync(context)));
                }

                var plan = await planned.Value.ConfigureAwait(false);
                var fix = await SecretRewriter.FixAsync(document, diagnostics, style, fallBackToEnvironment: style == preferred, context.CancellationToken, plan).ConfigureAwait(false);
                return fix?.Document ?? document;
            }
            catch (System.Exception exception) when (exception is not System.OperationCanceledException)
            {
                // A document the fix cannot handle stays as it is; the rest of the batch goes on.
                return document;
            }
        });

    private static async Task<Dictionary<(DocumentId Document, int Start), SecretKey>> PlanAsync(FixAllContext context)
    {
        var found = new List<(Document, Diagnostic)>();
        var projects = context.Scope == FixAllScope.Document ? new[] { context.Project } : context.Solution.Projects;
        foreach (var project in projects)
        {
            foreach (var diagnostic in await context.GetAllDiagnosticsAsync(project).ConfigureAwait(false))
            {
                if (diagnostic.Location.SourceTree is { } tree && project.GetDocument(tree) is { } owner)
                {
                    found.Add((owner, diagnostic));
                }
            }
        }

        return await SecretRewriter.PlanKeysAsync(found, context.CancellationToken).ConfigureAwait(false);
    }

    /// <remarks>
    /// The first action always carries the preferred style's equivalence key, because <c>dotnet format</c> applies the
    /// first action of the first diagnostic to all of them: where that style cannot reach this secret, the action reads
    /// it from the environment (and says so), and a Fix All with its key does the same secret by secret.
    /// </remarks>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var tree = await context.Document.GetSyntaxTreeAsync(context.CancellationToken).ConfigureAwait(false);
        if (tree is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            var styles = StylesInOrder(context.Document, tree).ToList();
            var first = await TryAsync(context.Document, diagnostic, styles[0], fallBackToEnvironment: true, context).ConfigureAwait(false);
            if (first is null)
            {
                continue;
            }

            context.RegisterCodeFix(CodeAction.Create(first.IsFallbackRemoval ? "Remove the hard-coded fallback" : Title(first.Reads[0].Key, first.Reads[0].Style), _ => Task.FromResult(first.Document), EquivalenceKeyOf(styles[0])), diagnostic);
            if (first.IsFallbackRemoval)
            {
                // Every style would do the same: the value is read already.
                continue;
            }

            foreach (var style in styles.Skip(1))
            {
                if (style == first.Reads[0].Style)
                {
                    // The first action already reads it this way.
                    continue;
                }

                if (await TryAsync(context.Document, diagnostic, style, fallBackToEnvironment: false, context).ConfigureAwait(false) is { } fix)
                {
                    context.RegisterCodeFix(CodeAction.Create(Title(fix.Reads[0].Key, style), _ => Task.FromResult(fix.Document), EquivalenceKeyOf(style)), diagnostic);
                }
            }
        }
    }

    private static string Title(SecretKey key, SecretFixStyle style) => style switch
    {
        SecretFixStyle.Configuration => "Read it from configuration ('" + key.ConfigurationKey + "')",
        SecretFixStyle.Environment => "Read it from the environment variable " + key.EnvironmentVariable,
        _ => "Read it from the secret provider ('" + key.ConfigurationKey + "')",
    };

    private static async Task<SecretFix?> TryAsync(Document document, Diagnostic diagnostic, SecretFixStyle style, bool fallBackToEnvironment, CodeFixContext context)
    {
        try
        {
            return await SecretRewriter.FixAsync(document, new[] { diagnostic }, style, fallBackToEnvironment, context.CancellationToken).ConfigureAwait(false);
        }
        catch (System.Exception exception) when (exception is not System.OperationCanceledException)
        {
            // A fix that fails on code it did not foresee is not offered; it never throws into the IDE.
            return null;
        }
    }

    /// <summary>The style <c>secret_analyzers.fix_style</c> names first, then configuration, the environment and the provider.</summary>
    private static IEnumerable<SecretFixStyle> StylesInOrder(Document document, SyntaxTree tree)
    {
        var styles = new List<SecretFixStyle> { SecretFixStyle.Configuration, SecretFixStyle.Environment, SecretFixStyle.Provider };
        if (document.Project.AnalyzerOptions.AnalyzerConfigOptionsProvider.GetOptions(tree).TryGetValue(OptionKeys.FixStyle, out var chosen)
            && ParseStyle(chosen.Trim()) is { } first)
        {
            styles.Remove(first);
            styles.Insert(0, first);
        }

        return styles;
    }

    internal static SecretFixStyle? ParseStyle(string text) => text.ToLowerInvariant() switch
    {
        "configuration" => SecretFixStyle.Configuration,
        "environment" => SecretFixStyle.Environment,
        "provider" => SecretFixStyle.Provider,
        _ => null,
    };

    private static string EquivalenceKeyOf(SecretFixStyle style) => style switch
    {
        SecretFixStyle.Configuration => ConfigurationKey,
        SecretFixStyle.Environment => EnvironmentKey,
        _ => ProviderKey,
    };

    private static SecretFixStyle? StyleOf(string? equivalenceKey) => equivalenceKey switch
    {
        ConfigurationKey => SecretFixStyle.Configuration,
        EnvironmentKey => SecretFixStyle.Environment,
        ProviderKey => SecretFixStyle.Provider,
        _ => null,
    };
}
