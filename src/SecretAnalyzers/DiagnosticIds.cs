namespace SecretAnalyzers;

/// <summary>
/// Every rule id of the package. They are public API: users suppress and configure rules by them, so an id is
/// never reused or renumbered. Ids whose rule has not landed yet are reserved here.
/// </summary>
public static class DiagnosticIds
{
    /// <summary>A literal or constant matches a known provider's secret-token format.</summary>
    public const string HardCodedSecret = "SECA001";

    /// <summary>A Stripe SDK member is given a literal or constant key.</summary>
    public const string StripeSdkLiteralKey = "SECA002";

    /// <summary>An OpenAI or other AI SDK client is given a literal or constant key.</summary>
    public const string AiSdkLiteralKey = "SECA003";

    /// <summary>Another credential sink (AWS, Azure, SendGrid, Octokit, Twilio, NetworkCredential, HTTP auth headers) is given a literal or constant.</summary>
    public const string CredentialSinkLiteral = "SECA004";

    /// <summary>A CORS policy allows any origin.</summary>
    public const string CorsAnyOrigin = "SECA005";

    /// <summary>A CORS policy allows any origin together with credentials.</summary>
    public const string CorsAnyOriginWithCredentials = "SECA006";

    /// <summary>A secret in a configuration file (appsettings*.json, secrets.json, .env, launchSettings.json).</summary>
    public const string SecretInConfigurationFile = "SECA007";

    /// <summary>A test-mode key (e.g. Stripe <c>sk_test_</c>) is hard-coded.</summary>
    public const string TestModeKey = "SECA008";

    /// <summary>An entry of the baseline file (secrets.baseline.json) matches no finding any more.</summary>
    public const string StaleBaselineEntry = "SECA009";

    /// <summary>An option of SecretAnalyzers in .editorconfig is not understood (an unknown key, provider, fingerprint or value).</summary>
    public const string ConfigurationMistake = "SECA010";
}
