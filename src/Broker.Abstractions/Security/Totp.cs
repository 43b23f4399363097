using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Broker.Security;

/// <summary>
/// A time-based one-time password generator (RFC 6238, on HOTP of RFC 4226), reading the time from a
/// <see cref="TimeProvider"/>. Used for Groww's TOTP login and Dhan's PIN + TOTP token generation.
/// </summary>
/// <remarks>
/// The secret is held privately and never appears in <see cref="ToString"/>. Codes keep their leading zeros.
/// </remarks>
public sealed class Totp
{
    private readonly byte[] _key;
    private readonly TimeProvider _timeProvider;

    /// <summary>Creates a generator from a raw key.</summary>
    /// <param name="key">The shared secret bytes.</param>
    /// <param name="timeProvider">The clock; <see cref="TimeProvider.System"/> when <see langword="null"/>.</param>
    /// <param name="algorithm">The HMAC hash (SHA1 unless the broker says otherwise).</param>
    /// <param name="digits">6 or 8.</param>
    /// <param name="step">The time step; 30 seconds by default.</param>
    public Totp(ReadOnlySpan<byte> key, TimeProvider? timeProvider = null, TotpAlgorithm algorithm = TotpAlgorithm.Sha1, int digits = 6, TimeSpan? step = null)
    {
        if (key.IsEmpty)
        {
            throw new ArgumentException("The TOTP secret is empty.", nameof(key));
        }

        if (digits is not (6 or 8))
        {
            throw new ArgumentOutOfRangeException(nameof(digits), digits, "TOTP codes have 6 or 8 digits.");
        }

        var actualStep = step ?? TimeSpan.FromSeconds(30);
        if (actualStep < TimeSpan.FromSeconds(1))
        {
            throw new ArgumentOutOfRangeException(nameof(step), actualStep, "The TOTP time step must be at least one second.");
        }

        _key = key.ToArray();
        _timeProvider = timeProvider ?? TimeProvider.System;
        Algorithm = algorithm;
        Digits = digits;
        Step = actualStep;
    }

    /// <summary>The HMAC hash in use.</summary>
    public TotpAlgorithm Algorithm { get; }

    /// <summary>The number of digits per code.</summary>
    public int Digits { get; }

    /// <summary>The time step.</summary>
    public TimeSpan Step { get; }

    /// <summary>Creates a generator from a Base32 secret, as shown by Groww and Dhan next to the QR code.</summary>
    /// <param name="base32Secret">The secret; lowercase, spaces, dashes and missing padding are accepted.</param>
    /// <param name="timeProvider">The clock.</param>
    /// <param name="algorithm">The HMAC hash.</param>
    /// <param name="digits">6 or 8.</param>
    /// <returns>The generator.</returns>
    /// <exception cref="FormatException">The secret is not valid Base32.</exception>
    public static Totp FromBase32(string base32Secret, TimeProvider? timeProvider = null, TotpAlgorithm algorithm = TotpAlgorithm.Sha1, int digits = 6)
    {
        ArgumentNullException.ThrowIfNull(base32Secret);
        byte[] key;
        try
        {
            key = Base32.Decode(base32Secret);
        }
        catch (FormatException ex)
        {
            throw new FormatException($"The TOTP secret is not valid Base32: {ex.Message}", ex);
        }

        return new Totp(key, timeProvider, algorithm, digits);
    }

    /// <summary>The code for the current time step.</summary>
    /// <returns>The code, with leading zeros.</returns>
    public string GetCode() => GetCode(_timeProvider.GetUtcNow());

    /// <summary>The code for the time step that contains <paramref name="time"/>.</summary>
    /// <param name="time">The instant.</param>
    /// <returns>The code, with leading zeros.</returns>
    public string GetCode(DateTimeOffset time) => ComputeHotp(TimeStep(time));

    /// <summary>How long the current code stays valid.</summary>
    /// <returns>The time until the next step begins.</returns>
    public TimeSpan GetRemainingValidity()
    {
        var now = _timeProvider.GetUtcNow().ToUnixTimeMilliseconds();
        var stepMs = (long)Step.TotalMilliseconds;
        return TimeSpan.FromMilliseconds(stepMs - (now % stepMs));
    }

    /// <summary>
    /// Checks a code against the current step and up to <paramref name="allowedSteps"/> steps either side
    /// (clock drift), in constant time per candidate.
    /// </summary>
    /// <param name="code">The code to check.</param>
    /// <param name="allowedSteps">How many steps of drift to accept; 1 by default.</param>
    /// <returns><see langword="true"/> when the code matches.</returns>
    public bool Verify(string code, int allowedSteps = 1)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentOutOfRangeException.ThrowIfNegative(allowedSteps);
        var step = TimeStep(_timeProvider.GetUtcNow());
        var matched = false;
        for (var delta = -allowedSteps; delta <= allowedSteps; delta++)
        {
            var candidate = ComputeHotp(step + delta);
            matched |= CryptographicOperations.FixedTimeEquals(
                System.Text.Encoding.ASCII.GetBytes(candidate),
                System.Text.Encoding.ASCII.GetBytes(code.Trim()));
        }

        return matched;
    }

    /// <summary>Computes an HOTP value (RFC 4226) for a counter, with this generator's key, hash and digits.</summary>
    /// <param name="counter">The moving factor.</param>
    /// <returns>The code, with leading zeros.</returns>
    public string ComputeHotp(long counter)
    {
        Span<byte> message = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(message, counter);
        Span<byte> hash = stackalloc byte[64];
        var length = Algorithm switch
        {
            TotpAlgorithm.Sha256 => HMACSHA256.HashData(_key, message, hash),
            TotpAlgorithm.Sha512 => HMACSHA512.HashData(_key, message, hash),
#pragma warning disable CA5350 // RFC 6238 and every authenticator app (Groww, Dhan) use HMAC-SHA1; HOTP truncation keeps it safe.
            _ => HMACSHA1.HashData(_key, message, hash),
#pragma warning restore CA5350
        };

        var offset = hash[length - 1] & 0x0F;
        var binary = (BinaryPrimitives.ReadInt32BigEndian(hash.Slice(offset, 4)) & 0x7FFFFFFF);
        var modulo = Digits == 8 ? 100_000_000 : 1_000_000;
        return (binary % modulo).ToString(Digits == 8 ? "D8" : "D6", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <inheritdoc />
    public override string ToString() => $"Totp({Algorithm}, {Digits} digits, {Step.TotalSeconds:0}s step, secret hidden)";

    private long TimeStep(DateTimeOffset time) => (long)Math.Floor(time.ToUnixTimeMilliseconds() / Step.TotalMilliseconds);
}
