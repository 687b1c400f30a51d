using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SecretAnalyzers;

/// <summary>What a piece of a string concatenation or interpolation is.</summary>
internal enum PieceKind : byte
{
    /// <summary>A string literal or the text part of an interpolated string: its value is known from syntax.</summary>
    Literal,

    /// <summary>A name that may denote a string constant; its value needs the semantic model.</summary>
    Symbol,

    /// <summary>A name whose constant value the semantic model has given.</summary>
    Constant,

    /// <summary>Anything else: not a string constant, or a name no token can cross into.</summary>
    Opaque,
}

internal struct Piece
{
    public Piece(SyntaxNode node, PieceKind kind, string? value)
    {
        Node = node;
        Kind = kind;
        Value = value;
        Offset = 0;
    }

    public SyntaxNode Node { get; }

    public PieceKind Kind { get; set; }

    public string? Value { get; set; }

    /// <summary>Where the value starts in the joined text of its group.</summary>
    public int Offset { get; set; }
}

/// <summary>Flattens <c>"a" + B + $"…{C}…"</c> into its pieces, left to right, without recursion.</summary>
internal static class LiteralPieces
{
    /// <summary>How many statements of one block the syntactic local lookup reads before it leaves the question to the semantic model.</summary>
    private const int StatementsReadPerBlock = 64;

    /// <summary>
    /// How many variables of one declaration, or parameters of one list, the syntactic lookup reads for a name: a
    /// declaration of thousands of locals would otherwise be read once per name of a concatenation that joins them.
    /// Past them the semantic model answers instead.
    /// </summary>
    private const int NamesReadPerList = 256;

    /// <summary>A string token's value: <c>Value</c> is the stored string, which <c>ValueText</c> reaches through <c>Convert.ToString</c>.</summary>
    public static string StringValue(SyntaxToken token) => token.Value as string ?? token.ValueText;

    /// <summary>Whether the node is a piece of a larger concatenation or interpolation, which is analyzed as a whole instead.</summary>
    public static bool IsInsideComposite(SyntaxNode node)
    {
        var parent = node.Parent;
        while (parent is ParenthesizedExpressionSyntax)
        {
            parent = parent.Parent;
        }

        // A hole with an alignment or a format is no piece of the interpolation around it: what it holds is analyzed alone.
        return parent is InterpolationSyntax { AlignmentClause: null, FormatClause: null } || (parent is not null && parent.IsKind(SyntaxKind.AddExpression));
    }

    /// <summary>
    /// Whether a concatenation or interpolation is analyzed as a whole: it is no piece of a larger one, and a string
    /// piece or a constant's initializer says it may hold text. <c>i + 1</c> and <c>name + id</c> are not flattened to
    /// find that out.
    /// </summary>
    public static bool IsAnalyzedWhole(ExpressionSyntax expression) =>
        !IsInsideComposite(expression) && (HoldsStringPiece(expression) || IsInConstantContext(expression));

    /// <summary>Whether a string literal or an interpolated string is among the pieces, found without flattening.</summary>
    public static bool HoldsStringPiece(ExpressionSyntax expression)
    {
        // Long chains lean left: the left spine is walked in a loop, and a right side is most often a single piece.
        while (true)
        {
            expression = SkipParentheses(expression);
            if (expression is BinaryExpressionSyntax binary && binary.IsKind(SyntaxKind.AddExpression))
            {
                var right = SkipParentheses(binary.Right);
                if (right is BinaryExpressionSyntax nested && nested.IsKind(SyntaxKind.AddExpression) ? HoldsStringPieceDeep(nested) : IsStringPiece(right))
                {
                    return true;
                }

                expression = binary.Left;
                continue;
            }

            return IsStringPiece(expression);
        }
    }

    /// <summary>The same question for a chain that also leans right, with a stack on the heap instead of the call stack.</summary>
    private static bool HoldsStringPieceDeep(ExpressionSyntax expression)
    {
        var pending = Pools.RentNodes();
        var deepest = 0;
        try
        {
            pending.Push(expression);
            while (pending.Count > 0)
            {
                var node = SkipParentheses((ExpressionSyntax)pending.Pop());
                if (node is BinaryExpressionSyntax binary && binary.IsKind(SyntaxKind.AddExpression))
                {
                    pending.Push(binary.Right);
                    pending.Push(binary.Left);
                    deepest = System.Math.Max(deepest, pending.Count);
                }
                else if (IsStringPiece(node))
                {
                    pending.Clear();
                    return true;
                }
            }

            return false;
        }
        finally
        {
            Pools.Return(pending, deepest);
        }
    }

    private static ExpressionSyntax SkipParentheses(ExpressionSyntax expression)
    {
        while (expression is ParenthesizedExpressionSyntax parenthesized)
        {
            expression = parenthesized.Expression;
        }

        return expression;
    }

    private static bool IsStringPiece(ExpressionSyntax expression) =>
        expression is InterpolatedStringExpressionSyntax || IsStringLiteral(expression);

    private static bool IsStringLiteral(SyntaxNode node) =>
        node.IsKind(SyntaxKind.StringLiteralExpression) || node.IsKind(SyntaxKind.Utf8StringLiteralExpression);

    /// <summary>
    /// The pieces of a concatenation or interpolation in source order. An explicit stack on the heap, not recursion: a
    /// chain of 100,000 pieces or 2,000 parentheses compiles, and must not overflow the host's stack.
    /// </summary>
    public static void Flatten(ExpressionSyntax expression, List<Piece> pieces)
    {
        if (!TryFlattenLeftChain(expression, pieces))
        {
            FlattenNested(expression, pieces);
        }
    }

    /// <summary>
    /// Most concatenations are a chain that leans left with one piece on each right side (<c>"a" + b + "c"</c>): its
    /// pieces are read down the left spine and back up by the parents, without the stack. False, and nothing added, for
    /// any other shape.
    /// </summary>
    private static bool TryFlattenLeftChain(ExpressionSyntax expression, List<Piece> pieces)
    {
        var bottom = expression;
        while (bottom is BinaryExpressionSyntax binary && binary.IsKind(SyntaxKind.AddExpression))
        {
            bottom = binary.Left;
        }

        if (bottom == expression || !IsSinglePiece(bottom))
        {
            return false;
        }

        for (var node = bottom.Parent!; ; node = node.Parent!)
        {
            if (!IsSinglePiece(((BinaryExpressionSyntax)node).Right))
            {
                return false;
            }

            if (node == expression)
            {
                break;
            }
        }

        AddPiece(bottom, pieces);
        for (var node = bottom.Parent!; ; node = node.Parent!)
        {
            AddPiece(((BinaryExpressionSyntax)node).Right, pieces);
            if (node == expression)
            {
                return true;
            }
        }
    }

    /// <summary>Whether the expression is one piece: nothing <see cref="FlattenNested"/> would open.</summary>
    private static bool IsSinglePiece(ExpressionSyntax expression) =>
        expression is not (ParenthesizedExpressionSyntax or InterpolatedStringExpressionSyntax)
        && !expression.IsKind(SyntaxKind.AddExpression);

    private static void FlattenNested(ExpressionSyntax expression, List<Piece> pieces)
    {
        var pending = Pools.RentNodes();
        var deepest = 0;
        try
        {
            pending.Push(expression);
            while (pending.Count > 0)
            {
                deepest = System.Math.Max(deepest, pending.Count);
                var node = pending.Pop();
                switch (node)
                {
                    case ParenthesizedExpressionSyntax parenthesized:
                        pending.Push(parenthesized.Expression);
                        break;

                    case BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.AddExpression):
                        pending.Push(binary.Right);
                        pending.Push(binary.Left);
                        break;

                    case InterpolatedStringExpressionSyntax interpolated:
                        var contents = interpolated.Contents;
                        for (var i = contents.Count - 1; i >= 0; i--)
                        {
                            pending.Push(contents[i]);
                        }

                        break;

                    case InterpolatedStringTextSyntax text:
                        pieces.Add(new Piece(text, PieceKind.Literal, StringValue(text.TextToken)));
                        break;

                    case InterpolationSyntax { AlignmentClause: null, FormatClause: null } hole:
                        pending.Push(hole.Expression);
                        break;

                    default:
                        AddPiece(node, pieces);
                        break;
                }
            }
        }
        finally
        {
            Pools.Return(pending, deepest);
        }
    }

    /// <summary>A piece that opens no further: a string literal, a name that may be a constant, or anything else.</summary>
    private static void AddPiece(SyntaxNode node, List<Piece> pieces)
    {
        switch (node)
        {
            case LiteralExpressionSyntax literal when IsStringLiteral(literal):
                pieces.Add(new Piece(literal, PieceKind.Literal, StringValue(literal.Token)));
                break;

            // Whether a name really can be a constant is decided later, and only if a token could cross into it.
            case IdentifierNameSyntax:
            case MemberAccessExpressionSyntax { Name: IdentifierNameSyntax } when node.IsKind(SyntaxKind.SimpleMemberAccessExpression):
                pieces.Add(new Piece(node, PieceKind.Symbol, null));
                break;

            default:
                pieces.Add(new Piece(node, PieceKind.Opaque, null));
                break;
        }
    }

    /// <summary>
    /// Whether a name piece of <paramref name="composite"/> may denote a constant, from syntax alone. A constant is
    /// reached by its simple name or through a type (<c>Constants.Key</c>); a parameter, a local, or a member reached
    /// through a variable, <c>this</c> or a call is not one, and then the semantic model need not be asked.
    /// </summary>
    public static bool MayBeConstant(SyntaxNode name, SyntaxNode composite)
    {
        if (name is IdentifierNameSyntax identifier)
        {
            return !IsParameterOrLocal(identifier.Identifier.ValueText, composite);
        }

        var receiver = ((MemberAccessExpressionSyntax)name).Expression;
        while (receiver is MemberAccessExpressionSyntax inner && inner.IsKind(SyntaxKind.SimpleMemberAccessExpression))
        {
            receiver = inner.Expression;
        }

        return receiver is IdentifierNameSyntax root
            ? !IsParameterOrLocal(root.Identifier.ValueText, composite)
            : receiver is PredefinedTypeSyntax or AliasQualifiedNameSyntax or GenericNameSyntax;
    }

    /// <summary>
    /// Whether <paramref name="name"/>, used inside <paramref name="composite"/>, denotes a parameter or a non-constant
    /// local of an enclosing member, lambda or block: then it is no constant and the semantic model need not be asked.
    /// The walk starts above the composite, whose own nodes (additions, parentheses, interpolations) declare nothing,
    /// so that the pieces of a long chain do not each climb it. A false answer only sends the name to the semantic model.
    /// </summary>
    private static bool IsParameterOrLocal(string name, SyntaxNode composite)
    {
        // The member's parameters are checked before the locals of the blocks passed on the way up: a name in a
        // concatenation is most often a parameter, and C# lets no local shadow one, so the order changes no answer.
        // A switch on the kind: a type pattern per case made each ancestor pay a dozen type checks (4 % of the rule in a
        // profile on corpus (a)).
        var passedBlock = false;
        for (var node = composite.Parent; node is not null; node = node.Parent)
        {
            switch (node.Kind())
            {
                case SyntaxKind.Block:
                    passedBlock = true;
                    break;
                case SyntaxKind.ForStatement when node is ForStatementSyntax { Declaration: { } declaration } && Declares(declaration, name):
                case SyntaxKind.UsingStatement when node is UsingStatementSyntax { Declaration: { } usingDeclaration } && Declares(usingDeclaration, name):
                case SyntaxKind.ForEachStatement when ((ForEachStatementSyntax)node).Identifier.ValueText == name:
                case SyntaxKind.CatchClause when node is CatchClauseSyntax { Declaration: { } catchDeclaration } && catchDeclaration.Identifier.ValueText == name:
                case SyntaxKind.SimpleLambdaExpression when ((SimpleLambdaExpressionSyntax)node).Parameter.Identifier.ValueText == name:
                case SyntaxKind.ParenthesizedLambdaExpression when HasParameter(((ParenthesizedLambdaExpressionSyntax)node).ParameterList, name):
                case SyntaxKind.AnonymousMethodExpression when node is AnonymousMethodExpressionSyntax { ParameterList: { } anonymousParameters } && HasParameter(anonymousParameters, name):
                case SyntaxKind.LocalFunctionStatement when HasParameter(((LocalFunctionStatementSyntax)node).ParameterList, name):
                    return true;
                case SyntaxKind.MethodDeclaration or SyntaxKind.ConstructorDeclaration or SyntaxKind.DestructorDeclaration
                    or SyntaxKind.OperatorDeclaration or SyntaxKind.ConversionOperatorDeclaration:
                    return HasParameter(((BaseMethodDeclarationSyntax)node).ParameterList, name)
                        || (node.Parent is TypeDeclarationSyntax { ParameterList: { } primary } && HasParameter(primary, name))
                        || (passedBlock && IsBlockLocal(composite, name));
                case SyntaxKind.PropertyDeclaration or SyntaxKind.IndexerDeclaration or SyntaxKind.EventDeclaration
                    or SyntaxKind.FieldDeclaration or SyntaxKind.EventFieldDeclaration:
                    return (node.Parent is TypeDeclarationSyntax { ParameterList: { } primaryConstructor } && HasParameter(primaryConstructor, name))
                        || (passedBlock && IsBlockLocal(composite, name));
                case SyntaxKind.ClassDeclaration or SyntaxKind.StructDeclaration or SyntaxKind.InterfaceDeclaration
                    or SyntaxKind.RecordDeclaration or SyntaxKind.RecordStructDeclaration or SyntaxKind.GlobalStatement:
                    return passedBlock && IsBlockLocal(composite, name);
            }
        }

        return passedBlock && IsBlockLocal(composite, name);
    }

    /// <summary>
    /// Whether a block around the composite declares a non-constant local of that name before it. Only the
    /// <see cref="StatementsReadPerBlock"/> statements before the one that holds the composite are read, so that a
    /// method of thousands of statements does not cost thousands of reads per name; past them the semantic model
    /// answers instead.
    /// </summary>
    private static bool IsBlockLocal(SyntaxNode composite, string name)
    {
        SyntaxNode child = composite;
        for (var node = composite.Parent; node is not null && node is not MemberDeclarationSyntax; child = node, node = node.Parent)
        {
            if (node is BlockSyntax block && child is StatementSyntax statement)
            {
                var statements = block.Statements;
                var index = IndexByPosition<SyntaxList<StatementSyntax>, StatementSyntax>(statements, statement);
                for (var i = index - 1; i >= 0 && i >= index - StatementsReadPerBlock; i--)
                {
                    if (statements[i] is LocalDeclarationStatementSyntax { IsConst: false } local && Declares(local.Declaration, name))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>
    /// A node's index in a list of its siblings, by binary search on positions: <c>IndexOf</c> reads the list up to it,
    /// which for each of thousands of statements or arguments costs their number squared. -1 if it is not there.
    /// </summary>
    public static int IndexByPosition<TList, TNode>(TList siblings, TNode node)
        where TList : IReadOnlyList<TNode>
        where TNode : SyntaxNode
    {
        int low = 0, high = siblings.Count - 1;
        var position = node.SpanStart;
        while (low <= high)
        {
            var middle = low + ((high - low) >> 1);
            var start = siblings[middle].SpanStart;
            if (start == position)
            {
                return middle;
            }

            if (start < position)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return -1;
    }

    private static bool Declares(VariableDeclarationSyntax declaration, string name)
    {
        var variables = declaration.Variables;
        for (var i = 0; i < variables.Count && i < NamesReadPerList; i++)
        {
            if (variables[i].Identifier.ValueText == name)
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasParameter(BaseParameterListSyntax list, string name)
    {
        var parameters = list.Parameters;
        for (var i = 0; i < parameters.Count && i < NamesReadPerList; i++)
        {
            if (parameters[i].Identifier.ValueText == name)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the expression initializes a constant or sits where only constants may (attribute argument, default value).</summary>
    public static bool IsInConstantContext(SyntaxNode expression)
    {
        var parent = expression.Parent;
        while (parent is ParenthesizedExpressionSyntax)
        {
            parent = parent.Parent;
        }

        return parent switch
        {
            AttributeArgumentSyntax => true,
            EqualsValueClauseSyntax { Parent: ParameterSyntax } => true,
            EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax { Parent: var declaration } } } =>
                declaration is FieldDeclarationSyntax field ? field.Modifiers.Any(SyntaxKind.ConstKeyword)
                : declaration is LocalDeclarationStatementSyntax local && local.IsConst,
            _ => false,
        };
    }
}
