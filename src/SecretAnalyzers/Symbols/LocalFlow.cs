using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace SecretAnalyzers;

/// <summary>
/// The few flow questions the symbol-based rules ask about a local or parameter within one body: which local a value
/// initialises, and where else in its scope the same symbol is used. Answered from tokens with a budget, so that a
/// huge method costs a bounded read and never a walk of the whole file per node.
/// </summary>
internal static class LocalFlow
{
    /// <summary>Tokens read per question before it gives up.</summary>
    public const int MaximumTokensScanned = 20_000;

    public static IOperation Unwrap(IOperation operation)
    {
        while (operation is IConversionOperation conversion)
        {
            operation = conversion.Operand;
        }

        return operation;
    }

    /// <summary>The local that <paramref name="value"/> initialises (<c>var builder = value;</c>), if any.</summary>
    public static ILocalSymbol? DeclaredLocal(IOperation value)
    {
        var parent = value.Parent;
        while (parent is IConversionOperation)
        {
            parent = parent.Parent;
        }

        return parent is IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator } ? declarator.Symbol : null;
    }

    /// <summary>
    /// The references to <paramref name="symbol"/> (a local or parameter) in <paramref name="span"/> of the tree
    /// <paramref name="model"/> is for, in text order; null when the token budget runs out first, so that a caller
    /// never takes part of the answer for all of it.
    /// </summary>
    public static List<IOperation>? ReferencesTo(ISymbol symbol, TextSpan span, SemanticModel model, CancellationToken cancellationToken)
    {
        var found = new List<IOperation>();
        var read = 0;
        foreach (var token in model.SyntaxTree.GetRoot(cancellationToken).DescendantTokens(span))
        {
            if (++read > MaximumTokensScanned)
            {
                return null;
            }

            if ((read & 1023) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (!token.IsKind(SyntaxKind.IdentifierToken) || token.ValueText != symbol.Name || token.Parent is not IdentifierNameSyntax name)
            {
                continue;
            }

            var reference = model.GetOperation(name, cancellationToken);
            var referenced = reference switch
            {
                ILocalReferenceOperation local => (ISymbol)local.Local,
                IParameterReferenceOperation parameter => parameter.Parameter,
                _ => null,
            };
            if (referenced is not null && SymbolEqualityComparer.Default.Equals(referenced, symbol))
            {
                found.Add(reference!);
            }
        }

        return found;
    }

    /// <summary>
    /// Where a symbol can be used: the body of the lambda, method or local function whose parameter it is, or the
    /// block, switch section or file whose statements declare the local; null when it has no single declaration.
    /// </summary>
    public static SyntaxNode? Scope(ISymbol symbol, CancellationToken cancellationToken)
    {
        if (symbol.DeclaringSyntaxReferences.Length != 1)
        {
            return null;
        }

        var declaration = symbol.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken);
        for (var node = declaration.Parent; node is not null; node = node.Parent)
        {
            if (symbol is IParameterSymbol && node is AnonymousFunctionExpressionSyntax or BaseMethodDeclarationSyntax or LocalFunctionStatementSyntax)
            {
                return node;
            }

            if (symbol is ILocalSymbol && node is BlockSyntax or SwitchSectionSyntax or CompilationUnitSyntax or ForStatementSyntax or ForEachStatementSyntax or UsingStatementSyntax)
            {
                return node;
            }
        }

        return null;
    }
}
