using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace SecretAnalyzers.Cors;

/// <summary>
/// A <c>CorsPolicy</c> built by hand: <c>new CorsPolicy { Origins = { "*" }, SupportsCredentials = true }</c>, or a local
/// whose <c>Origins.Add</c>, <c>IsOriginAllowed</c> and <c>SupportsCredentials</c> are set in later statements. No build
/// step checks it: ASP.NET Core throws on the first request for <c>"*"</c> with credentials, and reflects any origin
/// for an always-true <c>IsOriginAllowed</c>.
/// </summary>
internal static class HandBuiltPolicies
{
    public static (AnyOrigin? AnyOrigin, bool Credentials) Evaluate(IObjectCreationOperation creation, CancellationToken cancellationToken)
    {
        var settings = new List<IOperation>();
        if (creation.Initializer is { } initializer)
        {
            settings.AddRange(initializer.Initializers);
        }

        if (LocalFlow.DeclaredLocal(creation) is { } local && creation.SemanticModel is { } model)
        {
            if (!AddStatements(local, model, settings, cancellationToken))
            {
                return (null, false);
            }
        }

        settings.Sort((a, b) => a.Syntax.SpanStart.CompareTo(b.Syntax.SpanStart));
        var origins = new List<IOperation>();
        AnyOrigin? predicate = null;
        var credentials = false;
        foreach (var setting in settings)
        {
            switch (setting)
            {
                case IAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: "SupportsCredentials" } } assignment:
                    credentials = LocalFlow.Unwrap(assignment.Value).ConstantValue.Value is true;
                    break;
                case IAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: "IsOriginAllowed" } } assignment:
                    predicate = OriginPredicates.Classify(assignment.Value, assignment.Value.Syntax.GetLocation(), "IsOriginAllowed = ");
                    break;
                case IMemberInitializerOperation { InitializedMember: IPropertyReferenceOperation { Property.Name: "Origins" }, Initializer: IObjectOrCollectionInitializerOperation elements }:
                    foreach (var element in elements.Initializers)
                    {
                        if (element is IInvocationOperation { TargetMethod.Name: "Add", Arguments.Length: 1 } add)
                        {
                            origins.Add(add.Arguments[0].Value);
                        }
                    }

                    break;
                case IInvocationOperation { TargetMethod.Name: "Add", Arguments.Length: 1 } add:
                    origins.Add(add.Arguments[0].Value);
                    break;
            }
        }

        // As ASP.NET Core decides: any origin when the list is exactly "*", else the predicate.
        var star = origins.Count == 1 && LocalFlow.Unwrap(origins[0]).ConstantValue.Value is "*"
            ? new AnyOrigin("Origins = { \"*\" }", origins[0].Syntax.GetLocation(), throwsAtStartup: false)
            : (AnyOrigin?)null;
        return (star ?? predicate, credentials);
    }

    /// <summary>The later <c>local.Origins.Add(…)</c>, <c>local.SupportsCredentials = …</c> and <c>local.IsOriginAllowed = …</c> in the local's block.</summary>
    private static bool AddStatements(ILocalSymbol local, SemanticModel model, List<IOperation> settings, CancellationToken cancellationToken)
    {
        var scope = LocalFlow.Scope(local, cancellationToken);
        if (scope is null || scope.SyntaxTree != model.SyntaxTree)
        {
            return true;
        }

        var references = LocalFlow.ReferencesTo(local, scope.Span, model, cancellationToken);
        if (references is null)
        {
            // Too long to read whole: what a later statement sets is unknown, so nothing is claimed.
            settings.Clear();
            return false;
        }

        foreach (var reference in references)
        {
            if (reference.Parent is not IPropertyReferenceOperation property)
            {
                continue;
            }

            switch (property.Parent)
            {
                case IAssignmentOperation assignment when assignment.Target == property:
                    settings.Add(assignment);
                    break;
                case IInvocationOperation { TargetMethod.Name: "Add" } add when property.Property.Name == "Origins" && add.Instance == property:
                    settings.Add(add);
                    break;
            }
        }

        return true;
    }
}
