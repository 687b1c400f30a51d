using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SecretAnalyzers.Tools;

/// <summary>One accepted finding: what the analyzers match a finding against, and why it is accepted.</summary>
internal sealed record Entry(string Fingerprint, string Rule, string File, string Reason);

/// <summary>Merges the secret findings of SARIF logs into a baseline file.</summary>
internal static class BaselineWriter
{
    /// <summary>The rules whose findings carry a fingerprint a baseline can accept.</summary>
    public static readonly string[] SecretRules = { "SECA001", "SECA002", "SECA003", "SECA004", "SECA007", "SECA008" };

    private const string StaleRule = "SECA009";

    public static (int Entries, int Added, int Kept, int Removed) Write(IReadOnlyList<string> sarifLogs, string output, string reason)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(output))!;
        var existing = File.Exists(output) ? Read(output) : new List<Entry>();
        var found = new List<Entry>();
        var stale = new HashSet<(string, string, string)>();
        foreach (var log in sarifLogs)
        {
            using var document = JsonDocument.Parse(File.ReadAllText(log), new JsonDocumentOptions { AllowTrailingCommas = true });
            if (String(document.RootElement, "version") != "2.1.0")
            {
                // SARIF 1.0 (ErrorLog without ",version=2.1") has no locations this reads: it would accept nothing and drop entries.
                throw new InvalidDataException(log + " is not SARIF 2.1.0: build with -p:ErrorLog=<file>%2Cversion=2.1");
            }

            foreach (var run in Items(document.RootElement, "runs"))
            {
                foreach (var result in Items(run, "results"))
                {
                    var rule = String(result, "ruleId");
                    var properties = result.TryGetProperty("properties", out var p) && p.TryGetProperty("customProperties", out var c) ? c : default;
                    if (rule == StaleRule && properties.ValueKind == JsonValueKind.Object)
                    {
                        // The stale entry's own fields, as the analyzer reports them.
                        stale.Add((String(properties, "Fingerprint") ?? "", String(properties, "Rule") ?? "", String(properties, "File") ?? ""));
                        continue;
                    }

                    if (rule is null || System.Array.IndexOf(SecretRules, rule) < 0 || IsSuppressed(result)
                        || properties.ValueKind != JsonValueKind.Object || String(properties, "Fingerprint") is not { Length: > 0 } fingerprint
                        || FileOf(result, run) is not { } path)
                    {
                        continue;
                    }

                    found.Add(new Entry(fingerprint, rule, Relative(folder, path), reason));
                }
            }
        }

        var kept = existing.Where(e => !stale.Contains((e.Fingerprint, e.Rule, e.File))).ToList();
        var merged = kept.ToList();
        var added = 0;
        foreach (var entry in found)
        {
            if (!merged.Any(e => Same(e, entry)))
            {
                merged.Add(entry);
                added++;
            }
        }

        merged = merged.OrderBy(e => e.File, StringComparer.Ordinal).ThenBy(e => e.Rule, StringComparer.Ordinal).ThenBy(e => e.Fingerprint, StringComparer.Ordinal).ToList();
        File.WriteAllText(output, Serialize(merged));
        return (merged.Count, added, kept.Count, existing.Count - kept.Count);
    }

    public static List<Entry> Read(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        return Items(document.RootElement, "entries")
            .Select(e => new Entry(String(e, "fingerprint") ?? "", String(e, "rule") ?? "", String(e, "file") ?? "", String(e, "reason") ?? ""))
            .Where(e => e.Fingerprint.Length > 0 && e.Rule.Length > 0 && e.File.Length > 0)
            .ToList();
    }

    private static bool Same(Entry a, Entry b) =>
        string.Equals(a.Fingerprint, b.Fingerprint, StringComparison.OrdinalIgnoreCase)
        && string.Equals(a.Rule, b.Rule, StringComparison.OrdinalIgnoreCase)
        && string.Equals(a.File, b.File, StringComparison.OrdinalIgnoreCase);

    private static string Serialize(List<Entry> entries)
    {
        var root = new JsonObject
        {
            ["version"] = 1,
            ["entries"] = new JsonArray(entries.Select(e => (JsonNode)new JsonObject
            {
                ["fingerprint"] = e.Fingerprint,
                ["rule"] = e.Rule,
                ["file"] = e.File,
                ["reason"] = e.Reason,
            }).ToArray()),
        };
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
    }

    private static bool IsSuppressed(JsonElement result) =>
        result.TryGetProperty("suppressions", out var suppressions) && suppressions.ValueKind == JsonValueKind.Array && suppressions.GetArrayLength() > 0;

    /// <summary>The local path of a result's first location: a <c>file://</c> URI, or one relative to a base the run declares.</summary>
    private static string? FileOf(JsonElement result, JsonElement run)
    {
        var location = Items(result, "locations").FirstOrDefault();
        if (location.ValueKind != JsonValueKind.Object
            || !location.TryGetProperty("physicalLocation", out var physical)
            || !physical.TryGetProperty("artifactLocation", out var artifact)
            || String(artifact, "uri") is not { } uri)
        {
            return null;
        }

        if (Uri.TryCreate(uri, UriKind.Absolute, out var absolute) && absolute.IsFile)
        {
            return absolute.LocalPath;
        }

        var baseUri = String(artifact, "uriBaseId") is { } baseId && run.TryGetProperty("originalUriBaseIds", out var bases) && bases.TryGetProperty(baseId, out var b)
            ? String(b, "uri")
            : null;
        return baseUri is not null && Uri.TryCreate(baseUri, UriKind.Absolute, out var root) && Uri.TryCreate(root, Uri.UnescapeDataString(uri), out var resolved) && resolved.IsFile
            ? resolved.LocalPath
            : Path.GetFullPath(Uri.UnescapeDataString(uri));
    }

    private static string Relative(string folder, string path) => Path.GetRelativePath(folder, path).Replace('\\', '/');

    private static IEnumerable<JsonElement> Items(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var array) && array.ValueKind == JsonValueKind.Array
            ? array.EnumerateArray()
            : Enumerable.Empty<JsonElement>();

    private static string? String(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
