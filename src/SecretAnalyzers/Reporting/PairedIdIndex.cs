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
/// key) or a Twilio SID (the partner of a 32-character token). Built with one walk of the file the first time a
/// candidate of the file asks, and kept as long as the syntax tree lives; every question after that is two binary
/// searches. So N hash-shaped constants in one class cost one walk, not N walks of the class.
/// </summary>
internal sealed class PairedIdIndex
{
    private static readonly ConditionalWeakTable<SyntaxTree, PairedIdIndex> Cache = new();
    private static readonly ConditionalWeakTable<SyntaxTree, PairedIdIndex>.CreateValueCallback Build = tree => new PairedIdIndex(tree);

    /// <summary>Start positions of the literals that hold an AWS access key id, in text order.</summary>
    private readonly int[] awsAccessKeyIds;

    /// <summary>Start positions of the literals that hold a Twilio account or API key SID, in text order.</summary>
    private readonly int[] twilioSids;

    private PairedIdIndex(SyntaxTree tree)
    {
        var aws = new List<int>();
        var twilio = new List<int>();

        // Roslyn's DescendantNodes walks with a stack of its own, not recursion.
        foreach (var node in tree.GetRoot().DescendantNodes())
        {
            if (node.IsKind(SyntaxKind.StringLiteralExpression))
            {
                var value = LiteralPieces.StringValue(node.GetFirstToken());
                if (ContextRules.ContainsAwsAccessKeyId(value))
                {
                    aws.Add(node.SpanStart);
                }

                if (ContextRules.ContainsTwilioSid(value))
                {
                    twilio.Add(node.SpanStart);
                }
            }
        }

        awsAccessKeyIds = aws.ToArray();
        twilioSids = twilio.ToArray();
    }

    public static PairedIdIndex For(SyntaxTree tree, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Cache.GetValue(tree, Build);
    }

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
