using System;
using System.IO;
using SecretAnalyzers.Tools;

namespace SecretAnalyzers.Tests.ConfigFiles;

/// <summary>The baseline writer: what it takes from a SARIF log, what it keeps, what it drops.</summary>
public sealed class BaselineWriterTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "secretanalyzers-writer-" + Guid.NewGuid().ToString("N"));

    public BaselineWriterTests() => Directory.CreateDirectory(Path.Combine(folder, "src"));

    private static string Result(string rule, string fingerprint, string file, bool suppressed = false) =>
        "{ \"ruleId\": \"" + rule + "\", \"message\": { \"text\": \"…\" },"
        + (suppressed ? " \"suppressions\": [ { \"kind\": \"inSource\" } ]," : "")
        + " \"locations\": [ { \"physicalLocation\": { \"artifactLocation\": { \"uri\": \"" + new Uri(file).AbsoluteUri + "\" }, \"region\": { \"startLine\": 1 } } } ],"
        + " \"properties\": { \"customProperties\": { \"Fingerprint\": \"" + fingerprint + "\" } } }";

    private string Sarif(params string[] results)
    {
        var path = Path.Combine(folder, Guid.NewGuid().ToString("N") + ".sarif");
        File.WriteAllText(path, "{ \"version\": \"2.1.0\", \"runs\": [ { \"results\": [ " + string.Join(", ", results) + " ] } ] }");
        return path;
    }

    [Fact]
    public void Secret_findings_become_entries_relative_to_the_baseline_and_others_are_left_out()
    {
        var output = Path.Combine(folder, "secrets.baseline.json");
        var log = Sarif(
            Result("SECA001", "aaaaaaaaaaaa", Path.Combine(folder, "src", "Payments.cs")),
            Result("SECA007", "bbbbbbbbbbbb", Path.Combine(folder, "appsettings.json")),
            Result("SECA001", "cccccccccccc", Path.Combine(folder, "src", "Pragma.cs"), suppressed: true),
            Result("SECA005", "dddddddddddd", Path.Combine(folder, "src", "Cors.cs")),
            Result("CS0168", "eeeeeeeeeeee", Path.Combine(folder, "src", "Other.cs")));

        var written = BaselineWriter.Write(new[] { log }, output, "backlog");

        Assert.Equal((2, 2, 0, 0), written);
        Assert.Equal(
            new[] { new Entry("bbbbbbbbbbbb", "SECA007", "appsettings.json", "backlog"), new Entry("aaaaaaaaaaaa", "SECA001", "src/Payments.cs", "backlog") },
            BaselineWriter.Read(output));
    }

    [Fact]
    public void Existing_entries_keep_their_reasons_and_stale_ones_are_dropped()
    {
        var output = Path.Combine(folder, "secrets.baseline.json");
        File.WriteAllText(output, """
            {
              // written by hand
              "entries": [
                { "fingerprint": "aaaaaaaaaaaa", "rule": "SECA001", "file": "src/Payments.cs", "reason": "SEC-1" },
                { "fingerprint": "ffffffffffff", "rule": "SECA001", "file": "src/Gone.cs", "reason": "SEC-2" },
              ]
            }
            """);
        var stale = "{ \"ruleId\": \"SECA009\", \"locations\": [], \"properties\": { \"customProperties\": { \"Fingerprint\": \"ffffffffffff\", \"Rule\": \"SECA001\", \"File\": \"src/Gone.cs\" } } }";
        var log = Sarif(Result("SECA002", "bbbbbbbbbbbb", Path.Combine(folder, "src", "Billing.cs")), stale);

        var written = BaselineWriter.Write(new[] { log }, output, "new");

        Assert.Equal((2, 1, 1, 1), written);
        Assert.Equal(
            new[] { new Entry("bbbbbbbbbbbb", "SECA002", "src/Billing.cs", "new"), new Entry("aaaaaaaaaaaa", "SECA001", "src/Payments.cs", "SEC-1") },
            BaselineWriter.Read(output));
    }

    [Fact]
    public void A_SARIF_1_log_is_refused_rather_than_read_as_empty()
    {
        var log = Path.Combine(folder, "old.sarif");
        File.WriteAllText(log, "{ \"version\": \"1.0.0\", \"runs\": [ { \"results\": [] } ] }");
        Assert.Throws<InvalidDataException>(() => BaselineWriter.Write(new[] { log }, Path.Combine(folder, "secrets.baseline.json"), "x"));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
