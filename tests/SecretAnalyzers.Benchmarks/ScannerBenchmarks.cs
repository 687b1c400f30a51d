using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using SecretAnalyzers.Detection;

namespace SecretAnalyzers.Benchmarks;

/// <summary>The detection engine alone: time linear in literal length, nothing allocated for text without a secret.</summary>
[MemoryDiagnoser]
public class ScannerBenchmarks
{
    private string text = "";
    private List<string> cleanLiterals = new();

    [Params(1024, 1024 * 1024, 10 * 1024 * 1024)]
    public int Size { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        text = Corpus.LargeText(Size);
        cleanLiterals = Corpus.MixedLiterals(100_000).FindAll(l => !SecretScanner.TryFind(l, 0, out _));
    }

    /// <summary>One literal of <see cref="Size"/> characters, scanned to the end as the analyzer does (context-dependent candidates included).</summary>
    [Benchmark]
    public int ScanLargeLiteral()
    {
        var found = 0;
        var position = 0;
        while (SecretScanner.TryFind(text, position, out var match))
        {
            found++;
            position = match.End;
        }

        return found;
    }

    /// <summary>The name check's first gate (no whitespace, a letter and a digit or symbol) on every literal of corpus (a).</summary>
    [Benchmark]
    public int NameGateCorpusLiterals()
    {
        var passed = 0;
        foreach (var literal in cleanLiterals)
        {
            if (NamedLiterals.MayBeCredential(literal))
            {
                passed++;
            }
        }

        return passed;
    }

    /// <summary>The search for <c>key=value</c> pairs whose key names a credential, on every literal of corpus (a).</summary>
    [Benchmark]
    public int EmbeddedPairsCorpusLiterals()
    {
        var found = 0;
        foreach (var literal in cleanLiterals)
        {
            if (EmbeddedPairs.TryFind(literal, 0, out _))
            {
                found++;
            }
        }

        return found;
    }

    /// <summary>Every secret-free literal of corpus (a), about 100,000 of them: allocated bytes must be 0.</summary>
    [Benchmark]
    public int ScanCorpusLiterals()
    {
        var found = 0;
        foreach (var literal in cleanLiterals)
        {
            if (literal.Length >= SecretScanner.MinimumLength && SecretScanner.TryFind(literal, 0, out _))
            {
                found++;
            }
        }

        return found;
    }
}
