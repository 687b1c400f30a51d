using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SecretAnalyzers.Benchmarks;

/// <summary>
/// The sink rules (SECA002–SECA004) and the CORS rules (SECA005, SECA006) on corpus (c), an app that references
/// Stripe.net, OpenAI, the AWS SDK and ASP.NET Core, against
/// the operation floor; every rule together against both floors; and the sink rules on corpus (a), which references
/// no SDK, where the Stripe and AI rules register nothing.
/// </summary>
public static class SinkReport
{
    public static void Run(int statementCount, int runs)
    {
        var compilation = SinkCorpus.Compilation(statementCount);
        var errors = compilation.GetDiagnostics().Count(d => d.Severity == DiagnosticSeverity.Error);
        foreach (var error in compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).GroupBy(d => d.Id).Select(g => g.First()))
        {
            Console.WriteLine("  compile error: " + error);
        }

        var findings = compilation.WithAnalyzers(AnalyzerBenchmarks.Analyzers(RuleSet.SinkRules)).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult().Length;
        var cors = compilation.WithAnalyzers(AnalyzerBenchmarks.Analyzers(RuleSet.CorsRules)).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult().Length;
        Console.WriteLine($"corpus (c): {statementCount:N0} statements in {compilation.SyntaxTrees.Count()} files ({errors} compile errors), {statementCount * 5 / 18:N0} SDK sink calls, {findings} hard-coded keys and {cors} open CORS policies reported; best of {runs} interleaved runs");

        var ruleSets = new[] { RuleSet.OperationFloor, RuleSet.StripeRule, RuleSet.AiRule, RuleSet.CredentialRule, RuleSet.SinkRules, RuleSet.CorsAnyOriginRule, RuleSet.CorsCredentialsRule, RuleSet.CorsRules, RuleSet.BothFloors, RuleSet.StandIns, RuleSet.AllAnalyzers };
        var times = RatioReport.BestInterleaved(ruleSets.Select(rules => (rules, (Compilation)compilation)).ToArray(), runs);
        var floor = times[0].TotalMilliseconds;
        var bothFloors = times[Array.IndexOf(ruleSets, RuleSet.BothFloors)].TotalMilliseconds;
        for (var i = 0; i < ruleSets.Length; i++)
        {
            var time = times[i].TotalMilliseconds;
            Console.WriteLine($"  {ruleSets[i],-19} {time,9:F1} ms   {time / floor,5:F2}x operation floor   {time / bothFloors,5:F2}x both floors");
        }

        var noSdk = Corpus.MixedCompilation(20_000, secrets: false);
        var noSdkTimes = RatioReport.BestInterleaved(new[] { (RuleSet.OperationFloor, (Compilation)noSdk), (RuleSet.StripeRule, (Compilation)noSdk), (RuleSet.AiRule, (Compilation)noSdk), (RuleSet.CredentialRule, (Compilation)noSdk) }, runs);
        Console.WriteLine($"  corpus (a) of 20,000 literals, no SDK referenced: operation floor {noSdkTimes[0].TotalMilliseconds:F1} ms, Stripe rule {noSdkTimes[1].TotalMilliseconds:F2} ms, AI rule {noSdkTimes[2].TotalMilliseconds:F2} ms, credential rule {noSdkTimes[3].TotalMilliseconds:F2} ms (it references no System.Net assembly either)");
    }
}
