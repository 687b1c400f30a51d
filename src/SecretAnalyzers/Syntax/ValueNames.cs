using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SecretAnalyzers.Detection;

namespace SecretAnalyzers;

/// <summary>How a value's name was found, which decides what more is needed to read it.</summary>
internal enum ValueNameKind : byte
{
    None,

    /// <summary>The name is known from syntax: a declaration, an assignment's target, a named argument, a key literal.</summary>
    Text,

    /// <summary>
    /// A positional argument: the name is its parameter's, or in a call of two arguments the constant value of the
    /// first (<c>Add(PasswordKey, "…")</c>); both need the semantic model.
    /// </summary>
    Parameter,
}

/// <summary>The name a value is given, as <see cref="ValueNames.Find"/> reads it from the syntax around the value.</summary>
internal readonly struct ValueName
{
    public ValueName(ValueNameKind kind, string? text, SyntaxNode? node, bool plural)
    {
        Kind = kind;
        Text = text;
        Node = node;
        IsPlural = plural;
    }

    public ValueNameKind Kind { get; }

    /// <summary>The name, for <see cref="ValueNameKind.Text"/>.</summary>
    public string? Text { get; }

    /// <summary>The argument, for <see cref="ValueNameKind.Parameter"/>.</summary>
    public SyntaxNode? Node { get; }

    /// <summary>Whether the value is an element of a collection the name names (<c>Passwords = new[] { "…" }</c>).</summary>
    public bool IsPlural { get; }
}

/// <summary>
/// The name that says what a literal is: the field, property, local or parameter it initialises, the member or the
/// key (<c>dict["ApiKey"]</c>, <c>["ApiKey"] = …</c>, <c>{ "ApiKey", … }</c>) it is assigned to, the named argument,
/// tuple element, anonymous-object member or attribute argument it is, the key before it in a two-argument call
/// (<c>headers.Add("X-Api-Key", …)</c>, <c>Environment.SetEnvironmentVariable("DB_PASSWORD", …)</c>), the member that
/// returns it, for <c>[DefaultValue(…)]</c> the member the attribute is on, for a <c>Value</c> the <c>Name</c> or
/// <c>Key</c> beside it (<c>[Setting(Name = "ApiKey", Value = "…")]</c>, <c>new Setting { Key = "ApiKey", Value = "…" }</c>),
/// and in a chain of the same call the key given just before (<c>.Append("Password=").Append("…")</c>). Parentheses, casts, <c>!</c>,
/// <c>?:</c> branches, switch-expression arms, collection elements and the right side of <c>??</c> are climbed;
/// <c>Environment.GetEnvironmentVariable("API_KEY") ?? "…"</c> and <c>config["Jwt:Key"] ?? "…"</c> are named by the
/// key read on the left. Syntax only, a bounded number of steps up, no allocation.
/// </summary>
internal static class ValueNames
{
    /// <summary>How many enclosing expressions are climbed before giving up: nested ternaries and casts are short.</summary>
    private const int MostSteps = 12;

    public static ValueName Find(ExpressionSyntax value)
    {
        SyntaxNode node = value;
        var plural = false;
        for (var step = 0; step < MostSteps; step++)
        {
            var parent = node.Parent;
            switch (parent)
            {
                case ParenthesizedExpressionSyntax or CastExpressionSyntax:
                case PostfixUnaryExpressionSyntax when parent.IsKind(SyntaxKind.SuppressNullableWarningExpression):
                case ConditionalExpressionSyntax conditional when conditional.Condition != node:
                case SwitchExpressionArmSyntax arm when arm.Expression == node:
                    node = parent is SwitchExpressionArmSyntax ? parent.Parent! : parent;
                    continue;
                case BinaryExpressionSyntax coalesce when coalesce.IsKind(SyntaxKind.CoalesceExpression) && coalesce.Right == node:
                    if (KeyRead(coalesce.Left) is { } readKey && SecretNames.KindOf(readKey) != NamedKind.None)
                    {
                        return new ValueName(ValueNameKind.Text, readKey, null, plural);
                    }

                    node = parent;
                    continue;
                case InitializerExpressionSyntax initializer when initializer.IsKind(SyntaxKind.ComplexElementInitializerExpression):
                    // { "ApiKey", "…" } in a dictionary's initializer: the first element names the second.
                    return initializer.Expressions.Count == 2 && initializer.Expressions[1] == node && KeyText(initializer.Expressions[0]) is { } elementKey
                        ? new ValueName(ValueNameKind.Text, elementKey, null, plural)
                        : default;
                case InitializerExpressionSyntax initializer when initializer.IsKind(SyntaxKind.ArrayInitializerExpression) || initializer.IsKind(SyntaxKind.CollectionInitializerExpression):
                    plural = true;
                    node = initializer.Parent is EqualsValueClauseSyntax ? initializer : initializer.Parent!;
                    continue;
                case ExpressionElementSyntax { Parent: CollectionExpressionSyntax collection }:
                    plural = true;
                    node = collection;
                    continue;
                case EqualsValueClauseSyntax equals:
                    return Named(equals.Parent switch
                    {
                        VariableDeclaratorSyntax variable => variable.Identifier.ValueText,
                        ParameterSyntax parameter => parameter.Identifier.ValueText,
                        PropertyDeclarationSyntax property => property.Identifier.ValueText,
                        _ => null,
                    }, plural);
                case AssignmentExpressionSyntax assignment when assignment.Right == node
                    && (assignment.IsKind(SyntaxKind.SimpleAssignmentExpression) || assignment.IsKind(SyntaxKind.CoalesceAssignmentExpression)):
                    // new Setting { Name = "ApiKey", Value = "…" }: a Value named by its sibling.
                    return Named(
                        (assignment.Parent is InitializerExpressionSyntax objectInitializer && IsValueName(TargetName(assignment.Left)) ? SiblingName(objectInitializer.Expressions) : null)
                            ?? TargetName(assignment.Left),
                        plural);
                case ArgumentSyntax argument:
                    return OfArgument(argument, plural);
                case AttributeArgumentSyntax attributeArgument:
                    return OfAttributeArgument(attributeArgument, plural);
                case AnonymousObjectMemberDeclaratorSyntax { NameEquals: { } nameEquals }:
                    return Named(nameEquals.Name.Identifier.ValueText, plural);
                case ArrowExpressionClauseSyntax arrow:
                    return Named(MemberName(arrow.Parent), plural);
                case ReturnStatementSyntax ret:
                    return Named(ReturningMemberName(ret), plural);
                default:
                    return default;
            }
        }

        return default;
    }

    private static ValueName Named(string? name, bool plural) =>
        name is null ? default : new ValueName(ValueNameKind.Text, name, null, plural);

    private static ValueName OfArgument(ArgumentSyntax argument, bool plural)
    {
        if (argument.NameColon is { } nameColon)
        {
            // password: "…" in a call, (Password: "…", …) in a tuple.
            return Named(nameColon.Name.Identifier.ValueText, plural);
        }

        if (argument.Parent is not BaseArgumentListSyntax list)
        {
            return default;
        }

        var arguments = list.Arguments;
        var index = LiteralPieces.IndexByPosition<SeparatedSyntaxList<ArgumentSyntax>, ArgumentSyntax>(arguments, argument);
        if (index > 0)
        {
            // headers.Add("X-Api-Key", "…"), SetEnvironmentVariable("DB_PASSWORD", "…"), new KeyValuePair<…>("password", "…").
            var key = arguments[index - 1].Expression;
            if (KeyText(key) is { } keyText && SecretNames.MayName(keyText, 0, keyText.Length) && SecretNames.KindOf(keyText) != NamedKind.None)
            {
                return Named(keyText, plural);
            }
        }

        if (index == 0 && arguments.Count == 1 && PreviousCallKey(list) is { } chained)
        {
            // builder.Append("Password=").Append("…"), writer.WriteString("apiKey").WriteValue("…").
            return Named(chained, plural);
        }

        return list.Parent is InvocationExpressionSyntax or BaseObjectCreationExpressionSyntax or ConstructorInitializerSyntax
            ? new ValueName(ValueNameKind.Parameter, null, argument, plural)
            : default;
    }

    private static ValueName OfAttributeArgument(AttributeArgumentSyntax argument, bool plural)
    {
        if (argument.NameEquals is { } nameEquals)
        {
            // [Setting(Name = "ApiKey", Value = "…")]: a Value named by its sibling.
            var name = nameEquals.Name.Identifier.ValueText;
            return Named(
                (IsValueName(name) && argument.Parent is AttributeArgumentListSyntax list ? SiblingName(list.Arguments) : null) ?? name,
                plural);
        }

        if (argument.NameColon is { } nameColon)
        {
            return Named(nameColon.Name.Identifier.ValueText, plural);
        }

        // [DefaultValue("…")] on a property or field: the member's name says what the default is.
        if (argument.Parent is AttributeArgumentListSyntax { Parent: AttributeSyntax attribute, Arguments.Count: 1 }
            && LastIdentifier(attribute.Name) is "DefaultValue" or "DefaultValueAttribute"
            && attribute.Parent?.Parent is { } member)
        {
            return Named(member switch
            {
                PropertyDeclarationSyntax property => property.Identifier.ValueText,
                FieldDeclarationSyntax field when field.Declaration.Variables.Count == 1 => field.Declaration.Variables[0].Identifier.ValueText,
                ParameterSyntax parameter => parameter.Identifier.ValueText,
                _ => null,
            }, plural);
        }

        return default;
    }

    private static bool IsValueName(string? name) => name is "Value" or "DefaultValue";

    /// <summary>The string literal given to a sibling <c>Name</c> or <c>Key</c> (an attribute's named argument or an initializer's assignment).</summary>
    private static string? SiblingName<TNode>(SeparatedSyntaxList<TNode> siblings)
        where TNode : SyntaxNode
    {
        // A handful of siblings: an attribute or an initializer, not a list of thousands.
        for (var i = 0; i < siblings.Count && i < 8; i++)
        {
            var (name, value) = siblings[i] switch
            {
                AttributeArgumentSyntax { NameEquals: { } equals } attribute => (equals.Name.Identifier.ValueText, attribute.Expression),
                AssignmentExpressionSyntax { Left: IdentifierNameSyntax left } assignment => (left.Identifier.ValueText, assignment.Right),
                _ => (null, null),
            };
            if (name is "Name" or "Key" && value is not null && KeyText(value) is { } text)
            {
                return text;
            }
        }

        return null;
    }

    /// <summary>
    /// In a chain of one-argument calls of the same method (<c>.Append("Password=").Append("…")</c>), the string
    /// literal given to the call before this one, when it names a credential.
    /// </summary>
    private static string? PreviousCallKey(BaseArgumentListSyntax list)
    {
        if (list.Parent is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name: var method, Expression: InvocationExpressionSyntax previous } }
            && previous is { Expression: MemberAccessExpressionSyntax { Name: var previousMethod }, ArgumentList.Arguments: { Count: 1 } previousArguments }
            && method.Identifier.ValueText == previousMethod.Identifier.ValueText
            && KeyText(previousArguments[0].Expression) is { } key
            && SecretNames.MayName(key, 0, key.Length) && SecretNames.KindOf(key) != NamedKind.None)
        {
            return key;
        }

        return null;
    }

    /// <summary>The key a read on the left of <c>??</c> names: <c>Environment.GetEnvironmentVariable("API_KEY")</c>, <c>config["Jwt:Key"]</c>, <c>GetValue&lt;string&gt;("Smtp:Password")</c>.</summary>
    private static string? KeyRead(ExpressionSyntax left)
    {
        while (left is ParenthesizedExpressionSyntax parenthesized)
        {
            left = parenthesized.Expression;
        }

        return left switch
        {
            ElementAccessExpressionSyntax { ArgumentList.Arguments: { Count: 1 } arguments } => KeyText(arguments[0].Expression),
            InvocationExpressionSyntax { ArgumentList.Arguments: { Count: >= 1 } arguments } => KeyText(arguments[0].Expression),
            _ => null,
        };
    }

    /// <summary>The text of a string literal used as a key or name, else null.</summary>
    private static string? KeyText(ExpressionSyntax expression) =>
        expression is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression) ? LiteralPieces.StringValue(literal.Token) : null;

    private static string? TargetName(ExpressionSyntax target) => target switch
    {
        IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
        MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
        MemberBindingExpressionSyntax binding => binding.Name.Identifier.ValueText,
        ImplicitElementAccessSyntax { ArgumentList.Arguments: { Count: 1 } arguments } => KeyText(arguments[0].Expression),
        ElementAccessExpressionSyntax { ArgumentList.Arguments: { Count: 1 } arguments } => KeyText(arguments[0].Expression),
        _ => null,
    };

    private static string? MemberName(SyntaxNode? member) => member switch
    {
        PropertyDeclarationSyntax property => property.Identifier.ValueText,
        MethodDeclarationSyntax method => method.Identifier.ValueText,
        LocalFunctionStatementSyntax local => local.Identifier.ValueText,
        AccessorDeclarationSyntax { Parent.Parent: PropertyDeclarationSyntax property } => property.Identifier.ValueText,
        _ => null,
    };

    /// <summary>The property or method a <c>return</c> leaves; not one inside a lambda, whose name is not known here.</summary>
    private static string? ReturningMemberName(ReturnStatementSyntax ret)
    {
        for (SyntaxNode? node = ret.Parent; node is not null; node = node.Parent)
        {
            switch (node)
            {
                case AnonymousFunctionExpressionSyntax:
                    return null;
                case AccessorDeclarationSyntax or MethodDeclarationSyntax or LocalFunctionStatementSyntax:
                    return MemberName(node);
                case MemberDeclarationSyntax:
                    return null;
            }
        }

        return null;
    }

    private static string? LastIdentifier(NameSyntax name) => name switch
    {
        SimpleNameSyntax simple => simple.Identifier.ValueText,
        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
        AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
        _ => null,
    };
}
