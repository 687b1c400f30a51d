using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Operations;
using SecretAnalyzers.Cors;

namespace SecretAnalyzers.CodeFixes;

/// <summary>
/// SECA005 and SECA006 on a <c>CorsPolicyBuilder</c> call: read the allowed origins from the <c>IConfiguration</c> in
/// scope instead (<c>WithOrigins(configuration.GetSection("Cors:AllowedOrigins").Get&lt;string[]&gt;() ?? …)</c>), and for
/// SECA006 alone, remove <c>AllowCredentials()</c> from the policy. Where no configuration is reachable, no origin fix
/// is offered rather than a made-up origin list.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(CorsCodeFixProvider)), Shared]
public sealed class CorsCodeFixProvider : CodeFixProvider
{
    public const string OriginsFromConfigurationKey = "SECA-CORS-OriginsFromConfiguration";
    public const string RemoveCredentialsKey = "SECA-CORS-RemoveCredentials";
    public const string ConfigurationKey = "Cors:AllowedOrigins";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.CorsAnyOrigin, DiagnosticIds.CorsAnyOriginWithCredentials);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (AnyOriginCall(root, model, diagnostic, context.CancellationToken) is not { } call)
            {
                continue;
            }

            // Each fix is made here, and offered only if the document it gives compiles no worse than before: a
            // configuration that looked reachable may not be (a static lambda, a field initializer), a removal may leave
            // no statement. A fix that does not compile is not offered at all.
            var errorsBefore = FixChecks.CountErrors(model, context.CancellationToken);
            foreach (var configuration in ConfigurationScope.Expressions(model, call.Syntax.SpanStart, context.CancellationToken))
            {
                var fixedDocument = await FixChecks.TryAsync(() => ReadOriginsFromConfigurationAsync(context.Document, call.Syntax.SpanStart, call.Syntax.Span, configuration, context.CancellationToken)).ConfigureAwait(false);
                if (fixedDocument is not null && await FixChecks.CompilesAsWellAsync(fixedDocument, errorsBefore, context.CancellationToken).ConfigureAwait(false))
                {
                    context.RegisterCodeFix(
                        CodeAction.Create("Read the allowed origins from configuration ('" + ConfigurationKey + "')", _ => Task.FromResult(fixedDocument), OriginsFromConfigurationKey),
                        diagnostic);
                    break;
                }
            }

            if (diagnostic.Id == DiagnosticIds.CorsAnyOriginWithCredentials && CredentialCalls(call, context.CancellationToken).Count > 0)
            {
                var fixedDocument = await FixChecks.TryAsync(() => RemoveCredentialsAsync(context.Document, diagnostic.Location.SourceSpan, context.CancellationToken)).ConfigureAwait(false);
                if (fixedDocument is not null && await FixChecks.CompilesAsWellAsync(fixedDocument, errorsBefore, context.CancellationToken).ConfigureAwait(false))
                {
                    context.RegisterCodeFix(
                        CodeAction.Create("Remove AllowCredentials() from this policy", _ => Task.FromResult(fixedDocument), RemoveCredentialsKey),
                        diagnostic);
                }
            }
        }
    }

    /// <summary>The builder call a diagnostic underlines (<c>AllowAnyOrigin()</c>, <c>WithOrigins("*")</c>, <c>SetIsOriginAllowed(…)</c>), or null for the forms no fix rewrites.</summary>
    private static IInvocationOperation? AnyOriginCall(SyntaxNode root, SemanticModel model, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
        var invocation = node.FirstAncestorOrSelf<InvocationExpressionSyntax>();
        if (invocation?.Expression is not MemberAccessExpressionSyntax access || access.Name.SpanStart != diagnostic.Location.SourceSpan.Start
            || model.GetOperation(invocation, cancellationToken) is not IInvocationOperation operation
            || operation.TargetMethod.ContainingType?.ToDisplayString() != CorsPolicies.BuilderType
            || operation.TargetMethod.Name is not ("AllowAnyOrigin" or "WithOrigins" or "SetIsOriginAllowed"))
        {
            return null;
        }

        return operation;
    }

    private static async Task<Document> ReadOriginsFromConfigurationAsync(Document document, int position, Microsoft.CodeAnalysis.Text.TextSpan span, string configuration, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is not CompilationUnitSyntax unit || model is null
            || root.FindNode(span, getInnermostNodeForTie: true).FirstAncestorOrSelf<InvocationExpressionSyntax>() is not { Expression: MemberAccessExpressionSyntax access } invocation)
        {
            return document;
        }

        var origins = SyntaxFactory.ParseExpression(
            configuration + ".GetSection(\"" + ConfigurationKey + "\").Get<string[]>() ?? System.Array.Empty<string>()");
        var replacement = invocation
            .WithExpression(access.WithName(SyntaxFactory.IdentifierName("WithOrigins").WithTriviaFrom(access.Name)))
            .WithArgumentList(SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(origins))).WithTriviaFrom(invocation.ArgumentList))
            .WithAdditionalAnnotations(Microsoft.CodeAnalysis.Simplification.Simplifier.Annotation, Formatter.Annotation);

        // Get<T>() is an extension of Microsoft.Extensions.Configuration: import it unless it already binds here.
        var probe = SyntaxFactory.ParseExpression(configuration + ".GetSection(\"" + ConfigurationKey + "\").Get<string[]>()");
        var bound = model.GetSpeculativeSymbolInfo(position, probe, SpeculativeBindingOption.BindAsExpression).Symbol is not null;
        var newUnit = unit.ReplaceNode(invocation, replacement);
        if (!bound && !newUnit.Usings.Any(u => u.Name?.ToString() == "Microsoft.Extensions.Configuration"))
        {
            newUnit = newUnit.AddUsings(SyntaxFactory.UsingDirective(SyntaxFactory.ParseName("Microsoft.Extensions.Configuration")).WithAdditionalAnnotations(Formatter.Annotation));
        }

        return document.WithSyntaxRoot(newUnit);
    }

    /// <summary>The <c>AllowCredentials()</c> calls of the policy a builder call belongs to.</summary>
    private static List<IInvocationOperation> CredentialCalls(IInvocationOperation call, CancellationToken cancellationToken) =>
        CorsPolicies.CallsOfPolicy(call, call.TargetMethod.ContainingType, cancellationToken)
            .OfType<IInvocationOperation>()
            .Where(c => c.TargetMethod.Name == "AllowCredentials")
            .ToList();

    private static async Task<Document> RemoveCredentialsAsync(Document document, Microsoft.CodeAnalysis.Text.TextSpan span, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || model is null
            || root.FindNode(span, getInnermostNodeForTie: true).FirstAncestorOrSelf<InvocationExpressionSyntax>() is not { } invocation
            || model.GetOperation(invocation, cancellationToken) is not IInvocationOperation call)
        {
            return document;
        }

        var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
        foreach (var removal in CredentialCalls(call, cancellationToken).Select(c => (InvocationExpressionSyntax)c.Syntax))
        {
            var receiverIsName = removal.Expression is MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax };
            switch (removal.Parent)
            {
                // policy.AllowCredentials(); says nothing else: the statement goes (an embedded one becomes { }).
                case ExpressionStatementSyntax { Parent: BlockSyntax or SwitchSectionSyntax } statement when receiverIsName:
                    editor.RemoveNode(statement, SyntaxRemoveOptions.KeepNoTrivia);
                    break;
                case ExpressionStatementSyntax { Parent: GlobalStatementSyntax global } when receiverIsName:
                    editor.RemoveNode(global, SyntaxRemoveOptions.KeepNoTrivia);
                    break;
                case ExpressionStatementSyntax statement when receiverIsName:
                    editor.ReplaceNode(statement, SyntaxFactory.Block().WithTriviaFrom(statement));
                    break;

                // policy => policy.AllowCredentials() would leave policy => policy, which is no statement: an empty body.
                case SimpleLambdaExpressionSyntax lambda when receiverIsName && lambda.ExpressionBody == removal:
                    editor.ReplaceNode(lambda, lambda.WithExpressionBody(null).WithBlock(SyntaxFactory.Block()).WithAdditionalAnnotations(Formatter.Annotation));
                    break;
                case ParenthesizedLambdaExpressionSyntax lambda when receiverIsName && lambda.ExpressionBody == removal:
                    editor.ReplaceNode(lambda, lambda.WithExpressionBody(null).WithBlock(SyntaxFactory.Block()).WithAdditionalAnnotations(Formatter.Annotation));
                    break;
                default:
                    editor.ReplaceNode(removal, (current, _) => Receiver((InvocationExpressionSyntax)current) ?? current);
                    break;
            }
        }

        return editor.GetChangedDocument();
    }

    /// <summary><c>x.AllowCredentials()</c> → <c>x</c>, keeping the trivia that stood before the removed call.</summary>
    private static ExpressionSyntax? Receiver(InvocationExpressionSyntax invocation) =>
        invocation.Expression is MemberAccessExpressionSyntax access ? access.Expression.WithTrailingTrivia(invocation.GetTrailingTrivia()) : null;
}
