using System.Security.Cryptography;
using System.Text;

namespace Broker.Samples.Webhook.Alerts;

/// <summary>
/// Turns an alert's <c>client_reference</c> into the reference sent with the order (Dhan <c>correlationId</c>, Groww
/// <c>order_reference_id</c>). A reference both brokers accept (8–20 letters and digits, at most two hyphens) is used
/// as it is; anything else is replaced by <c>wh</c> + 18 hex digits of its SHA-256, so the same alert always maps to
/// the same broker reference (which is what makes a repeat after a restart detectable at the broker).
/// </summary>
internal static class BrokerReferences
{
    private const string Prefix = "wh";
    private const int HexDigits = 18;

    /// <summary>The broker reference for an alert.</summary>
    /// <param name="clientReference">The alert's reference, or <see langword="null"/> for a fresh random one.</param>
    /// <returns>A reference of 8–20 characters that Dhan and Groww both accept.</returns>
    public static string For(string? clientReference)
    {
        if (clientReference is null)
        {
            Span<byte> random = stackalloc byte[HexDigits / 2];
            RandomNumberGenerator.Fill(random);
            return Prefix + Convert.ToHexStringLower(random);
        }

        if (IsAcceptedAsIs(clientReference))
        {
            return clientReference;
        }

        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(clientReference), hash);
        return Prefix + Convert.ToHexStringLower(hash[..(HexDigits / 2)]);
    }

    /// <summary>Whether both brokers accept <paramref name="reference"/> unchanged.</summary>
    /// <param name="reference">The reference.</param>
    /// <returns><see langword="true"/> for 8–20 ASCII letters and digits with at most two single hyphens inside.</returns>
    public static bool IsAcceptedAsIs(string reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        if (reference.Length is < 8 or > 20 || reference[0] == '-' || reference[^1] == '-')
        {
            return false;
        }

        var hyphens = 0;
        for (var i = 0; i < reference.Length; i++)
        {
            var c = reference[i];
            if (c == '-')
            {
                if (++hyphens > 2 || reference[i - 1] == '-')
                {
                    return false;
                }
            }
            else if (!char.IsAsciiLetterOrDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
