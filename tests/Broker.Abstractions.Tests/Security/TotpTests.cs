using System.Text;
using Broker.Security;
using Broker.Testing;

namespace Broker.Abstractions.Tests.Security;

public class TotpTests
{
    private const string Sha1Seed = "12345678901234567890";
    private const string Sha256Seed = "12345678901234567890123456789012";
    private const string Sha512Seed = "1234567890123456789012345678901234567890123456789012345678901234";

    public static TheoryData<long, string, string> Rfc6238AppendixB => new()
    {
        { 59, "94287082", "Sha1" },
        { 59, "46119246", "Sha256" },
        { 59, "90693936", "Sha512" },
        { 1111111109, "07081804", "Sha1" },
        { 1111111109, "68084774", "Sha256" },
        { 1111111109, "25091201", "Sha512" },
        { 1111111111, "14050471", "Sha1" },
        { 1111111111, "67062674", "Sha256" },
        { 1111111111, "99943326", "Sha512" },
        { 1234567890, "89005924", "Sha1" },
        { 1234567890, "91819424", "Sha256" },
        { 1234567890, "93441116", "Sha512" },
        { 2000000000, "69279037", "Sha1" },
        { 2000000000, "90698825", "Sha256" },
        { 2000000000, "38618901", "Sha512" },
        { 20000000000, "65353130", "Sha1" },
        { 20000000000, "77737706", "Sha256" },
        { 20000000000, "47863826", "Sha512" },
    };

    [Theory]
    [MemberData(nameof(Rfc6238AppendixB))]
    public void GetCode_matches_every_RFC_6238_appendix_B_vector_with_the_per_mode_seed(long unixSeconds, string expected, string algorithmName)
    {
        var algorithm = Enum.Parse<TotpAlgorithm>(algorithmName);
        var totp = new Totp(SeedFor(algorithm), algorithm: algorithm, digits: 8);

        Assert.Equal(expected, totp.GetCode(DateTimeOffset.FromUnixTimeSeconds(unixSeconds)));
    }

    [Theory]
    [InlineData(59, "287082")]
    [InlineData(1111111109, "081804")]
    [InlineData(1111111111, "050471")]
    [InlineData(1234567890, "005924")]
    [InlineData(2000000000, "279037")]
    [InlineData(20000000000, "353130")]
    public void Six_digit_SHA1_codes_keep_leading_zeros(long unixSeconds, string expected)
    {
        var totp = new Totp(Encoding.ASCII.GetBytes(Sha1Seed));

        Assert.Equal(expected, totp.GetCode(DateTimeOffset.FromUnixTimeSeconds(unixSeconds)));
    }

    [Theory]
    [InlineData(0, "755224")]
    [InlineData(1, "287082")]
    [InlineData(2, "359152")]
    [InlineData(3, "969429")]
    [InlineData(4, "338314")]
    [InlineData(5, "254676")]
    [InlineData(6, "287922")]
    [InlineData(7, "162583")]
    [InlineData(8, "399871")]
    [InlineData(9, "520489")]
    public void The_code_of_step_N_is_the_RFC_4226_appendix_D_HOTP_value_for_counter_N(long counter, string expected)
    {
        var totp = new Totp(Encoding.ASCII.GetBytes(Sha1Seed));

        Assert.Equal(expected, totp.GetCode(DateTimeOffset.FromUnixTimeSeconds(counter * 30)));
    }

    [Theory]
    [InlineData("Sha256", "32247374")]
    [InlineData("Sha512", "69342147")]
    public void The_20_byte_seed_gives_different_codes_for_SHA256_and_SHA512(string algorithmName, string wrongCode)
    {
        var withShortSeed = new Totp(Encoding.ASCII.GetBytes(Sha1Seed), algorithm: Enum.Parse<TotpAlgorithm>(algorithmName), digits: 8);

        Assert.Equal(wrongCode, withShortSeed.GetCode(DateTimeOffset.FromUnixTimeSeconds(59)));
    }

    [Theory]
    [InlineData("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", "Sha1", "94287082")]
    [InlineData("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZA====", "Sha256", "46119246")]
    [InlineData("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZDGNA=", "Sha512", "90693936")]
    public void FromBase32_accepts_the_seeds_as_brokers_show_them(string base32, string algorithmName, string expected)
    {
        var totp = Totp.FromBase32(base32, null, Enum.Parse<TotpAlgorithm>(algorithmName), 8);

        Assert.Equal(expected, totp.GetCode(DateTimeOffset.FromUnixTimeSeconds(59)));
    }

    [Fact]
    public void GetCode_reads_the_time_from_the_injected_TimeProvider()
    {
        var clock = FakeClock.Create(DateTimeOffset.FromUnixTimeSeconds(1111111109));
        var totp = Totp.FromBase32("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", clock);
        Assert.Equal("081804", totp.GetCode());

        clock.Advance(TimeSpan.FromSeconds(2));

        Assert.Equal("050471", totp.GetCode());
    }

    [Fact]
    public void Verify_accepts_one_step_of_drift_either_side_and_rejects_two()
    {
        var clock = FakeClock.Create(DateTimeOffset.FromUnixTimeSeconds(1111111109));
        var totp = Totp.FromBase32("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", clock);
        var current = totp.GetCode();
        var previous = totp.GetCode(clock.GetUtcNow().AddSeconds(-30));
        var next = totp.GetCode(clock.GetUtcNow().AddSeconds(30));
        var twoAhead = totp.GetCode(clock.GetUtcNow().AddSeconds(60));

        Assert.True(totp.Verify(current));
        Assert.True(totp.Verify(previous));
        Assert.True(totp.Verify(next));
        Assert.False(totp.Verify(twoAhead));
        Assert.False(totp.Verify("000000") && current != "000000");
    }

    [Fact]
    public void GetRemainingValidity_is_the_time_to_the_next_step()
    {
        var clock = FakeClock.Create(DateTimeOffset.FromUnixTimeSeconds(1111111109));
        var totp = Totp.FromBase32("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", clock);

        Assert.Equal(TimeSpan.FromSeconds(1), totp.GetRemainingValidity());
    }

    [Fact]
    public void GetRemainingValidity_rounds_up_so_a_wait_for_the_next_code_never_ends_early()
    {
        var clock = FakeClock.Create(DateTimeOffset.FromUnixTimeMilliseconds(1111111108_250));
        var totp = Totp.FromBase32("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", clock);

        var remaining = totp.GetRemainingValidity();
        clock.Advance(remaining);

        Assert.Equal(TimeSpan.FromSeconds(2), remaining);
        Assert.NotEqual(totp.GetCode(DateTimeOffset.FromUnixTimeSeconds(1111111108)), totp.GetCode());
    }

    [Fact]
    public void FromBase32_names_the_problem_without_echoing_the_secret()
    {
        const string secret = "JBSWY3DPEHPK3PX0";

        var ex = Assert.Throws<FormatException>(() => Totp.FromBase32(secret));

        Assert.Contains("position 16", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  - ")]
    [InlineData("====")]
    public void FromBase32_rejects_a_secret_without_symbols_with_a_FormatException(string secret)
    {
        var ex = Assert.Throws<FormatException>(() => Totp.FromBase32(secret));

        Assert.Contains("empty", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("JBSWY3DP-EHPK3PXP!")]
    [InlineData("MY======MY")]
    [InlineData("MZX")]
    public void FromBase32_gives_a_FormatException_not_a_raw_ArgumentException_from_the_library(string secret)
    {
        var ex = Record.Exception(() => Totp.FromBase32(secret));

        Assert.IsType<FormatException>(ex);
        Assert.StartsWith("The TOTP secret is not valid Base32", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("JBSWY3DPEHPK3PXP", true)]
    [InlineData("jbsw y3dp-ehpk 3pxp", true)]
    [InlineData("JBSWY3DPEHPK3PX0", false)]
    [InlineData("", false)]
    [InlineData("   ", false)]
    [InlineData(null, false)]
    public void IsValidSecret_says_what_FromBase32_accepts(string? secret, bool valid) =>
        Assert.Equal(valid, Totp.IsValidSecret(secret));

    [Fact]
    public void ToString_does_not_reveal_the_secret()
    {
        var totp = Totp.FromBase32("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");

        var text = totp.ToString();

        Assert.DoesNotContain("GEZDGNBV", text, StringComparison.Ordinal);
        Assert.DoesNotContain(Sha1Seed, text, StringComparison.Ordinal);
        Assert.Contains("secret hidden", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(5)]
    [InlineData(7)]
    [InlineData(10)]
    public void Only_6_or_8_digits_are_allowed(int digits) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new Totp(Encoding.ASCII.GetBytes(Sha1Seed), digits: digits));

    private static byte[] SeedFor(TotpAlgorithm algorithm) => Encoding.ASCII.GetBytes(algorithm switch
    {
        TotpAlgorithm.Sha256 => Sha256Seed,
        TotpAlgorithm.Sha512 => Sha512Seed,
        _ => Sha1Seed,
    });
}
