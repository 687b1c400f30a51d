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
/// concatenation or interpolation), either side of <c>??</c> and <c>?:</c>, a <c>readonly</c> field initialised with a
/// constant and assigned nowhere else, and a local initialised with a constant and not written again before the use.
/// Anything read at run time (configuration, environment, parameters, calls) is not hard-coded.
/// </summary>
internal static class SinkValues
{
    /// <summary>Operands looked at per value: a <c>??</c>/<c>?:</c> chain longer than this is not code anyone writes.</summary>
    private const int MaximumOperands = 32;

    /// <summary>Tokens read looking for a write to a local before it gives up and reports nothing.</summary>
    private const int MaximumTokensScanned = 20_000;

    public static void Collect(IOperation value, List<SinkValue> found, CancellationToken cancellationToken)
    {
        var pending = new Stack<IOperation>();
        pending.Push(value);
        for (var seen = 0; pending.Count > 0 && seen < MaximumOperands; seen++)
        {
            var operation = pending.Pop();
            while (operation is IConversionOperation conversion)
            {
                operation = conversion.Operand;
            }

            if (operation.ConstantValue.HasValue)
            {
                if (operation.ConstantValue.Value is string { Length: > 0 } text)
                {
                    found.Add(new SinkValue(text, operation.Syntax));
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
                case IFieldReferenceOperation field when ReadOnlyFieldValue(field.Field, operation.SemanticModel, cancellationToken) is { } fieldText:
                    found.Add(new SinkValue(fieldText, operation.Syntax));
                    break;
                case ILocalReferenceOperation local when LocalValue(local, cancellationToken) is { } localText:
                    found.Add(new SinkValue(localText, operation.Syntax));
                    break;
            }
        }
    }

    /// <summary>The constant a <c>readonly</c> string field is initialised with, when no constructor of its type writes it.</summary>
    private static string? ReadOnlyFieldValue(IFieldSymbol field, SemanticModel? model, CancellationToken cancellationToken)
    {
        if (!field.IsReadOnly || field.IsConst || field.Type.SpecialType != SpecialType.System_String
            || field.DeclaringSyntaxReferences.Length != 1
            || field.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is not VariableDeclaratorSyntax { Initializer.Value: { } initializer })
        {
            return null;
        }

        // The model of another tree is not ours to ask for: there, only a plain literal counts.
        var value = model is not null && initializer.SyntaxTree == model.SyntaxTree
            ? model.GetConstantValue(initializer, cancellationToken).Value as string
            : initializer is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression) ? literal.Token.ValueText : null;
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        var constructors = field.IsStatic ? field.ContainingType.StaticConstructors : field.ContainingType.InstanceConstructors;
        foreach (var constructor in constructors)
        {
            foreach (var reference in constructor.DeclaringSyntaxReferences)
            {
                // Only constructor bodies: a primary constructor's reference is the whole type, which cannot write the field.
                if (reference.GetSyntax(cancellationToken) is ConstructorDeclarationSyntax declaration
                    && WritesTo(declaration.SyntaxTree.GetRoot(cancellationToken), declaration.Span, field.Name, cancellationToken) != false)
                {
                    return null;
                }
            }
        }

        return value;
    }

    /// <summary>
    /// The constant a string local is initialised with, when nothing writes it between its declaration and the use
    /// (nor later inside a loop or function that holds the use and not the declaration).
    /// </summary>
    private static string? LocalValue(ILocalReferenceOperation reference, CancellationToken cancellationToken)
    {
        var local = reference.Local;
        if (local.IsConst || local.IsRef || local.Type.SpecialType != SpecialType.System_String || reference.SemanticModel is not { } model
            || local.DeclaringSyntaxReferences.Length != 1
            || local.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is not VariableDeclaratorSyntax { Initializer.Value: { } initializer } declarator
            || declarator.SyntaxTree != reference.Syntax.SyntaxTree)
        {
            return null;
        }

        var value = model.GetConstantValue(initializer, cancellationToken).Value as string;
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        var end = reference.Syntax.SpanStart;
        for (var node = reference.Syntax.Parent; node is not null && !node.Span.Contains(declarator.Span); node = node.Parent)
        {
            if (node is ForStatementSyntax or ForEachStatementSyntax or WhileStatementSyntax or DoStatementSyntax
                or AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax)
            {
                // Run again after a write further down: the write counts wherever it is in there.
                end = node.Span.End;
            }
        }

        var written = WritesTo(model.SyntaxTree.GetRoot(cancellationToken), TextSpan.FromBounds(declarator.Span.End, end), local.Name, cancellationToken);
        return written == false ? value : null;
    }

    /// <summary>Whether <paramref name="name"/> is assigned, passed by <c>ref</c>/<c>out</c> or deconstructed into in <paramref name="span"/>; null when the span is too long to read.</summary>
    private static bool? WritesTo(SyntaxNode root, TextSpan span, string name, CancellationToken cancellationToken)
    {
        var read = 0;
        foreach (var token in root.DescendantTokens(span))
        {
            if (++read > MaximumTokensScanned)
            {
                return null;
            }

            if ((read & 1023) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (token.IsKind(SyntaxKind.IdentifierToken) && token.ValueText == name && token.Parent is IdentifierNameSyntax identifier && IsWritten(identifier))
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
}
