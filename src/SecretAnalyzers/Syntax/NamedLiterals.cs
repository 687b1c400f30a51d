using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using SecretAnalyzers.Detection;

namespace SecretAnalyzers;

/// <summary>
/// SECA001 for credentials with no provider format: a literal whose name says password, secret, API key, token or
/// credential (<see cref="ValueNames"/>, <see cref="SecretNames"/>) and whose value looks like one
/// (<see cref="NamedValues.IsCredentialInCode"/>), and <c>key=value</c> pairs inside a literal whose key says so
/// (<see cref="EmbeddedPairs"/>). Runs only for literals in which the scanner found no provider's token. A value is
/// looked at before its name, and the semantic model (a positional argument's parameter, a constant key) only for a
/// value that already passes as a password, given to a call whose name may take a credential.
/// </summary>
internal static class NamedLiterals
{
    /// <summary>The longest name a message quotes; a longer one is cut, with an ellipsis.</summary>
    private const int LongestQuotedName = 60;

    public static void Analyze(SyntaxNodeAnalysisContext context, LiteralExpressionSyntax literal, string text, ref SecretOptions? options, ref ReportBudget budget)
    {
        if (text.Length < NamedValues.MinimumPasswordLength || text.Length > NamedValues.MaximumLength)
        {
            return;
        }

        var testPolicy = TestPolicy.Unread;
        if (MayBeCredential(text) && TryWhole(context, literal, text, ref testPolicy, ref options, ref budget))
        {
            return;
        }

        for (var position = 0; EmbeddedPairs.TryFind(text, position, out var pair); position = pair.End)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            if (pair.Kind == EmbeddedPairKind.Named && !SecretNames.MayName(text, pair.KeyStart, pair.KeyLength))
            {
                // X-Amz-Date=…, page=2: the key names no credential; not cut out and split into words to find that out.
                continue;
            }

            var key = pair.Kind switch
            {
                EmbeddedPairKind.UserPassword => "--user",
                EmbeddedPairKind.BasicCredentials => "Authorization: Basic",
                EmbeddedPairKind.BearerToken => "Authorization: Bearer",
                _ => text.Substring(pair.KeyStart, pair.KeyLength),
            };
            var kind = pair.Kind switch
            {
                EmbeddedPairKind.Named => SecretNames.KindOf(key),
                EmbeddedPairKind.BearerToken => NamedKind.Secret,
                EmbeddedPairKind.BasicCredentials => HoldsUserPassword(text, pair.ValueStart, pair.ValueLength) ? NamedKind.Secret : NamedKind.None,
                _ => NamedKind.Password,
            };
            if (kind != NamedKind.None
                && (pair.Kind == EmbeddedPairKind.BasicCredentials || NamedValues.IsCredentialInCode(kind, key, text, pair.ValueStart, pair.ValueLength))
                && Admits(context, literal.SyntaxTree, ref testPolicy, text, pair.ValueStart, pair.ValueLength))
            {
                Report(context, literal, text, kind, key, pair.ValueStart, pair.ValueLength, ref options, ref budget);
            }
        }
    }

    /// <summary>The whole literal under a credential's name. True when it was judged a credential.</summary>
    private static bool TryWhole(SyntaxNodeAnalysisContext context, LiteralExpressionSyntax literal, string text, ref TestPolicy testPolicy, ref SecretOptions? options, ref ReportBudget budget)
    {
        var found = ValueNames.Find(literal);
        if (found.Kind == ValueNameKind.None)
        {
            return false;
        }

        string? name;
        if (found.Kind == ValueNameKind.Text)
        {
            name = found.Text;
        }
        else
        {
            // The semantic model only for a value that would be reported under the weakest bar, given to a call whose
            // name may take a credential (Login, NetworkCredential, SetApiKey) or after a key whose name says it is one
            // (SetEnvironmentVariable(PasswordVariable, "…")): positional strings are everywhere, and each lookup binds.
            var argument = (ArgumentSyntax)found.Node!;
            var namedKey = KeyBefore(argument) is { } key && SecretNames.MayName(key.Text, 0, key.Text.Length) ? key.Expression : null;
            var calleeMayTake = CalleeMayTakeCredential(argument);
            if ((namedKey is null && !calleeMayTake) || NamedValues.IsPrefixedId(text, 0, text.Length)
                || !NamedValues.IsCredentialInCode(NamedKind.Password, text, 0, text.Length))
            {
                return false;
            }

            name = (namedKey is not null ? ConstantKey(context.SemanticModel, namedKey, context.CancellationToken) : null)
                ?? (calleeMayTake ? ParameterName(context.SemanticModel, argument, context.CancellationToken) : null);
        }

        if (name is null || !SecretNames.MayName(name, 0, name.Length))
        {
            return false;
        }

        var kind = SecretNames.KindOf(name, found.IsPlural);
        if (kind == NamedKind.None || !NamedValues.IsCredentialInCode(kind, name, text, 0, text.Length))
        {
            return false;
        }

        if (!Admits(context, literal.SyntaxTree, ref testPolicy, text, 0, text.Length))
        {
            // Judged, and not reported: a test project's dummy is not looked for again in its pairs.
            return true;
        }

        Report(context, literal, text, kind, name, 0, text.Length, ref options, ref budget);
        return true;
    }

    /// <summary>
    /// Whether base64 decodes to <c>user:password</c> text whose password, by itself, would be reported under a
    /// password's name: a Basic credential, not any base64 after <c>Basic</c>.
    /// </summary>
    private static bool HoldsUserPassword(string text, int start, int length)
    {
        if (Base64.TryDecode(text, start, length, urlSafe: false) is not { Length: > 3 } bytes)
        {
            return false;
        }

        var chars = new char[bytes.Length];
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] < 0x20 || bytes[i] > 0x7E)
            {
                return false;
            }

            chars[i] = (char)bytes[i];
        }

        var decoded = new string(chars);
        var colon = decoded.IndexOf(':');
        return colon > 0 && NamedValues.IsCredentialInCode(NamedKind.Password, decoded, colon + 1, decoded.Length - colon - 1);
    }

    /// <summary>
    /// The cheap gate on the value alone, before any name is looked for: no whitespace or control character, a letter,
    /// and a digit or a symbol. Words, sentences, identifiers and numbers stop here.
    /// </summary>
    internal static bool MayBeCredential(string text)
    {
        // Sentences, SQL, JSON and format strings hold a space: one vectorised search settles them.
        if (text.IndexOf(' ') >= 0)
        {
            return false;
        }

        // The rest is read once, without a branch per character: the shapes of its characters are or-ed together.
        var shape = 0;
        foreach (var c in text)
        {
            shape |= c < 128 ? Shapes[c] : char.IsWhiteSpace(c) ? ShapeBreak : ShapeOther;
        }

        return shape == (ShapeLetter | ShapeOther);
    }

    /// <summary>What a character adds to a value's shape: an ASCII letter, anything else, or whitespace or a control character.</summary>
    private const int ShapeLetter = 1, ShapeOther = 2, ShapeBreak = 4;

    private static readonly int[] Shapes = BuildShapes();

    private static int[] BuildShapes()
    {
        var shapes = new int[128];
        for (var c = 0; c < 128; c++)
        {
            shapes[c] = c <= ' ' ? ShapeBreak : (c | 0x20) >= 'a' && (c | 0x20) <= 'z' ? ShapeLetter : ShapeOther;
        }

        return shapes;
    }

    /// <summary>
    /// Whether the called method's or created type's name may take a credential: it says password, secret, key, token
    /// or credential (<see cref="SecretNames.MayName"/>), or auth, login, logon, sign or connect.
    /// </summary>
    private static bool CalleeMayTakeCredential(ArgumentSyntax argument)
    {
        var callee = argument.Parent?.Parent switch
        {
            InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax member } => member.Name.Identifier.ValueText,
            InvocationExpressionSyntax { Expression: SimpleNameSyntax name } => name.Identifier.ValueText,
            ObjectCreationExpressionSyntax { Type: var type } => type switch
            {
                SimpleNameSyntax simple => simple.Identifier.ValueText,
                QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
                _ => null,
            },
            _ => null,
        };
        return callee is not null && (SecretNames.MayName(callee, 0, callee.Length) || SaysSignIn(callee));
    }

    /// <summary>Whether a name holds auth, login, logon, sign or connect, in any ASCII case: one switch per character.</summary>
    private static bool SaysSignIn(string name)
    {
        for (var i = 0; i < name.Length; i++)
        {
            var found = (name[i] | 0x20) switch
            {
                'a' => SecretNames.Is(name, i, name.Length, "auth"),
                'l' => SecretNames.Is(name, i, name.Length, "login") || SecretNames.Is(name, i, name.Length, "logon"),
                's' => SecretNames.Is(name, i, name.Length, "sign"),
                'c' => SecretNames.Is(name, i, name.Length, "connect"),
                _ => false,
            };
            if (found)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>In a call of two arguments, the name given first when the value is the second (<c>Add(PasswordKey, "…")</c>).</summary>
    private static (ExpressionSyntax Expression, string Text)? KeyBefore(ArgumentSyntax argument) =>
        argument.Parent is BaseArgumentListSyntax { Arguments: { Count: 2 } arguments } && arguments[1] == argument
            ? arguments[0].Expression switch
            {
                IdentifierNameSyntax identifier => (identifier, identifier.Identifier.ValueText),
                MemberAccessExpressionSyntax member => (member, member.Name.Identifier.ValueText),
                _ => null,
            }
            : null;

    /// <summary>The constant string a key expression names, when it names a credential (<c>const string PasswordKey = "DB_PASSWORD"</c>).</summary>
    private static string? ConstantKey(SemanticModel model, ExpressionSyntax key, System.Threading.CancellationToken cancellationToken) =>
        model.GetConstantValue(key, cancellationToken) is { HasValue: true, Value: string text }
            && SecretNames.MayName(text, 0, text.Length) && SecretNames.KindOf(text) != NamedKind.None
            ? text
            : null;

    private static string? ParameterName(SemanticModel model, ArgumentSyntax argument, System.Threading.CancellationToken cancellationToken)
    {
        if (argument.Parent is not BaseArgumentListSyntax { Parent: { } call } list)
        {
            return null;
        }

        var info = model.GetSymbolInfo(call, cancellationToken);
        if ((info.Symbol ?? (info.CandidateSymbols.Length == 1 ? info.CandidateSymbols[0] : null)) is not IMethodSymbol method || method.Parameters.Length == 0)
        {
            return null;
        }

        var index = LiteralPieces.IndexByPosition<SeparatedSyntaxList<ArgumentSyntax>, ArgumentSyntax>(list.Arguments, argument);
        return index < 0 ? null : method.Parameters[System.Math.Min(index, method.Parameters.Length - 1)].Name;
    }

    /// <summary>
    /// Whether a value judged a credential by its name is reported in this project: always, but in a test project only
    /// as <see cref="OptionKeys.NamedValuesInTests"/> says for <paramref name="tree"/> (by default, a value that looks
    /// generated). The policy is read once per caller, and only once something is judged a credential.
    /// </summary>
    internal static bool Admits(SyntaxNodeAnalysisContext context, SyntaxTree tree, ref TestPolicy policy, string text, int start, int length)
    {
        if (policy == TestPolicy.Unread)
        {
            policy = !SecretOptions.IsTestProject(context.Options) ? TestPolicy.All
                : SecretOptions.NamedValuesInTests(context.Options, tree) switch
                {
                    "all" => TestPolicy.All,
                    "none" => TestPolicy.None,
                    _ => TestPolicy.GeneratedOnly,
                };
        }

        return policy == TestPolicy.All || (policy == TestPolicy.GeneratedOnly && NamedValues.LooksGenerated(text, start, length));
    }

    private static void Report(SyntaxNodeAnalysisContext context, LiteralExpressionSyntax literal, string text, NamedKind kind, string name, int start, int length, ref SecretOptions? options, ref ReportBudget budget)
    {
        var format = NamedFormats.For(kind, name, text, start, length);
        var quoted = name.Length <= LongestQuotedName ? name : name.Substring(0, LongestQuotedName) + "…";
        var site = new FindingSite(literal, literal, start, literal, start + length, literal, context.SemanticModel, quoted);
        var diagnostic = SecretReporter.Create(text, new SecretMatch(format, start, length), site, context.Options, ref options, ref budget, context.CancellationToken);
        if (diagnostic is not null)
        {
            context.ReportDiagnostic(diagnostic);
        }
    }

    internal enum TestPolicy : byte
    {
        Unread,
        All,
        GeneratedOnly,
        None,
    }
}
