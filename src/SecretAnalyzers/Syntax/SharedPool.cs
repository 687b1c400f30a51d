using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace SecretAnalyzers;

/// <summary>
/// Reusable lists for the callbacks of the literal rule, so that analyzing a concatenation allocates nothing. A few
/// slots shared by all threads: with concurrent execution each callback in flight holds one, and an object is never
/// lost to a thread that stops analyzing, as it would be in a per-thread cache.
/// </summary>
internal sealed class SharedPool<T>
    where T : class
{
    private readonly T?[] slots = new T?[8];

    public T? TryTake()
    {
        for (var i = 0; i < slots.Length; i++)
        {
            var item = slots[i];
            if (item is not null && Interlocked.CompareExchange(ref slots[i], null, item) == item)
            {
                return item;
            }
        }

        return null;
    }

    public void Give(T item)
    {
        for (var i = 0; i < slots.Length; i++)
        {
            if (Interlocked.CompareExchange(ref slots[i], item, null) is null)
            {
                return;
            }
        }
    }
}

/// <summary>The pools of the literal rule. Everything given back is cleared first, so that no pool holds a syntax node of a tree that is gone.</summary>
internal static class Pools
{
    /// <summary>A list grown past this by one huge concatenation is let go rather than kept for ever.</summary>
    private const int LargestKept = 256;

    /// <summary>The longest joined text whose buffer is kept.</summary>
    private const int LargestKeptChars = 16 * 1024;

    private static readonly SharedPool<List<Piece>> PieceLists = new();
    private static readonly SharedPool<Stack<SyntaxNode>> NodeStacks = new();
    private static readonly SharedPool<List<PieceMatch>> MatchLists = new();
    private static readonly SharedPool<char[]> CharBuffers = new();

    public static List<Piece> RentPieces() => PieceLists.TryTake() ?? new List<Piece>();

    public static void Return(List<Piece> list)
    {
        if (list.Capacity <= LargestKept)
        {
            list.Clear();
            PieceLists.Give(list);
        }
    }

    public static Stack<SyntaxNode> RentNodes() => NodeStacks.TryTake() ?? new Stack<SyntaxNode>();

    /// <summary>Gives a stack back; <paramref name="deepest"/> is the most it held, as its capacity cannot be read.</summary>
    public static void Return(Stack<SyntaxNode> stack, int deepest)
    {
        if (deepest <= LargestKept)
        {
            stack.Clear();
            NodeStacks.Give(stack);
        }
    }

    public static List<PieceMatch> RentMatches() => MatchLists.TryTake() ?? new List<PieceMatch>();

    public static void Return(List<PieceMatch> list)
    {
        if (list.Capacity <= LargestKept)
        {
            list.Clear();
            MatchLists.Give(list);
        }
    }

    /// <summary>A buffer of at least <paramref name="length"/> characters; one that is too short is let go for a longer one.</summary>
    public static char[] RentChars(int length)
    {
        var buffer = CharBuffers.TryTake();
        if (buffer is null || buffer.Length < length)
        {
            buffer = new char[Math.Max(length, 256)];
        }

        return buffer;
    }

    /// <summary>A buffer holds no reference to a tree, so unlike the lists it needs no clearing; a huge one is let go.</summary>
    public static void Return(char[] buffer)
    {
        if (buffer.Length <= LargestKeptChars)
        {
            CharBuffers.Give(buffer);
        }
    }
}
