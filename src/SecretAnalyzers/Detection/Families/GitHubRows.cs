using System;
using static SecretAnalyzers.Detection.Alphabets;

namespace SecretAnalyzers.Detection;

/// <summary>The token rows of GitHub and npm, with the validators only they use.</summary>
internal static class GitHubRows
{
    public static readonly PrefixRule[] Rows =
    {
        // GitHub and npm carry a CRC-32 checksum; look-alikes with a wrong one were never issued.
        new("ghp_", TokenFormats.GitHubPersonalAccessToken, CrcBase62, Base62, 36, 36),
        new("gho_", TokenFormats.GitHubOAuthToken, CrcBase62, Base62, 36, 36),
        new("ghu_", TokenFormats.GitHubUserToServerToken, CrcBase62, Base62, 36, 36),
        new("ghs_", TokenFormats.GitHubServerToServerToken, CrcBase62, Base62, 36, 36),
        new("ghr_", TokenFormats.GitHubRefreshToken, CrcBase62, Base62, 76, 76),
        new("github_pat_", TokenFormats.GitHubFineGrainedToken, GitHubFineGrained, shortestText: 93),
        new("npm_", TokenFormats.NpmAccessToken, CrcBase62, Base62, 36, 36),
    };

    public static bool CrcBase62(ReadOnlySpan<char> text, int start, PrefixRule rule, out SecretMatch match) => TokenValidators.Whole(text, start, rule, MatchCrcBase62(text, start + rule.Prefix.Length, rule), out match);

    public static bool GitHubFineGrained(ReadOnlySpan<char> text, int start, PrefixRule rule, out SecretMatch match) => TokenValidators.Whole(text, start, rule, MatchGitHubFineGrained(text, start, start + rule.Prefix.Length), out match);

    private static int MatchCrcBase62(ReadOnlySpan<char> text, int body, PrefixRule rule)
    {
        var run = CharClasses.RunLength(text, body, text.Length, CharClass.Alnum, rule.Min + 1);
        if (run != rule.Min || !SecretScanner.EndsAtBoundary(text, body + run) || !Checksums.IsValidGitHubCrc(text, body, run)
            || PlaceholderFilter.IsPlaceholderBody(text, body, run - 6, 62, checkWords: false))
        {
            return -1;
        }

        return body + run;
    }

    private static int MatchGitHubFineGrained(ReadOnlySpan<char> text, int start, int body)
    {
        // 22 base62 (a digit first) + "_" + 43 base62 + 8 base32 checksum + 8 base62.
        if (text.Length - body < 82 || !CharClasses.Is(text[body], CharClass.Digit)
            || CharClasses.RunLength(text, body, text.Length, CharClass.Alnum, 23) != 22 || text[body + 22] != '_'
            || CharClasses.RunLength(text, body + 23, text.Length, CharClass.Alnum, 60) != 59
            || !CharClasses.All(text, body + 66, 8, CharClass.Base32Upper)
            || !SecretScanner.EndsAtBoundary(text, body + 82) || (body + 82 < text.Length && text[body + 82] == '_')
            || !Checksums.IsValidGitHubFineGrained(text, start))
        {
            return -1;
        }

        return body + 82;
    }
}
