using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SecretAnalyzers;

/// <summary>
/// How many secrets are reported one by one. A generated literal or data file can hold thousands of tokens; listing each
/// would flood the error list and the build log and cost seconds of diagnostics nobody reads. Past a limit, the rest are
/// counted and reported in one summary diagnostic of the same rule, at the literal or the file.
/// </summary>
internal static class ReportLimits
{
    /// <summary>Diagnostics for one string literal, concatenation or configuration value.</summary>
    public const int PerLiteral = 10;

    /// <summary>Diagnostics for one file, literal summaries included.</summary>
    public const int PerFile = 100;
}

/// <summary>
/// The findings of one literal (or one concatenation, or one configuration value) as they are reported: the first
/// <see cref="ReportLimits.PerLiteral"/> go through, if their file has room; the rest are counted for the summary.
/// </summary>
internal struct ReportBudget
{
    private readonly Compilation? compilation;
    private FileTally? file;
    private int reported;
    private int unreportedSecrets;
    private int unreportedTestKeys;

    /// <summary>A budget whose file tally is looked up, when first needed, among the compilation's.</summary>
    public ReportBudget(Compilation compilation)
        : this(compilation, file: null)
    {
    }

    /// <summary>A budget under a file tally the caller holds (a configuration file, analyzed in one callback).</summary>
    public ReportBudget(FileTally file)
        : this(compilation: null, file)
    {
    }

    private ReportBudget(Compilation? compilation, FileTally? file)
    {
        this.compilation = compilation;
        this.file = file;
        reported = 0;
        unreportedSecrets = 0;
        unreportedTestKeys = 0;
    }

    /// <summary>Whether findings went past the literal's limit, so that a summary is due.</summary>
    public readonly bool HasUnreported => unreportedSecrets > 0 || unreportedTestKeys > 0;

    /// <summary>
    /// Whether a finding that passed every filter is reported; otherwise it is counted. <paramref name="offset"/> tells
    /// the findings of one literal apart, so that analyzing the literal again counts nothing twice.
    /// </summary>
    public bool Admit(Location container, int offset, DiagnosticDescriptor descriptor)
    {
        var isTestKey = descriptor.Id == DiagnosticIds.TestModeKey;
        if (reported >= ReportLimits.PerLiteral)
        {
            if (isTestKey)
            {
                unreportedTestKeys++;
            }
            else
            {
                unreportedSecrets++;
            }

            return false;
        }

        if (Tally(container) is { } tally && !tally.Admit(container, offset, isTestKey, count: 1))
        {
            return false;
        }

        reported++;
        return true;
    }

    /// <summary>
    /// After the literal's last finding: one summary per rule whose findings went unreported, if its file has room
    /// for it. <paramref name="secretSummary"/> is the rule's summary (SECA001 or SECA007); <paramref name="where"/>
    /// names the unit in its message ("string", "value").
    /// </summary>
    public void ReportSummaries(Location container, DiagnosticDescriptor secretSummary, string where, System.Action<Diagnostic> report)
    {
        if (unreportedSecrets > 0 && (Tally(container) is not { } secretTally || secretTally.Admit(container, -1, isTestKey: false, unreportedSecrets)))
        {
            report(Diagnostic.Create(secretSummary, container, unreportedSecrets, ReportLimits.PerLiteral, where));
        }

        if (unreportedTestKeys > 0 && (Tally(container) is not { } keyTally || keyTally.Admit(container, -2, isTestKey: true, unreportedTestKeys)))
        {
            report(Diagnostic.Create(Descriptors.TestModeKeysNotListed, container, unreportedTestKeys, ReportLimits.PerLiteral, where));
        }
    }

    private FileTally? Tally(Location container) =>
        file ??= compilation is not null && container.SourceTree is { } tree ? FileTallies.Of(compilation).For(tree) : null;
}

/// <summary>
/// One file's findings: which were reported and how many more were found. Safe across threads, and idempotent: the
/// same finding met again (the IDE analyzes a document more than once in one compilation) gets the same answer.
/// </summary>
internal sealed class FileTally
{
    private readonly object gate = new();
    private readonly Dictionary<(int Start, int Offset), bool> admitted = new();
    private int reported;

    /// <summary>Where the first finding that went unreported stands, for the summary.</summary>
    private Location? firstUnreported;

    private int UnreportedSecrets { get; set; }

    private int UnreportedTestKeys { get; set; }

    /// <summary>For a file analyzed in one callback: its summaries, at the first finding that went unreported.</summary>
    public void ReportSummaries(DiagnosticDescriptor secretSummary, DiagnosticDescriptor testKeySummary, System.Action<Diagnostic> report)
    {
        if (firstUnreported is null)
        {
            return;
        }

        if (UnreportedSecrets > 0)
        {
            report(Diagnostic.Create(secretSummary, firstUnreported, UnreportedSecrets, ReportLimits.PerFile, "file"));
        }

        if (UnreportedTestKeys > 0)
        {
            report(Diagnostic.Create(testKeySummary, firstUnreported, UnreportedTestKeys, ReportLimits.PerFile, "file"));
        }
    }

    /// <summary>
    /// Whether one more diagnostic fits in the file; when it does not, its <paramref name="count"/> findings are counted.
    /// </summary>
    public bool Admit(Location container, int offset, bool isTestKey, int count)
    {
        var key = (container.SourceSpan.Start, offset);
        lock (gate)
        {
            if (admitted.TryGetValue(key, out var wasAdmitted))
            {
                return wasAdmitted;
            }

            var fits = reported < ReportLimits.PerFile;
            admitted[key] = fits;
            if (fits)
            {
                reported++;
                return true;
            }

            if (isTestKey)
            {
                UnreportedTestKeys += count;
            }
            else
            {
                UnreportedSecrets += count;
            }

            if (firstUnreported is null || container.SourceSpan.Start < firstUnreported.SourceSpan.Start)
            {
                firstUnreported = container;
            }

            return false;
        }
    }
}

/// <summary>The file tallies of one compilation's C# files, and their summaries at its end.</summary>
internal sealed class FileTallies
{
    // Looked up only for a finding: the literal callbacks stay free of per-compilation state.
    private static readonly ConditionalWeakTable<Compilation, FileTallies> ByCompilation = new();

    private readonly ConcurrentDictionary<SyntaxTree, FileTally> byTree = new();

    public static FileTallies Of(Compilation compilation) => ByCompilation.GetValue(compilation, _ => new FileTallies());

    public FileTally For(SyntaxTree tree) => byTree.GetOrAdd(tree, _ => new FileTally());

    /// <summary>At the compilation's end: one summary per file and rule whose findings went past the file's limit.</summary>
    public static void ReportSummaries(CompilationAnalysisContext context)
    {
        if (!ByCompilation.TryGetValue(context.Compilation, out var tallies))
        {
            return;
        }

        foreach (var pair in tallies.byTree)
        {
            pair.Value.ReportSummaries(Descriptors.SecretsNotListedInFile, Descriptors.TestModeKeysNotListedInFile, context.ReportDiagnostic);
        }
    }
}
