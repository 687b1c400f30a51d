using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SecretAnalyzers.Benchmarks;

/// <summary>
/// Roslyn's own analyzer timing (<c>logAnalyzerExecutionTime</c>), the figure `-p:ReportAnalyzer=true` prints:
/// each rule set's execution time as a ratio to the floor's on the same compilation, the best of several runs
/// (the least disturbed by whatever else the machine does), and
/// the literal rule's share of compiling the whole corpus.
/// </summary>
public static class RatioReport
{
    /// <summary>Runs thrown away first, so that tiered JIT has promoted the hot methods before anything is timed.</summary>
    private const int WarmUpRuns = 4;

    private static readonly CompilationWithAnalyzersOptions TimedOptions =
        new(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: true);

    public static void Run(int literalCount, int runs)
    {
        var compilation = Corpus.MixedCompilation(literalCount);
        var findings = compilation.WithAnalyzers(AnalyzerBenchmarks.Analyzers(RuleSet.LiteralRule)).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult().Length;
        Console.WriteLine($"corpus (a): {literalCount:N0} literals in {compilation.SyntaxTrees.Count()} files, {findings} of them secrets; best of {runs} runs of Roslyn's analyzer execution time");

        var ruleSets = new[] { RuleSet.Floor, RuleSet.ReadFloor, RuleSet.LiteralRule, RuleSet.AllAnalyzers };
        var times = new Dictionary<RuleSet, TimeSpan>();
        foreach (var rules in ruleSets)
        {
            times[rules] = Best(rules, compilation, runs);
        }

        var floor = times[RuleSet.Floor].TotalMilliseconds;
        var readFloor = times[RuleSet.ReadFloor].TotalMilliseconds;
        foreach (var rules in ruleSets)
        {
            var time = times[rules];
            Console.WriteLine($"  {rules,-13} {time.TotalMilliseconds,9:F1} ms   {time.TotalMilliseconds / floor,5:F2}x floor   {time.TotalMilliseconds / readFloor,5:F2}x read floor");
        }

        // The same project without its secrets, to tell the cost of scanning from the cost of reporting.
        var clean = Corpus.MixedCompilation(literalCount, secrets: false);
        var cleanFloor = Best(RuleSet.Floor, clean, runs);
        var cleanRule = Best(RuleSet.LiteralRule, clean, runs);
        Console.WriteLine($"  without its secrets: floor {cleanFloor.TotalMilliseconds:F1} ms, literal rule {cleanRule.TotalMilliseconds:F1} ms = {cleanRule.TotalMilliseconds / cleanFloor.TotalMilliseconds:F2}x floor");

        var extraBytes = LeastAllocatedBytes(RuleSet.LiteralRule, clean) - LeastAllocatedBytes(RuleSet.Floor, clean);
        Console.WriteLine($"  allocated beyond the floor without secrets: {extraBytes:N0} bytes in all, {(double)extraBytes / literalCount:F2} bytes per literal");

        var rule = times[RuleSet.LiteralRule];
        var compile = BestCompile(compilation, runs);
        Console.WriteLine($"  full compilation (bind + emit) {compile.TotalMilliseconds:F0} ms; literal rule = {100 * rule.TotalMilliseconds / compile.TotalMilliseconds:F2} % of it");

        foreach (var size in new[] { 1 << 20, 10 << 20 })
        {
            var large = Corpus.LargeLiteralCompilation(size);
            var literalRule = Best(RuleSet.LiteralRule, large, runs);
            var floorLarge = Best(RuleSet.Floor, large, runs);
            Console.WriteLine($"  one {size >> 20} MiB literal: literal rule {literalRule.TotalMilliseconds:F1} ms ({literalRule.TotalMilliseconds / (size >> 20):F1} ms/MiB), floor {floorLarge.TotalMilliseconds:F2} ms");
        }
    }

    private static TimeSpan Best(RuleSet rules, Compilation compilation, int runs)
    {
        var times = new List<TimeSpan>();
        for (var i = 0; i < runs + WarmUpRuns; i++)
        {
            // A collection left over from the previous run would otherwise be charged to whichever callback it interrupts.
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            var analyzers = AnalyzerBenchmarks.Analyzers(rules);
            var withAnalyzers = compilation.WithAnalyzers(analyzers, TimedOptions);
            withAnalyzers.GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
            var total = TimeSpan.Zero;
            foreach (var analyzer in analyzers)
            {
                total += withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, default).GetAwaiter().GetResult().ExecutionTime;
            }

            if (i >= WarmUpRuns)
            {
                times.Add(total);
            }
        }

        return times.Min();
    }

    /// <summary>
    /// Bytes the whole process allocates while the driver runs <paramref name="rules"/> over the compilation: the
    /// least of two runs, as the driver's own allocations vary a little.
    /// </summary>
    private static long LeastAllocatedBytes(RuleSet rules, Compilation compilation)
    {
        var least = long.MaxValue;
        for (var i = 0; i < 2; i++)
        {
            var analyzers = AnalyzerBenchmarks.Analyzers(rules);
            GC.Collect();
            var before = GC.GetTotalAllocatedBytes(precise: true);
            compilation.WithAnalyzers(analyzers, TimedOptions).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
            least = Math.Min(least, GC.GetTotalAllocatedBytes(precise: true) - before);
        }

        return least;
    }

    private static TimeSpan BestCompile(Compilation compilation, int runs)
    {
        var times = new List<TimeSpan>();
        for (var i = 0; i < runs + 1; i++)
        {
            var fresh = compilation.Clone();
            var watch = Stopwatch.StartNew();
            using var output = new System.IO.MemoryStream();
            fresh.Emit(output);
            watch.Stop();
            if (i > 0)
            {
                times.Add(watch.Elapsed);
            }
        }

        return times.Min();
    }
}
