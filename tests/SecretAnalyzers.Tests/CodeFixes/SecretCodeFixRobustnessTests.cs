using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;
using SecretAnalyzers.CodeFixes;
using SecretAnalyzers.Tests.Infrastructure;
using SecretAnalyzers.Tests.Robustness;

namespace SecretAnalyzers.Tests.CodeFixes;

/// <summary>The secret fixes on the states an editor passes through: no exception, and no action whose result compiles worse.</summary>
public sealed class SecretCodeFixRobustnessTests
{
    private static readonly string Source = $$"""
        using System;
        using Microsoft.Extensions.Configuration;

        public class Payments
        {
            private readonly string apiKey = "{{SyntheticTokens.StripeLiveSecret()}}";
            private const string Token = "{{SyntheticTokens.GitHubClassic()}}";

            public Payments(string region) : this() { }

            public Payments() { }

            public string Key(IConfiguration configuration) => configuration["Stripe:SecretKey"] ?? "{{SyntheticTokens.StripeLiveSecret(2)}}";

            public static string Header() => "Bearer " + "{{SyntheticTokens.OpenAiProject()}}";

            public string Db => $"Server=db;User Id=app;Pass{{"word"}}=Xk29!qLw7RtQ;";

            [Obsolete("{{SyntheticTokens.GitHubClassic("p", 3)}}")]
            public int Old() => Token.Length switch { 40 => 1, _ => 0 };
        }
        """;

    [Fact]
    public async Task Source_cut_anywhere_or_with_a_token_deleted_gets_no_failing_fix()
    {
        var references = await SdkPackages.ReferencesAsync(SdkPackages.Configuration);
        var tokens = CSharpSyntaxTree.ParseText(Source).GetRoot().DescendantTokens().ToArray();
        var random = new Random(21);
        var variants = Enumerable.Range(1, 30).Select(i => Source[..(int)((long)Source.Length * i / 31)])
            .Concat(Enumerable.Range(0, 30).Select(_ => tokens[random.Next(tokens.Length)]).Select(token => Source.Remove(token.SpanStart, token.Span.Length)))
            .Append(Source);

        var failures = new List<string>();
        var offered = 0;
        foreach (var variant in variants)
        {
            offered += await CheckFixesAsync(variant, references, failures);
        }

        Assert.Empty(failures);
        Assert.True(offered > 30, offered + " actions offered");
    }

    [Fact]
    public async Task The_summary_of_secrets_past_the_limit_gets_no_fix_and_each_listed_one_does()
    {
        var keys = string.Join("\\n", Enumerable.Range(1, 12).Select(i => SyntheticTokens.GitHubClassic("p", 700 + i)));
        var source = "public class Tokens\n{\n    public string All() => \"" + keys + "\";\n}\n";
        using var workspace = new AdhocWorkspace();
        var document = workspace.AddProject("Limits", LanguageNames.CSharp)
            .WithCompilationOptions(new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary))
            .WithMetadataReferences(await SdkPackages.ReferencesAsync(SdkPackages.Configuration))
            .AddDocument("Tokens.cs", SourceText.From(source));
        var compilation = (await document.Project.GetCompilationAsync())!;
        var diagnostics = await compilation.WithAnalyzers(AnalyzerRun.AllAnalyzers).GetAnalyzerDiagnosticsAsync();
        var provider = new SecretCodeFixProvider();

        var summary = Assert.Single(diagnostics, d => d.Descriptor == Descriptors.SecretsNotListed);
        var summaryActions = new List<CodeAction>();
        await provider.RegisterCodeFixesAsync(new CodeFixContext(document, summary, (action, _) => summaryActions.Add(action), CancellationToken.None));
        Assert.Empty(summaryActions);

        var listed = diagnostics.First(d => d.Descriptor == Descriptors.HardCodedSecret);
        var listedActions = new List<CodeAction>();
        await provider.RegisterCodeFixesAsync(new CodeFixContext(document, listed, (action, _) => listedActions.Add(action), CancellationToken.None));
        Assert.NotEmpty(listedActions);
    }

    /// <summary>
    /// The sample with every kind of finding (secrets, SDK keys, CORS), cut at many points and with tokens deleted:
    /// every fix of the package, on every diagnostic, throws nothing and leaves no more errors than it found.
    /// </summary>
    [Fact]
    public async Task Every_fix_on_the_leaky_sample_cut_or_with_a_token_deleted_throws_nothing_and_compiles_no_worse()
    {
        var source = File.ReadAllText(Repository.Path("samples", "LeakyShop", "Program.cs"));
        var references = await SdkPackages.ReferencesAsync(SdkPackages.AspNetCore.Concat(SdkPackages.Stripe).Concat(SdkPackages.OpenAi).ToArray());
        var tokens = CSharpSyntaxTree.ParseText(source).GetRoot().DescendantTokens().ToArray();
        var random = new Random(23);
        var variants = Enumerable.Range(1, 16).Select(i => source[..(int)((long)source.Length * i / 17)])
            .Concat(Enumerable.Range(0, 16).Select(_ => tokens[random.Next(tokens.Length)]).Select(token => source.Remove(token.SpanStart, token.Span.Length)))
            .Append(source);

        var failures = new List<string>();
        var offered = 0;
        foreach (var variant in variants)
        {
            offered += await CheckFixesAsync(variant, references, failures, OutputKind.ConsoleApplication);
        }

        Assert.Empty(failures);
        Assert.True(offered > 30, offered + " actions offered");
    }

    /// <summary>
    /// Every C# snippet of the tests and every sample source, whole, cut at two points and with two tokens deleted:
    /// every fix of the package, on every diagnostic, throws nothing and leaves no more errors than it found.
    /// </summary>
    [Fact]
    public async Task Every_fix_on_every_test_snippet_and_sample_whole_cut_or_with_a_token_deleted_throws_nothing_and_compiles_no_worse()
    {
        var references = await SdkPackages.ReferencesAsync(EverySdk);
        var failures = new List<string>();
        var offered = 0;
        var sourceCount = 0;
        foreach (var relativePath in IncompleteCodeTests.SourceFiles().Select(row => (string)row[0]))
        {
            var text = File.ReadAllText(Repository.Path(relativePath));
            var isSample = relativePath.StartsWith("samples", StringComparison.Ordinal);

            // A sample's Program.cs is top-level statements: compiled as a library, every variant of it would start broken.
            var outputKind = isSample && CSharpSyntaxTree.ParseText(text).GetCompilationUnitRoot().Members.Any(member => member is GlobalStatementSyntax)
                ? OutputKind.ConsoleApplication
                : OutputKind.DynamicallyLinkedLibrary;
            var sources = isSample ? new[] { text } : IncompleteCodeTests.Snippets(text).ToArray();
            foreach (var source in sources)
            {
                sourceCount++;
                var variants = IncompleteCodeTests.Cuts(source, 2).Select(cut => source[..cut])
                    .Concat(IncompleteCodeTests.Deletions(source, 2, seed: sourceCount).Select(deleted => source.Remove(deleted.Start, deleted.Length)))
                    .Append(source);
                foreach (var variant in variants)
                {
                    offered += await CheckFixesAsync(variant, references, failures, outputKind);
                }
            }
        }

        Assert.Empty(failures);

        // About 200 sources and 1,400 actions at this writing; far fewer means the snippets or the fixes went missing.
        Assert.True(sourceCount > 150 && offered > 1000, sourceCount + " sources, " + offered + " actions offered");
    }

    /// <summary>The packages the snippets use most: their fixes are checked on code that compiles, as well as on code that does not.</summary>
    private static readonly PackageIdentity[] EverySdk = SdkPackages.AspNetCore.Concat(SdkPackages.Configuration).Concat(SdkPackages.Stripe).Concat(SdkPackages.OpenAi).ToArray();

    /// <summary>Offers every fix of the package for every diagnostic of the text, applies each, and records any throw or any result that compiles worse.</summary>
    private static async Task<int> CheckFixesAsync(string text, IEnumerable<MetadataReference> references, List<string> failures, OutputKind outputKind = OutputKind.DynamicallyLinkedLibrary)
    {
        using var workspace = new AdhocWorkspace();
        var project = workspace.AddProject("Typing", LanguageNames.CSharp)
            .WithCompilationOptions(new CSharpCompilationOptions(outputKind))
            .WithMetadataReferences(references);
        var document = project.AddDocument("Payments.cs", SourceText.From(text));
        var compilation = (await document.Project.GetCompilationAsync())!;
        var errorsBefore = compilation.GetDiagnostics().Count(d => d.Severity == DiagnosticSeverity.Error);
        var diagnostics = await compilation.WithAnalyzers(AnalyzerRun.AllAnalyzers).GetAnalyzerDiagnosticsAsync();
        var providers = new CodeFixProvider[] { new SecretCodeFixProvider(), new CorsCodeFixProvider() };
        var offered = 0;
        foreach (var (diagnostic, provider) in diagnostics.SelectMany(d => providers.Where(p => p.FixableDiagnosticIds.Contains(d.Id)).Select(p => (d, p))))
        {
            var actions = new List<CodeAction>();
            try
            {
                await provider.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None));
                foreach (var action in actions)
                {
                    offered++;
                    var operations = await action.GetOperationsAsync(CancellationToken.None);
                    var changed = operations.OfType<ApplyChangesOperation>().Single().ChangedSolution;
                    var after = (await changed.Projects.Single().GetCompilationAsync())!;
                    var errorsAfter = after.GetDiagnostics().Count(d => d.Severity == DiagnosticSeverity.Error);
                    if (errorsAfter > errorsBefore)
                    {
                        failures.Add(action.Title + " on a variant made " + errorsAfter + " errors from " + errorsBefore + ":\n" + text);
                    }
                }
            }
            catch (Exception exception)
            {
                failures.Add(exception.GetType().Name + ": " + exception.Message + "\n" + text);
            }
        }

        return offered;
    }
}
