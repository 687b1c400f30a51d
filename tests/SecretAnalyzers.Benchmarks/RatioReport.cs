using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using System.Runtime;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SecretAnalyzers.Benchmarks;

/// <summary>
/// Roslyn's own analyzer timing (<c>logAnalyzerExecutionTime</c>), the figure `-p:ReportAnalyzer=true` prints:
/// each rule set's execution time as a ratio to the floor's on the same compilation, the best of several interleaved
/// runs (the least disturbed by whatever else the machine does), and the literal rule's share of compiling the whole
/// corpus.
/// </summary>
public static class RatioReport
{
    /// <summary>Runs thrown away first, so that tiered JIT has promoted the hot methods before anything is timed.</summary>
    private const int WarmUpRuns = 4;

    /// <summary>Bytes a timed run may allocate without a garbage collection.</summary>
    private const long NoCollectionBudget = 1536L << 20;

    /// <summary>Whether any timed run had a collection after all; the report says so.</summary>
    private static bool collectedDuringRun;

    private static readonly CompilationWithAnalyzersOptions TimedOptions =
        new(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: true);

    public static void Run(int literalCount, int runs)
    {
        var compilation = Corpus.MixedCompilation(literalCount);
        var clean = Corpus.MixedCompilation(literalCount, secrets: false);
        var findings = compilation.WithAnalyzers(AnalyzerBenchmarks.Analyzers(RuleSet.LiteralRule)).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult().Length;
        Console.WriteLine($"corpus (a): {literalCount:N0} literals in {compilation.SyntaxTrees.Count()} files, {findings} of them secrets; best of {runs} interleaved runs of Roslyn's analyzer execution time");

        // The same project without its secrets tells the cost of scanning from the cost of reporting.
        var ruleSets = new[] { RuleSet.Floor, RuleSet.LengthFloor, RuleSet.ReadFloor, RuleSet.LiteralRule, RuleSet.AllAnalyzers };
        var entries = ruleSets.Select(rules => (rules, (Compilation)compilation))
            .Concat(new[] { (RuleSet.Floor, (Compilation)clean), (RuleSet.LiteralRule, (Compilation)clean) })
            .ToArray();
        var times = BestInterleaved(entries, runs);

        var floor = times[0].TotalMilliseconds;
        var readFloor = times[Array.IndexOf(ruleSets, RuleSet.ReadFloor)].TotalMilliseconds;
        for (var i = 0; i < ruleSets.Length; i++)
        {
            var time = times[i].TotalMilliseconds;
            Console.WriteLine($"  {ruleSets[i],-13} {time,9:F1} ms   {time / floor,5:F2}x floor   {time / readFloor,5:F2}x read floor");
        }

        var cleanFloor = times[ruleSets.Length].TotalMilliseconds;
        var cleanRule = times[ruleSets.Length + 1].TotalMilliseconds;
        Console.WriteLine($"  without its secrets: floor {cleanFloor:F1} ms, literal rule {cleanRule:F1} ms = {cleanRule / cleanFloor:F2}x floor");

        var extraBytes = LeastAllocatedBytes(RuleSet.LiteralRule, clean) - LeastAllocatedBytes(RuleSet.Floor, clean);
        Console.WriteLine($"  allocated beyond the floor without secrets, whole process: {extraBytes:N0} bytes in all, {(double)extraBytes / literalCount:F2} bytes per literal");
        var counted = CallbackAllocations(clean);
        Console.WriteLine($"  allocated inside the literal rule's callbacks without secrets: {counted.AllocatedBytes:N0} bytes in {counted.Callbacks:N0} callbacks");

        var rule = times[Array.IndexOf(ruleSets, RuleSet.LiteralRule)];
        var compile = BestCompile(compilation, runs);
        Console.WriteLine($"  full compilation (bind + emit) {compile.TotalMilliseconds:F0} ms; literal rule = {100 * rule.TotalMilliseconds / compile.TotalMilliseconds:F2} % of it");

        foreach (var size in new[] { 1 << 20, 10 << 20 })
        {
            var large = Corpus.LargeLiteralCompilation(size);
            var largeTimes = BestInterleaved(new[] { (RuleSet.LiteralRule, (Compilation)large), (RuleSet.Floor, (Compilation)large) }, runs);
            Console.WriteLine($"  one {size >> 20} MiB literal: literal rule {largeTimes[0].TotalMilliseconds:F1} ms ({largeTimes[0].TotalMilliseconds / (size >> 20):F1} ms/MiB), floor {largeTimes[1].TotalMilliseconds:F2} ms");
        }

        if (collectedDuringRun)
        {
            Console.WriteLine("  (a timed run had a garbage collection after all: its figure may carry the pause)");
        }
    }

    /// <summary>Where the literal rule's cost above the length floor goes: each part of it alone, on corpus (a).</summary>
    public static void Phases(int literalCount, int runs, RuleSet[]? only = null)
    {
        var compilation = Corpus.MixedCompilation(literalCount);
        var ruleSets = only is { Length: > 0 }
            ? new[] { RuleSet.Floor, RuleSet.LengthFloor }.Concat(only).ToArray()
            : new[] { RuleSet.Floor, RuleSet.LengthFloor, RuleSet.LiteralRule, RuleSet.PlacementPhase, RuleSet.LiteralScanPhase, RuleSet.LiteralNamesPhase, RuleSet.NameLookupPhase, RuleSet.CompositeGatePhase, RuleSet.CompositeFlattenPhase, RuleSet.CompositesPhase };
        var times = BestInterleaved(ruleSets.Select(rules => (rules, (Compilation)compilation)).ToArray(), runs);
        var floor = times[0].TotalMilliseconds;
        var lengthFloor = times[1].TotalMilliseconds;
        Console.WriteLine($"corpus (a), {literalCount:N0} literals: each part of the literal rule alone, best of {runs} interleaved runs");
        for (var i = 0; i < ruleSets.Length; i++)
        {
            var time = times[i].TotalMilliseconds;
            Console.WriteLine($"  {ruleSets[i],-22} {time,9:F1} ms   {time / lengthFloor,5:F2}x length floor   {time - floor,7:F1} ms above the floor");
        }

        TextWork.Report(literalCount, rounds: 15, lengthFloor);
    }

    /// <summary>
    /// Times each rule set on its compilation in turn, round after round, so that a disturbed stretch of time falls on all
    /// of them alike; the best round of each.
    /// </summary>
    public static TimeSpan[] BestInterleaved((RuleSet Rules, Compilation Compilation)[] entries, int runs)
    {
        var best = Enumerable.Repeat(TimeSpan.MaxValue, entries.Length).ToArray();
        for (var round = 0; round < runs + WarmUpRuns; round++)
        {
            for (var i = 0; i < entries.Length; i++)
            {
                var time = ExecutionTime(entries[i].Rules, entries[i].Compilation);
                if (round >= WarmUpRuns && time < best[i])
                {
                    best[i] = time;
                }
            }
        }

        return best;
    }

    /// <summary>The rule set's execution time on the compilation, in one run without garbage collections where the runtime allows.</summary>
    public static TimeSpan ExecutionTime(RuleSet rules, Compilation compilation)
    {
        // A collection during the run is charged to whichever callback it interrupts. The driver allocates alike in
        // every run, so one may interrupt the same entry in every round, where the best of the rounds cannot filter it
        // out: one and the same analyzer measured 31 ms in one entry and 44 ms in another. So the run gets a region
        // without collections; the driver allocates about 400 MB in one on corpus (a).
        var analyzers = AnalyzerBenchmarks.Analyzers(rules);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var collections = GC.CollectionCount(0);
        var noCollections = TryStartNoCollections();
        var withAnalyzers = compilation.WithAnalyzers(analyzers, TimedOptions);
        withAnalyzers.GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        if (GCSettings.LatencyMode == GCLatencyMode.NoGCRegion)
        {
            GC.EndNoGCRegion();
        }

        if (!noCollections || GC.CollectionCount(0) > collections + 1)
        {
            // TryStartNoGCRegion collects once itself; more means the budget ran out and the figure may carry a pause.
            collectedDuringRun = true;
        }

        var total = TimeSpan.Zero;
        foreach (var analyzer in analyzers)
        {
            total += withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, default).GetAwaiter().GetResult().ExecutionTime;
        }

        return total;
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

    private static bool TryStartNoCollections()
    {
        try
        {
            return GC.TryStartNoGCRegion(NoCollectionBudget);
        }
        catch (ArgumentOutOfRangeException)
        {
            // More than this runtime's configuration allows a region to hold: the run goes with collections.
            return false;
        }
    }

    /// <summary>The literal rule counted by <see cref="AllocationCountingAnalyzer"/>, in a second run: the first pays for static tables and fills the shared piece lists.</summary>
    public static AllocationCountingAnalyzer CallbackAllocations(Compilation compilation)
    {
        // The first run warms up; of the next three, the one with the fewest bytes: a run on a loaded machine can see the
        // runtime allocate inside a callback on its own account (tiered compilation), a few kilobytes once, never per literal.
        var fewest = default(AllocationCountingAnalyzer);
        for (var i = 0; i < 4; i++)
        {
            var counted = new AllocationCountingAnalyzer(new HardCodedSecretAnalyzer());
            compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(counted), TimedOptions).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
            if (i > 0 && (fewest is null || counted.AllocatedBytes < fewest.AllocatedBytes))
            {
                fewest = counted;
            }
        }

        return fewest!;
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
