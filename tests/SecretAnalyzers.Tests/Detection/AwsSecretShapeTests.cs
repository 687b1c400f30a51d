using SecretAnalyzers.Detection;
using SecretAnalyzers.Tests.Infrastructure;

namespace SecretAnalyzers.Tests.Detection;

/// <summary>
/// Which 40-character base64 runs are AWS secret access key candidates: both cases of letters, a character that is no
/// hex digit, and a digit, <c>+</c> or <c>/</c>. Built from an alphabet at run time, so that no key-shaped literal is
/// in the repository.
/// </summary>
public class AwsSecretShapeTests
{
    [Theory]
    [InlineData("0123456789abcdefABCDEF")] // a SHA-1 in mixed-case hex
    [InlineData("0123456789abcdef")] // a SHA-1
    [InlineData("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+/")] // one case of letters
    [InlineData("abcdefghijklmnopqrstuvwxyz0123456789+/")]
    [InlineData("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")] // letters alone: words run together
    public void Runs_of_other_shapes_are_no_candidates(string alphabet)
    {
        for (var seed = 1; seed <= 20; seed++)
        {
            Assert.Empty(Scan.All(Run(alphabet, seed)));
        }
    }

    [Theory]
    [InlineData("ghijklmnopqrstuvwxyzGHIJKLMNOPQRSTUVWXYZ0123456789")]
    [InlineData("ghijklmnopqrstuvwxyzGHIJKLMNOPQRSTUVWXYZ+")]
    [InlineData("ghijklmnopqrstuvwxyzGHIJKLMNOPQRSTUVWXYZ/")]
    public void Runs_of_both_cases_and_a_digit_or_symbol_are_candidates(string alphabet)
    {
        for (var seed = 1; seed <= 20; seed++)
        {
            var run = Run(alphabet, seed);
            Assert.Equal((TokenFormats.AwsSecretAccessKey.Id, run, ContextRequirement.AwsSecretAccessKey), Assert.Single(Scan.All(run)));
        }
    }

    /// <summary>40 characters drawn from the alphabet, its first, middle and last at fixed places.</summary>
    private static string Run(string alphabet, int seed)
    {
        var random = new System.Random(seed);
        var chars = new char[40];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = alphabet[random.Next(alphabet.Length)];
        }

        // Each alphabet lists its rarest class last (the '+' or '/' after 40 letters): every seed's run holds it.
        chars[17] = alphabet[^1];
        chars[5] = alphabet[0];
        chars[29] = alphabet[alphabet.Length / 2];
        return new string(chars);
    }
}
