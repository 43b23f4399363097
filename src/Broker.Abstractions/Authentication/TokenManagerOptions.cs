namespace Broker.Authentication;

/// <summary>How <see cref="TokenManager"/> times renewals.</summary>
public sealed class TokenManagerOptions
{
    /// <summary>
    /// How long before a token's expiry to start renewing it in the background (the token keeps serving meanwhile).
    /// Default 5 minutes. Renewal ahead happens at most once per token, and never for a token that has less than this
    /// left when it is minted (a Groww token minted at 05:30 IST still expires at 06:00: it serves until then, and the
    /// next one is minted when it expires), so a large margin never turns into a mint on every call.
    /// </summary>
    public TimeSpan RenewBeforeExpiry { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// How long a rejected replacement token (one minted because the previous was rejected, and rejected in turn before
    /// any call succeeded with it) holds back the next mint. Doubles while it repeats. Default one minute.
    /// </summary>
    public TimeSpan RejectionCooldown { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The longest <see cref="RejectionCooldown"/> grows to. Default one hour.</summary>
    public TimeSpan MaxRejectionCooldown { get; set; } = TimeSpan.FromHours(1);
}
