using System;
using static SecretAnalyzers.Detection.Alphabets;

namespace SecretAnalyzers.Detection;

/// <summary>The token rows of GitLab, with the validators only they use.</summary>
internal static class GitLabRows
{
    public static readonly PrefixRule[] Rows =
    {
        // GitLab.
        new("glpat-", TokenFormats.GitLabPersonalAccessToken, GitLab, Base64Url, 20, 20),
        new("glrt-", TokenFormats.GitLabRunnerToken, GitLab, Base64Url, 20, 20),
        new("glptt-", TokenFormats.GitLabToken, TokenValidators.Run, Hex, 40, 40),
        new("gldt-", TokenFormats.GitLabToken, GitLab, Base64Url, 20, 20),
        new("glft-", TokenFormats.GitLabToken, GitLab, Base64Url, 20, 20),
        new("glsoat-", TokenFormats.GitLabToken, GitLab, Base64Url, 20, 20),
        new("glffct-", TokenFormats.GitLabToken, GitLab, Base64Url, 20, 20),
        new("glimt-", TokenFormats.GitLabToken, GitLab, Base64Url, 25, 25),
        new("glagent-", TokenFormats.GitLabToken, GitLab, Base64Url, 50, 50),
        new("gloas-", TokenFormats.GitLabToken, GitLab, Base64Url, 64, 64),
        new("glcbt-", TokenFormats.GitLabToken, TokenValidators.Run, Base64Url, 22, 26),
        new("GR1348941", TokenFormats.GitLabRunnerToken, TokenValidators.Run, Base64Url, 20, 20),
    };

    public static bool GitLab(ReadOnlySpan<char> text, int start, PrefixRule rule, out SecretMatch match) => TokenValidators.Whole(text, start, rule, MatchGitLab(text, start, start + rule.Prefix.Length, rule), out match);

    private static int MatchGitLab(ReadOnlySpan<char> text, int start, int body, PrefixRule rule)
    {
        var run = CharClasses.RunLength(text, body, text.Length, CharClass.Base64Url, 301);
        var end = body + run;
        if (end < text.Length && text[end] == '.')
        {
            // Routable: payload [".01"] "." 2-char base36 length + 7-char base36 CRC-32 of everything before it.
            var tail = end + 1;
            if (tail + 3 <= text.Length && text[tail] == '0' && text[tail + 1] == '1' && text[tail + 2] == '.')
            {
                tail += 3;
            }

            if (run < 27 || CharClasses.RunLength(text, tail, text.Length, CharClass.Lower | CharClass.Digit, 10) != 9
                || !SecretScanner.EndsAtBoundary(text, tail + 9) || (tail + 9 < text.Length && CharClasses.Is(text[tail + 9], CharClass.Base64Url))
                || !Checksums.IsValidGitLabRoutable(text, start, tail + 9 - start))
            {
                return -1;
            }

            return tail + 9;
        }

        if (run < rule.Min || run > rule.Max || !SecretScanner.EndsAtBoundary(text, end) || PlaceholderFilter.IsPlaceholderBody(text, body, run, 64))
        {
            return -1;
        }

        return end;
    }
}
