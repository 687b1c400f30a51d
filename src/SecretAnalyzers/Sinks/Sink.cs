using System;

namespace SecretAnalyzers.Sinks;

/// <summary>The rule a sink belongs to.</summary>
internal enum SinkRule
{
    /// <summary>SECA002.</summary>
    Stripe,

    /// <summary>SECA003.</summary>
    AiSdk,

    /// <summary>SECA004.</summary>
    Credential,
}

/// <summary>How a sink's member is matched and what its value must hold to be reported.</summary>
[Flags]
internal enum SinkFlags
{
    None = 0,

    /// <summary>The member is a settable property (or <c>this[]</c>, an indexer); it has no parameter.</summary>
    Property = 1,

    /// <summary>The row holds for every type deriving from <see cref="Sink.Type"/> (AWS service clients).</summary>
    Derived = 2,

    /// <summary>The value is a connection string: reported only when it holds a key or signature.</summary>
    ConnectionString = 4,

    /// <summary>The parameter takes a credential object: it decides the rule of a wrapper created right there, and is not itself a string sink.</summary>
    TakesCredential = 8,

    /// <summary>The member creates a credential wrapper; given straight to a <see cref="TakesCredential"/> sink, that sink's row reports it.</summary>
    Wrapper = 16,

    /// <summary>The value of an HTTP header: reported only when the member's <c>name</c> argument is a header that carries a key, and the value is more than a scheme.</summary>
    HeaderValue = 32,

    /// <summary>The value may start with an authorization scheme (<c>Bearer </c>): only what follows it is the secret.</summary>
    AfterScheme = 64,
}

/// <summary>
/// One place where a key enters an SDK: a parameter of a member, or a settable property. Rows live in
/// <see cref="SinkTable"/>, matched by symbol (the member's containing type and name, the parameter's name), never by
/// the text of the call.
/// </summary>
internal sealed class Sink
{
    /// <summary>Any method or constructor of the type that has the parameter (extension classes with dozens of overloads).</summary>
    public const string AnyMember = "*";

    public const string Constructor = ".ctor";

    public const string Indexer = "this[]";

    public Sink(
        SinkRule rule,
        string type,
        string member,
        string? parameter,
        string sdk,
        string providerKey,
        string secret,
        string configurationKey,
        string environmentVariable,
        SinkFlags flags = SinkFlags.None)
    {
        Rule = rule;
        Type = type;
        Member = member;
        Parameter = parameter;
        Sdk = sdk;
        ProviderKey = providerKey;
        Secret = secret;
        ConfigurationKey = configurationKey;
        EnvironmentVariable = environmentVariable;
        Flags = flags;
        Id = parameter is null ? type + "." + member : type + "." + member + "(" + parameter + ")";
    }

    public SinkRule Rule { get; }

    /// <summary>Metadata name of the type that declares the member, e.g. <c>Stripe.StripeClient</c>.</summary>
    public string Type { get; }

    /// <summary><see cref="Constructor"/>, a method or property name, <see cref="Indexer"/> or <see cref="AnyMember"/>.</summary>
    public string Member { get; }

    /// <summary>The parameter that takes the key; null for a property.</summary>
    public string? Parameter { get; }

    /// <summary>The package as users know it, e.g. <c>Stripe.net</c>.</summary>
    public string Sdk { get; }

    /// <summary>The provider, as <c>secret_analyzers.disabled_providers</c> and the code fix know it.</summary>
    public string ProviderKey { get; }

    /// <summary>What the value is, for the message: <c>secret key</c>, <c>webhook signing secret</c>.</summary>
    public string Secret { get; }

    /// <summary>The configuration key a fix reads the value from, e.g. <c>Stripe:SecretKey</c>.</summary>
    public string ConfigurationKey { get; }

    /// <summary>The environment variable the value belongs in, e.g. <c>STRIPE_SECRET_KEY</c>.</summary>
    public string EnvironmentVariable { get; }

    public SinkFlags Flags { get; }

    /// <summary>Stable name of the row (<c>Stripe.StripeClient..ctor(apiKey)</c>), carried in the diagnostic's properties.</summary>
    public string Id { get; }

    public bool Has(SinkFlags flag) => (Flags & flag) != 0;

    public override string ToString() => Id;
}
