using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.FindSymbols;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;
using SecretAnalyzers.Detection;

namespace SecretAnalyzers.CodeFixes.Secrets;

/// <summary>Where a fixed secret is read from.</summary>
internal enum SecretFixStyle
{
    /// <summary><c>configuration["Stripe:SecretKey"]</c>, from an <c>IConfiguration</c> in scope or injected.</summary>
    Configuration,

    /// <summary><c>Environment.GetEnvironmentVariable("STRIPE_SECRET_KEY")</c>: anywhere, static code included.</summary>
    Environment,

    /// <summary>The team's own provider named in <c>.editorconfig</c> (<c>secret_analyzers.secret_provider</c>).</summary>
    Provider,
}

/// <summary>The result of fixing one or more secrets of a document: the document, and the keys and styles they are now read with.</summary>
internal sealed class SecretFix
{
    public SecretFix(Document document, IReadOnlyList<(SecretKey Key, SecretFixStyle Style)> reads, bool isFallbackRemoval)
    {
        Document = document;
        Reads = reads;
        IsFallbackRemoval = isFallbackRemoval;
    }

    /// <summary>Whether the one secret fixed was a <c>??</c> fallback, removed rather than read.</summary>
    public bool IsFallbackRemoval { get; }

    public Document Document { get; }

    public IReadOnlyList<(SecretKey Key, SecretFixStyle Style)> Reads { get; }
}

/// <summary>
/// Replaces hard-coded secrets of one document with reads from configuration, the environment or the team's provider.
/// The targets are marked first and fixed one at a time on the evolving document; a step whose result compiles worse
/// than before is undone, so that a batch (Fix All) fixes what it can and breaks nothing.
/// </summary>
internal static class SecretRewriter
{
    /// <param name="fallBackToEnvironment">
    /// For the preferred style (the one <c>dotnet format</c> applies everywhere): a secret it cannot reach (static code, a
    /// <c>const</c>) is read from the environment instead, so that one Fix All leaves no secret behind.
    /// </param>
    /// <param name="plannedKeys">For a Fix All over several documents: the key of each diagnostic (by document and start), planned over all of them.</param>
    public static async Task<SecretFix?> FixAsync(
        Document document,
        IReadOnlyList<Diagnostic> diagnostics,
        SecretFixStyle style,
        bool fallBackToEnvironment,
        CancellationToken cancellationToken,
        IReadOnlyDictionary<(DocumentId Document, int Start), SecretKey>? plannedKeys = null)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return null;
        }

        var provider = style == SecretFixStyle.Provider ? SecretProvider.Of(document, root.SyntaxTree, model.Compilation) : null;
        if ((style == SecretFixStyle.Provider && provider is null)
            || (style == SecretFixStyle.Configuration && model.Compilation.GetTypeByMetadataName(ConfigurationScope.ConfigurationInterface) is null))
        {
            // Configuration only where Microsoft.Extensions.Configuration.Abstractions is referenced; the provider only where it resolves.
            if (!fallBackToEnvironment)
            {
                return null;
            }

            style = SecretFixStyle.Environment;
        }

        // Targets in document order, one per expression (two secrets of one connection string are one read).
        // For each, whether a const may be left in the chosen style and in the environment fallback (decided on the original tree).
        var targets = new List<(SecretFixTarget Target, Diagnostic Diagnostic, bool InStyle, bool InEnvironment)>();
        foreach (var diagnostic in diagnostics.OrderBy(d => d.Location.SourceSpan.Start))
        {
            // A summary of findings past the reporting limit has no fingerprint and stands for values fixed one by one.
            if (diagnostic.Location.SourceTree != root.SyntaxTree
                || !diagnostic.Properties.ContainsKey(SecretReporter.FingerprintProperty)
                || SecretFixTarget.Find(root, model, diagnostic.Location.SourceSpan, cancellationToken) is not { } target
                || targets.Any(t => t.Target.Expression == target.Expression))
            {
                continue;
            }

            var inStyle = await CanLeaveConstAsync(document, model, target, style, provider, cancellationToken).ConfigureAwait(false);
            var inEnvironment = fallBackToEnvironment && style != SecretFixStyle.Environment
                && await CanLeaveConstAsync(document, model, target, SecretFixStyle.Environment, provider, cancellationToken).ConfigureAwait(false);
            if (inStyle || inEnvironment)
            {
                targets.Add((target, diagnostic, inStyle, inEnvironment));
            }
        }

        if (targets.Count == 0)
        {
            return null;
        }

        var names = new SecretKeyNames(plannedKeys is null ? await KeysReadInProjectAsync(document.Project, cancellationToken).ConfigureAwait(false) : new List<string>());
        var steps = new List<(SyntaxAnnotation Mark, SecretFixTarget Target, SecretKey Key, bool InStyle, bool InEnvironment)>();
        foreach (var (target, diagnostic, inStyle, inEnvironment) in targets)
        {
            var key = plannedKeys is not null && plannedKeys.TryGetValue((document.Id, diagnostic.Location.SourceSpan.Start), out var planned)
                ? planned
                : names.For(diagnostic, target);
            steps.Add((new SyntaxAnnotation("SecretAnalyzers.SecretTarget"), target, key, inStyle, inEnvironment));
        }

        var marks = steps.ToDictionary(s => (SyntaxNode)s.Target.Expression, s => s.Mark);
        document = document.WithSyntaxRoot(root.ReplaceNodes(marks.Keys, (original, current) => current.WithAdditionalAnnotations(marks[original])));

        var errors = FixChecks.CountErrors(model, cancellationToken);
        var keys = new List<(SecretKey, SecretFixStyle)>();
        foreach (var (mark, target, key, inStyle, inEnvironment) in steps)
        {
            var used = style;
            var next = inStyle ? await FixStepAsync(document, mark, target, key, style, provider, errors, cancellationToken).ConfigureAwait(false) : null;
            if (next is null && inEnvironment)
            {
                used = SecretFixStyle.Environment;
                next = await FixStepAsync(document, mark, target, key, used, provider, errors, cancellationToken).ConfigureAwait(false);
            }

            if (next is null)
            {
                continue;
            }

            document = next;
            keys.Add((key, used));
        }

        if (keys.Count == 0)
        {
            return null;
        }

        document = await ImportAdder.AddImportsAsync(document, Simplifier.AddImportsAnnotation, cancellationToken: cancellationToken).ConfigureAwait(false);
        document = await Simplifier.ReduceAsync(document, Simplifier.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
        document = await Formatter.FormatAsync(document, Formatter.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
        document = await RedactCommentsAsync(document, targets.Select(t => t.Target), cancellationToken).ConfigureAwait(false);
        return new SecretFix(document, keys, targets.Count == 1 && targets[0].Target.Shape == ValueShape.Fallback);
    }

    /// <summary>One secret in one style; a field or property initializer that cannot read an injected field (CS0236) moves into the constructors.</summary>
    private static async Task<Document?> FixStepAsync(
        Document document,
        SyntaxAnnotation mark,
        SecretFixTarget target,
        SecretKey key,
        SecretFixStyle style,
        SecretProvider? provider,
        int errors,
        CancellationToken cancellationToken)
    {
        return await CompilingAsync(await FixOneAsync(document, mark, target, key, style, provider, moveToConstructors: false, cancellationToken).ConfigureAwait(false), errors, cancellationToken).ConfigureAwait(false)
            ?? await CompilingAsync(await FixOneAsync(document, mark, target, key, style, provider, moveToConstructors: true, cancellationToken).ConfigureAwait(false), errors, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<Document?> CompilingAsync(Document? document, int errorsBefore, CancellationToken cancellationToken) =>
        document is not null && await FixChecks.CompilesAsWellAsync(document, errorsBefore, cancellationToken).ConfigureAwait(false) ? document : null;

    private static async Task<Document?> FixOneAsync(
        Document document,
        SyntaxAnnotation mark,
        SecretFixTarget target,
        SecretKey key,
        SecretFixStyle style,
        SecretProvider? provider,
        bool moveToConstructors,
        CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root?.GetAnnotatedNodes(mark).OfType<ExpressionSyntax>().FirstOrDefault() is not { } expression || model is null)
        {
            return null;
        }

        // Environment and InvalidOperationException as the file can name them: bare where System is imported.
        var system = SystemQualifier(model, expression.SpanStart);
        if (target.Shape == ValueShape.Fallback)
        {
            // x ?? "sk_live_…": whatever the style, the read is there already; the fallback becomes an error that says what is missing.
            var coalesce = expression.Ancestors().OfType<BinaryExpressionSyntax>().First(b => b.IsKind(SyntaxKind.CoalesceExpression));
            var thrown = SyntaxFactory.ParseExpression("throw new " + system + "InvalidOperationException(" + Literal(MissingMessage(coalesce.Left)) + ")")
                .WithTriviaFrom(coalesce.Right)
                .WithAdditionalAnnotations(Formatter.Annotation);
            return document.WithSyntaxRoot(root.ReplaceNode(coalesce.Right, thrown));
        }

        string read;
        switch (style)
        {
            case SecretFixStyle.Environment:
                read = system + "Environment.GetEnvironmentVariable(" + Literal(key.EnvironmentVariable) + ") ?? throw new " + system + "InvalidOperationException("
                    + Literal("Environment variable '" + key.EnvironmentVariable + "' is not set.") + ")";
                break;
            case SecretFixStyle.Configuration:
            {
                if (target.Const == ConstDeclaration.Field)
                {
                    // A constant is read by static code too: only a static read can take its place.
                    return null;
                }

                var access = ConfigurationScope.Expressions(model, expression.SpanStart, cancellationToken).FirstOrDefault();
                if (access is null)
                {
                    var injected = await Injection.InjectAsync(document, root, model, expression, ConfigurationScope.ConfigurationInterface, "configuration", cancellationToken).ConfigureAwait(false);
                    if (injected is null)
                    {
                        return null;
                    }

                    (root, access) = injected.Value;
                    expression = root.GetAnnotatedNodes(mark).OfType<ExpressionSyntax>().First();
                }

                read = access + "[" + Literal(key.ConfigurationKey) + "] ?? throw new " + system + "InvalidOperationException("
                    + Literal("Configuration value '" + key.ConfigurationKey + "' is missing.") + ")";
                break;
            }

            default:
            {
                string access;
                if (provider!.IsStatic)
                {
                    access = "global::" + provider.TypeName;
                }
                else if (target.Const == ConstDeclaration.Field)
                {
                    return null;
                }
                else if (ConfigurationScope.Expressions(model, expression.SpanStart, provider.Type, viaPropertyName: null, cancellationToken).FirstOrDefault() is { } inScope)
                {
                    access = inScope;
                }
                else
                {
                    var injected = await Injection.InjectAsync(document, root, model, expression, provider.TypeName, provider.ParameterName, cancellationToken).ConfigureAwait(false);
                    if (injected is null)
                    {
                        return null;
                    }

                    (root, access) = injected.Value;
                    expression = root.GetAnnotatedNodes(mark).OfType<ExpressionSyntax>().First();
                }

                read = access + "." + provider.Method + "(" + Literal(key.ConfigurationKey) + ")";
                if (provider.MayReturnNull)
                {
                    read += " ?? throw new " + system + "InvalidOperationException(" + Literal("Secret '" + key.ConfigurationKey + "' is missing.") + ")";
                }

                break;
            }
        }

        if (target.Shape == ValueShape.InterpolatedText)
        {
            return expression is InterpolatedStringExpressionSyntax interpolation && WithHole(interpolation, target, read) is { } withHole
                ? document.WithSyntaxRoot(root.ReplaceNode(interpolation, withHole))
                : null;
        }

        var replacement = target.Shape == ValueShape.AfterPrefix
            ? SyntaxFactory.ParseExpression(Literal(target.Prefix) + " + (" + read + ")")
            : SyntaxFactory.ParseExpression("(" + read + ")");
        replacement = replacement.WithTriviaFrom(expression).WithAdditionalAnnotations(Simplifier.Annotation, Formatter.Annotation);
        if (moveToConstructors)
        {
            return MoveToConstructors(root, expression, target, read) is { } moved ? document.WithSyntaxRoot(moved) : null;
        }

        var marked = new SyntaxAnnotation();
        root = root.ReplaceNode(expression, replacement.WithAdditionalAnnotations(marked));
        var replaced = root.GetAnnotatedNodes(marked).First();

        switch (target.Const)
        {
            case ConstDeclaration.Field when replaced.FirstAncestorOrSelf<FieldDeclarationSyntax>() is { Declaration.Variables.Count: 1 } field
                && field.Declaration.Variables[0] is { Initializer: { } initializer } declarator:
                // const → a static property that reads the value on each use: every use still compiles (CanLeaveConstAsync
                // made sure none needs a constant), and a missing value is an InvalidOperationException where it is
                // used, not a TypeInitializationException that makes the whole type unusable.
                var constToken = field.Modifiers.First(m => m.IsKind(SyntaxKind.ConstKeyword));
                var modifiers = field.Modifiers.Where(m => !m.IsKind(SyntaxKind.ConstKeyword)).ToList();
                modifiers.Add(SyntaxFactory.Token(SyntaxKind.StaticKeyword).WithLeadingTrivia(modifiers.Count == 0 ? constToken.LeadingTrivia : default).WithTrailingTrivia(constToken.TrailingTrivia));
                var property = SyntaxFactory.PropertyDeclaration(field.Declaration.Type, declarator.Identifier.WithTrailingTrivia(SyntaxFactory.Space))
                    .WithAttributeLists(field.AttributeLists)
                    .WithModifiers(SyntaxFactory.TokenList(modifiers))
                    .WithExpressionBody(SyntaxFactory.ArrowExpressionClause(initializer.Value.WithLeadingTrivia(SyntaxFactory.Space)))
                    .WithSemicolonToken(field.SemicolonToken)
                    .WithLeadingTrivia(field.GetLeadingTrivia());
                root = root.ReplaceNode(field, property);
                break;
            case ConstDeclaration.Local when replaced.FirstAncestorOrSelf<LocalDeclarationStatementSyntax>() is { } local:
                var constKeyword = local.Modifiers.First(m => m.IsKind(SyntaxKind.ConstKeyword));
                var declaration = local.Declaration.WithLeadingTrivia(constKeyword.LeadingTrivia.AddRange(local.Declaration.GetLeadingTrivia()));
                root = root.ReplaceNode(local, local.WithModifiers(SyntaxFactory.TokenList(local.Modifiers.Where(m => !m.IsKind(SyntaxKind.ConstKeyword)))).WithDeclaration(declaration));
                break;
        }

        return document.WithSyntaxRoot(root);
    }

    /// <summary><c>$"Bearer sk-…{x}"</c> → <c>$"Bearer {(read)}{x}"</c>: the text around the secret is kept, escaped as the string's kind wants it.</summary>
    private static InterpolatedStringExpressionSyntax? WithHole(InterpolatedStringExpressionSyntax interpolation, SecretFixTarget target, string read)
    {
        var (index, start, length) = target.Text;
        if (index < 0 || index >= interpolation.Contents.Count || interpolation.Contents[index] is not InterpolatedStringTextSyntax text)
        {
            return null;
        }

        var value = text.TextToken.ValueText;
        if (start + length > value.Length)
        {
            return null;
        }

        var verbatim = interpolation.StringStartToken.IsKind(SyntaxKind.InterpolatedVerbatimStringStartToken);
        var parts = new List<InterpolatedStringContentSyntax>();
        if (start > 0)
        {
            parts.Add(Text(value.Substring(0, start), verbatim));
        }

        parts.Add(SyntaxFactory.Interpolation(SyntaxFactory.ParseExpression("(" + read + ")").WithAdditionalAnnotations(Simplifier.Annotation)));
        if (start + length < value.Length)
        {
            parts.Add(Text(value.Substring(start + length), verbatim));
        }

        var contents = interpolation.Contents.RemoveAt(index).InsertRange(index, parts);
        return interpolation.WithContents(contents);
    }

    private static InterpolatedStringTextSyntax Text(string value, bool verbatim)
    {
        var escaped = verbatim
            ? value.Replace("\"", "\"\"").Replace("{", "{{").Replace("}", "}}")
            : value.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\n", "\\n").Replace("\r", "\\r").Replace("\t", "\\t").Replace("{", "{{").Replace("}", "}}");
        return SyntaxFactory.InterpolatedStringText(SyntaxFactory.Token(default, SyntaxKind.InterpolatedStringTextToken, escaped, value, default));
    }

    /// <summary>What the left of <c>??</c> reads, for the error that replaces a hard-coded fallback.</summary>
    private static string MissingMessage(ExpressionSyntax read)
    {
        var unwrapped = read;
        while (unwrapped is ParenthesizedExpressionSyntax parenthesized)
        {
            unwrapped = parenthesized.Expression;
        }

        var argument = unwrapped switch
        {
            ElementAccessExpressionSyntax access when access.ArgumentList.Arguments.Count == 1 => access.ArgumentList.Arguments[0].Expression,
            InvocationExpressionSyntax invocation when invocation.ArgumentList.Arguments.Count == 1
                && invocation.Expression.ToString().EndsWith("GetEnvironmentVariable", StringComparison.Ordinal) => invocation.ArgumentList.Arguments[0].Expression,
            _ => null,
        };
        if (argument is not LiteralExpressionSyntax literal || !literal.IsKind(SyntaxKind.StringLiteralExpression))
        {
            return "The secret is not configured.";
        }

        return unwrapped is ElementAccessExpressionSyntax
            ? "Configuration value '" + literal.Token.ValueText + "' is missing."
            : "Environment variable '" + literal.Token.ValueText + "' is not set.";
    }

    private static string SystemQualifier(SemanticModel model, int position)
    {
        var environment = model.GetSpeculativeSymbolInfo(position, SyntaxFactory.IdentifierName("Environment"), SpeculativeBindingOption.BindAsExpression).Symbol;
        var exception = model.GetSpeculativeSymbolInfo(position, SyntaxFactory.IdentifierName("InvalidOperationException"), SpeculativeBindingOption.BindAsTypeOrNamespace).Symbol;
        return environment?.ToDisplayString() == "System.Environment" && exception?.ToDisplayString() == "System.InvalidOperationException" ? string.Empty : "System.";
    }

    /// <summary><c>this.configuration[…]</c> → <c>configuration</c>; <c>_secrets.Get(…)</c> → <c>_secrets</c>.</summary>
    private static string AccessedMember(string read)
    {
        var start = read.StartsWith("this.", StringComparison.Ordinal) ? "this.".Length : 0;
        var end = start;
        while (end < read.Length && (char.IsLetterOrDigit(read[end]) || read[end] == '_'))
        {
            end++;
        }

        return read.Substring(start, end - start);
    }

    /// <summary>
    /// An instance field's or property's initializer moves into every constructor that does not chain to another,
    /// just after the statement that sets the dependency <paramref name="read"/> starts with, and reads it from the
    /// parameter that statement assigns: <c>apiKey = configuration["…"] ?? throw …;</c>.
    /// </summary>
    private static SyntaxNode? MoveToConstructors(SyntaxNode root, ExpressionSyntax expression, SecretFixTarget target, string read)
    {
        var dependency = AccessedMember(read);
        var accessLength = read.StartsWith("this.", StringComparison.Ordinal) ? "this.".Length + dependency.Length : dependency.Length;
        if (expression.Parent is not EqualsValueClauseSyntax initializer
            || expression.FirstAncestorOrSelf<TypeDeclarationSyntax>() is not { } type)
        {
            return null;
        }

        MemberDeclarationSyntax owner;
        string memberName;
        switch (initializer.Parent)
        {
            case VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax { Parent: FieldDeclarationSyntax field } } declarator
                when !field.Modifiers.Any(SyntaxKind.StaticKeyword) && !field.Modifiers.Any(SyntaxKind.ConstKeyword):
                owner = field;
                memberName = declarator.Identifier.ValueText;
                break;
            case PropertyDeclarationSyntax property when !property.Modifiers.Any(SyntaxKind.StaticKeyword):
                owner = property;
                memberName = property.Identifier.ValueText;
                break;
            default:
                return null;
        }

        var constructors = type.Members.OfType<ConstructorDeclarationSyntax>()
            .Where(c => !c.Modifiers.Any(SyntaxKind.StaticKeyword) && c.Initializer?.IsKind(SyntaxKind.ThisConstructorInitializer) != true)
            .ToList();
        if (constructors.Count == 0)
        {
            return null;
        }

        var anchors = new Dictionary<ConstructorDeclarationSyntax, StatementSyntax>();
        var assignments = new Dictionary<ConstructorDeclarationSyntax, StatementSyntax>();
        foreach (var constructor in constructors)
        {
            var anchor = constructor.Body?.Statements.FirstOrDefault(statement => statement is ExpressionStatementSyntax { Expression: AssignmentExpressionSyntax set }
                && (set.Left is IdentifierNameSyntax name && name.Identifier.ValueText == dependency
                    || set.Left is MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax } access && access.Name.Identifier.ValueText == dependency));
            if (anchor is null)
            {
                return null;
            }

            anchors[constructor] = anchor;
            var source = ((AssignmentExpressionSyntax)((ExpressionStatementSyntax)anchor).Expression).Right is IdentifierNameSyntax parameter
                ? parameter.Identifier.ValueText
                : read.Substring(0, accessLength);
            var value = source + read.Substring(accessLength);
            value = target.Shape == ValueShape.AfterPrefix ? Literal(target.Prefix) + " + (" + value + ")" : value;
            assignments[constructor] = SyntaxFactory.ParseStatement("this." + memberName + " = " + value + ";")
                .WithLeadingTrivia(SyntaxFactory.ElasticMarker)
                .WithTrailingTrivia(SyntaxFactory.ElasticMarker)
                .WithAdditionalAnnotations(Simplifier.Annotation, Formatter.Annotation);
        }

        var newOwner = owner switch
        {
            FieldDeclarationSyntax field when initializer.Parent is VariableDeclaratorSyntax declarator =>
                (MemberDeclarationSyntax)field.ReplaceNode(declarator, declarator.WithInitializer(null).WithIdentifier(declarator.Identifier.WithTrailingTrivia())),
            PropertyDeclarationSyntax { AccessorList: { } accessors } property =>
                property.WithInitializer(null).WithSemicolonToken(default).WithAccessorList(accessors.WithTrailingTrivia(property.SemicolonToken.TrailingTrivia)),
            _ => owner,
        };
        var newType = type.ReplaceNodes(
            constructors.Cast<SyntaxNode>().Append(owner),
            (original, current) => original == owner
                ? newOwner
                : current is ConstructorDeclarationSyntax constructor && constructor.Body is { } body
                    ? constructor.WithBody(body.WithStatements(body.Statements.Insert(body.Statements.IndexOf(s => s.IsEquivalentTo(anchors[(ConstructorDeclarationSyntax)original])) + 1, assignments[(ConstructorDeclarationSyntax)original])))
                    : current);
        return root.ReplaceNode(type, newType);
    }

    /// <summary>
    /// A <c>const</c> can become <c>static readonly</c> (or a local) only if no use of it needs a constant: an attribute
    /// argument, a <c>case</c> label or pattern, a default parameter value, another constant's initializer.
    /// </summary>
    private static async Task<bool> CanLeaveConstAsync(Document document, SemanticModel model, SecretFixTarget target, SecretFixStyle style, SecretProvider? provider, CancellationToken cancellationToken)
    {
        if (target.Const == ConstDeclaration.None)
        {
            return true;
        }

        if (target.Const == ConstDeclaration.Field && (style == SecretFixStyle.Configuration || (style == SecretFixStyle.Provider && provider?.IsStatic != true)))
        {
            return false;
        }

        if (target.Expression.Parent?.Parent is not VariableDeclaratorSyntax declarator
            || model.GetDeclaredSymbol(declarator, cancellationToken) is not { } symbol)
        {
            return false;
        }

        foreach (var reference in await SymbolFinder.FindReferencesAsync(symbol, document.Project.Solution, cancellationToken).ConfigureAwait(false))
        {
            foreach (var location in reference.Locations)
            {
                var node = (await location.Location.SourceTree!.GetRootAsync(cancellationToken).ConfigureAwait(false)).FindNode(location.Location.SourceSpan, getInnermostNodeForTie: true);
                if (NeedsConstant(node))
                {
                    return false;
                }
            }
        }

        // Another const may share the declaration (const string A = "…", B = "…"): it would stop being one too.
        return declarator.Parent is VariableDeclarationSyntax { Variables.Count: 1 };
    }

    private static bool NeedsConstant(SyntaxNode node)
    {
        for (var current = node; current is not null && current is not StatementSyntax and not MemberDeclarationSyntax; current = current.Parent)
        {
            switch (current)
            {
                case AttributeArgumentSyntax or CaseSwitchLabelSyntax or ConstantPatternSyntax or SwitchExpressionArmSyntax:
                case EqualsValueClauseSyntax { Parent: ParameterSyntax or EnumMemberDeclarationSyntax }:
                    return true;
                case EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax { Parent: var declaration } } }
                    when (declaration is FieldDeclarationSyntax field && field.Modifiers.Any(SyntaxKind.ConstKeyword))
                         || (declaration is LocalDeclarationStatementSyntax local && local.IsConst):
                    return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The keys of every secret a Fix All will fix, planned together so that documents fixed side by side never give two
    /// different secrets one key, and give one secret found in two files the same key. In file and position order, so
    /// the names are stable.
    /// </summary>
    public static async Task<Dictionary<(DocumentId Document, int Start), SecretKey>> PlanKeysAsync(IEnumerable<(Document Document, Diagnostic Diagnostic)> found, CancellationToken cancellationToken)
    {
        var plan = new Dictionary<(DocumentId, int), SecretKey>();
        var ordered = found.Where(f => f.Diagnostic.Location.SourceTree is not null)
            .OrderBy(f => f.Diagnostic.Location.SourceTree!.FilePath, StringComparer.Ordinal)
            .ThenBy(f => f.Diagnostic.Location.SourceSpan.Start)
            .ToList();
        var taken = new List<string>();
        foreach (var project in ordered.Select(f => f.Document.Project).Distinct())
        {
            taken.AddRange(await KeysReadInProjectAsync(project, cancellationToken).ConfigureAwait(false));
        }

        var names = new SecretKeyNames(taken);
        foreach (var (document, diagnostic) in ordered)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            if (root is not null && model is not null && SecretFixTarget.Find(root, model, diagnostic.Location.SourceSpan, cancellationToken) is { } target)
            {
                plan[(document.Id, diagnostic.Location.SourceSpan.Start)] = names.For(diagnostic, target);
            }
        }

        return plan;
    }

    /// <summary>Keys the project's code already names (a key in a string literal anywhere): a new secret does not take one.</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Project, List<string>> KeysByProject = new();

    internal static async Task<List<string>> KeysReadInProjectAsync(Project project, CancellationToken cancellationToken)
    {
        // A project snapshot is immutable: its keys are read once, not once per diagnostic and style.
        if (KeysByProject.TryGetValue(project, out var known))
        {
            return known;
        }

        var keys = await ReadKeysAsync(project, cancellationToken).ConfigureAwait(false);
        return KeysByProject.GetValue(project, _ => keys);
    }

    private static async Task<List<string>> ReadKeysAsync(Project project, CancellationToken cancellationToken)
    {
        var keys = new List<string>();
        foreach (var other in project.Documents)
        {
            if (await other.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false) is not { } otherRoot)
            {
                continue;
            }

            foreach (var token in otherRoot.DescendantTokens())
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (token.IsKind(SyntaxKind.StringLiteralToken) && token.ValueText.Length is > 2 and < 128 && IsKeyLike(token.ValueText))
                {
                    keys.Add(token.ValueText);
                }
            }
        }

        return keys;
    }

    private static bool IsKeyLike(string text)
    {
        foreach (var c in text)
        {
            if (!char.IsLetterOrDigit(c) && c != ':' && c != '_')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A comment that repeats a fixed secret would keep it in the file: its copy is replaced with <c>***</c>.</summary>
    private static async Task<Document> RedactCommentsAsync(Document document, IEnumerable<SecretFixTarget> targets, CancellationToken cancellationToken)
    {
        var secrets = new List<string>();
        foreach (var target in targets)
        {
            for (var position = 0; SecretScanner.TryFind(target.Value, position, out var match); position = match.End)
            {
                cancellationToken.ThrowIfCancellationRequested();
                secrets.Add(target.Value.Substring(match.Start, match.Length));
            }

            if (secrets.Count == 0 && target.Value.Length >= 8)
            {
                secrets.Add(target.Value);
            }
        }

        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || secrets.Count == 0)
        {
            return document;
        }

        // Each comment's text is made once, not once per secret.
        var comments = new List<SyntaxTrivia>();
        foreach (var trivia in root.DescendantTrivia())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (trivia.IsKind(SyntaxKind.SingleLineCommentTrivia) || trivia.IsKind(SyntaxKind.MultiLineCommentTrivia))
            {
                var comment = trivia.ToString();
                if (secrets.Any(secret => comment.IndexOf(secret, StringComparison.Ordinal) >= 0))
                {
                    comments.Add(trivia);
                }
            }
        }

        if (comments.Count == 0)
        {
            return document;
        }

        return document.WithSyntaxRoot(root.ReplaceTrivia(comments, (original, _) =>
        {
            var text = original.ToString();
            foreach (var secret in secrets)
            {
                text = text.Replace(secret, "***");
            }

            return SyntaxFactory.Comment(text);
        }));
    }

    private static string Literal(string text) => SymbolDisplay.FormatLiteral(text, quote: true);
}

/// <summary>
/// The team's secret provider from <c>secret_analyzers.secret_provider = Contoso.Security.ISecretStore.GetSecret</c>:
/// a method that takes the key as its one string parameter and returns the secret as a string.
/// </summary>
internal sealed class SecretProvider
{
    private SecretProvider(INamedTypeSymbol type, string method, bool isStatic, bool mayReturnNull)
    {
        Type = type;
        TypeName = type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat).Replace("global::", string.Empty);
        Method = method;
        IsStatic = isStatic;
        MayReturnNull = mayReturnNull;
        // ISecretStore → secretStore; IdentityVault stays identityVault.
        var name = type.TypeKind == TypeKind.Interface && type.Name.Length > 1 && type.Name[0] == 'I' && char.IsUpper(type.Name[1]) ? type.Name.Substring(1) : type.Name;
        ParameterName = char.ToLowerInvariant(name[0]) + name.Substring(1);
    }

    public INamedTypeSymbol Type { get; }

    public string TypeName { get; }

    public string Method { get; }

    public bool IsStatic { get; }

    public bool MayReturnNull { get; }

    /// <summary><c>ISecretStore</c> → <c>secretStore</c>.</summary>
    public string ParameterName { get; }

    public static SecretProvider? Of(Document document, SyntaxTree tree, Compilation compilation)
    {
        if (!document.Project.AnalyzerOptions.AnalyzerConfigOptionsProvider.GetOptions(tree).TryGetValue(OptionKeys.SecretProvider, out var value))
        {
            return null;
        }

        var text = value.Trim();
        var dot = text.LastIndexOf('.');
        if (dot <= 0 || compilation.GetTypeByMetadataName(text.Substring(0, dot)) is not { } type || type.Name.Length == 0)
        {
            return null;
        }

        var method = type.GetMembers(text.Substring(dot + 1)).OfType<IMethodSymbol>().FirstOrDefault(m =>
            m.Parameters.Length == 1 && m.Parameters[0].Type.SpecialType == SpecialType.System_String
            && m.ReturnType.SpecialType == SpecialType.System_String && m.DeclaredAccessibility == Accessibility.Public);
        return method is null ? null : new SecretProvider(type, method.Name, method.IsStatic, method.ReturnNullableAnnotation == NullableAnnotation.Annotated);
    }
}
