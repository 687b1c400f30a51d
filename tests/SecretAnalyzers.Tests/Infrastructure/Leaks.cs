namespace SecretAnalyzers.Tests.Infrastructure;

internal static class Leaks
{
    /// <summary>Whether <paramref name="output"/> contains any run of 5 or more consecutive characters of <paramref name="secret"/>.</summary>
    public static bool AnyFiveCharacterRun(string secret, string output)
    {
        for (var i = 0; i + 5 <= secret.Length; i++)
        {
            if (output.Contains(secret.Substring(i, 5), System.StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
