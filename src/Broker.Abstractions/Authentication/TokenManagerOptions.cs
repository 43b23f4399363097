namespace Broker.Authentication;

/// <summary>How <see cref="TokenManager"/> times renewals.</summary>
public sealed class TokenManagerOptions
{
    /// <summary>
    /// How long before a token's expiry to renew it, so no call is sent with a token about to die.
    /// Default 5 minutes.
    /// </summary>
    public TimeSpan RenewBeforeExpiry { get; set; } = TimeSpan.FromMinutes(5);
}
