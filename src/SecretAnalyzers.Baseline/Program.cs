using System;
using System.Collections.Generic;
using System.IO;

namespace SecretAnalyzers.Tools;

/// <summary>
/// <c>secretanalyzers-baseline [--output secrets.baseline.json] [--reason "…"] build.sarif [more.sarif …]</c>:
/// accepts every secret finding of the SARIF logs into the baseline file, keeps the entries already there (and their
/// reasons) unless a log reports them stale (SECA009), and writes fingerprints, rules and files — never a value.
/// </summary>
internal static class Program
{
    private const string Usage = "usage: secretanalyzers-baseline [--output secrets.baseline.json] [--reason \"why\"] <build.sarif> [more.sarif ...]";

    public static int Main(string[] args)
    {
        var output = "secrets.baseline.json";
        var reason = "accepted when the baseline was written";
        var logs = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--output" or "-o" when i + 1 < args.Length:
                    output = args[++i];
                    break;
                case "--reason" when i + 1 < args.Length:
                    reason = args[++i];
                    break;
                case "--help" or "-h":
                    Console.WriteLine(Usage);
                    return 0;
                default:
                    logs.Add(args[i]);
                    break;
            }
        }

        if (logs.Count == 0)
        {
            Console.Error.WriteLine(Usage);
            return 2;
        }

        try
        {
            var result = BaselineWriter.Write(logs, output, reason);
            Console.WriteLine($"{Path.GetFullPath(output)}: {result.Entries} entries ({result.Added} added, {result.Kept} kept, {result.Removed} stale removed)");
            return 0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Text.Json.JsonException or InvalidDataException or UriFormatException or ArgumentException)
        {
            Console.Error.WriteLine("secretanalyzers-baseline: " + e.Message);
            return 1;
        }
    }
}
