namespace SecretAnalyzers.Detection;

/// <summary>What the surrounding code must show before a context-dependent candidate is reported.</summary>
internal enum ContextRequirement : byte
{
    /// <summary>The format identifies itself.</summary>
    None,

    /// <summary>A 40-character AWS secret access key: needs an AWS-secret-like name or an access key id beside it.</summary>
    AwsSecretAccessKey,

    /// <summary>A 32-character Twilio auth token or API key secret: needs a Twilio name or a Twilio SID beside it.</summary>
    Twilio,
}

/// <summary>A secret found in a string: where it is and what it is. Holds positions, never a copy of the value.</summary>
internal readonly struct SecretMatch
{
    public SecretMatch(TokenFormat format, int start, int length, ContextRequirement context = ContextRequirement.None)
    {
        Format = format;
        Start = start;
        Length = length;
        Context = context;
    }

    public TokenFormat Format { get; }

    /// <summary>Offset of the secret in the scanned text (for passwords and keys in connection strings: of the value alone).</summary>
    public int Start { get; }

    public int Length { get; }

    public int End => Start + Length;

    public ContextRequirement Context { get; }
}
