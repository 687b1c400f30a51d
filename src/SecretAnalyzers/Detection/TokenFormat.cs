namespace SecretAnalyzers.Detection;

/// <summary>What a finding is: a credential that reaches real data, or a test-mode key.</summary>
internal enum SecretKind
{
    /// <summary>Reported as SECA001.</summary>
    Secret,

    /// <summary>Reported as SECA008: a test-mode key such as Stripe's <c>sk_test_</c>.</summary>
    TestModeKey,
}

/// <summary>One kind of token a provider issues. Instances live in <see cref="TokenFormats"/>.</summary>
internal sealed class TokenFormat
{
    public TokenFormat(
        string id,
        string provider,
        string providerKey,
        string description,
        string configurationKey,
        string environmentVariable,
        SecretKind kind = SecretKind.Secret,
        bool chosenByPerson = false,
        string? displayName = null)
    {
        Id = id;
        Provider = provider;
        ProviderKey = providerKey;
        Description = description;
        ConfigurationKey = configurationKey;
        EnvironmentVariable = environmentVariable;
        Kind = kind;
        IsChosenByPerson = chosenByPerson;
        DisplayName = displayName ?? provider + " " + description;
    }

    /// <summary>Stable id of the format, e.g. <c>stripe-live-secret-key</c>; travels in diagnostic properties.</summary>
    public string Id { get; }

    /// <summary>Provider as users know it, e.g. <c>Stripe</c>.</summary>
    public string Provider { get; }

    /// <summary>The provider's key in <c>secret_analyzers.disabled_providers</c>, e.g. <c>stripe</c>.</summary>
    public string ProviderKey { get; }

    /// <summary>Token type as the message names it, e.g. <c>live secret key</c>.</summary>
    public string Description { get; }

    public SecretKind Kind { get; }

    /// <summary>The configuration key a fix reads the value from instead, e.g. <c>Stripe:SecretKey</c>.</summary>
    public string ConfigurationKey { get; }

    /// <summary>The environment variable the provider's own tools read, e.g. <c>STRIPE_SECRET_KEY</c>.</summary>
    public string EnvironmentVariable { get; }

    /// <summary>
    /// Whether the value is one a person chose (a password) rather than a random token the provider issued: then
    /// no character of it is shown and its printed fingerprint names its place, not its value.
    /// </summary>
    public bool IsChosenByPerson { get; }

    /// <summary>"Stripe live secret key".</summary>
    public string DisplayName { get; }

    public override string ToString() => Id;
}
