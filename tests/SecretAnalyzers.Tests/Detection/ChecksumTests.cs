using System.Text;
using SecretAnalyzers.Detection;

namespace SecretAnalyzers.Tests.Detection;

/// <summary>Known-answer tests: the checksums against values published with the algorithms, not against our own output.</summary>
public class ChecksumTests
{
    [Theory]
    [InlineData("", 0x00000000u)]
    [InlineData("a", 0xE8B7BE43u)]
    [InlineData("123456789", 0xCBF43926u)]
    [InlineData("The quick brown fox jumps over the lazy dog", 0x414FA339u)]
    public void Crc32_matches_the_IEEE_check_values(string input, uint expected)
    {
        Assert.Equal(expected, Checksums.Crc32(input, 0, input.Length));
    }

    [Theory]
    [InlineData(0x004fb61a001bdbccUL, "", 0x30ed35c100cd3c7dUL)]
    [InlineData(0x004fb61a001bdbccUL, "af", 0x48e73fc77d75ddc1UL)]
    [InlineData(0x004fb61a001bdbccUL, "e70f", 0xb5f6e1fc485dbff8UL)]
    [InlineData(0x004fb61a001bdbccUL, "37f495", 0xf0b07c789b8cf7e8UL)]
    [InlineData(0x004fb61a001bdbccUL, "8642dc59", 0x7008f2e87e9cf556UL)]
    [InlineData(0x004fb61a001bdbccUL, "ab427ea8d10fc7", 0xe11847e4f0678c41UL)]
    [InlineData(0x804fb61a801bdbccUL, "00", 0xa37fb0da2ecae06cUL)]
    [InlineData(0x804fb61a801bdbccUL, "ff", 0xfecef370701ae054UL)]
    [InlineData(0x804fb61a801bdbccUL, "00ff00ff", 0x24eaa279d9a529caUL)]
    public void Marvin32_matches_the_published_test_vectors(ulong seed, string hex, ulong expected64)
    {
        var bytes = System.Convert.FromHexString(hex);
        var expected32 = (uint)(expected64 >> 32) ^ (uint)expected64;
        Assert.Equal(expected32, Checksums.Marvin32(bytes, bytes.Length, seed));
    }

    [Fact]
    public void Marvin32_over_characters_equals_Marvin32_over_their_bytes()
    {
        var text = "abcdefghijklmnopqrstuvwxyz";
        Assert.Equal(Checksums.Marvin32(Encoding.ASCII.GetBytes(text), text.Length, 0x0ddddeeeeffff000), Checksums.Marvin32(text, 0, text.Length, 0x0ddddeeeeffff000));
        var expected64 = 0xa128eb7e7260aca2UL;
        Assert.Equal((uint)(expected64 >> 32) ^ (uint)expected64, Checksums.Marvin32(text, 0, text.Length, 0x0ddddeeeeffff000));
    }

    [Fact]
    public void Entra_checksum_accepts_the_published_synthetic_secret()
    {
        // Microsoft's security-utilities ships this synthetic secret as its example of a valid checksum.
        var secret = "zzz8Q" + "~" + new string('z', 31) + "blP";
        Assert.True(Checksums.IsValidEntraClientSecret(secret, 0));
        Assert.False(Checksums.IsValidEntraClientSecret(secret.Substring(0, 39) + "Q", 0));
    }

    [Fact]
    public void Azure_seeds_are_read_big_endian()
    {
        Assert.Equal(0x44656661756C7430UL, AzureKeys.SeedOf("Default0"));
        Assert.Equal(0x4161645077643030UL, AzureKeys.SeedOf("AadPwd00"));
    }

    [Fact]
    public void GitLab_routable_checksum_accepts_the_published_example()
    {
        // kingfisher's gitlab rule example of a routable personal access token.
        var token = "glp" + "at-vSY1cyL948aAB440qB6L4zlu9OzsUmEV.01.0w0sfevch";
        Assert.True(Checksums.IsValidGitLabRoutable(token, 0, token.Length));
        Assert.Equal("gitlab-personal-access-token", Assert.Single(Infrastructure.Scan.Reported(token)).Format);
    }

    [Fact]
    public void Npm_checksum_accepts_the_published_example()
    {
        // kingfisher's npm rule example, which follows GitHub's CRC-32/base62 scheme.
        var token = "np" + "m_UEuirnhN6qyDNigmWWTIEHMNquQHF54FKSCV";
        Assert.True(Checksums.IsValidGitHubCrc(token, 4, 36));
    }

    [Theory]
    [InlineData("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")]
    [InlineData("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")]
    [InlineData("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")]
    public void Sha256_matches_the_FIPS_180_examples(string input, string expected)
    {
        Assert.Equal(expected, Sha256.HexOf(input, 64));
    }

    [Fact]
    public void Sha256_of_any_text_is_the_platform_hash_of_its_UTF8_bytes()
    {
        // Fingerprints are stored in users' baselines: the managed hash must give the platform's bytes for every text,
        // across block boundaries (55, 56, 64 bytes), for every UTF-8 length and for lone surrogates (U+FFFD).
        var random = new System.Random(180_4);
        char[] alphabet = { 'a', 'Z', '0', '_', '-', ' ', '\u007f', '\u0080', '\u00e9', '\u07ff', '\u0800', '\u20ac', '\uffff', '\ud83d', '\ude00', '\udbff', '\udfff' };
        using var platform = System.Security.Cryptography.SHA256.Create();
        for (var round = 0; round < 3_000; round++)
        {
            // First every ASCII length through two blocks and past them, then random lengths and characters.
            var text = new char[round <= 130 ? round : random.Next(300)];
            for (var i = 0; i < text.Length; i++)
            {
                text[i] = round <= 130 ? (char)('a' + (i % 26)) : alphabet[random.Next(alphabet.Length)];
            }

            var expected = System.Convert.ToHexString(platform.ComputeHash(Encoding.UTF8.GetBytes(new string(text)))).ToLowerInvariant();

            Assert.Equal(expected, Sha256.HexOf(text, 64));
            Assert.Equal(expected.Substring(0, 12), Checksums.Sha256Hex(text, 0, text.Length, 12));
            Assert.Equal(System.Convert.ToUInt64(expected.Substring(0, 16), 16), Sha256.First64Bits(text));
        }
    }
}
