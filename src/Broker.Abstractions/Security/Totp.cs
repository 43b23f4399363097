using OtpNet;
using OtpTotp = OtpNet.Totp;

namespace Broker.Security;

/// <summary>
/// Time-based one-time password codes (RFC 6238: 6 digits, SHA1, 30-second steps) from a Base32 secret, computed by
/// Otp.NET with the time read from a <see cref="TimeProvider"/>. Used for Groww's TOTP login and Dhan's PIN + TOTP
/// token generation.
/// </summary>
/// <remarks>
/// The secret is held privately and never appears in <see cref="ToString"/> or in an exception message. Codes keep
/// their leading zeros.
/// </remarks>
public sealed class Totp
{
    private const int StepSeconds = 30;

    private readonly OtpTotp _totp;
    private readonly TimeProvider _timeProvider;
    private readonly TotpAlgorithm _algorithm;
    private readonly int _digits;
    private long _lastHandedOutStep = long.MinValue;

    /// <summary>Creates a generator from a raw key.</summary>
    /// <param name="key">The shared secret bytes.</param>
    /// <param name="timeProvider">The clock; <see cref="TimeProvider.System"/> when <see langword="null"/>.</param>
    /// <param name="algorithm">The HMAC hash.</param>
    /// <param name="digits">6 or 8.</param>
    internal Totp(byte[] key, TimeProvider? timeProvider = null, TotpAlgorithm algorithm = TotpAlgorithm.Sha1, int digits = 6)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.Length == 0)
        {
            throw new ArgumentException("The TOTP secret is empty.", nameof(key));
        }

        if (digits is not (6 or 8))
        {
            throw new ArgumentOutOfRangeException(nameof(digits), digits, "TOTP codes have 6 or 8 digits.");
        }

        var mode = algorithm switch
        {
            TotpAlgorithm.Sha256 => OtpHashMode.Sha256,
            TotpAlgorithm.Sha512 => OtpHashMode.Sha512,
            _ => OtpHashMode.Sha1,
        };
        _totp = new OtpTotp(key, StepSeconds, mode, digits);
        _timeProvider = timeProvider ?? TimeProvider.System;
        _algorithm = algorithm;
        _digits = digits;
    }

    /// <summary>The time step of every code: 30 seconds.</summary>
    public static TimeSpan Step { get; } = TimeSpan.FromSeconds(StepSeconds);

    /// <summary>Creates a generator from a Base32 secret, as shown by Groww and Dhan next to the QR code.</summary>
    /// <param name="base32Secret">The secret; lowercase, spaces, dashes and missing padding are accepted.</param>
    /// <param name="timeProvider">The clock; <see cref="TimeProvider.System"/> when <see langword="null"/>.</param>
    /// <returns>The generator.</returns>
    /// <exception cref="FormatException">
    /// The secret is empty or not valid Base32; the message names the problem and its position, never the secret.
    /// </exception>
    public static Totp FromBase32(string base32Secret, TimeProvider? timeProvider = null) =>
        FromBase32(base32Secret, timeProvider, TotpAlgorithm.Sha1, 6);

    /// <summary>Whether a text is a usable Base32 TOTP secret (what <see cref="FromBase32(string, TimeProvider?)"/> accepts).</summary>
    /// <param name="base32Secret">The text.</param>
    /// <returns><see langword="true"/> when the text is non-empty, valid Base32.</returns>
    public static bool IsValidSecret(string? base32Secret) => TotpSecret.IsValid(base32Secret);

    /// <summary>Creates a generator from a Base32 secret with another hash or length (for the RFC test vectors).</summary>
    /// <param name="base32Secret">The secret.</param>
    /// <param name="timeProvider">The clock.</param>
    /// <param name="algorithm">The HMAC hash.</param>
    /// <param name="digits">6 or 8.</param>
    /// <returns>The generator.</returns>
    internal static Totp FromBase32(string base32Secret, TimeProvider? timeProvider, TotpAlgorithm algorithm, int digits)
    {
        ArgumentNullException.ThrowIfNull(base32Secret);
        byte[] key;
        try
        {
            key = TotpSecret.Decode(base32Secret);
        }
        catch (FormatException ex)
        {
            throw new FormatException($"The TOTP secret is not valid Base32: {ex.Message}", ex);
        }

        if (key.Length == 0)
        {
            throw new FormatException("The TOTP secret is empty.");
        }

        return new Totp(key, timeProvider, algorithm, digits);
    }

    /// <summary>The code for the current time step.</summary>
    /// <returns>The code, with leading zeros.</returns>
    public string GetCode() => GetCode(_timeProvider.GetUtcNow());

    /// <summary>The code for the time step that contains <paramref name="time"/>.</summary>
    /// <param name="time">The instant.</param>
    /// <returns>The code, with leading zeros.</returns>
    public string GetCode(DateTimeOffset time) => _totp.ComputeTotp(time.UtcDateTime);

    /// <summary>
    /// The code for the current time step, unless this generator already handed out that step's code through this
    /// method: then it waits for the next step and returns that step's code. Use it for every login that spends a
    /// code, because brokers refuse a code used once already (Groww answers "Invalid TOTP"; Dhan counts refused codes
    /// towards a lock-out). Concurrent callers each get a different step's code.
    /// </summary>
    /// <param name="cancellationToken">Cancels the wait for the next step.</param>
    /// <returns>A code no earlier call of this method on this instance returned.</returns>
    /// <remarks>The wait is on the <see cref="TimeProvider"/> the generator was created with, so a fake clock drives it in tests.</remarks>
    public async Task<string> GetUnusedCodeAsync(CancellationToken cancellationToken = default)
    {
        while (true)
        {
            var now = _timeProvider.GetUtcNow();
            var step = now.ToUnixTimeSeconds() / StepSeconds;
            var last = Interlocked.Read(ref _lastHandedOutStep);
            if (step > last)
            {
                if (Interlocked.CompareExchange(ref _lastHandedOutStep, step, last) == last)
                {
                    return GetCode(now);
                }

                // Another caller took this step at the same moment: look again.
                continue;
            }

            // This step's code is spent: wait until the step after the last one handed out begins.
            var next = DateTimeOffset.FromUnixTimeSeconds((last + 1) * StepSeconds);
            await Task.Delay(next - now, _timeProvider, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>How long the current code stays valid, in whole seconds rounded up.</summary>
    /// <returns>The time until the next step begins (at most one second more).</returns>
    public TimeSpan GetRemainingValidity() =>
        TimeSpan.FromSeconds(_totp.RemainingSeconds(_timeProvider.GetUtcNow().UtcDateTime));

    /// <summary>
    /// Checks a code against the current step and up to <paramref name="allowedSteps"/> steps either side
    /// (clock drift).
    /// </summary>
    /// <param name="code">The code to check; surrounding spaces are ignored.</param>
    /// <param name="allowedSteps">How many steps of drift to accept; 1 by default.</param>
    /// <returns><see langword="true"/> when the code matches.</returns>
    public bool Verify(string code, int allowedSteps = 1)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentOutOfRangeException.ThrowIfNegative(allowedSteps);
        return _totp.VerifyTotp(_timeProvider.GetUtcNow().UtcDateTime, code.Trim(), out _, new VerificationWindow(allowedSteps, allowedSteps));
    }

    /// <inheritdoc />
    public override string ToString() => $"Totp({_algorithm}, {_digits} digits, {StepSeconds}s step, secret hidden)";
}
