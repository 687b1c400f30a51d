using System;
using System.Diagnostics;
using System.Linq;
using SecretAnalyzers.Detection;

namespace SecretAnalyzers.Benchmarks;

/// <summary>
/// The literal rule's work on text alone, outside the driver and without syntax: the provider scan over every value of
/// corpus (a), and the name check's value gate and its search for <c>key=value</c> pairs over the values the rule gives
/// it (those outside concatenations). What no change to the syntax side can take away: a lower bound of the rule's
/// cost above the floor.
/// </summary>
public static class TextWork
{
    /// <summary>Rounds before the timed ones: the JIT's tiers and its profile-guided second compilation settle in them.</summary>
    private const int WarmUpRounds = 10;

    public static void Report(int literalCount, int rounds, double lengthFloorMs)
    {
        var values = Corpus.MixedLiterals(literalCount).ToArray();
        var named = values.Where((_, index) => !Corpus.IsConcatenationPiece(index)).ToArray();
        var parts = new (string Name, string[] Values, Func<string[], int> Work)[]
        {
            ("provider scan", values, Scan),
            ("value gate", named, ValueGate),
            ("pair search", named, PairSearch),
        };
        var best = Enumerable.Repeat(double.MaxValue, parts.Length).ToArray();
        var found = 0;
        for (var round = 0; round < WarmUpRounds + rounds; round++)
        {
            for (var i = 0; i < parts.Length; i++)
            {
                var watch = Stopwatch.StartNew();
                found += parts[i].Work(parts[i].Values);
                var elapsed = watch.Elapsed.TotalMilliseconds;
                if (round >= WarmUpRounds)
                {
                    best[i] = Math.Min(best[i], elapsed);
                }
            }
        }

        Console.WriteLine($"text work alone on one thread, no driver and no syntax, over the values of corpus (a) the rule gives it; best of {rounds} rounds (checksum {found})");
        for (var i = 0; i < parts.Length; i++)
        {
            Console.WriteLine($"  {parts[i].Name + " (" + parts[i].Values.Length.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + ")",-22} {best[i],9:F1} ms   {best[i] / lengthFloorMs,5:F2}x length floor");
        }

        Console.WriteLine($"  {"together",-22} {best.Sum(),9:F1} ms   {best.Sum() / lengthFloorMs,5:F2}x length floor");
    }

    private static int Scan(string[] values)
    {
        var found = 0;
        foreach (var value in values)
        {
            for (var position = 0; value.Length >= SecretScanner.MinimumLength && SecretScanner.TryFind(value, position, out var match); position = match.End)
            {
                found++;
            }
        }

        return found;
    }

    private static int ValueGate(string[] values)
    {
        var found = 0;
        foreach (var value in values)
        {
            if (value.Length >= NamedValues.MinimumPasswordLength && value.Length <= NamedValues.MaximumLength && NamedLiterals.MayBeCredential(value))
            {
                found++;
            }
        }

        return found;
    }

    private static int PairSearch(string[] values)
    {
        var found = 0;
        foreach (var value in values)
        {
            if (value.Length < NamedValues.MinimumPasswordLength || value.Length > NamedValues.MaximumLength)
            {
                continue;
            }

            for (var position = 0; EmbeddedPairs.TryFind(value, position, out var pair); position = pair.End)
            {
                found++;
            }
        }

        return found;
    }
}
