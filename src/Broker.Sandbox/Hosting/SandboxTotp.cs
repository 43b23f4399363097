using OtpNet;

namespace Broker.Sandbox.Hosting;

/// <summary>
/// Checks the TOTP codes clients send (RFC 6238: 6 digits, SHA1, 30-second steps) with Otp.NET directly, not through
/// the SDK's <c>Broker.Security.Totp</c>, so a bug in how the SDK builds codes cannot hide behind the same code on
/// the server side. The time is the sandbox clock.
/// </summary>
internal static class SandboxTotp
{
    /// <summary>Whether a configured secret is Base32 that Otp.NET decodes to a non-empty key.</summary>
    /// <param name="base32Secret">The account's secret.</param>
    /// <returns><see langword="true"/> when usable.</returns>
    public static bool IsValidSecret(string base32Secret)
    {
        try
        {
            return !string.IsNullOrEmpty(base32Secret) && Base32Encoding.ToBytes(base32Secret).Length > 0;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    /// <summary>Checks a code against the current step and <paramref name="allowedSteps"/> steps either side.</summary>
    /// <param name="base32Secret">The account's secret (checked at start-up by <see cref="IsValidSecret"/>).</param>
    /// <param name="code">The code the client sent.</param>
    /// <param name="clock">The sandbox clock.</param>
    /// <param name="allowedSteps">How many steps of drift to accept.</param>
    /// <returns><see langword="true"/> when the code matches.</returns>
    public static bool Verify(string base32Secret, string code, TimeProvider clock, int allowedSteps)
    {
        var totp = new Totp(Base32Encoding.ToBytes(base32Secret), step: 30, mode: OtpHashMode.Sha1, totpSize: 6);
        var window = new VerificationWindow(previous: allowedSteps, future: allowedSteps);
        return totp.VerifyTotp(clock.GetUtcNow().UtcDateTime, code, out _, window);
    }
}
