using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using SecretAnalyzers.Tests.Infrastructure;
using SecretAnalyzers.Tests.Robustness;

namespace SecretAnalyzers.Tests.Sinks;

/// <summary>
/// The sink rules on the states an editor passes through while SDK calls are typed, compiled against the real SDKs so
/// that the rules run past their first check: every group of sink cases cut at many points and with tokens deleted,
/// and values nested deeper than any code holds.
/// </summary>
public class SinkRobustnessTests
{
    private const int Cuts = 24;
    private const int Deletions = 12;

    public static TheoryData<int> Groups()
    {
        var data = new TheoryData<int>();
        for (var i = 0; i < PackageGroups().Length; i++)
        {
            data.Add(i);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Groups))]
    public async Task Sink_cases_cut_or_with_a_token_deleted_throw_in_no_analyzer(int group)
    {
        var packages = PackageGroups()[group];
        var source = GroupSource(SinkRowCases.All.Where(c => c.Packages == packages).Select(c => SinkHarness.Parse(c.Markup).Source).ToArray());
        var references = await SdkPackages.ReferencesAsync(packages);
        var tokens = CSharpSyntaxTree.ParseText(source).GetRoot().DescendantTokens().ToArray();
        var random = new Random(group);
        var variants = Enumerable.Range(1, Cuts).Select(i => source[..(int)((long)source.Length * i / (Cuts + 1))])
            .Concat(Enumerable.Range(0, Deletions).Select(_ => tokens[random.Next(tokens.Length)]).Select(token => source.Remove(token.SpanStart, token.Span.Length)));

        var failures = variants.SelectMany(variant => AnalyzerRun.Failures(Compile(variant, references))).ToArray();

        Assert.Empty(failures);
    }

    [Theory]
    [InlineData(5, 2)]
    [InlineData(300, 0)]
    public async Task Values_are_looked_through_a_bounded_number_of_operands(int depth, int reported)
    {
        var coalesce = new StringBuilder("Environment.GetEnvironmentVariable(\"K0\")");
        var conditional = new StringBuilder("\"deep-fallback-key\"");
        for (var i = 1; i < depth; i++)
        {
            coalesce.Append(" ?? Environment.GetEnvironmentVariable(\"K").Append(i).Append("\")");
            conditional.Insert(0, "(Environment.ProcessorCount == " + i + " ? Environment.GetEnvironmentVariable(\"K\")! : ").Append(')');
        }

        var source = "using System; using Stripe; class C { void Run() { _ = new StripeClient(" + coalesce + " ?? \"deep-fallback-key\"); _ = new StripeClient(" + conditional + "); } }";
        var diagnostics = await SinkHarness.AnalyzeAsync(source, SdkPackages.Stripe);

        // A fallback a few operands down is found; past the 32 operands a value is looked through for, nothing is
        // claimed, in time linear in the operands read.
        Assert.Equal(Enumerable.Repeat("SECA002", reported), diagnostics.Select(d => d.Id));
    }

    /// <summary>One compiling file with every case of a group: the first case whole, the others' classes renamed into it.</summary>
    private static string GroupSource(string[] cases)
    {
        var classes = cases.Skip(1).Select((text, i) =>
        {
            var start = text.IndexOf("class Case", StringComparison.Ordinal);
            var end = text.IndexOf("\n}", start, StringComparison.Ordinal) + 2;
            return text[start..end].Replace("class Case", "class Case" + (i + 1), StringComparison.Ordinal);
        });
        return cases[0] + "\n" + string.Join("\n", classes);
    }

    private static PackageIdentity[][] PackageGroups() => SinkRowCases.All.Select(c => c.Packages).Distinct().ToArray();

    private static Compilation Compile(string source, IEnumerable<MetadataReference> references) =>
        CSharpCompilation.Create(
            "Typing",
            new[] { CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest)) },
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
}
