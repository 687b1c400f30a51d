using Microsoft.CodeAnalysis;

namespace SecretAnalyzers;

/// <summary>The descriptor of every rule, in one place. Messages take the provider and token type, the redacted value and a fingerprint — never the value.</summary>
internal static class Descriptors
{
    public const string HelpLinkBase = "https://github.com/secretanalyzers/SecretAnalyzers/blob/main/docs/rules/";

    private const string SecurityCategory = "Security";

    public static readonly DiagnosticDescriptor HardCodedSecret = Create(
        DiagnosticIds.HardCodedSecret,
        title: "Hard-coded secret",
        messageFormat: "Hard-coded secret: {0} ({1}; fingerprint {2}); move it to a secret store and rotate it, it is already in source history",
        DiagnosticSeverity.Warning,
        description: "A string literal or constant holds a value in the format of a provider's secret token. Anyone who can read the source, the build output or the repository history can use it.");

    public static readonly DiagnosticDescriptor TestModeKey = Create(
        DiagnosticIds.TestModeKey,
        title: "Hard-coded test-mode key",
        messageFormat: "Hard-coded test-mode key: {0} ({1}; fingerprint {2}); it reaches only test data but is still a credential, read it from configuration",
        DiagnosticSeverity.Info,
        description: "A string literal or constant holds a provider's test-mode key. It cannot move real money or data, but it can read and change everything in the test account.");

    public static string HelpLink(string id) => HelpLinkBase + id + ".md";

    private static DiagnosticDescriptor Create(string id, string title, string messageFormat, DiagnosticSeverity severity, string description) =>
        new(id, title, messageFormat, SecurityCategory, severity, isEnabledByDefault: true, description: description, helpLinkUri: HelpLink(id));
}
