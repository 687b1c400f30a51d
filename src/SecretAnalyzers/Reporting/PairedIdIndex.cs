using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using SecretAnalyzers.Detection;

namespace SecretAnalyzers;

/// <summary>
/// Where a file's string literals hold a paired id: an AWS access key id (the partner of a 40-character secret access
/// key) or a Twilio SID (the partner of a 32-character token). Built with one search of the file's text the first time
/// a candidate of the file asks, and kept as long as the syntax tree lives; every question after that is two binary
/// searches. So N hash-shaped constants in one class cost one search, not N walks of the class.
/// </summary>
internal sealed class PairedIdIndex
{
    private static readonly ConditionalWeakTable<SyntaxTree, PairedIdIndex> Cache = new();

    /// <summary>Start positions of the literals that hold an AWS access key id, in text order.</summary>
    private readonly int[] awsAccessKeyIds;

    /// <summary>Start positions of the literals that hold a Twilio account or API key SID, in text order.</summary>
    private readonly int[] twilioSids;

    private PairedIdIndex(SyntaxTree tree, CancellationToken cancellationToken)
    {
        // One search of the file's text for the ids' prefixes, instead of a walk of its nodes: the search is vectorised
        // and a file holds few ids, each then placed in its literal with a lookup down the tree.
        var text = tree.GetText(cancellationToken).ToString();
        var root = tree.GetRoot(cancellationToken);
        awsAccessKeyIds = LiteralStarts(root, ContextRules.AwsAccessKeyIdStarts(text), cancellationToken);
        twilioSids = LiteralStarts(root, ContextRules.TwilioSidStarts(text), cancellationToken);
    }

    /// <summary>The start of each string literal that holds one of <paramref name="positions"/>, in text order, once.</summary>
    private static int[] LiteralStarts(SyntaxNode root, List<int>? positions, CancellationToken cancellationToken)
    {
        if (positions is null)
        {
            return Array.Empty<int>();
        }

        var starts = new List<int>();
        foreach (var position in positions)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var token = root.FindToken(position);
            if (token.Span.Contains(position) && token.Parent is { } literal && literal.IsKind(SyntaxKind.StringLiteralExpression)
                && (starts.Count == 0 || starts[starts.Count - 1] != literal.SpanStart))
            {
                starts.Add(literal.SpanStart);
            }
        }

        return starts.ToArray();
    }

    /// <summary>The file's index, built the first time a candidate of it asks (<see cref="WeakCache"/>).</summary>
    public static PairedIdIndex For(SyntaxTree tree, CancellationToken cancellationToken) =>
        WeakCache.GetOrBuild(Cache, tree, static (t, token) => new PairedIdIndex(t, token), cancellationToken);

    /// <summary>Whether a literal inside <paramref name="container"/>, outside <paramref name="self"/>, holds an AWS access key id.</summary>
    public bool HasAwsAccessKeyIdBeside(SyntaxNode container, SyntaxNode self) => AnyBeside(awsAccessKeyIds, container.Span, self.Span);

    /// <summary>Whether a literal inside <paramref name="container"/>, outside <paramref name="self"/>, holds a Twilio SID.</summary>
    public bool HasTwilioSidBeside(SyntaxNode container, SyntaxNode self) => AnyBeside(twilioSids, container.Span, self.Span);

    /// <summary>Literals do not nest, so one that starts inside a span lies inside it; <paramref name="self"/> lies inside <paramref name="container"/>.</summary>
    private static bool AnyBeside(int[] starts, TextSpan container, TextSpan self) =>
        starts.Length > 0 && CountIn(starts, container) > CountIn(starts, self);

    private static int CountIn(int[] starts, TextSpan span) => LowerBound(starts, span.End) - LowerBound(starts, span.Start);

    /// <summary>The index of the first start at or after <paramref name="position"/>.</summary>
    private static int LowerBound(int[] starts, int position)
    {
        int low = 0, high = starts.Length;
        while (low < high)
        {
            var middle = low + ((high - low) >> 1);
            if (starts[middle] < position)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
