using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using SecretAnalyzers.Detection;

namespace SecretAnalyzers;

/// <summary>
/// Where a finding stands: the location to report, the node whose surroundings decide a context-dependent
/// candidate, and the semantic model for it. A finding in a configuration file has no node but the key path it sits
/// under; its analyzer settles context-dependent candidates before it gets here.
/// </summary>
internal readonly struct FindingSite
{
    public FindingSite(Location location, SyntaxNode? contextNode, SemanticModel? semanticModel, string? name = null)
        : this(location, locationNode: null, contextNode, semanticModel, name)
    {
    }

    /// <summary>
    /// A finding in C# whose value runs from character <paramref name="startInFirst"/> of <paramref name="firstPiece"/>'s
    /// value to character <paramref name="endInLast"/> of <paramref name="lastPiece"/>'s (the same piece for a secret
    /// inside one literal). It is reported on exactly those source characters; <paramref name="whole"/> is the whole
    /// literal or expression, which the summary of a literal and the per-file limit count by.
    /// </summary>
    public FindingSite(SyntaxNode whole, SyntaxNode firstPiece, int startInFirst, SyntaxNode lastPiece, int endInLast, SyntaxNode? contextNode, SemanticModel? semanticModel, string? name = null)
        : this(location: null, whole, contextNode, semanticModel, name)
    {
        FirstPiece = firstPiece;
        StartInFirst = startInFirst;
        LastPiece = lastPiece;
        EndInLast = endInLast;
    }

    private FindingSite(Location? location, SyntaxNode? locationNode, SyntaxNode? contextNode, SemanticModel? semanticModel, string? name)
    {
        fixedLocation = location;
        this.locationNode = locationNode;
        ContextNode = contextNode;
        SemanticModel = semanticModel;
        KeyPath = null;
        Name = name;
        Compilation = semanticModel?.Compilation;
        FirstPiece = LastPiece = null;
        StartInFirst = EndInLast = 0;
    }

    /// <summary>A finding in a configuration file, under <paramref name="keyPath"/> (<c>Stripe:SecretKey</c>).</summary>
    public FindingSite(Location location, string keyPath, Compilation compilation)
    {
        fixedLocation = location;
        locationNode = null;
        ContextNode = null;
        SemanticModel = null;
        KeyPath = keyPath;
        Name = null;
        Compilation = compilation;
    }

    /// <summary>Set for a finding in a configuration file: the key its value is under.</summary>
    public string? KeyPath { get; }

    /// <summary>For a value found by its name alone: the name that made it a secret (<c>DbPassword</c>), which the message quotes.</summary>
    public string? Name { get; }

    public Compilation? Compilation { get; }

    /// <summary>The whole literal or expression; made from its node only when asked, for a finding that gets that far.</summary>
    public Location Location => fixedLocation ?? locationNode!.GetLocation();

    /// <summary>The file of the finding, without making a location (a candidate whose context fails needs no more).</summary>
    public SyntaxTree? Tree => locationNode?.SyntaxTree ?? fixedLocation?.SourceTree;

    public SyntaxNode? ContextNode { get; }

    public SemanticModel? SemanticModel { get; }

    private readonly Location? fixedLocation;

    private readonly SyntaxNode? locationNode;

    private SyntaxNode? FirstPiece { get; }

    private int StartInFirst { get; }

    private SyntaxNode? LastPiece { get; }

    private int EndInLast { get; }

    /// <summary>
    /// Where the diagnostic goes: the secret's own characters when its pieces are known, through escapes and across
    /// pieces (a name piece counts whole); else <see cref="Location"/>. Computed only for a finding that is reported.
    /// </summary>
    public Location ReportedLocation()
    {
        if (FirstPiece is null || LastPiece is null)
        {
            return Location;
        }

        TextSpan span;
        if (FirstPiece == LastPiece)
        {
            span = ValueSpans.Of(FirstPiece, StartInFirst, EndInLast);
        }
        else
        {
            var start = ValueSpans.TryMap(FirstPiece, StartInFirst, StartInFirst + 1, out var first) ? first.Start : FirstPiece.SpanStart;
            var end = ValueSpans.TryMap(LastPiece, EndInLast - 1, EndInLast, out var last) ? last.End : LastPiece.Span.End;
            span = TextSpan.FromBounds(start, System.Math.Max(start, end));
        }

        return Location.Create(FirstPiece.SyntaxTree, span);
    }
}

/// <summary>
/// Everything between a scanner match and a <see cref="Diagnostic"/>, for every rule: options (read first, so that a
/// disabled provider costs nothing more), the context check, known documentation values, the allowlist, the
/// fingerprint, the descriptor, the redacted message and the properties for the code fix. No rule builds a
/// SECA diagnostic for a secret any other way.
/// </summary>
internal static class SecretReporter
{
    public const string FormatIdProperty = "FormatId";
    public const string ProviderProperty = "Provider";
    public const string FingerprintProperty = "Fingerprint";
    public const string ConfigurationKeyProperty = "ConfigurationKey";
    public const string EnvironmentVariableProperty = "EnvironmentVariable";

    /// <summary>For a value found by its name alone: that name (<c>SmtpPassword</c>, <c>DB_PASSWORD</c>), never the value.</summary>
    public const string NameProperty = "Name";

    /// <summary>Hex digits of a place fingerprint that depend on the value: enough to notice a new value, too few to confirm a guess.</summary>
    private const int ValueTagLength = 4;

    /// <summary>
    /// The diagnostic for <paramref name="match"/> in <paramref name="text"/>, or null when it is not to be reported.
    /// <paramref name="options"/> is read on the first call and kept by the caller for the rest of its callback;
    /// <paramref name="budget"/> is the literal's, which counts what goes past the reporting limits.
    /// </summary>
    public static Diagnostic? Create(
        ReadOnlySpan<char> text,
        SecretMatch match,
        in FindingSite site,
        AnalyzerOptions analyzerOptions,
        ref SecretOptions? options,
        ref ReportBudget budget,
        CancellationToken cancellationToken)
    {
        options ??= SecretOptions.For(analyzerOptions, site.Tree);
        var format = match.Format;
        if (options.Value.IsDisabled(format))
        {
            return null;
        }

        if (match.Context != ContextRequirement.None
            && (site.ContextNode is null || site.SemanticModel is null
                || !SecretContext.IsSatisfied(match.Context, site.ContextNode, site.SemanticModel, cancellationToken)))
        {
            return null;
        }

        var valueFingerprint = Fingerprint.Of(text, match);
        if (KnownExamples.Contains(valueFingerprint) || options.Value.IsAllowed(valueFingerprint))
        {
            return null;
        }

        // Where the value reaches an SDK's key parameter, the sink rule reports it and says where it goes.
        if (site.ContextNode is not null && site.SemanticModel is not null
            && Sinks.SinkAnalysis.ReportsAt(site.ContextNode, site.SemanticModel, analyzerOptions, cancellationToken))
        {
            return null;
        }

        // A password a person chose can be guessed back from a hash of it, so its printed fingerprint names its place instead.
        var fingerprint = format.IsChosenByPerson ? PlaceFingerprint(format.Id, site, text, ContextRules.KeyNameBefore(text, match.Start), match.Start, match.Length) : valueFingerprint;
        if (format.IsChosenByPerson && options.Value.IsAllowed(fingerprint))
        {
            return null;
        }

        var descriptor = format.Kind == SecretKind.TestModeKey ? Descriptors.TestModeKey
            : site.KeyPath is not null ? Descriptors.SecretInConfigurationFile
            : Descriptors.HardCodedSecret;
        var location = site.Location;
        if (Baseline.Accepts(analyzerOptions, site.Compilation, descriptor.Id, location.GetLineSpan().Path, fingerprint, cancellationToken)
            || !budget.Admit(location, match.Start, descriptor))
        {
            return null;
        }

        var properties = ImmutableDictionary.CreateRange(new[]
        {
            new KeyValuePair<string, string?>(FormatIdProperty, format.Id),
            new KeyValuePair<string, string?>(ProviderProperty, format.ProviderKey),
            new KeyValuePair<string, string?>(FingerprintProperty, fingerprint),
            new KeyValuePair<string, string?>(ConfigurationKeyProperty, site.KeyPath ?? (site.Name is null ? format.ConfigurationKey : NameAs(site.Name, configurationKey: true))),
            new KeyValuePair<string, string?>(EnvironmentVariableProperty, site.Name is null ? format.EnvironmentVariable : NameAs(site.Name, configurationKey: false)),
            new KeyValuePair<string, string?>(NameProperty, site.Name),
        });
        var what = site.Name is null ? format.DisplayName : format.DisplayName + " named '" + site.Name + "'";
        return Diagnostic.Create(descriptor, site.ReportedLocation(), properties, what, Redactor.Redact(text, match), fingerprint, site.KeyPath);
    }

    /// <summary>
    /// For a value found by its name, the key the fix reads it from: the name itself where it is one (<c>Smtp:Password</c>
    /// as a configuration key, <c>DB_PASSWORD</c> as an environment variable), else none, and the fix names it after
    /// its type and member.
    /// </summary>
    private static string? NameAs(string name, bool configurationKey)
    {
        var hasColon = false;
        foreach (var c in name)
        {
            var ok = configurationKey
                ? char.IsLetterOrDigit(c) || c == ':' || c == '_' || c == '.'
                : (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
            if (!ok)
            {
                return null;
            }

            hasColon |= c == ':';
        }

        return name.Length > 0 && char.IsLetter(name[0]) && (!configurationKey || hasColon) ? name : null;
    }

    /// <summary>
    /// The fingerprint of a chosen password by its place: 8 hex digits of what it is (<paramref name="what"/>: a format
    /// or a sink), the file name, the name that made it a secret, the names of the declarations around it (in a
    /// configuration file, its key path) and
    /// the key it is given in its text (<c>Password=</c>); then 4 hex digits of the place and the value together. The
    /// value of a password a person chose is among a dictionary's few billion guesses, and a full hash of it printed in a
    /// CI log would give it away; 16 bits cannot confirm a guess, but they change when the value does, so a new
    /// password in an accepted place is a new finding. It stays the same from build to build, machine to machine and
    /// line move to line move.
    /// </summary>
    internal static string PlaceFingerprint(string what, in FindingSite site, ReadOnlySpan<char> text, (int Start, int Length) key, int valueStart, int valueLength)
    {
        var path = site.Location.GetLineSpan().Path ?? string.Empty;
        var fileName = ConfigFiles.ConfigFileNames.FileName(path);
        var place = new StringBuilder(what).Append('|').Append(fileName).Append('|').Append(site.KeyPath).Append(site.Name);
        for (var node = site.ContextNode; node is not null; node = node.Parent)
        {
            var name = node switch
            {
                BaseTypeDeclarationSyntax type => type.Identifier.ValueText,
                MethodDeclarationSyntax method => method.Identifier.ValueText,
                PropertyDeclarationSyntax property => property.Identifier.ValueText,
                VariableDeclaratorSyntax variable => variable.Identifier.ValueText,
                ConstructorDeclarationSyntax constructor => constructor.Identifier.ValueText,
                _ => null,
            };
            if (name is not null)
            {
                place.Append(name).Append('.');
            }
        }

        place.Append('|').Append(text.Slice(key.Start, key.Length).ToString());
        var described = place.ToString();
        var valued = place.Append('|').Append(text.Slice(valueStart, valueLength).ToString()).ToString();
        return Checksums.Sha256Hex(described, 0, described.Length, Fingerprint.Length - ValueTagLength)
            + Checksums.Sha256Hex(valued, 0, valued.Length, ValueTagLength);
    }
}
