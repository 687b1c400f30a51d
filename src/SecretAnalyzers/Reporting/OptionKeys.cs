namespace SecretAnalyzers;

/// <summary>Every <c>.editorconfig</c> key the analyzers read (documented in docs/configuration.md).</summary>
internal static class OptionKeys
{
    public const string Prefix = "secret_analyzers.";

    /// <summary>Comma-separated provider keys (e.g. <c>twilio, jwt</c>) whose formats are not reported.</summary>
    public const string DisabledProviders = Prefix + "disabled_providers";

    /// <summary>Comma-separated fingerprints of accepted findings, as the diagnostic message shows them.</summary>
    public const string AllowedFingerprints = Prefix + "allowed_fingerprints";

    /// <summary><c>true</c>: in a test project, SDK sinks given an obvious dummy (<c>"fake"</c>, a placeholder) are reported too.</summary>
    public const string ReportDummyKeysInTests = Prefix + "report_dummy_keys_in_tests";

    /// <summary><c>true</c>: CORS policies registered under <c>if (….IsDevelopment())</c> are reported too (SECA005, SECA006).</summary>
    public const string CorsReportDevelopment = Prefix + "cors_report_development";

    /// <summary>The fix <c>dotnet format</c> applies and the lightbulb offers first: <c>configuration</c>, <c>environment</c> or <c>provider</c>.</summary>
    public const string FixStyle = Prefix + "fix_style";

    /// <summary>The team's secret provider for the fixes, as <c>Namespace.Type.Method</c> (a method taking the key, returning the secret).</summary>
    public const string SecretProvider = Prefix + "secret_provider";

    /// <summary>
    /// In a test project, which values SECA001 reports by their name alone (a password or secret with no provider format):
    /// <c>generated</c> (the default: only values that look generated), <c>all</c> or <c>none</c>.
    /// </summary>
    public const string NamedValuesInTests = Prefix + "named_values_in_tests";

    public static readonly string[] All = { DisabledProviders, AllowedFingerprints, ReportDummyKeysInTests, CorsReportDevelopment, FixStyle, SecretProvider, NamedValuesInTests };
}
