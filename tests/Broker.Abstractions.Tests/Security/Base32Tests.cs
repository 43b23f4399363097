using System.Text;
using Broker.Security;

namespace Broker.Abstractions.Tests.Security;

public class Base32Tests
{
    [Theory]
    [InlineData("", "")]
    [InlineData("f", "MY======")]
    [InlineData("fo", "MZXQ====")]
    [InlineData("foo", "MZXW6===")]
    [InlineData("foob", "MZXW6YQ=")]
    [InlineData("fooba", "MZXW6YTB")]
    [InlineData("foobar", "MZXW6YTBOI======")]
    public void Encode_matches_RFC_4648_section_10(string plain, string encoded) =>
        Assert.Equal(encoded, Base32.Encode(Encoding.ASCII.GetBytes(plain)));

    [Theory]
    [InlineData("", "")]
    [InlineData("f", "MY======")]
    [InlineData("fo", "MZXQ====")]
    [InlineData("foo", "MZXW6===")]
    [InlineData("foob", "MZXW6YQ=")]
    [InlineData("fooba", "MZXW6YTB")]
    [InlineData("foobar", "MZXW6YTBOI======")]
    public void Decode_matches_RFC_4648_section_10(string plain, string encoded) =>
        Assert.Equal(plain, Encoding.ASCII.GetString(Base32.Decode(encoded)));

    [Theory]
    [InlineData("mzxw6ytboi")]
    [InlineData("MZXW 6YTB OI")]
    [InlineData("MZXW-6YTB-OI")]
    [InlineData("MZXW6YTBOI")]
    [InlineData(" mzxw6ytboi====== ")]
    public void Decode_tolerates_lowercase_spaces_dashes_and_missing_padding(string text) =>
        Assert.Equal("foobar", Encoding.ASCII.GetString(Base32.Decode(text)));

    [Fact]
    public void Decode_accepts_a_52_character_secret_without_padding()
    {
        var secret = Base32.Encode(Encoding.ASCII.GetBytes("12345678901234567890123456789012")).TrimEnd('=');

        Assert.Equal(52, secret.Length);
        Assert.Equal("12345678901234567890123456789012", Encoding.ASCII.GetString(Base32.Decode(secret)));
    }

    [Theory]
    [InlineData("MZXW0YTB", '0', 5)]
    [InlineData("MZXW1YTB", '1', 5)]
    [InlineData("MZ8W6YTB", '8', 3)]
    [InlineData("9ZXW6YTB", '9', 1)]
    [InlineData("MZXW6!TB", '!', 6)]
    public void Decode_names_the_invalid_character_and_its_position(string text, char bad, int position)
    {
        var ex = Assert.Throws<FormatException>(() => Base32.Decode(text));

        Assert.Contains($"'{bad}'", ex.Message, StringComparison.Ordinal);
        Assert.Contains($"position {position}", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_rejects_data_after_padding() =>
        Assert.Throws<FormatException>(() => Base32.Decode("MY======MY"));

    [Theory]
    [InlineData("M")]
    [InlineData("MZX")]
    [InlineData("MZXW6Y")]
    public void Decode_rejects_lengths_no_byte_sequence_encodes_to(string text) =>
        Assert.Throws<FormatException>(() => Base32.Decode(text));

    [Fact]
    public void TryDecode_reports_failure_instead_of_throwing()
    {
        Assert.False(Base32.TryDecode("not base32!", out var none));
        Assert.Null(none);
        Assert.True(Base32.TryDecode("MZXW6===", out var bytes));
        Assert.Equal("foo", Encoding.ASCII.GetString(bytes));
    }
}
