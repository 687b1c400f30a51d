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

    public static void Run(int literalCount, int runs)
    {
        var compilation = Corpus.MixedCompilation(literalCount);
        var findings = compilation.WithAnalyzers(AnalyzerBenchmarks.Analyzers(RuleSet.LiteralRule)).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult().Length;
        Console.WriteLine($"corpus (a): {literalCount:N0} literals in {compilation.SyntaxTrees.Count()} files, {findings} of them secrets; best of {runs} runs of Roslyn's analyzer execution time");

        var floor = Best(RuleSet.Floor, compilation, runs);
        var readFloor = Best(RuleSet.ReadFloor, compilation, runs);
        foreach (var rules in new[] { RuleSet.Floor, RuleSet.ReadFloor, RuleSet.LiteralRule, RuleSet.AllAnalyzers })
        {
            var time = rules == RuleSet.Floor ? floor : rules == RuleSet.ReadFloor ? readFloor : Best(rules, compilation, runs);
            Console.WriteLine($"  {rules,-13} {time.TotalMilliseconds,9:F1} ms   {time.TotalMilliseconds / floor.TotalMilliseconds,5:F2}x floor   {time.TotalMilliseconds / readFloor.TotalMilliseconds,5:F2}x read floor");
        }

        // The same project without its secrets: what the scan costs when there is nothing to report (reporting a
        // diagnostic costs Roslyn work of its own, such as the file's #pragma map, that no floor pays).
        var clean = Corpus.MixedCompilation(literalCount, secrets: false);
        var cleanFloor = Best(RuleSet.Floor, clean, runs);
        var cleanRule = Best(RuleSet.LiteralRule, clean, runs);
        Console.WriteLine($"  without its secrets: floor {cleanFloor.TotalMilliseconds:F1} ms, literal rule {cleanRule.TotalMilliseconds:F1} ms = {cleanRule.TotalMilliseconds / cleanFloor.TotalMilliseconds:F2}x floor");

        // Allocation beyond the floor, per literal: the least of a few runs, as the driver's own allocations vary a little.
        var extraBytes = Math.Min(AllocatedBytes(RuleSet.LiteralRule, clean), AllocatedBytes(RuleSet.LiteralRule, clean)) - Math.Min(AllocatedBytes(RuleSet.Floor, clean), AllocatedBytes(RuleSet.Floor, clean));
        Console.WriteLine($"  allocated beyond the floor without secrets: {extraBytes:N0} bytes in all, {(double)extraBytes / literalCount:F2} bytes per literal");

        var rule = Best(RuleSet.LiteralRule, compilation, runs);
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
            var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: true);
            var withAnalyzers = compilation.WithAnalyzers(analyzers, options);
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

    /// <summary>Bytes the whole process allocates while the driver runs <paramref name="rules"/> over the compilation.</summary>
    private static long AllocatedBytes(RuleSet rules, Compilation compilation)
    {
        var analyzers = AnalyzerBenchmarks.Analyzers(rules);
        var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: true);
        GC.Collect();
        var before = GC.GetTotalAllocatedBytes(precise: true);
        compilation.WithAnalyzers(analyzers, options).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        return GC.GetTotalAllocatedBytes(precise: true) - before;
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
