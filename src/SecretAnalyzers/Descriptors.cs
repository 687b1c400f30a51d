using Microsoft.CodeAnalysis;

namespace SecretAnalyzers;

/// <summary>The descriptor of every rule, in one place. Messages about secrets come from <see cref="MessageWording"/>: the provider and token type, the redacted value and a fingerprint — never the value.</summary>
internal static class Descriptors
{
    public const string HelpLinkBase = "https://github.com/secretanalyzers/SecretAnalyzers/blob/main/docs/rules/";

    private const string SecurityCategory = "Security";

    public static readonly DiagnosticDescriptor HardCodedSecret = Create(
        DiagnosticIds.HardCodedSecret,
        title: "Hard-coded secret",
        messageFormat: MessageWording.HardCodedSecret,
        DiagnosticSeverity.Warning,
        description: "A string literal or constant holds a value in the format of a provider's secret token. Anyone who can read the source, the build output or the repository history can use it.");

    public static readonly DiagnosticDescriptor TestModeKey = Create(
        DiagnosticIds.TestModeKey,
        title: "Hard-coded test-mode key",
        messageFormat: MessageWording.TestModeKey,
        DiagnosticSeverity.Info,
        description: "A string literal or constant holds a provider's test-mode key. It cannot move real money or data, but it can read and change everything in the test account.");

    // SECA002–SECA004 name the SDK member and say where the value belongs; the value itself is only its redacted shape.
    private static readonly string SinkMessage = MessageWording.SinkValue;

    public static readonly DiagnosticDescriptor StripeSdkLiteralKey = Create(
        DiagnosticIds.StripeSdkLiteralKey,
        title: "Stripe SDK given a literal or constant key",
        messageFormat: SinkMessage,
        DiagnosticSeverity.Warning,
        description: "A Stripe.net member that takes a secret key or webhook signing secret is given a compile-time constant. Whatever the value is today, the real key ends up in the same place.");

    public static readonly DiagnosticDescriptor AiSdkLiteralKey = Create(
        DiagnosticIds.AiSdkLiteralKey,
        title: "OpenAI / AI SDK client given a literal or constant key",
        messageFormat: SinkMessage,
        DiagnosticSeverity.Warning,
        description: "An OpenAI, Azure OpenAI, Azure AI Inference, Semantic Kernel, Microsoft.Extensions.AI or Anthropic client or credential is given a compile-time constant key.");

    public static readonly DiagnosticDescriptor CredentialSinkLiteral = Create(
        DiagnosticIds.CredentialSinkLiteral,
        title: "Other credential sink given a literal",
        messageFormat: SinkMessage,
        DiagnosticSeverity.Warning,
        description: "An AWS, Azure, SendGrid, GitHub or Twilio credential or client, a NetworkCredential or an HTTP authorization header is given a compile-time constant secret.");

    public static readonly DiagnosticDescriptor CorsAnyOrigin = Create(
        DiagnosticIds.CorsAnyOrigin,
        title: "CORS policy allows any origin",
        messageFormat: "CORS policy allows any origin ({0}); list the origins that may call this API",
        DiagnosticSeverity.Warning,
        description: "An ASP.NET Core CORS policy lets every web site call the API from a browser: AllowAnyOrigin(), a lone \"*\", an origin predicate every origin passes, the \"null\" origin, a wildcard over a whole top-level domain, or Access-Control-Allow-Origin set by hand to * or to the request's Origin.");

    public static readonly DiagnosticDescriptor CorsAnyOriginWithCredentials = Create(
        DiagnosticIds.CorsAnyOriginWithCredentials,
        title: "CORS policy allows any origin with credentials",
        messageFormat: "CORS policy allows any origin with credentials ({0}); any web site can call this API as the signed-in user",
        DiagnosticSeverity.Error,
        description: "An ASP.NET Core CORS policy lets every web site call the API from a browser with the user's cookies or credentials: any SECA005 form in a policy that also allows credentials (the last call of the policy wins).");

    // The key path is shown with any segment that holds a secret as ****.
    public static readonly DiagnosticDescriptor SecretInConfigurationFile = Create(
        DiagnosticIds.SecretInConfigurationFile,
        title: "Secret in a configuration file",
        messageFormat: MessageWording.ConfigurationFileSecret,
        DiagnosticSeverity.Warning,
        description: "A project's appsettings*.json, secrets.json, .env or launchSettings.json file holds a value in the format of a provider's secret token, or a password, secret, key or token under a key that says so. Configuration files are committed, copied to the build output and published with the application.");

    public static readonly DiagnosticDescriptor StaleBaselineEntry = new(
        DiagnosticIds.StaleBaselineEntry,
        title: "Baseline entry matches no finding",
        messageFormat: "Baseline entry {0} ({1} in '{2}') matches no finding any more; remove it from secrets.baseline.json",
        SecurityCategory,
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: "An entry of secrets.baseline.json accepts a finding that is no longer reported: the secret was removed or moved. Removing the entry keeps the baseline from accepting the same secret if it comes back.",
        helpLinkUri: HelpLink(DiagnosticIds.StaleBaselineEntry),
        customTags: WellKnownDiagnosticTags.CompilationEnd);

    // {0} the option, {1} the value not understood, {2} why and what would be.
    public static readonly DiagnosticDescriptor ConfigurationMistake = new(
        DiagnosticIds.ConfigurationMistake,
        title: "SecretAnalyzers option not understood",
        messageFormat: "SecretAnalyzers ignores '{1}' in {0}: {2}",
        SecurityCategory,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "An option in .editorconfig or a global config that SecretAnalyzers reads has a value it does not understand: an unknown secret_analyzers.* key, provider key, fix style or secret provider, a malformed fingerprint, or a flag that is neither true nor false. The option does nothing, which is rarely what its author meant.",
        helpLinkUri: HelpLink(DiagnosticIds.ConfigurationMistake),
        customTags: WellKnownDiagnosticTags.CompilationEnd);

    // Past a reporting limit, one summary per literal or file, under the rule of the findings it counts: suppressing
    // or raising the rule does the same to its summary. A file's summary in C# comes at the compilation's end.
    public static readonly DiagnosticDescriptor SecretsNotListed = Summary(HardCodedSecret, MessageWording.SecretsNotListed, atCompilationEnd: false);

    public static readonly DiagnosticDescriptor SecretsNotListedInFile = Summary(HardCodedSecret, MessageWording.SecretsNotListed, atCompilationEnd: true);

    public static readonly DiagnosticDescriptor TestModeKeysNotListed = Summary(TestModeKey, MessageWording.TestModeKeysNotListed, atCompilationEnd: false);

    public static readonly DiagnosticDescriptor TestModeKeysNotListedInFile = Summary(TestModeKey, MessageWording.TestModeKeysNotListed, atCompilationEnd: true);

    public static readonly DiagnosticDescriptor ConfigurationFileSecretsNotListed = Summary(SecretInConfigurationFile, MessageWording.ConfigurationFileSecretsNotListed, atCompilationEnd: false);

    public static string HelpLink(string id) => HelpLinkBase + id + ".md";

    private static DiagnosticDescriptor Create(string id, string title, string messageFormat, DiagnosticSeverity severity, string description) =>
        new(id, title, messageFormat, SecurityCategory, severity, isEnabledByDefault: true, description: description, helpLinkUri: HelpLink(id));

    private static DiagnosticDescriptor Summary(DiagnosticDescriptor rule, string messageFormat, bool atCompilationEnd) =>
        new(rule.Id, rule.Title.ToString(System.Globalization.CultureInfo.InvariantCulture) + ": more than the reporting limit", messageFormat, SecurityCategory, rule.DefaultSeverity, isEnabledByDefault: true,
            description: rule.Description.ToString(System.Globalization.CultureInfo.InvariantCulture) + " Past a limit per literal and per file, the rest are counted in one summary.",
            helpLinkUri: HelpLink(rule.Id),
            customTags: atCompilationEnd ? new[] { WellKnownDiagnosticTags.CompilationEnd } : System.Array.Empty<string>());
}
