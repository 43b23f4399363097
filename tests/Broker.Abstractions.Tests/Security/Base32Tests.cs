using System.Text;
using Broker.Security;
using OtpNet;

namespace Broker.Abstractions.Tests.Security;

/// <summary>
/// RFC 4648 vectors for the Base32 the SDK relies on: Otp.NET's codec, and the SDK's reading of secrets as people
/// paste them (<see cref="TotpSecret"/>), which checks the text and hands the decoding to Otp.NET.
/// </summary>
public class Base32Tests
{
    [Theory]
    [InlineData("f", "MY======")]
    [InlineData("fo", "MZXQ====")]
    [InlineData("foo", "MZXW6===")]
    [InlineData("foob", "MZXW6YQ=")]
    [InlineData("fooba", "MZXW6YTB")]
    [InlineData("foobar", "MZXW6YTBOI======")]
    public void OtpNet_encodes_the_RFC_4648_section_10_vectors(string plain, string encoded) =>
        Assert.Equal(encoded, Base32Encoding.ToString(Encoding.ASCII.GetBytes(plain)));

    [Theory]
    [InlineData("", "")]
    [InlineData("f", "MY======")]
    [InlineData("fo", "MZXQ====")]
    [InlineData("foo", "MZXW6===")]
    [InlineData("foob", "MZXW6YQ=")]
    [InlineData("fooba", "MZXW6YTB")]
    [InlineData("foobar", "MZXW6YTBOI======")]
    public void Decode_matches_RFC_4648_section_10(string plain, string encoded) =>
        Assert.Equal(plain, Encoding.ASCII.GetString(TotpSecret.Decode(encoded)));

    [Theory]
    [InlineData("mzxw6ytboi")]
    [InlineData("MZXW 6YTB OI")]
    [InlineData("MZXW-6YTB-OI")]
    [InlineData("MZXW6YTBOI")]
    [InlineData(" mzxw6ytboi====== ")]
    public void Decode_tolerates_lowercase_spaces_dashes_and_missing_padding(string text) =>
        Assert.Equal("foobar", Encoding.ASCII.GetString(TotpSecret.Decode(text)));

    [Fact]
    public void Decode_accepts_a_52_character_secret_without_padding()
    {
        var secret = Base32Encoding.ToString(Encoding.ASCII.GetBytes("12345678901234567890123456789012")).TrimEnd('=');

        Assert.Equal(52, secret.Length);
        Assert.Equal("12345678901234567890123456789012", Encoding.ASCII.GetString(TotpSecret.Decode(secret)));
    }

    [Fact]
    public void Decode_round_trips_random_keys_of_every_length_up_to_64_bytes()
    {
        var random = new Random(42);
        for (var length = 1; length <= 64; length++)
        {
            var key = new byte[length];
            random.NextBytes(key);

            Assert.Equal(key, TotpSecret.Decode(Base32Encoding.ToString(key).ToLowerInvariant()));
        }
    }

    [Theory]
    [InlineData("MZXW0YTB", '0', 5)]
    [InlineData("MZXW1YTB", '1', 5)]
    [InlineData("MZ8W6YTB", '8', 3)]
    [InlineData("9ZXW6YTB", '9', 1)]
    [InlineData("MZXW6!TB", '!', 6)]
    public void Decode_names_the_invalid_character_and_its_position(string text, char bad, int position)
    {
        var ex = Assert.Throws<FormatException>(() => TotpSecret.Decode(text));

        Assert.Contains($"'{bad}'", ex.Message, StringComparison.Ordinal);
        Assert.Contains($"position {position}", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_rejects_data_after_padding() =>
        Assert.Throws<FormatException>(() => TotpSecret.Decode("MY======MY"));

    [Theory]
    [InlineData("M")]
    [InlineData("MZX")]
    [InlineData("MZXW6Y")]
    public void Decode_rejects_lengths_no_byte_sequence_encodes_to(string text) =>
        Assert.Throws<FormatException>(() => TotpSecret.Decode(text));

    [Fact]
    public void IsValid_reports_failure_instead_of_throwing()
    {
        Assert.False(TotpSecret.IsValid("not base32!"));
        Assert.False(TotpSecret.IsValid(null));
        Assert.False(TotpSecret.IsValid(string.Empty));
        Assert.True(TotpSecret.IsValid("MZXW6==="));
    }
}
