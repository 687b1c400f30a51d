namespace SecretAnalyzers.Tests.Infrastructure;

internal static class Leaks
{
    /// <summary>Whether <paramref name="output"/> contains any run of 5 or more consecutive characters of <paramref name="secret"/>.</summary>
    public static bool AnyFiveCharacterRun(string secret, string output) => AnyRun(secret, output, 5);

    /// <summary>Whether <paramref name="output"/> contains any run of <paramref name="length"/> consecutive characters of <paramref name="secret"/>.</summary>
    public static bool AnyRun(string secret, string output, int length)
    {
        for (var i = 0; i + length <= secret.Length; i++)
        {
            if (output.Contains(secret.Substring(i, length), System.StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
