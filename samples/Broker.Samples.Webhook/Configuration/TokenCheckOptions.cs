namespace Broker.Samples.Webhook.Configuration;

/// <summary>
/// The background token check (<c>Webhook:TokenCheck</c>): every <see cref="Interval"/> it asks the SDK's
/// <c>TokenManager</c> for a token, which renews it when less than <see cref="RenewBeforeExpiry"/> remains, and logs
/// the outcome.
/// </summary>
internal sealed class TokenCheckOptions
{
    /// <summary>Run the check (seed: <c>AUTO_HEALTH_CHECK</c>). Default <see langword="true"/>.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often the check runs (seed: <c>HEALTH_CHECK_INTERVAL</c>, in seconds). Default 15 minutes.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>
    /// How long before expiry a renewable token is replaced. Default 1 hour. Keep it longer than
    /// <see cref="Interval"/>, or a token can expire between two checks (the next order would then renew it, paying
    /// for the mint).
    /// </summary>
    public TimeSpan RenewBeforeExpiry { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// After obtaining the token, make one cheap authenticated read (Dhan profile, Groww user profile) so the broker
    /// itself confirms the token. Default <see langword="true"/>.
    /// </summary>
    public bool VerifyWithBroker { get; set; } = true;
}
