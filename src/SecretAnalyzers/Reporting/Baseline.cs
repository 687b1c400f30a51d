using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using SecretAnalyzers.ConfigFiles;

namespace SecretAnalyzers;

/// <summary>One accepted finding of a baseline file: its fingerprint, rule and file; never its value.</summary>
internal sealed class BaselineEntry
{
    public BaselineEntry(string fingerprint, string rule, string file, string fullPath, Location location)
    {
        Fingerprint = fingerprint;
        Rule = rule;
        File = file;
        FullPath = fullPath;
        Location = location;
    }

    public string Fingerprint { get; }

    public string Rule { get; }

    /// <summary>The file as the baseline writes it: relative to the baseline's own folder.</summary>
    public string File { get; }

    /// <summary>The file resolved against the baseline's folder, with <c>/</c> separators.</summary>
    public string FullPath { get; }

    /// <summary>The entry's place in the baseline file, where a stale entry is reported.</summary>
    public Location Location { get; }
}

/// <summary>
/// <c>secrets.baseline.json</c>: findings a team has accepted for now, so that errors can be turned on in CI today and
/// the backlog burned down; a finding not in it still fails the build. An entry matches a finding by fingerprint, rule
/// and file, never by line, so it survives edits elsewhere in the file. Each analyzer records the entries its findings
/// matched in a compilation and, at its end, reports the ones of its rules that matched nothing (SECA009), so that the
/// baseline only shrinks.
/// </summary>
internal sealed class Baseline
{
    public const string RuleProperty = "Rule";
    public const string FileProperty = "File";

    private static readonly ConditionalWeakTable<AdditionalText, Baseline> Parsed = new();
    private static readonly ConditionalWeakTable<Compilation, ConcurrentDictionary<BaselineEntry, bool>> Matched = new();

    private readonly Dictionary<string, List<BaselineEntry>> byFingerprint = new(StringComparer.OrdinalIgnoreCase);

    private Baseline(ImmutableArray<BaselineEntry> entries)
    {
        Entries = entries;
        foreach (var entry in entries)
        {
            if (!byFingerprint.TryGetValue(entry.Fingerprint, out var list))
            {
                byFingerprint[entry.Fingerprint] = list = new List<BaselineEntry>();
            }

            list.Add(entry);
        }
    }

    public ImmutableArray<BaselineEntry> Entries { get; }

    /// <summary>The baseline files among the additional files (usually one), parsed once per file version.</summary>
    public static ImmutableArray<Baseline> Of(AnalyzerOptions options, CancellationToken cancellationToken)
    {
        var baselines = ImmutableArray<Baseline>.Empty;
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in options.AdditionalFiles)
        {
            // The same file listed twice (two spellings of its path) is one baseline.
            if (file.Path is { } path && ConfigFileNames.FileName(path).Equals(ConfigFileNames.BaselineFileName, StringComparison.OrdinalIgnoreCase)
                && seen.Add(Normalize(path)))
            {
                baselines = baselines.Add(Parsed.GetValue(file, f => Parse(f, cancellationToken)));
            }
        }

        return baselines;
    }

    /// <summary>
    /// Whether a finding is accepted by a baseline; the matching entry is recorded against the compilation.
    /// <paramref name="fingerprint"/> is the one the diagnostic shows.
    /// </summary>
    public static bool Accepts(AnalyzerOptions options, Compilation? compilation, string rule, string? path, string? fingerprint, CancellationToken cancellationToken)
    {
        if (fingerprint is null || path is null || options.AdditionalFiles.IsEmpty)
        {
            return false;
        }

        var normalized = Normalize(path);
        var accepted = false;
        foreach (var baseline in Of(options, cancellationToken))
        {
            if (!baseline.byFingerprint.TryGetValue(fingerprint, out var candidates))
            {
                continue;
            }

            // Every equal entry is matched (a merge can leave two), so that none of them is reported stale.
            foreach (var entry in candidates)
            {
                if (entry.Rule.Equals(rule, StringComparison.OrdinalIgnoreCase) && entry.FullPath.Equals(normalized, StringComparison.OrdinalIgnoreCase))
                {
                    if (compilation is not null)
                    {
                        Matched.GetOrCreateValue(compilation)[entry] = true;
                    }

                    accepted = true;
                }
            }
        }

        return accepted;
    }

    /// <summary>
    /// At the end of a compilation: reports (SECA009) every entry of one of its files that <paramref name="owns"/> says
    /// belongs to the calling analyzer and that no finding of this compilation matched. Registered only where a
    /// baseline exists.
    /// </summary>
    [SuppressMessage("MicrosoftCodeAnalysisPerformance", "RS1013", Justification = "Every caller registers its own actions on the same start context.")]
    public static void RegisterStaleEntryReport(CompilationStartAnalysisContext context, Func<BaselineEntry, bool> owns)
    {
        var baselines = Of(context.Options, context.CancellationToken);
        if (baselines.IsEmpty)
        {
            return;
        }

        context.RegisterCompilationEndAction(end =>
        {
            // Only entries of this compilation's own files: a baseline shared by several projects holds the others' too.
            var files = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var tree in end.Compilation.SyntaxTrees)
            {
                end.CancellationToken.ThrowIfCancellationRequested();
                files.Add(Normalize(tree.FilePath));
            }

            foreach (var file in end.Options.AdditionalFiles)
            {
                files.Add(Normalize(file.Path));
            }

            Matched.TryGetValue(end.Compilation, out var matched);
            foreach (var baseline in baselines)
            {
                foreach (var entry in baseline.Entries)
                {
                    end.CancellationToken.ThrowIfCancellationRequested();
                    if (owns(entry) && files.Contains(entry.FullPath) && (matched is null || !matched.ContainsKey(entry)))
                    {
                        // The entry's fields travel as properties, so that the baseline writer drops it from the SARIF log.
                        var properties = ImmutableDictionary.CreateRange(new[]
                        {
                            new KeyValuePair<string, string?>(SecretReporter.FingerprintProperty, entry.Fingerprint),
                            new KeyValuePair<string, string?>(RuleProperty, entry.Rule),
                            new KeyValuePair<string, string?>(FileProperty, entry.File),
                        });
                        end.ReportDiagnostic(Diagnostic.Create(Descriptors.StaleBaselineEntry, entry.Location, properties, entry.Fingerprint, entry.Rule, entry.File));
                    }
                }
            }
        });
    }

    /// <summary>A path with <c>/</c> separators and <c>.</c> and <c>..</c> segments resolved, without touching the disk.</summary>
    internal static string Normalize(string path)
    {
        var segments = new List<string>();
        var parts = path.Replace('\\', '/').Split('/');
        for (var i = 0; i < parts.Length; i++)
        {
            var part = parts[i];
            if (part == "." || (part.Length == 0 && i > 0 && i < parts.Length - 1))
            {
                continue;
            }

            if (part == ".." && segments.Count > 0 && segments[segments.Count - 1] != "..")
            {
                segments.RemoveAt(segments.Count - 1);
                continue;
            }

            segments.Add(part);
        }

        return string.Join("/", segments);
    }

    /// <summary>
    /// Reads <c>{ "entries": [ { "fingerprint": "…", "rule": "SECA001", "file": "src/Payments.cs", "reason": "…" } ] }</c>.
    /// An entry without fingerprint, rule or file is ignored; a malformed file accepts nothing (and breaks nothing).
    /// </summary>
    private static Baseline Parse(AdditionalText file, CancellationToken cancellationToken)
    {
        var source = file.GetText(cancellationToken);
        if (source is null)
        {
            return new Baseline(ImmutableArray<BaselineEntry>.Empty);
        }

        var text = source.ToString();
        var values = new List<ConfigValue>();
        JsonValueReader.Read(text, values, cancellationToken);
        var folder = Normalize(file.Path);
        folder = folder.Substring(0, Math.Max(0, folder.LastIndexOf('/')));

        // entries:0:fingerprint, entries:0:rule, entries:0:file: the fields of one entry share everything up to the last colon.
        var fields = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        var order = new List<(string Owner, int Start)>();
        foreach (var value in values)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (value.IsKey)
            {
                continue;
            }

            var colon = value.KeyPath.LastIndexOf(':');
            if (colon < 0 || !value.KeyPath.StartsWith("entries:", StringComparison.Ordinal))
            {
                continue;
            }

            var owner = value.KeyPath.Substring(0, colon);
            if (!fields.TryGetValue(owner, out var entry))
            {
                fields[owner] = entry = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                order.Add((owner, value.Start));
            }

            entry[value.KeyPath.Substring(colon + 1)] = value.Decode(text, out _).Trim();
        }

        var entries = ImmutableArray.CreateBuilder<BaselineEntry>();
        foreach (var (owner, start) in order)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var entry = fields[owner];
            if (entry.TryGetValue("fingerprint", out var fingerprint) && entry.TryGetValue("rule", out var rule) && entry.TryGetValue("file", out var relative)
                && fingerprint.Length > 0 && rule.Length > 0 && relative.Length > 0)
            {
                var span = new TextSpan(start, 0);
                var location = Location.Create(file.Path, span, source.Lines.GetLinePositionSpan(span));
                var isRooted = relative[0] == '/' || relative[0] == '\\' || (relative.Length > 1 && relative[1] == ':');
                entries.Add(new BaselineEntry(fingerprint, rule.ToUpperInvariant(), relative, Normalize(isRooted ? relative : folder + "/" + relative), location));
            }
        }

        return new Baseline(entries.ToImmutable());
    }
}
