using System;
using System.Collections.Generic;

namespace SecretAnalyzers.Detection;

/// <summary>
/// Names that make a context-dependent value (a 40-character AWS secret, a 32-character Twilio token) a secret,
/// and the paired ids that do the same. Names are compared on their letters only, ignoring case, so
/// <c>awsSecretAccessKey</c>, <c>AWS_SECRET_ACCESS_KEY</c> and <c>aws-secret-access-key</c> are one name.
/// </summary>
internal static class ContextRules
{
    public static bool IsAwsSecretName(ReadOnlySpan<char> text, (int Start, int Length) name) =>
        name.Length > 0 && IsAwsSecretName(text, name.Start, name.Length);

    public static bool IsAwsSecretName(ReadOnlySpan<char> text, int start, int length) =>
        LettersContain(text, start, length, "secretaccesskey")
        || (LettersContain(text, start, length, "secret") && (LettersContain(text, start, length, "aws") || LettersContain(text, start, length, "amazon")));

    public static bool IsTwilioSecretName(ReadOnlySpan<char> text, (int Start, int Length) name) =>
        name.Length > 0 && IsTwilioSecretName(text, name.Start, name.Length);

    public static bool IsTwilioSecretName(ReadOnlySpan<char> text, int start, int length) =>
        LettersContain(text, start, length, "twilio")
        && (LettersContain(text, start, length, "token") || LettersContain(text, start, length, "secret") || LettersContain(text, start, length, "auth") || LettersContain(text, start, length, "key"));

    /// <summary>Whether a name says "secret" in any form (for a value whose owner names the provider, e.g. a parameter of an AWS type).</summary>
    public static bool IsSecretLikeName(ReadOnlySpan<char> text, int start, int length) =>
        LettersContain(text, start, length, "secret") || LettersContain(text, start, length, "token") || LettersContain(text, start, length, "password");

    public static bool IsAwsOwner(ReadOnlySpan<char> text) => LettersContain(text, 0, text.Length, "amazon") || LettersContain(text, 0, text.Length, "aws");

    public static bool IsTwilioOwner(ReadOnlySpan<char> text) => LettersContain(text, 0, text.Length, "twilio");

    /// <summary>
    /// How far from a candidate, in characters either way, the scanner looks for its paired id in the same text. A
    /// bound, so that a huge text packed with candidates costs time linear in its length, not in its length squared.
    /// </summary>
    public const int PairedIdReach = 1024;

    /// <summary>Whether the text holds an AWS access key id (the partner of a secret access key).</summary>
    public static bool ContainsAwsAccessKeyId(ReadOnlySpan<char> text) => ContainsAwsAccessKeyId(text, 0, text.Length);

    /// <summary>Whether the text holds a Twilio account SID (<c>AC</c> + 32 hex) or API key SID (<c>SK</c> + 32 hex).</summary>
    public static bool ContainsTwilioSid(ReadOnlySpan<char> text) => ContainsTwilioSid(text, 0, text.Length);

    /// <summary>Whether an AWS access key id starts within <see cref="PairedIdReach"/> characters of the candidate at [start, start + length).</summary>
    public static bool ContainsAwsAccessKeyIdNear(ReadOnlySpan<char> text, int start, int length) =>
        ContainsAwsAccessKeyId(text, Math.Max(0, start - PairedIdReach), Math.Min(text.Length, start + length + PairedIdReach));

    /// <summary>Whether a Twilio SID starts within <see cref="PairedIdReach"/> characters of the candidate at [start, start + length).</summary>
    public static bool ContainsTwilioSidNear(ReadOnlySpan<char> text, int start, int length) =>
        ContainsTwilioSid(text, Math.Max(0, start - PairedIdReach), Math.Min(text.Length, start + length + PairedIdReach));

    /// <summary>Where AWS access key ids start in the text, in order; null when none does.</summary>
    public static List<int>? AwsAccessKeyIdStarts(ReadOnlySpan<char> text)
    {
        List<int>? starts = null;
        PrefixedRunStarts(text, "AKIA", CharClass.Base32Upper, 16, ref starts);
        PrefixedRunStarts(text, "ASIA", CharClass.Base32Upper, 16, ref starts);
        starts?.Sort();
        return starts;
    }

    /// <summary>Where Twilio account and API key SIDs start in the text, in order; null when none does.</summary>
    public static List<int>? TwilioSidStarts(ReadOnlySpan<char> text)
    {
        List<int>? starts = null;
        PrefixedRunStarts(text, "AC", CharClass.HexLower, 32, ref starts);
        PrefixedRunStarts(text, "SK", CharClass.HexLower, 32, ref starts);
        starts?.Sort();
        return starts;
    }

    private static bool ContainsAwsAccessKeyId(ReadOnlySpan<char> text, int from, int to) =>
        ContainsPrefixedRun(text, from, to, "AKIA", CharClass.Base32Upper, 16) || ContainsPrefixedRun(text, from, to, "ASIA", CharClass.Base32Upper, 16);

    private static bool ContainsTwilioSid(ReadOnlySpan<char> text, int from, int to) =>
        ContainsPrefixedRun(text, from, to, "AC", CharClass.HexLower, 32) || ContainsPrefixedRun(text, from, to, "SK", CharClass.HexLower, 32);

    /// <summary>
    /// The key a value is assigned to inside the same string: <c>"aws_secret_access_key": "…"</c>,
    /// <c>aws_secret_access_key = …</c>, <c>TWILIO_AUTH_TOKEN=…</c>. Returns an empty range when there is none.
    /// </summary>
    public static (int Start, int Length) KeyNameBefore(ReadOnlySpan<char> text, int valueStart)
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
    public static bool LettersContain(ReadOnlySpan<char> text, int start, int length, string needle)
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

    /// <summary>Whether a run of <paramref name="prefix"/> and <paramref name="length"/> characters of the alphabet starts in [from, to).</summary>
    private static bool ContainsPrefixedRun(ReadOnlySpan<char> text, int from, int to, string prefix, CharClass alphabet, int length)
    {
        for (var i = IndexOf(text, prefix, from, to); i >= 0; i = IndexOf(text, prefix, i + 1, to))
        {
            if (IsPrefixedRunAt(text, i, prefix, alphabet, length))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Adds where each run of <paramref name="prefix"/> and <paramref name="length"/> characters of the alphabet starts.</summary>
    private static void PrefixedRunStarts(ReadOnlySpan<char> text, string prefix, CharClass alphabet, int length, ref List<int>? starts)
    {
        for (var i = IndexOf(text, prefix, 0, text.Length); i >= 0; i = IndexOf(text, prefix, i + 1, text.Length))
        {
            if (IsPrefixedRunAt(text, i, prefix, alphabet, length))
            {
                (starts ??= new List<int>()).Add(i);
            }
        }
    }

    private static bool IsPrefixedRunAt(ReadOnlySpan<char> text, int i, string prefix, CharClass alphabet, int length)
    {
        var body = i + prefix.Length;
        return (i == 0 || !CharClasses.IsAlnum(text[i - 1]))
            && CharClasses.RunLength(text, body, text.Length, alphabet, length + 1) == length
            && SecretScanner.EndsAtBoundary(text, body + length);
    }

    private static int IndexOf(ReadOnlySpan<char> text, string value, int from, int to)
    {
        if (from >= to)
        {
            return -1;
        }

        var found = text.Slice(from, to - from).IndexOf(value.AsSpan(), StringComparison.Ordinal);
        return found < 0 ? -1 : from + found;
    }
}
