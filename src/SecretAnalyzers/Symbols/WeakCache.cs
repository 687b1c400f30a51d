using System;
using System.Runtime.CompilerServices;
using System.Threading;

namespace SecretAnalyzers;

/// <summary>
/// Values kept with a compilation, a syntax tree or a symbol while it lives. A missing value is built outside the weak
/// table's creation callback, which could not be given the analysis's cancellation token, so that a long build stops
/// when the host cancels and a cancelled one leaves nothing behind; when two threads build at once, both get the value
/// stored first. A hit allocates nothing: the builders are static lambdas and the miss path sits apart.
/// </summary>
internal static class WeakCache
{
    public static TValue GetOrBuild<TKey, TValue>(
        ConditionalWeakTable<TKey, TValue> table,
        TKey key,
        Func<TKey, CancellationToken, TValue> build,
        CancellationToken cancellationToken)
        where TKey : class
        where TValue : class =>
        table.TryGetValue(key, out var value) ? value : Store(table, key, build(key, cancellationToken));

    private static TValue Store<TKey, TValue>(ConditionalWeakTable<TKey, TValue> table, TKey key, TValue built)
        where TKey : class
        where TValue : class =>
        table.GetValue(key, _ => built);
}
