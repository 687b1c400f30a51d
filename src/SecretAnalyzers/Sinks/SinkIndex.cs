using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace SecretAnalyzers.Sinks;

/// <summary>
/// The rows of <see cref="SinkTable"/> whose types one compilation references, keyed by type symbol. Built once per
/// compilation and shared by the sink rules and by SECA001 (which stays silent where a sink rule reports).
/// </summary>
internal sealed class SinkIndex
{
    private static readonly ConditionalWeakTable<Compilation, SinkIndex> Cache = new();

    private readonly Dictionary<INamedTypeSymbol, Sink[]> byType;

    /// <summary>Rows that hold for a type and every type deriving from it, by that type (AWS service clients and credentials).</summary>
    private readonly List<KeyValuePair<INamedTypeSymbol, Sink[]>> byBaseType;

    /// <summary>Rows of derived types, found once per type by walking its base types.</summary>
    private readonly ConcurrentDictionary<INamedTypeSymbol, Sink[]>? derivedCache;

    private readonly Func<INamedTypeSymbol, Sink[]> findDerived;

    private readonly bool[] rules = new bool[3];

    private SinkIndex(Compilation compilation)
    {
        byType = new Dictionary<INamedTypeSymbol, Sink[]>(SymbolEqualityComparer.Default);
        byBaseType = new List<KeyValuePair<INamedTypeSymbol, Sink[]>>();
        var rows = new Dictionary<INamedTypeSymbol, List<Sink>>(SymbolEqualityComparer.Default);
        foreach (var sink in SinkTable.All)
        {
            // Every definition, not the unique one: an extension class or a shim may define a name twice, and a call
            // binds to one of them either way.
            foreach (var type in compilation.GetTypesByMetadataName(sink.Type))
            {
                if (!rows.TryGetValue(type, out var list))
                {
                    rows.Add(type, list = new List<Sink>());
                }

                list.Add(sink);
                rules[(int)sink.Rule] = true;
            }
        }

        foreach (var entry in rows)
        {
            var direct = entry.Value.FindAll(sink => !sink.Has(SinkFlags.Derived));
            var derived = entry.Value.FindAll(sink => sink.Has(SinkFlags.Derived));
            if (direct.Count > 0)
            {
                byType.Add(entry.Key, direct.ToArray());
            }

            if (derived.Count > 0)
            {
                byBaseType.Add(new KeyValuePair<INamedTypeSymbol, Sink[]>(entry.Key, derived.ToArray()));
            }
        }

        findDerived = FindDerived;
        if (byBaseType.Count > 0)
        {
            derivedCache = new ConcurrentDictionary<INamedTypeSymbol, Sink[]>(SymbolEqualityComparer.Default);
        }
    }

    public static SinkIndex For(Compilation compilation) => Cache.GetValue(compilation, static c => new SinkIndex(c));

    /// <summary>Whether any type of <paramref name="rule"/> is referenced: if not, the rule registers nothing.</summary>
    public bool HasRule(SinkRule rule) => rules[(int)rule];

    public bool IsEmpty => byType.Count == 0 && byBaseType.Count == 0;

    /// <summary>
    /// The rows of the type that declares a member; empty for almost every type, found with one lookup. Rows of a
    /// base type hold only for constructors (a client's constructor is its own, never its base's): others skip that walk.
    /// </summary>
    public Sink[] RowsOf(INamedTypeSymbol? type, bool constructor = false)
    {
        if (type is null)
        {
            return Array.Empty<Sink>();
        }

        type = type.OriginalDefinition;
        if (byType.TryGetValue(type, out var rows))
        {
            return rows;
        }

        return derivedCache is null || !constructor || type.TypeKind != TypeKind.Class ? Array.Empty<Sink>() : derivedCache.GetOrAdd(type, findDerived);
    }

    private Sink[] FindDerived(INamedTypeSymbol type)
    {
        for (INamedTypeSymbol? current = type; current is not null; current = current.BaseType)
        {
            foreach (var entry in byBaseType)
            {
                if (SymbolEqualityComparer.Default.Equals(entry.Key, current.OriginalDefinition))
                {
                    return entry.Value;
                }
            }
        }

        return Array.Empty<Sink>();
    }
}
