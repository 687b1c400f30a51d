using System;

namespace SecretAnalyzers.Detection;

/// <summary>
/// Names that make a context-dependent value (a 40-character AWS secret, a 32-character Twilio token) a secret,
/// and the paired ids that do the same. Names are compared on their letters only, ignoring case, so
/// <c>awsSecretAccessKey</c>, <c>AWS_SECRET_ACCESS_KEY</c> and <c>aws-secret-access-key</c> are one name.
/// </summary>
internal static class ContextRules
{
    public static bool IsAwsSecretName(string text, (int Start, int Length) name) =>
        name.Length > 0 && IsAwsSecretName(text, name.Start, name.Length);

    public static bool IsAwsSecretName(string text, int start, int length) =>
        LettersContain(text, start, length, "secretaccesskey")
        || (LettersContain(text, start, length, "secret") && (LettersContain(text, start, length, "aws") || LettersContain(text, start, length, "amazon")));

    public static bool IsTwilioSecretName(string text, (int Start, int Length) name) =>
        name.Length > 0 && IsTwilioSecretName(text, name.Start, name.Length);

    public static bool IsTwilioSecretName(string text, int start, int length) =>
        LettersContain(text, start, length, "twilio")
        && (LettersContain(text, start, length, "token") || LettersContain(text, start, length, "secret") || LettersContain(text, start, length, "auth") || LettersContain(text, start, length, "key"));

    /// <summary>Whether a name says "secret" in any form (for a value whose owner names the provider, e.g. a parameter of an AWS type).</summary>
    public static bool IsSecretLikeName(string text, int start, int length) =>
        LettersContain(text, start, length, "secret") || LettersContain(text, start, length, "token") || LettersContain(text, start, length, "password");

    public static bool IsAwsOwner(string text) => LettersContain(text, 0, text.Length, "amazon") || LettersContain(text, 0, text.Length, "aws");

    public static bool IsTwilioOwner(string text) => LettersContain(text, 0, text.Length, "twilio");

    /// <summary>Whether the text holds an AWS access key id (the partner of a secret access key).</summary>
    public static bool ContainsAwsAccessKeyId(string text) =>
        ContainsPrefixedRun(text, "AKIA", CharClass.Base32Upper, 16) || ContainsPrefixedRun(text, "ASIA", CharClass.Base32Upper, 16);

    /// <summary>Whether the text holds a Twilio account SID (<c>AC</c> + 32 hex) or API key SID (<c>SK</c> + 32 hex).</summary>
    public static bool ContainsTwilioSid(string text) =>
        ContainsPrefixedRun(text, "AC", CharClass.HexLower, 32) || ContainsPrefixedRun(text, "SK", CharClass.HexLower, 32);

    /// <summary>
    /// The key a value is assigned to inside the same string: <c>"aws_secret_access_key": "…"</c>,
    /// <c>aws_secret_access_key = …</c>, <c>TWILIO_AUTH_TOKEN=…</c>. Returns an empty range when there is none.
    /// </summary>
    public static (int Start, int Length) KeyNameBefore(string text, int valueStart)
    {
        var p = valueStart - 1;
        if (p >= 0 && (text[p] == '"' || text[p] == '\''))
        {
            p--;
        }

        while (p >= 0 && (text[p] == ' ' || text[p] == '\t'))
        {
            p--;
        }

        if (p < 0 || (text[p] != '=' && text[p] != ':'))
        {
            return (0, 0);
        }

        p--;
        while (p >= 0 && (text[p] == ' ' || text[p] == '\t'))
        {
            p--;
        }

        if (p >= 0 && (text[p] == '"' || text[p] == '\''))
        {
            p--;
        }

        var end = p + 1;
        while (p >= 0 && (CharClasses.IsAlnum(text[p]) || text[p] == '_' || text[p] == '-' || text[p] == '.'))
        {
            p--;
        }

        return (p + 1, end - (p + 1));
    }

    /// <summary>Whether the letters of the range, lower-cased and with everything else dropped, contain <paramref name="needle"/> (lower case).</summary>
    public static bool LettersContain(string text, int start, int length, string needle)
    {
        for (var i = start; i < start + length; i++)
        {
            var k = 0;
            for (var j = i; j < start + length && k < needle.Length; j++)
            {
                var c = text[j];
                if (!char.IsLetter(c))
                {
                    continue;
                }

                if (char.ToLowerInvariant(c) != needle[k])
                {
                    break;
                }

                k++;
            }

            if (k == needle.Length)
            {
                return true;
            }
        }

        return false;
    }

    private static bool ContainsPrefixedRun(string text, string prefix, CharClass alphabet, int length)
    {
        for (var i = text.IndexOf(prefix, StringComparison.Ordinal); i >= 0; i = text.IndexOf(prefix, i + 1, StringComparison.Ordinal))
        {
            var body = i + prefix.Length;
            if ((i == 0 || !CharClasses.IsAlnum(text[i - 1]))
                && CharClasses.RunLength(text, body, text.Length, alphabet, length + 1) == length
                && SecretScanner.EndsAtBoundary(text, body + length))
            {
                return true;
            }
        }

        return false;
    }
}
