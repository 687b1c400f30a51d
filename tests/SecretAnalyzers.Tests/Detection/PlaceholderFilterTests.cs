using System;
using SecretAnalyzers.Detection;

namespace SecretAnalyzers.Tests.Detection;

public class PlaceholderFilterTests
{
    [Theory]
    [InlineData("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", 24)]
    [InlineData("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", 99)]
    [InlineData("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_", 74)]
    [InlineData("0123456789abcdef", 32)]
    [InlineData("0123456789abcdef", 64)]
    [InlineData("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)]
    [InlineData("abcdefghijklmnopqrstuvwxyz234567", 43)]
    [InlineData("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", 34)]
    public void Random_bodies_are_almost_never_taken_for_placeholders(string alphabet, int length)
    {
        // Not a timing test: a rate. Recall needs the filter to reject well under 1 % of real (random) bodies.
        var random = new Random(2026);
        var rejected = 0;
        const int samples = 20000;
        for (var n = 0; n < samples; n++)
        {
            var chars = new char[length];
            for (var i = 0; i < length; i++)
            {
                chars[i] = alphabet[random.Next(alphabet.Length)];
            }

            if (PlaceholderFilter.IsPlaceholderBody(new string(chars), 0, length, alphabet.Length))
            {
                rejected++;
            }
        }

        Assert.True(rejected < samples / 500, $"{rejected} of {samples} random bodies rejected");
    }

    [Theory]
    [InlineData("xxxxxxxxxxxxxxxxxxxxxxxx")]
    [InlineData("XXXXXXXXXXXXXXXXXXXXXXXX")]
    [InlineData("000000000000000000000000")]
    [InlineData("abcdefghijklmnopqrstuvwx")]
    [InlineData("0123456789012345678901234")]
    [InlineData("abc123abc123abc123abc123")]
    [InlineData("YourSecretKeyGoesHere123")]
    [InlineData("ReplaceMeWithTheRealToken")]
    [InlineData("ThisIsAnExampleOnlyKey42")]
    [InlineData("aBcDeFgHiJkLmNoPqRsTuVwX")]
    [InlineData("redactedredactedredacted")]
    [InlineData("DummyValueForUnitTests99")]
    public void Placeholder_bodies_are_recognised(string body)
    {
        Assert.True(PlaceholderFilter.IsPlaceholderBody(body, 0, body.Length, 62));
    }
}
