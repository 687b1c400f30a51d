using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Text;
using SecretAnalyzers.Detection;

namespace SecretAnalyzers.Benchmarks;

/// <summary>
/// Hunts for inputs on which the text scans stop being linear. Every unit (each row's prefix with bodies of several
/// lengths, the unprefixed run lengths, the anchors and the key-value shapes, each followed by one of a dozen
/// separators) is repeated into a 16 KiB and a 128 KiB text, and both scans the analyzer runs on a literal (the
/// scanner, from match to match, and the key-value search) are timed on each. A linear scan takes about 8x as long on
/// the larger text; a quadratic one about 64x. The slowest units per character are listed too: linear, but heavy.
/// </summary>
public static class LinearitySweep
{
    private static readonly string[] Separators = { " ", ";", "; ", "\"", "'", "=", ":", "\n", "-", "", "&", "?", "/", "\\n" };

    public static void Run()
    {
        var results = new List<(string Unit, double Small, double Large)>();
        foreach (var unit in Units().Distinct())
        {
            results.Add((unit, Time(unit, 1 << 14), Time(unit, 1 << 17)));
        }

        Console.WriteLine($"{results.Count} units, each repeated to 16 KiB and to 128 KiB; scanner and key-value search, best of 3");
        Console.WriteLine("growth from 16 to 128 KiB (8x is linear, 64x quadratic):");
        foreach (var (unit, small, large) in results.OrderByDescending(r => r.Large / Math.Max(r.Small, 0.01)).Take(12))
        {
            Console.WriteLine($"  {large / Math.Max(small, 0.01),6:F1}x  {large,8:F2} ms  {Show(unit)}");
        }

        Console.WriteLine("slowest per character at 128 KiB:");
        foreach (var (unit, _, large) in results.OrderByDescending(r => r.Large).Take(12))
        {
            Console.WriteLine($"  {large * 1e6 / (1 << 17),6:F1} ns/char  {large,8:F2} ms  {Show(unit)}");
        }
    }

    private static double Time(string unit, int size)
    {
        var builder = new StringBuilder(size + unit.Length);
        while (builder.Length < size)
        {
            builder.Append(unit);
        }

        var text = builder.ToString();
        var best = double.MaxValue;
        for (var round = 0; round < 3 && (round == 0 || best < 2000); round++)
        {
            var watch = Stopwatch.StartNew();
            for (var position = 0; SecretScanner.TryFind(text, position, out var match); position = match.End)
            {
            }

            for (var position = 0; EmbeddedPairs.TryFind(text, position, out var pair); position = pair.End)
            {
            }

            best = Math.Min(best, watch.Elapsed.TotalMilliseconds);
        }

        return best;
    }

    private static IEnumerable<string> Units()
    {
        foreach (var rule in PrefixRules.All)
        {
            var shortest = Math.Max(rule.Min, 1);
            string[] bodies = { "", "x", Body(rule.Alphabet, shortest, 1), Body(rule.Alphabet, shortest + 3, 2), Body(rule.Alphabet, rule.Max > 0 ? rule.Max : 60, 3), "=x", "= \"x", "='x", "=x;" };
            foreach (var body in bodies)
            {
                foreach (var separator in Separators)
                {
                    yield return rule.Prefix + body + separator;
                }
            }
        }

        string[] shapes =
        {
            "https://u:p@h", "://", "a://b:c@", "abcdefgh8Q~", "abcdefg7Q~", "8Q~", "password=x", "password: x", "password = \"x",
            "<add key=\"password\" value=\"x\"", "\"password\":\"x\"", "<password>x", "password>", "<", "api_key=", "Server=x;Password=y",
            "token:", "secret=\"", "eyJhbGciOiJIUzI1NiJ9.", "-----BEGIN RSA PRIVATE KEY-----", "-----END", "-----", "...", "AccountEndpoint=",
            ".openai.azure.com", "{x}", "${", "<x>", "[^", "(?",
        };
        foreach (var separator in Separators)
        {
            foreach (var length in new[] { 20, 32, 40, 43, 52, 86 })
            {
                yield return Body(CharClass.HexLower, length, length) + separator;
                yield return Body(CharClass.Base64, length, length) + separator;
                yield return Body(CharClass.Base64, length, length) + "==" + separator;
                yield return "secret=" + Body(CharClass.Base64, length, length) + separator;
                yield return "aws_secret_access_key=" + Body(CharClass.Base64, length, length) + separator;
                yield return "AccountKey=" + Body(CharClass.Base64, length, length) + "==" + separator;
            }

            foreach (var shape in shapes)
            {
                yield return shape + separator;
            }
        }
    }

    /// <summary>Random characters of an alphabet (letters and digits when the row names none); the same for a seed.</summary>
    private static string Body(CharClass alphabet, int length, int seed)
    {
        var characters = Enumerable.Range(33, 94).Select(c => (char)c)
            .Where(c => alphabet == CharClass.None ? char.IsLetterOrDigit(c) : CharClasses.Is(c, alphabet)).ToArray();
        var random = new Random(seed);
        var body = new char[length];
        for (var i = 0; i < length; i++)
        {
            body[i] = characters[random.Next(characters.Length)];
        }

        return new string(body);
    }

    private static string Show(string unit) => unit.Length > 60 ? unit.Substring(0, 57).Replace("\n", "\\n") + "..." : unit.Replace("\n", "\\n");
}
