using System.Collections.Generic;
using System.Threading;

namespace SecretAnalyzers;

/// <summary>
/// Piece lists for the concatenations being analyzed, reused so that analyzing one allocates nothing. A few slots
/// shared by all threads: with concurrent execution each callback in flight holds one, and a list is never lost to a
/// thread that stops analyzing, as it would be in a per-thread cache.
/// </summary>
internal static class PieceListPool
{
    /// <summary>A list grown past this by one huge concatenation is let go rather than kept for ever.</summary>
    private const int LargestKept = 256;

    private static readonly List<Piece>?[] Slots = new List<Piece>?[8];

    public static List<Piece> Rent()
    {
        for (var i = 0; i < Slots.Length; i++)
        {
            var list = Slots[i];
            if (list is not null && Interlocked.CompareExchange(ref Slots[i], null, list) == list)
            {
                return list;
            }
        }

        return new List<Piece>();
    }

    public static void Return(List<Piece> list)
    {
        if (list.Capacity > LargestKept)
        {
            return;
        }

        // Cleared, so that a kept list holds no syntax node of a tree that is gone.
        list.Clear();
        for (var i = 0; i < Slots.Length; i++)
        {
            if (Interlocked.CompareExchange(ref Slots[i], list, null) is null)
            {
                return;
            }
        }
    }
}
