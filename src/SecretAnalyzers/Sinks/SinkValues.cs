using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace SecretAnalyzers.Sinks;

/// <summary>A hard-coded value that reaches a sink, and the syntax to report it at.</summary>
internal readonly struct SinkValue
{
    public SinkValue(string text, SyntaxNode node)
    {
        Text = text;
        Node = node;
    }

    public string Text { get; }

    public SyntaxNode Node { get; }
}

/// <summary>
/// Finds the hard-coded strings an operation can evaluate to: a compile-time constant (literal, <c>const</c>, constant
/// concatenation or interpolation), either side of <c>??</c> and <c>?:</c>, and one hop through a <c>readonly</c>
/// field or a local whose initializer holds such a value and that nothing else writes. Anything read at run time
/// (configuration, environment, parameters, calls) is not hard-coded.
/// </summary>
internal static class SinkValues
{
    /// <summary>Operands looked at per value: a <c>??</c>/<c>?:</c> chain longer than this is not code anyone writes.</summary>
    private const int MaximumOperands = 32;

    /// <summary>Tokens read looking for writes to one name before giving up and reporting nothing.</summary>
    private const int MaximumTokensScanned = LocalFlow.MaximumTokensScanned;

    /// <summary>Whether <paramref name="value"/> is of a kind <see cref="Collect"/> can find anything in; checked before anything is allocated.</summary>
    public static bool MayBeHardCoded(IOperation value)
    {
        value = LocalFlow.Unwrap(value);
        return value.ConstantValue.HasValue
            || value is ICoalesceOperation or IConditionalOperation or ILocalReferenceOperation
            || (value is IFieldReferenceOperation { Field.IsReadOnly: true });
    }

    public static void Collect(IOperation value, List<SinkValue> found, CancellationToken cancellationToken) =>
        Collect(value, found, reportAt: null, cancellationToken);

    /// <summary>
    /// Adds the hard-coded values of <paramref name="value"/> to <paramref name="found"/>, each at its own syntax, or
    /// at <paramref name="reportAt"/> when they are read through a name (one hop: the initializer of a field or local).
    /// </summary>
    private static void Collect(IOperation value, List<SinkValue> found, SyntaxNode? reportAt, CancellationToken cancellationToken)
    {
        var pending = new Stack<IOperation>();
        pending.Push(value);
        for (var seen = 0; pending.Count > 0 && seen < MaximumOperands; seen++)
        {
            var operation = LocalFlow.Unwrap(pending.Pop());

            if (operation.ConstantValue.HasValue)
            {
                if (operation.ConstantValue.Value is string { Length: > 0 } text)
                {
                    found.Add(new SinkValue(text, reportAt ?? operation.Syntax));
                }

                continue;
            }

            switch (operation)
            {
                case ICoalesceOperation coalesce:
                    pending.Push(coalesce.WhenNull);
                    pending.Push(coalesce.Value);
                    break;
                case IConditionalOperation { WhenFalse: { } whenFalse } conditional:
                    pending.Push(whenFalse);
                    pending.Push(conditional.WhenTrue);
                    break;
                case IFieldReferenceOperation field when reportAt is null && operation.SemanticModel is { } model
                    && IsUnwrittenReadOnlyField(field.Field, model, cancellationToken, out var initializer, out var otherTreeLiteral):
                    if (initializer is not null)
                    {
                        Collect(initializer, found, operation.Syntax, cancellationToken);
                    }
                    else if (otherTreeLiteral is { Length: > 0 })
                    {
                        found.Add(new SinkValue(otherTreeLiteral, operation.Syntax));
                    }

                    break;
                case ILocalReferenceOperation local when reportAt is null && LocalInitializer(local, cancellationToken) is { } initializer:
                    Collect(initializer, found, operation.Syntax, cancellationToken);
                    break;
            }
        }
    }

    /// <summary>
    /// Whether a <c>readonly</c> string field has an initializer and no constructor or <c>init</c> accessor writes it:
    /// then its initializer's operation, or where that is in another tree (whose model is not ours to ask for), the
    /// text of a plain literal there.
    /// </summary>
    private static bool IsUnwrittenReadOnlyField(IFieldSymbol field, SemanticModel model, CancellationToken cancellationToken, out IOperation? operation, out string? otherTreeLiteral)
    {
        operation = null;
        otherTreeLiteral = null;
        if (!field.IsReadOnly || field.IsConst || field.Type.SpecialType != SpecialType.System_String
            || field.DeclaringSyntaxReferences.Length != 1
            || field.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is not VariableDeclaratorSyntax { Initializer.Value: { } initializer })
        {
            return false;
        }

        if (initializer.SyntaxTree == model.SyntaxTree)
        {
            operation = model.GetOperation(initializer, cancellationToken);
        }
        else if (initializer is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression))
        {
            otherTreeLiteral = literal.Token.ValueText;
        }

        if (operation is null && otherTreeLiteral is null)
        {
            return false;
        }

        var budget = MaximumTokensScanned;
        var writers = field.IsStatic ? field.ContainingType.StaticConstructors : field.ContainingType.InstanceConstructors;
        foreach (var constructor in writers)
        {
            foreach (var reference in constructor.DeclaringSyntaxReferences)
            {
                // Only constructor bodies: a primary constructor's reference is the whole type, which cannot write the field.
                if (reference.GetSyntax(cancellationToken) is ConstructorDeclarationSyntax declaration
                    && WritesTo(declaration.SyntaxTree.GetRoot(cancellationToken), declaration.Span, field.Name, onlyInFunctions: false, ref budget, cancellationToken) != false)
                {
                    return false;
                }
            }
        }

        if (!field.IsStatic)
        {
            foreach (var member in field.ContainingType.GetMembers())
            {
                if (member is IPropertySymbol { SetMethod: { IsInitOnly: true } setter })
                {
                    foreach (var reference in setter.DeclaringSyntaxReferences)
                    {
                        var accessor = reference.GetSyntax(cancellationToken);
                        if (WritesTo(accessor.SyntaxTree.GetRoot(cancellationToken), accessor.Span, field.Name, onlyInFunctions: false, ref budget, cancellationToken) != false)
                        {
                            return false;
                        }
                    }
                }
            }
        }

        return true;
    }

    /// <summary>
    /// The initializer of a string local that nothing writes between its declaration and the use, nor later inside a
    /// loop that holds the use, nor anywhere in its scope inside a lambda or local function (which may run first).
    /// </summary>
    private static IOperation? LocalInitializer(ILocalReferenceOperation reference, CancellationToken cancellationToken)
    {
        var local = reference.Local;
        if (local.IsConst || local.IsRef || local.Type.SpecialType != SpecialType.System_String || reference.SemanticModel is not { } model
            || local.DeclaringSyntaxReferences.Length != 1
            || local.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is not VariableDeclaratorSyntax { Initializer.Value: { } initializer } declarator
            || declarator.SyntaxTree != reference.Syntax.SyntaxTree
            || LocalFlow.Scope(local, cancellationToken) is not { } scope)
        {
            return null;
        }

        var end = reference.Syntax.SpanStart;
        if (end <= declarator.Span.End)
        {
            // Used before (or inside) its own declaration: code being edited, nothing to claim.
            return null;
        }

        for (var node = reference.Syntax.Parent; node is not null && !node.Span.Contains(declarator.Span); node = node.Parent)
        {
            if (node is ForStatementSyntax or ForEachStatementSyntax or WhileStatementSyntax or DoStatementSyntax
                or AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax)
            {
                // Run again after a write further down: the write counts wherever it is in there.
                end = node.Span.End;
            }
        }

        var root = model.SyntaxTree.GetRoot(cancellationToken);
        var budget = MaximumTokensScanned;
        if (WritesTo(root, TextSpan.FromBounds(declarator.Span.End, end), local.Name, onlyInFunctions: false, ref budget, cancellationToken) != false
            || (end < scope.Span.End && WritesTo(root, TextSpan.FromBounds(end, scope.Span.End), local.Name, onlyInFunctions: true, ref budget, cancellationToken) != false))
        {
            return null;
        }

        return model.GetOperation(initializer, cancellationToken);
    }

    /// <summary>The references to <paramref name="local"/> in its scope after <paramref name="declarator"/>.</summary>
    public static IEnumerable<IOperation> ReferencesInScope(SyntaxNode declarator, ILocalSymbol local, SemanticModel model, CancellationToken cancellationToken) =>
        LocalFlow.Scope(local, cancellationToken) is { } scope && declarator.Span.End < scope.Span.End
            ? LocalFlow.ReferencesTo(local, TextSpan.FromBounds(declarator.Span.End, scope.Span.End), model, cancellationToken) ?? (IEnumerable<IOperation>)System.Array.Empty<IOperation>()
            : System.Array.Empty<IOperation>();

    /// <summary>
    /// Whether <paramref name="name"/> is assigned, passed by <c>ref</c>/<c>out</c> or deconstructed into in
    /// <paramref name="span"/> (with <paramref name="onlyInFunctions"/>, only inside a lambda or local function);
    /// null when the budget of tokens runs out first.
    /// </summary>
    private static bool? WritesTo(SyntaxNode root, TextSpan span, string name, bool onlyInFunctions, ref int budget, CancellationToken cancellationToken)
    {
        foreach (var token in root.DescendantTokens(span))
        {
            if (--budget < 0)
            {
                return null;
            }

            if ((budget & 1023) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (token.IsKind(SyntaxKind.IdentifierToken) && token.ValueText == name && token.Parent is IdentifierNameSyntax identifier && IsWritten(identifier)
                && (!onlyInFunctions || IsInFunction(identifier, span.Start)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsWritten(IdentifierNameSyntax identifier)
    {
        SyntaxNode target = identifier.Parent is MemberAccessExpressionSyntax access && access.Name == identifier ? access : identifier;
        return target.Parent switch
        {
            AssignmentExpressionSyntax assignment => assignment.Left == target,
            ArgumentSyntax argument => argument.RefKindKeyword.IsKind(SyntaxKind.RefKeyword) || argument.RefKindKeyword.IsKind(SyntaxKind.OutKeyword)
                || argument.Parent is TupleExpressionSyntax { Parent: AssignmentExpressionSyntax deconstruction } tuple && deconstruction.Left == tuple,
            RefExpressionSyntax => true,
            _ => false,
        };
    }

    /// <summary>Whether a lambda or local function that starts at or after <paramref name="from"/> holds the node.</summary>
    private static bool IsInFunction(SyntaxNode node, int from)
    {
        for (var current = node.Parent; current is not null && current.SpanStart >= from; current = current.Parent)
        {
            if (current is AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax)
            {
                return true;
            }
        }

        return false;
    }
}
