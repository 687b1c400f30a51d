using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using SecretAnalyzers.Detection;

namespace SecretAnalyzers.Sinks;

/// <summary>
/// What SECA002, SECA003 and SECA004 share: which sink an argument or assignment reaches, whether the value there is
/// hard-coded and reportable, and the diagnostic. Each rule's analyzer registers through <see cref="Register"/> with
/// its own rows; SECA001 asks <see cref="ReportsAt"/> so that one literal gets one diagnostic.
/// </summary>
internal static class SinkAnalysis
{
    public const string SinkProperty = "Sink";
    /// <summary>HTTP headers whose value is a credential (compared ignoring case).</summary>
    private static readonly string[] KeyHeaders =
    {
        "Authorization", "Proxy-Authorization", "X-Api-Key", "Api-Key", "ApiKey", "X-ApiKey", "X-Auth-Token", "X-Access-Token",
        "Ocp-Apim-Subscription-Key", "X-Functions-Key", "X-Goog-Api-Key", "X-Vault-Token", "Private-Token", "X-Figma-Token",
        "X-Postmark-Server-Token", "X-Api-Token", "X-Secret-Key", "X-Client-Secret",
    };

    /// <summary>Authorization schemes: a header value that is only one of these holds no secret yet.</summary>
    private static readonly string[] Schemes = { "Bearer", "Basic", "Token", "Digest", "ApiKey", "Api-Key", "SSWS", "Key", "OAuth", "SharedAccessSignature" };

    /// <summary>The parts of a connection string that are credentials.</summary>
    private static readonly string[] ConnectionStringSecrets = { "AccountKey", "SharedAccessSignature", "SharedAccessKey", "Password", "Pwd" };

    public static void Register(AnalysisContext context, SinkRule rule)
    {
        context.RegisterCompilationStartAction(start =>
        {
            // Before the SDK check: without the SDK, every baseline entry of the rule is stale.
            var id = DescriptorOf(rule).Id;
            Baseline.RegisterStaleEntryReport(start, entry => entry.Rule == id);
            var index = SinkIndex.For(start.Compilation, start.CancellationToken);
            if (!index.HasRule(rule))
            {
                // The SDK is not referenced: nothing of this rule runs in this compilation.
                return;
            }

            start.RegisterOperationAction(operation => AnalyzeCall(operation, index, rule), OperationKind.Invocation, OperationKind.ObjectCreation);
            start.RegisterOperationAction(operation => AnalyzeAssignment(operation, index, rule), OperationKind.SimpleAssignment, OperationKind.CoalesceAssignment);
        });
    }

    public static DiagnosticDescriptor DescriptorOf(SinkRule rule) => rule switch
    {
        SinkRule.Stripe => Descriptors.StripeSdkLiteralKey,
        SinkRule.AiSdk => Descriptors.AiSdkLiteralKey,
        _ => Descriptors.CredentialSinkLiteral,
    };

    /// <summary>
    /// Whether a sink rule reports the value that holds <paramref name="reported"/> (a literal or constant expression
    /// SECA001 found a secret in): then SECA001 stays silent and the sink rule, which knows where the key goes, speaks.
    /// </summary>
    public static bool ReportsAt(SyntaxNode reported, SemanticModel model, AnalyzerOptions options, CancellationToken cancellationToken)
    {
        var index = SinkIndex.For(model.Compilation, cancellationToken);
        if (index.IsEmpty)
        {
            return false;
        }

        // Up through what keeps the value the value (conversions, ?? and ?: operands, constant concatenation) to the
        // argument or assignment it is; the operation tree sees collection-initializer Add calls the syntax does not show.
        var operation = model.GetOperation(reported, cancellationToken);
        Sink? sink = null;
        IOperation? value = null;
        for (var depth = 0; operation?.Parent is { } parent && depth < 32 && sink is null; depth++)
        {
            switch (parent)
            {
                case IConversionOperation or ICoalesceOperation or IBinaryOperation { OperatorKind: BinaryOperatorKind.Add }:
                case IConditionalOperation conditional when conditional.Condition != operation:
                    operation = parent;
                    continue;
                case IArgumentOperation argument:
                    (sink, value) = (SinkOf(argument, index, cancellationToken), argument.Value);
                    break;
                case IAssignmentOperation assignment when assignment.Value == operation:
                    (sink, value) = (SinkOf(assignment, index), assignment.Value);
                    break;
            }

            break;
        }

        if (sink is null || value is null || !IsRuleOn(sink.Rule, model, options, cancellationToken))
        {
            return false;
        }

        var values = new List<SinkValue>();
        SinkValues.Collect(value, values, cancellationToken);
        foreach (var found in values)
        {
            if (found.Node.Span.Contains(reported.Span) && Create(sink, found, options, model.SyntaxTree, member: null) is not null)
            {
                return true;
            }
        }

        return false;
    }

    private static void AnalyzeCall(OperationAnalysisContext context, SinkIndex index, SinkRule rule)
    {
        var (method, arguments) = context.Operation switch
        {
            IInvocationOperation invocation => (invocation.TargetMethod, invocation.Arguments),
            IObjectCreationOperation creation => (creation.Constructor, creation.Arguments),
            _ => (null, ImmutableArray<IArgumentOperation>.Empty),
        };

        // The cheapest check first: almost no method belongs to a type with sinks.
        if (method is null || index.RowsOf(method.ContainingType, method.MethodKind == MethodKind.Constructor).Length == 0)
        {
            return;
        }

        foreach (var argument in arguments)
        {
            if (SinkOf(argument, index, context.CancellationToken) is { } sink && sink.Rule == rule)
            {
                ReportValues(context, sink, argument.Value, method);
            }
        }
    }

    private static void AnalyzeAssignment(OperationAnalysisContext context, SinkIndex index, SinkRule rule)
    {
        var assignment = (IAssignmentOperation)context.Operation;
        if (assignment.Target is IPropertyReferenceOperation && SinkOf(assignment, index) is { } sink && sink.Rule == rule)
        {
            ReportValues(context, sink, assignment.Value, member: null);
        }
    }

    private static void ReportValues(OperationAnalysisContext context, Sink sink, IOperation value, IMethodSymbol? member)
    {
        if (!SinkValues.MayBeHardCoded(value))
        {
            // A call, a parameter, a property read: the common case, decided without allocating.
            return;
        }

        var values = new List<SinkValue>();
        SinkValues.Collect(value, values, context.CancellationToken);
        foreach (var found in values)
        {
            if (Create(sink, found, context.Options, context.Operation.Syntax.SyntaxTree, member) is { } diagnostic
                && !Baseline.Accepts(context.Options, context.Compilation, diagnostic.Id, diagnostic.Location.GetLineSpan().Path,
                    diagnostic.Properties[SecretReporter.FingerprintProperty], context.CancellationToken))
            {
                // The baseline is asked here, not in Create: a sink finding the baseline accepts is still the sink's, so
                // ReportsAt keeps SECA001 from reporting it a second time.
                context.ReportDiagnostic(diagnostic);
            }
        }
    }

    /// <summary>The row a string argument reaches, or null. A credential wrapper given straight to a client takes the client's row.</summary>
    private static Sink? SinkOf(IArgumentOperation argument, SinkIndex index, CancellationToken cancellationToken)
    {
        if (argument.ArgumentKind == ArgumentKind.DefaultValue
            || argument.Parameter is not { } parameter
            || !TakesText(parameter.Type)
            || parameter.ContainingSymbol is not IMethodSymbol method)
        {
            return null;
        }

        foreach (var sink in index.RowsOf(method.ContainingType, method.MethodKind == MethodKind.Constructor))
        {
            if (sink.Has(SinkFlags.Property | SinkFlags.TakesCredential) || sink.Parameter != parameter.Name || !IsMember(sink, method))
            {
                continue;
            }

            if (sink.Has(SinkFlags.HeaderValue) && !IsKeyHeader(NameArgument(argument.Parent)))
            {
                return null;
            }

            return sink.Has(SinkFlags.Wrapper) ? ClientTaking(argument.Parent, index, cancellationToken) ?? sink : sink;
        }

        return null;
    }

    /// <summary>The row a property assignment reaches, or null.</summary>
    private static Sink? SinkOf(IAssignmentOperation assignment, SinkIndex index)
    {
        if (assignment.Target is not IPropertyReferenceOperation { Property: var property } target || !TakesText(property.Type))
        {
            return null;
        }

        var member = property.IsIndexer ? Sink.Indexer : property.Name;
        foreach (var sink in index.RowsOf(property.ContainingType))
        {
            if (!sink.Has(SinkFlags.Property) || sink.Has(SinkFlags.TakesCredential) || sink.Member != member)
            {
                continue;
            }

            if (sink.Has(SinkFlags.HeaderValue) && !(target.Arguments.Length == 1 && IsKeyHeader(target.Arguments[0].Value)))
            {
                return null;
            }

            return sink;
        }

        return null;
    }

    /// <summary>
    /// The client row whose credential parameter or property receives the wrapper <paramref name="wrapper"/> creates:
    /// given in the call, through <c>?:</c> or <c>??</c>, or held in a local that is given to one.
    /// </summary>
    private static Sink? ClientTaking(IOperation? wrapper, SinkIndex index, CancellationToken cancellationToken)
    {
        var use = UseOf(wrapper);
        if (use is IVariableInitializerOperation { Parent: IVariableDeclaratorOperation { Symbol: var local } declarator } && wrapper?.SemanticModel is { } model)
        {
            // var credential = new AzureKeyCredential("…"); new ChatCompletionsClient(endpoint, credential);
            foreach (var reference in SinkValues.ReferencesInScope(declarator.Syntax, local, model, cancellationToken))
            {
                if (ClientRow(UseOf(reference), index) is { } row)
                {
                    return row;
                }
            }

            return null;
        }

        return ClientRow(use, index);
    }

    /// <summary>What a value is given to: the first parent that is not a conversion or a branch of <c>?:</c> or <c>??</c>.</summary>
    private static IOperation? UseOf(IOperation? value)
    {
        var parent = value?.Parent;
        for (var depth = 0; depth < 32 && parent is IConversionOperation or ICoalesceOperation or IConditionalOperation; depth++)
        {
            parent = parent.Parent;
        }

        return parent;
    }

    private static Sink? ClientRow(IOperation? use, SinkIndex index)
    {
        if (use is IArgumentOperation { Parameter: { ContainingSymbol: IMethodSymbol method } parameter })
        {
            foreach (var sink in index.RowsOf(method.ContainingType, method.MethodKind == MethodKind.Constructor))
            {
                if (sink.Has(SinkFlags.TakesCredential) && !sink.Has(SinkFlags.Property) && sink.Parameter == parameter.Name && IsMember(sink, method))
                {
                    return sink;
                }
            }
        }
        else if (use is IAssignmentOperation { Target: IPropertyReferenceOperation { Property: var property } })
        {
            foreach (var sink in index.RowsOf(property.ContainingType))
            {
                if (sink.Has(SinkFlags.TakesCredential) && sink.Has(SinkFlags.Property) && sink.Member == property.Name)
                {
                    return sink;
                }
            }
        }

        return null;
    }

    /// <summary>A string, or ASP.NET Core's <c>StringValues</c> (header values), which a string converts to.</summary>
    private static bool TakesText(ITypeSymbol type) =>
        type.SpecialType == SpecialType.System_String
        || (type.Name == "StringValues" && type.ContainingNamespace is { Name: "Primitives", ContainingNamespace: { Name: "Extensions", ContainingNamespace.Name: "Microsoft" } });

    private static bool IsMember(Sink sink, IMethodSymbol method) => sink.Member switch
    {
        Sink.AnyMember => true,
        Sink.Constructor => method.MethodKind == MethodKind.Constructor,
        _ => method.MethodKind != MethodKind.Constructor && method.Name == sink.Member,
    };

    /// <summary>The value of the <c>name</c> (<c>key</c>, or <c>HttpRequestHeader header</c>) argument of the same call, for header sinks.</summary>
    private static IOperation? NameArgument(IOperation? call)
    {
        var arguments = call switch
        {
            IInvocationOperation invocation => invocation.Arguments,
            IObjectCreationOperation creation => creation.Arguments,
            _ => ImmutableArray<IArgumentOperation>.Empty,
        };
        foreach (var argument in arguments)
        {
            if (argument.Parameter?.Name is "name" or "header" or "key")
            {
                return argument.Value;
            }
        }

        return null;
    }

    private static bool IsKeyHeader(IOperation? name)
    {
        if (HttpHeaderNames.Of(name) is not { } text)
        {
            return false;
        }

        foreach (var header in KeyHeaders)
        {
            if (string.Equals(header, text, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The diagnostic for a hard-coded value at a sink, or null when the value is not one to report.</summary>
    private static Diagnostic? Create(Sink sink, in SinkValue value, AnalyzerOptions options, SyntaxTree tree, IMethodSymbol? member)
    {
        var text = value.Text;
        int start = 0, length = text.Length;
        if (sink.Has(SinkFlags.ConnectionString) && !TryFindConnectionStringSecret(text, out start, out length))
        {
            // UseDevelopmentStorage=true, an endpoint with a managed identity: no credential in it.
            return null;
        }

        if (sink.Has(SinkFlags.HeaderValue | SinkFlags.AfterScheme))
        {
            SkipScheme(text, ref start, ref length);
        }

        // An emulator's published key; a value that spells the parameter or property it is given to
        // (new NetworkCredential("username", "password"), a probe or a sample): a name standing in for a value.
        if (length == 0 || KnownExamples.IsEmulatorKey(Fingerprint.Of(text, start, length)) || NamedValues.SpellsName(sink.Parameter ?? sink.Member, text, start, length))
        {
            return null;
        }

        var config = options.AnalyzerConfigOptionsProvider.GetOptions(tree);
        if (config.TryGetValue(OptionKeys.DisabledProviders, out var disabled) && SecretOptions.ListContains(disabled, sink.ProviderKey))
        {
            return null;
        }

        var hasMatch = SecretScanner.TryFind(text, 0, out var match);
        if (!hasMatch && SecretOptions.IsTestProject(options) && !IsOn(config, OptionKeys.ReportDummyKeysInTests) && IsObviousDummy(text, start, length))
        {
            // Tests pass "fake" to a client they never call; a real-shaped key in a test is still reported.
            return null;
        }

        // A value in a provider's format is known by its hash; any other value (a password, a short in-house key) by its place.
        var fingerprint = hasMatch && !match.Format.IsChosenByPerson
            ? Fingerprint.Of(text, match)
            : SecretReporter.PlaceFingerprint(sink.Id, new FindingSite(value.Node.GetLocation(), value.Node, semanticModel: null), text, (0, 0), start, length);
        if (config.TryGetValue(OptionKeys.AllowedFingerprints, out var allowed) && SecretOptions.ListContains(allowed, fingerprint))
        {
            return null;
        }

        var shape = hasMatch ? Redactor.Redact(text, match) : "****, " + length.ToString(CultureInfo.InvariantCulture) + " characters";
        var properties = ImmutableDictionary.CreateRange(new[]
        {
            new KeyValuePair<string, string?>(SinkProperty, sink.Id),
            new KeyValuePair<string, string?>(SecretReporter.ProviderProperty, sink.ProviderKey),
            new KeyValuePair<string, string?>(SecretReporter.ConfigurationKeyProperty, sink.ConfigurationKey),
            new KeyValuePair<string, string?>(SecretReporter.EnvironmentVariableProperty, sink.EnvironmentVariable),
            new KeyValuePair<string, string?>(SecretReporter.FingerprintProperty, fingerprint),
            new KeyValuePair<string, string?>(SecretReporter.FormatIdProperty, hasMatch ? match.Format.Id : null),
        });
        return Diagnostic.Create(DescriptorOf(sink.Rule), KeyLocation(value, start, length), properties, sink.Sdk, Display(sink, member), sink.Secret, shape, sink.ConfigurationKey, fingerprint);
    }

    /// <summary>
    /// Where the key stands: its own characters when the value is written as a literal at the sink (the password of a
    /// connection string, the token after <c>Bearer </c>); the expression that hands it over otherwise.
    /// </summary>
    private static Location KeyLocation(in SinkValue value, int start, int length)
    {
        var node = value.Node;
        while (node is ParenthesizedExpressionSyntax parenthesized)
        {
            node = parenthesized.Expression;
        }

        return node is LiteralExpressionSyntax literal
            && string.Equals(LiteralPieces.StringValue(literal.Token), value.Text, StringComparison.Ordinal)
            && ValueSpans.TryMap(literal, start, start + length, out var span)
                ? Location.Create(literal.SyntaxTree, span)
                : value.Node.GetLocation();
    }

    /// <summary><c>StripeClient(apiKey)</c>, <c>StripeConfiguration.ApiKey</c>, <c>AddOpenAIChatCompletion(apiKey)</c>.</summary>
    private static string Display(Sink sink, IMethodSymbol? member)
    {
        var type = sink.Type.Substring(sink.Type.LastIndexOf('.') + 1);
        return sink.Member switch
        {
            Sink.Constructor => type + "(" + sink.Parameter + ")",
            Sink.AnyMember when member is { MethodKind: MethodKind.Constructor } => type + "(" + sink.Parameter + ")",
            Sink.AnyMember when member is { IsExtensionMethod: true } => member.Name + "(" + sink.Parameter + ")",
            Sink.AnyMember => type + "." + (member?.Name ?? "*") + "(" + sink.Parameter + ")",
            Sink.Indexer => type + "[name]",
            _ => sink.Parameter is null ? type + "." + sink.Member : type + "." + sink.Member + "(" + sink.Parameter + ")",
        };
    }

    /// <summary>The value of the first credential part (<c>AccountKey=…</c>) of a connection string that has one.</summary>
    private static bool TryFindConnectionStringSecret(string text, out int start, out int length)
    {
        for (var part = 0; part < text.Length; part = text.IndexOf(';', part) is var next and >= 0 ? next + 1 : text.Length)
        {
            while (part < text.Length && char.IsWhiteSpace(text[part]))
            {
                part++;
            }

            var equals = text.IndexOf('=', part);
            if (equals < 0)
            {
                break;
            }

            foreach (var name in ConnectionStringSecrets)
            {
                if (equals - part == name.Length && string.Compare(text, part, name, 0, name.Length, StringComparison.OrdinalIgnoreCase) == 0)
                {
                    var end = text.IndexOf(';', equals);
                    start = equals + 1;
                    length = (end < 0 ? text.Length : end) - start;
                    Trim(text, ref start, ref length);
                    if (length > 0)
                    {
                        return true;
                    }
                }
            }
        }

        start = length = 0;
        return false;
    }

    /// <summary>Moves past an authorization scheme (<c>Bearer </c>) at the start of a header value.</summary>
    private static void SkipScheme(string text, ref int start, ref int length)
    {
        Trim(text, ref start, ref length);
        foreach (var scheme in Schemes)
        {
            if (length >= scheme.Length && string.Compare(text, start, scheme, 0, scheme.Length, StringComparison.OrdinalIgnoreCase) == 0
                && (length == scheme.Length || char.IsWhiteSpace(text[start + scheme.Length])))
            {
                start += scheme.Length;
                length -= scheme.Length;
                Trim(text, ref start, ref length);
                return;
            }
        }
    }

    private static void Trim(string text, ref int start, ref int length)
    {
        while (length > 0 && char.IsWhiteSpace(text[start]))
        {
            start++;
            length--;
        }

        while (length > 0 && char.IsWhiteSpace(text[start + length - 1]))
        {
            length--;
        }
    }

    /// <summary>
    /// A value no one would mistake for a key: a placeholder, a word or phrase, something short or repetitive.
    /// Only test projects skip these, and only when no provider format matched.
    /// </summary>
    private static bool IsObviousDummy(string text, int start, int length)
    {
        if (length < 16 || PlaceholderFilter.IsPlaceholderPassword(text, start, length) || PlaceholderFilter.IsPlaceholderBody(text, start, length, 64))
        {
            return true;
        }

        for (var i = start; i < start + length; i++)
        {
            var c = text[i];
            if (!char.IsLetter(c) && c != '-' && c != '_' && c != ' ' && c != '.')
            {
                return false;
            }
        }

        // "my-test-api-key", "fake_stripe_secret": letters and separators only.
        return true;
    }

    private static bool IsOn(AnalyzerConfigOptions config, string key) =>
        config.TryGetValue(key, out var value) && string.Equals(value.Trim(), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Whether the sink rule reports in this tree: not turned off or hidden by <c>NoWarn</c>, its id in
    /// <c>.editorconfig</c> or a global config, or a category or bulk severity. If it does not, SECA001 reports the
    /// literal as before, so that turning a sink rule off never hides a key.
    /// </summary>
    private static bool IsRuleOn(SinkRule rule, SemanticModel model, AnalyzerOptions analyzerOptions, CancellationToken cancellationToken)
    {
        var id = DescriptorOf(rule).Id;
        var options = model.Compilation.Options;
        if (options.SpecificDiagnosticOptions.TryGetValue(id, out var severity) && IsOff(severity))
        {
            return false;
        }

        if (options.SyntaxTreeOptionsProvider is { } provider
            && (provider.TryGetDiagnosticValue(model.SyntaxTree, id, cancellationToken, out severity) || provider.TryGetGlobalDiagnosticValue(id, cancellationToken, out severity)))
        {
            return !IsOff(severity);
        }

        if (options.SpecificDiagnosticOptions.ContainsKey(id))
        {
            return true;
        }

        var config = analyzerOptions.AnalyzerConfigOptionsProvider.GetOptions(model.SyntaxTree);
        return !(config.TryGetValue("dotnet_analyzer_diagnostic.category-" + DescriptorOf(rule).Category + ".severity", out var bulk)
                 || config.TryGetValue("dotnet_analyzer_diagnostic.severity", out bulk))
            || !(bulk.Trim().Equals("none", StringComparison.OrdinalIgnoreCase) || bulk.Trim().Equals("silent", StringComparison.OrdinalIgnoreCase));
    }

    private static bool IsOff(ReportDiagnostic severity) => severity is ReportDiagnostic.Suppress or ReportDiagnostic.Hidden;
}
