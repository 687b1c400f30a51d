using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace SecretAnalyzers.Cors;

/// <summary>What lets every origin through, and where it is said.</summary>
internal readonly struct AnyOrigin
{
    public AnyOrigin(string form, Location location, bool throwsAtStartup)
    {
        Form = form;
        Location = location;
        ThrowsAtStartup = throwsAtStartup;
    }

    /// <summary>The call as the message shows it: <c>AllowAnyOrigin()</c>, <c>SetIsOriginAllowed(_ => true)</c>.</summary>
    public string Form { get; }

    public Location Location { get; }

    /// <summary><c>AllowAnyOrigin()</c> or a lone <c>"*"</c> with credentials: ASP.NET Core refuses to build that policy.</summary>
    public bool ThrowsAtStartup { get; }
}

/// <summary>
/// What SECA005 and SECA006 share: a <c>CorsPolicyBuilder</c> policy evaluated as ASP.NET Core builds it — every call
/// made on one builder, in one chain or across the statements of one lambda or method, in order, the last call
/// winning — into whether it lets any origin through, and whether with credentials. Each policy is reported once, by
/// the chain that holds the call that lets every origin in.
/// </summary>
internal static class CorsPolicies
{
    public const string BuilderType = "Microsoft.AspNetCore.Cors.Infrastructure.CorsPolicyBuilder";
    private const string HeaderDictionaryType = "Microsoft.AspNetCore.Http.IHeaderDictionary";
    private const string PolicyType = "Microsoft.AspNetCore.Cors.Infrastructure.CorsPolicy";

    public static void Register(AnalysisContext context, bool withCredentials)
    {
        context.RegisterCompilationStartAction(start =>
        {
            if (TypeLookup.Find(start.Compilation, BuilderType, start.CancellationToken) is not { } builder)
            {
                // ASP.NET Core is not referenced: nothing of this rule runs.
                return;
            }

            var policy = TypeLookup.Find(start.Compilation, PolicyType, start.CancellationToken);
            if (TypeLookup.Find(start.Compilation, HeaderDictionaryType, start.CancellationToken) is not { } headers)
            {
                start.RegisterOperationAction(operation => Analyze(operation, builder, policy, withCredentials), OperationKind.Invocation, OperationKind.ObjectCreation);
                return;
            }

            // One callback per operation for both questions: each registration costs the driver a call per invocation.
            start.RegisterOperationAction(
                operation =>
                {
                    if (operation.Operation.Kind != OperationKind.SimpleAssignment)
                    {
                        Analyze(operation, builder, policy, withCredentials);
                    }

                    if (operation.Operation.Kind != OperationKind.ObjectCreation)
                    {
                        AnalyzeHeader(operation, headers, withCredentials);
                    }
                },
                OperationKind.Invocation,
                OperationKind.ObjectCreation,
                OperationKind.SimpleAssignment);
        });
    }

    /// <summary><c>Access-Control-Allow-Origin</c> set by hand to <c>*</c> or to the request's origin.</summary>
    private static void AnalyzeHeader(OperationAnalysisContext context, INamedTypeSymbol headers, bool withCredentials)
    {
        if (CorsHeaders.Find(context.Operation, headers, context.CancellationToken) is { } anyOrigin
            && CorsHeaders.SetsCredentials(context.Operation.Syntax, context.CancellationToken) == withCredentials
            && !IsLeftToDevelopment(context))
        {
            Report(context, withCredentials, anyOrigin.Location, withCredentials ? anyOrigin.Form + " and Access-Control-Allow-Credentials" : anyOrigin.Form);
        }
    }

    private static void Analyze(OperationAnalysisContext context, INamedTypeSymbol builder, INamedTypeSymbol? handBuilt, bool withCredentials)
    {
        // The cheapest check first: almost no call is on a CORS policy builder.
        var operation = context.Operation;
        var type = operation switch
        {
            IInvocationOperation invocation => invocation.TargetMethod.ContainingType,
            IObjectCreationOperation creation => creation.Type as INamedTypeSymbol,
            _ => null,
        };
        if (type is null)
        {
            return;
        }

        if (handBuilt is not null && operation is IObjectCreationOperation policyCreation && SymbolEqualityComparer.Default.Equals(type, handBuilt))
        {
            var (policyOrigin, policyCredentials) = HandBuiltPolicies.Evaluate(policyCreation, context.CancellationToken);
            if (policyOrigin is { } found && policyCredentials == withCredentials && !IsLeftToDevelopment(context))
            {
                // Origins.Add("*") in a later statement is reported at the creation, inside the code being analyzed.
                var location = operation.Syntax.Span.Contains(found.Location.SourceSpan) ? found.Location : operation.Syntax.GetLocation();
                var message = withCredentials && found.Form.StartsWith("Origins", StringComparison.Ordinal)
                    ? found.Form + " with SupportsCredentials, which ASP.NET Core rejects on the first request"
                    : found.Form;
                Report(context, withCredentials, location, message);
            }

            return;
        }

        if (!SymbolEqualityComparer.Default.Equals(type, builder) || !IsChainEnd(operation, builder))
        {
            return;
        }

        // Each chain evaluates the whole policy; the one that holds the call letting every origin in reports it, so the
        // diagnostic stays inside the code being analyzed (the IDE refreshes it, and fixes apply to it).
        var policy = Policy.Evaluate(operation, builder, context.CancellationToken);
        if (policy?.AnyOrigin is { } anyOrigin && policy.Value.Credentials == withCredentials
            && operation.Syntax.Span.Contains(anyOrigin.Location.SourceSpan) && !IsLeftToDevelopment(context))
        {
            Report(context, withCredentials, anyOrigin.Location, anyOrigin.ThrowsAtStartup ? anyOrigin.Form + " with AllowCredentials(), which ASP.NET Core rejects when it builds the policy" : anyOrigin.Form);
        }
    }

    private static void Report(OperationAnalysisContext context, bool withCredentials, Location location, string form) =>
        context.ReportDiagnostic(Diagnostic.Create(withCredentials ? Descriptors.CorsAnyOriginWithCredentials : Descriptors.CorsAnyOrigin, location, form));

    /// <summary>
    /// Policies and headers under <c>if (….IsDevelopment())</c>, or the <c>else</c> of <c>if (!….IsDevelopment())</c>, are
    /// for a developer's machine: not reported unless <c>secret_analyzers.cors_report_development</c> asks.
    /// </summary>
    private static bool IsLeftToDevelopment(OperationAnalysisContext context)
    {
        var node = context.Operation.Syntax;
        for (var current = node; current.Parent is { } parent && parent is not MemberDeclarationSyntax; current = parent)
        {
            if ((parent is IfStatementSyntax { Condition: var condition } ifStatement && ifStatement.Statement == current && IsDevelopmentCheck(condition))
                || (parent is ElseClauseSyntax { Parent: IfStatementSyntax { Condition: PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.LogicalNotExpression, Operand: var negated } } } && IsDevelopmentCheck(negated)))
            {
                return !(context.Options.AnalyzerConfigOptionsProvider.GetOptions(node.SyntaxTree).TryGetValue(OptionKeys.CorsReportDevelopment, out var value)
                         && string.Equals(value.Trim(), "true", StringComparison.OrdinalIgnoreCase));
            }
        }

        return false;
    }

    private static bool IsDevelopmentCheck(ExpressionSyntax condition) =>
        condition is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "IsDevelopment" } };

    /// <summary>
    /// Every call of the policy that <paramref name="call"/> (a call on a policy builder) belongs to, in order: its own
    /// chain and the other chains on the same builder. For the code fixes.
    /// </summary>
    public static List<IOperation> CallsOfPolicy(IOperation call, INamedTypeSymbol builder, CancellationToken cancellationToken) =>
        Policy.Calls(ChainEndOf(call, builder), builder, cancellationToken) ?? new List<IOperation>();

    /// <summary>The last call of the chain <paramref name="call"/> is part of.</summary>
    private static IOperation ChainEndOf(IOperation call, INamedTypeSymbol builder)
    {
        var end = call;
        for (var depth = 0; depth < 256 && end.Parent is IInvocationOperation next && next.Instance is { } instance && LocalFlow.Unwrap(instance) == end
             && SymbolEqualityComparer.Default.Equals(next.TargetMethod.ContainingType, builder); depth++)
        {
            end = next;
        }

        return end;
    }

    /// <summary>Whether a builder call or creation is the last of its chain: nothing calls the builder on its result.</summary>
    private static bool IsChainEnd(IOperation operation, INamedTypeSymbol builder)
    {
        var parent = operation.Parent;
        while (parent is IConversionOperation)
        {
            parent = parent.Parent;
        }

        return !(parent is IInvocationOperation next && next.Instance is { } instance && LocalFlow.Unwrap(instance) == operation
                 && SymbolEqualityComparer.Default.Equals(next.TargetMethod.ContainingType, builder));
    }

    /// <summary>The state of one policy after all its calls.</summary>
    private readonly struct Policy
    {
        private Policy(AnyOrigin? anyOrigin, bool credentials)
        {
            AnyOrigin = anyOrigin;
            Credentials = credentials;
        }

        public AnyOrigin? AnyOrigin { get; }

        public bool Credentials { get; }

        /// <summary>
        /// The policy whose last chain ends at <paramref name="chainEnd"/>, or null when another chain on the same builder
        /// comes later (that one reports) or the calls cannot be known.
        /// </summary>
        public static Policy? Evaluate(IOperation chainEnd, INamedTypeSymbol builder, CancellationToken cancellationToken) =>
            Calls(chainEnd, builder, cancellationToken) is { } calls ? Run(calls, chainEnd) : null;

        /// <summary>
        /// The calls of the policy whose chain ends at <paramref name="chainEnd"/> (its own and the other chains on the same
        /// builder), in order; null when they cannot all be known (a scope too long to read).
        /// </summary>
        public static List<IOperation>? Calls(IOperation chainEnd, INamedTypeSymbol builder, CancellationToken cancellationToken)
        {
            var calls = new List<IOperation>();
            var root = Collect(chainEnd, builder, calls);
            if (root is ILocalSymbol or IParameterSymbol && !IsWholeBodyOf(chainEnd, root) && chainEnd.SemanticModel is { } model
                && !AddOtherChains(chainEnd, root, builder, model, calls, cancellationToken))
            {
                return null;
            }

            calls.Sort((a, b) => Position(a).CompareTo(Position(b)));
            return calls;
        }

        /// <summary>
        /// Whether the chain is the expression body of the lambda whose parameter starts it (<c>p => p.A().B()</c>, the
        /// usual policy): then there is no other statement to look for calls in.
        /// </summary>
        private static bool IsWholeBodyOf(IOperation chainEnd, ISymbol root) =>
            root is IParameterSymbol && chainEnd.Syntax.Parent is LambdaExpressionSyntax lambda && lambda.ExpressionBody == chainEnd.Syntax;

        /// <summary>Adds the calls of one chain, innermost first, and returns what the chain starts from.</summary>
        private static ISymbol? Collect(IOperation chainEnd, INamedTypeSymbol builder, List<IOperation> calls)
        {
            var current = chainEnd;
            for (var depth = 0; depth < 256; depth++)
            {
                switch (current)
                {
                    case IInvocationOperation invocation when SymbolEqualityComparer.Default.Equals(invocation.TargetMethod.ContainingType, builder):
                        calls.Add(invocation);
                        if (invocation.Instance is null)
                        {
                            return null;
                        }

                        current = LocalFlow.Unwrap(invocation.Instance);
                        continue;
                    case IObjectCreationOperation creation:
                        calls.Add(creation);
                        return LocalFlow.DeclaredLocal(chainEnd);
                    case IParameterReferenceOperation parameter:
                        return parameter.Parameter;
                    case ILocalReferenceOperation local:
                        return local.Local;
                    default:
                        return null;
                }
            }

            return null;
        }

        /// <summary>
        /// Adds the calls of the other chains on the same builder in its scope (a lambda's or method's body, a local's
        /// block); false when the scope is too long to read whole.
        /// </summary>
        private static bool AddOtherChains(IOperation chainEnd, ISymbol root, INamedTypeSymbol builder, SemanticModel model, List<IOperation> calls, CancellationToken cancellationToken)
        {
            var scope = LocalFlow.Scope(root, cancellationToken);
            if (scope is null || scope.SyntaxTree != model.SyntaxTree)
            {
                return true;
            }

            // var policy = new CorsPolicyBuilder("*")…; the chain that initialises the local is part of the policy.
            if (root is ILocalSymbol && root.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is VariableDeclaratorSyntax { Initializer.Value: { } initializer }
                && model.GetOperation(initializer, cancellationToken) is { } initial && LocalFlow.Unwrap(initial) is var first
                && first.Syntax != chainEnd.Syntax && first is IInvocationOperation or IObjectCreationOperation)
            {
                Collect(first, builder, calls);
            }

            // A local is read from its declaration on; a parameter in its whole body. A scan cut short knows nothing.
            var from = root is ILocalSymbol ? root.DeclaringSyntaxReferences[0].Span.Start : scope.SpanStart;
            if (LocalFlow.ReferencesTo(root, TextSpan.FromBounds(Math.Max(from, scope.SpanStart), scope.Span.End), model, cancellationToken) is not { } references)
            {
                return false;
            }

            foreach (var reference in references)
            {
                // Up the chain that starts at this reference to its end.
                var end = reference;
                for (var parent = end.Parent; parent is IInvocationOperation next && next.Instance is { } instance && LocalFlow.Unwrap(instance) == end
                     && SymbolEqualityComparer.Default.Equals(next.TargetMethod.ContainingType, builder); parent = end.Parent)
                {
                    end = next;
                }

                if (end == reference || end.Syntax == chainEnd.Syntax)
                {
                    continue;
                }

                Collect(end, builder, calls);
            }

            return true;
        }

        /// <summary>Where a call stands in the text: the name of the method, so that <c>b.A().B()</c> orders A before B.</summary>
        private static int Position(IOperation call) =>
            call.Syntax is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } ? access.Name.SpanStart : call.Syntax.SpanStart;

        /// <summary>The policy the calls make, judged on the path of the call that lets every origin in.</summary>
        private static Policy? Run(List<IOperation> calls, IOperation chainEnd)
        {
            // First over every call, to find what lets every origin in; then again over the calls on its path only, so
            // that the other arm of an if/else, a switch or a ?: never lends it credentials or takes them away.
            var first = Simulate(calls, target: null);
            if (first.AnyOrigin is not { } candidate)
            {
                return first;
            }

            var scope = chainEnd.Syntax.FirstAncestorOrSelf<SyntaxNode>(n => n is AnonymousFunctionExpressionSyntax or BaseMethodDeclarationSyntax or LocalFunctionStatementSyntax or CompilationUnitSyntax);
            var onPath = calls.FindAll(call => IsOnPathTo(call.Syntax, candidate.Location.SourceSpan, scope));
            return onPath.Count == calls.Count ? first : Simulate(onPath, candidate.Location.SourceSpan);
        }

        /// <summary>Runs the calls in order as ASP.NET Core's builder does: the origin list, the origin check, credentials.</summary>
        private static Policy Simulate(List<IOperation> calls, TextSpan? target)
        {
            var credentials = false;
            var wildcardSubdomains = false;
            var predicateSet = false;
            AnyOrigin? predicate = null, star = null, listed = null, wildcard = null;
            var origins = new List<string?>();
            foreach (var call in calls)
            {
                if (call is IObjectCreationOperation creation)
                {
                    if (creation.Constructor?.Parameters.Length == 1 && creation.Constructor.Parameters[0].Type is IArrayTypeSymbol)
                    {
                        AddOrigins(creation.Arguments, creation, origins, ref star, ref listed, ref wildcard);
                    }

                    continue;
                }

                var invocation = (IInvocationOperation)call;
                switch (invocation.TargetMethod.Name)
                {
                    case "AllowAnyOrigin":
                        // Origins.Clear(); Origins.Add("*")
                        origins.Clear();
                        origins.Add("*");
                        star = new AnyOrigin("AllowAnyOrigin()", CallLocation(invocation), throwsAtStartup: false);
                        listed = wildcard = null;
                        break;
                    case "WithOrigins":
                        AddOrigins(invocation.Arguments, invocation, origins, ref star, ref listed, ref wildcard);
                        break;
                    case "SetIsOriginAllowed":
                        // Replaces the origin check: the list, "null" and wildcards no longer decide (only "*" does).
                        predicateSet = true;
                        wildcardSubdomains = false;
                        predicate = invocation.Arguments.Length == 1 ? OriginPredicates.Classify(invocation.Arguments[0].Value, CallLocation(invocation)) : null;
                        break;
                    case "SetIsOriginAllowedToAllowWildcardSubdomains":
                        // Also replaces the origin check, with the wildcard-aware list check.
                        predicateSet = false;
                        predicate = null;
                        wildcardSubdomains = true;
                        break;
                    case "AllowCredentials":
                        credentials = true;
                        break;
                    case "DisallowCredentials":
                        credentials = false;
                        break;
                }
            }

            // ASP.NET Core answers any origin when the list is exactly "*", before any origin check.
            var isStar = origins.Count == 1 && origins[0] == "*" && star is not null;
            var anyOrigin = isStar ? new AnyOrigin(star!.Value.Form, star.Value.Location, throwsAtStartup: credentials)
                : predicateSet ? predicate
                : listed ?? (wildcardSubdomains ? wildcard : null);
            if (target is { } span && anyOrigin is { } found && found.Location.SourceSpan != span)
            {
                anyOrigin = null;
            }

            return new Policy(anyOrigin, credentials);
        }

        /// <summary>
        /// Whether a call runs whenever the call at <paramref name="target"/> does: it stands in no branch (an if or else
        /// arm, a switch section, a ?: arm, a catch) below <paramref name="scope"/> that does not also hold the target.
        /// </summary>
        private static bool IsOnPathTo(SyntaxNode call, TextSpan target, SyntaxNode? scope)
        {
            for (var node = call; node.Parent is { } parent && node != scope; node = parent)
            {
                var isBranch = parent switch
                {
                    IfStatementSyntax ifStatement => ifStatement.Statement == node,
                    ElseClauseSyntax => true,
                    SwitchSectionSyntax => true,
                    ConditionalExpressionSyntax conditional => conditional.Condition != node,
                    CatchClauseSyntax => true,
                    _ => false,
                };
                if (isBranch && !node.Span.Contains(target))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>The origins of <c>WithOrigins</c> or the builder's constructor: a lone <c>"*"</c>, <c>"null"</c>, a wildcard over a whole TLD.</summary>
        private static void AddOrigins(ImmutableArray<IArgumentOperation> arguments, IOperation call, List<string?> origins, ref AnyOrigin? star, ref AnyOrigin? listed, ref AnyOrigin? wildcard)
        {
            var values = new List<string?>();
            foreach (var argument in arguments)
            {
                if (LocalFlow.Unwrap(argument.Value) is IArrayCreationOperation { Initializer: { } initializer })
                {
                    foreach (var element in initializer.ElementValues)
                    {
                        values.Add(LocalFlow.Unwrap(element).ConstantValue.Value as string);
                    }
                }
                else
                {
                    // An array from configuration: nothing known, and nothing claimed.
                    values.Add(null);
                }
            }

            origins.AddRange(values);
            var location = CallLocation(call);
            var name = call is IInvocationOperation ? "WithOrigins" : "new CorsPolicyBuilder";
            if (values.Count == 1 && values[0] == "*")
            {
                star = new AnyOrigin(name + "(\"*\")", location, throwsAtStartup: false);
            }

            foreach (var value in values)
            {
                if (value is not null && value.Trim().Equals("null", StringComparison.OrdinalIgnoreCase))
                {
                    listed = new AnyOrigin(name + "(\"null\")", location, throwsAtStartup: false);
                }
                else if (value is not null && IsTopLevelWildcard(value))
                {
                    wildcard = new AnyOrigin(name + "(\"" + value + "\") with SetIsOriginAllowedToAllowWildcardSubdomains()", location, throwsAtStartup: false);
                }
            }
        }

        /// <summary><c>https://*.com</c>: a wildcard whose base is a top-level domain, which any registered domain is under.</summary>
        private static bool IsTopLevelWildcard(string origin)
        {
            var scheme = origin.IndexOf("://", StringComparison.Ordinal);
            var host = scheme < 0 ? origin : origin.Substring(scheme + 3);
            var port = host.IndexOf(':');
            if (port >= 0)
            {
                host = host.Substring(0, port);
            }

            // "https://*" matches nothing at run time, and *.localhost only this machine.
            return host.StartsWith("*.", StringComparison.Ordinal) && host.IndexOf('.', 2) < 0 && !host.Equals("*.localhost", StringComparison.OrdinalIgnoreCase);
        }
    }

    /// <summary>The method name and arguments of a call, where the IDE underlines it: <c>AllowAnyOrigin()</c>, not the whole chain.</summary>
    internal static Location CallLocation(IOperation call) =>
        call.Syntax is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } invocation
            ? Location.Create(invocation.SyntaxTree, TextSpan.FromBounds(access.Name.SpanStart, invocation.Span.End))
            : call.Syntax.GetLocation();
}
