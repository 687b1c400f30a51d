using SecretAnalyzers.Detection;

namespace SecretAnalyzers.Tests.Detection;

/// <summary>
/// The distinct-character test of a token body: a random body of 32 hex digits shows about 14 distinct characters, and
/// one with fewer than 60 % of that (8.4) is a placeholder. Digits and hex letters fall in the two halves of the set of
/// ASCII characters the check keeps, so both halves count.
/// </summary>
public class PlaceholderBodyTests
{
    [Theory]
    [InlineData("0a3c5e7f9", false)] // 9 distinct: 5 digits and 4 letters
    [InlineData("0a3c5e7f", true)] // 8 distinct
    [InlineData("a3c5e7f9b", false)] // 9 distinct: 4 digits and 5 letters
    [InlineData("a3c5e7f9", true)] // 8
    public void A_hex_body_is_a_placeholder_below_sixty_percent_of_the_distinct_characters_chance_gives(string symbols, bool placeholder)
    {
        var body = new char[32];
        for (var i = 0; i < body.Length; i++)
        {
            body[i] = symbols[i % symbols.Length];
        }

        Assert.Equal(placeholder, PlaceholderFilter.IsPlaceholderBody(new string(body), 0, 32, alphabetSize: 16, checkWords: false));
    }
}
