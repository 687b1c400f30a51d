namespace SecretAnalyzers;

/// <summary>
/// The wording every SECA message about a secret follows, in one place: what was found and its redacted shape
/// (<see cref="Detection.Redactor"/>), where the value belongs instead, that a committed secret must be rotated, and
/// how to accept the finding. A rule's message is built from these parts, never written out on its own.
/// </summary>
internal static class MessageWording
{
    /// <summary>After where the value belongs: a secret removed from the code is still in its history.</summary>
    public const string Rotate = ", and rotate it if it was ever committed";

    /// <summary>After where a summary's values belong: each of them is a secret to rotate if committed.</summary>
    public const string RotateEach = ", and rotate any that was ever committed";

    /// <summary>How to accept the finding, with the fingerprint at message argument <paramref name="fingerprintArgument"/>.</summary>
    public static string Accept(int fingerprintArgument) =>
        "; to accept it, add fingerprint {" + fingerprintArgument + "} to secret_analyzers.allowed_fingerprints or the baseline";

    /// <summary>A hard-coded secret in C#: {0} what, {1} redacted shape, {2} fingerprint.</summary>
    public static readonly string HardCodedSecret = "Hard-coded {0} ({1}): read it from configuration or a secret store instead" + Rotate + Accept(2);

    /// <summary>A test-mode key: {0} what, {1} redacted shape, {2} fingerprint.</summary>
    public static readonly string TestModeKey = "Hard-coded {0} ({1}): a test-mode key reaches only test data but is still a credential; read it from configuration instead" + Accept(2);

    /// <summary>A value at an SDK's key parameter: {0} SDK, {1} member, {2} kind of secret, {3} redacted shape, {4} configuration key, {5} fingerprint.</summary>
    public static readonly string SinkValue = "{0} '{1}' is given a hard-coded {2} ({3}): read it from configuration ('{4}') or a secret store instead" + Rotate + Accept(5);

    /// <summary>A secret in a configuration file: {0} what, {1} redacted shape, {2} fingerprint, {3} the key it is under.</summary>
    public static readonly string ConfigurationFileSecret = "Secret in a configuration file: {0} under '{3}' ({1}): keep it in user-secrets, the environment or a secret store instead" + Rotate + Accept(2);

    /// <summary>Findings past a reporting limit (<see cref="ReportLimits"/>): {0} how many more, {1} the limit, {2} where ("string", "value", "file").</summary>
    private const string NotListed = "{0} more {what} in this {2} are not listed one by one (at most {1} per {2} are): ";

    /// <summary>The summary of hard-coded secrets past a limit.</summary>
    public static readonly string SecretsNotListed = NotListed.Replace("{what}", "hard-coded secrets") + "read them from configuration or a secret store instead" + RotateEach;

    /// <summary>The summary of test-mode keys past a limit.</summary>
    public static readonly string TestModeKeysNotListed = NotListed.Replace("{what}", "hard-coded test-mode keys") + "read them from configuration instead";

    /// <summary>The summary of secrets in a configuration file past a limit.</summary>
    public static readonly string ConfigurationFileSecretsNotListed = NotListed.Replace("{what}", "secrets") + "keep them in user-secrets, the environment or a secret store instead" + RotateEach;
}
