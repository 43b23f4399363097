using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace Broker.Dhan;

/// <summary>
/// Reads <see cref="DhanClientOptions"/> from configuration without reflection (the package is AOT-compatible), so
/// credentials can come from environment variables, user secrets or a vault instead of code.
/// </summary>
public static class DhanConfigurationBinder
{
    /// <summary>
    /// Applies the keys present in <paramref name="section"/>: <c>ClientId</c>, <c>AccessToken</c>, <c>Pin</c>,
    /// <c>TotpSecret</c>, <c>AuthenticationMode</c> (<c>Auto</c>, <c>AccessToken</c>, <c>PinTotp</c>, <c>RenewToken</c>),
    /// <c>Environment</c> (<c>Production</c> or <c>Sandbox</c>), <c>RequestTimeout</c> (a TimeSpan such as
    /// <c>00:00:30</c>) and <c>MaxCorrelationIdLength</c>. Absent keys leave the options unchanged.
    /// </summary>
    /// <param name="options">The options to fill.</param>
    /// <param name="section">The configuration section, such as <c>configuration.GetSection("Dhan")</c>.</param>
    /// <exception cref="FormatException">A value cannot be read; the message names the key (never the value).</exception>
    public static void Bind(DhanClientOptions options, IConfiguration section)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(section);
        options.ClientId = section["ClientId"] ?? options.ClientId;
        options.AccessToken = section["AccessToken"] ?? options.AccessToken;
        options.Pin = section["Pin"] ?? options.Pin;
        options.TotpSecret = section["TotpSecret"] ?? options.TotpSecret;
        if (section["AuthenticationMode"] is { } mode)
        {
            options.AuthenticationMode = Enum.TryParse<DhanAuthenticationMode>(mode, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)
                ? parsed
                : throw new FormatException("Dhan:AuthenticationMode must be Auto, AccessToken, PinTotp or RenewToken.");
        }

        if (section["Environment"] is { } environment)
        {
            options.Environment = environment.Trim().ToUpperInvariant() switch
            {
                "PRODUCTION" => DhanEnvironment.Production,
                "SANDBOX" => DhanEnvironment.Sandbox,
                _ => throw new FormatException("Dhan:Environment must be Production or Sandbox."),
            };
        }

        if (section["RequestTimeout"] is { } timeout)
        {
            options.RequestTimeout = TimeSpan.TryParse(timeout, CultureInfo.InvariantCulture, out var parsed)
                ? parsed
                : throw new FormatException("Dhan:RequestTimeout must be a time span such as 00:00:30.");
        }

        if (section["MaxCorrelationIdLength"] is { } length)
        {
            options.MaxCorrelationIdLength = int.TryParse(length, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed)
                ? parsed
                : throw new FormatException("Dhan:MaxCorrelationIdLength must be a whole number.");
        }
    }
}
