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
}
