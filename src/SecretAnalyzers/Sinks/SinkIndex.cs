using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
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

    /// <summary>The rows' types by namespace: one tree for every compilation.</summary>
    private static readonly NamespaceNode RowTypes = NamespaceNode.Of(SinkTable.All);

    /// <summary>The rows' types each referenced assembly declares, kept while its symbol lives.</summary>
    private static readonly ConditionalWeakTable<IAssemblySymbol, KeyValuePair<INamedTypeSymbol, Sink[]>[]> ByAssembly = new();

    private readonly bool[] rules = new bool[3];

    private SinkIndex(Compilation compilation, CancellationToken cancellationToken)
    {
        byType = new Dictionary<INamedTypeSymbol, Sink[]>(SymbolEqualityComparer.Default);
        byBaseType = new List<KeyValuePair<INamedTypeSymbol, Sink[]>>();
        // Every definition, not the unique one: an extension class or a shim may define a name twice, and a call binds
        // to one of them either way. So every assembly is asked, the compilation's own and each it references.
        // A referenced assembly's answer is kept with it: the IDE makes a compilation per edit but keeps the symbols
        // of unchanged references, so only the compilation's own source is searched again. (Asking first whether the
        // source declares a row's type name at all cost more than the walk: the compiler builds its set of type names
        // for that, about 7 ms on corpus (a) where SECA001 builds the index.)
        Add(RowTypes.Find(compilation.Assembly.GlobalNamespace));
        foreach (var assembly in compilation.SourceModule.ReferencedAssemblySymbols)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Add(ByAssembly.GetValue(assembly, static a => RowTypes.Find(a.GlobalNamespace)));
        }
    }

    /// <summary>Each type's rows go where the rules look them up: by the type itself, or by a base type.</summary>
    private void Add(KeyValuePair<INamedTypeSymbol, Sink[]>[] found)
    {
        foreach (var entry in found)
        {
            foreach (var sink in entry.Value)
            {
                rules[(int)sink.Rule] = true;
                if (sink.Has(SinkFlags.Derived))
                {
                    AddTo(byBaseType, entry.Key, sink);
                }
                else
                {
                    byType[entry.Key] = byType.TryGetValue(entry.Key, out var rows) ? Append(rows, sink) : new[] { sink };
                }
            }
        }
    }

    private static void AddTo(List<KeyValuePair<INamedTypeSymbol, Sink[]>> list, INamedTypeSymbol type, Sink sink)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (SymbolEqualityComparer.Default.Equals(list[i].Key, type))
            {
                list[i] = new KeyValuePair<INamedTypeSymbol, Sink[]>(type, Append(list[i].Value, sink));
                return;
            }
        }

        list.Add(new KeyValuePair<INamedTypeSymbol, Sink[]>(type, new[] { sink }));
    }

    /// <summary>A type's rows with one more, in the table's order.</summary>
    private static Sink[] Append(Sink[] rows, Sink sink)
    {
        var longer = new Sink[rows.Length + 1];
        rows.CopyTo(longer, 0);
        longer[rows.Length] = sink;
        return longer;
    }

    /// <summary>The compilation's index, built the first time it is asked for (<see cref="WeakCache"/>).</summary>
    public static SinkIndex For(Compilation compilation, CancellationToken cancellationToken) =>
        WeakCache.GetOrBuild(Cache, compilation, static (c, token) => new SinkIndex(c, token), cancellationToken);

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

        return byBaseType.Count == 0 || !constructor || type.TypeKind != TypeKind.Class ? Array.Empty<Sink>() : FindDerived(type);
    }

    /// <summary>
    /// The rows of a base type, by walking up from the type: a few steps, cheaper than a shared cache of every type
    /// created, whose adds and locks cost most of the sink rules' time on real libraries (measured on Twilio's).
    /// </summary>
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

    /// <summary>
    /// One namespace of the rows' types, with the rows of each type it declares and the namespaces below it. An
    /// assembly is searched by walking down only the namespaces it has: a few lookups for an assembly that holds no
    /// SDK, where asking for each row's full name would split that name again for every referenced assembly (about
    /// 30 ms for a compilation with 300 references).
    /// </summary>
    private sealed class NamespaceNode
    {
        private readonly Dictionary<string, NamespaceNode> children = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Sink[]> types = new(StringComparer.Ordinal);

        public static NamespaceNode Of(IEnumerable<Sink> sinks)
        {
            var root = new NamespaceNode();
            foreach (var sink in sinks)
            {
                var node = root;
                var start = 0;
                for (var dot = sink.Type.IndexOf('.'); dot >= 0; start = dot + 1, dot = sink.Type.IndexOf('.', start))
                {
                    var segment = sink.Type.Substring(start, dot - start);
                    if (!node.children.TryGetValue(segment, out var child))
                    {
                        node.children.Add(segment, child = new NamespaceNode());
                    }

                    node = child;
                }

                // Each type's rows in the table's order, as the rules read them.
                var name = sink.Type.Substring(start);
                node.types[name] = node.types.TryGetValue(name, out var rows) ? Append(rows, sink) : new[] { sink };
            }

            return root;
        }

        /// <summary>The types of this tree that <paramref name="root"/>'s assembly declares, each with its rows.</summary>
        public KeyValuePair<INamedTypeSymbol, Sink[]>[] Find(INamespaceSymbol root)
        {
            List<KeyValuePair<INamedTypeSymbol, Sink[]>>? found = null;

            // The tree is this table's, a handful of levels deep: a stack, not recursion, all the same.
            var pending = new Stack<(NamespaceNode Node, INamespaceSymbol Namespace)>();
            pending.Push((this, root));
            while (pending.Count > 0)
            {
                var (node, symbol) = pending.Pop();
                foreach (var child in node.children)
                {
                    foreach (var member in symbol.GetMembers(child.Key))
                    {
                        if (member is INamespaceSymbol nested)
                        {
                            pending.Push((child.Value, nested));
                        }
                    }
                }

                foreach (var entry in node.types)
                {
                    foreach (var type in symbol.GetTypeMembers(entry.Key, 0))
                    {
                        (found ??= new List<KeyValuePair<INamedTypeSymbol, Sink[]>>()).Add(new KeyValuePair<INamedTypeSymbol, Sink[]>(type, entry.Value));
                    }
                }
            }

            return found?.ToArray() ?? Array.Empty<KeyValuePair<INamedTypeSymbol, Sink[]>>();
        }
    }
}
