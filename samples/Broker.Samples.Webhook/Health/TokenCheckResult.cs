namespace Broker.Samples.Webhook.Health;

/// <summary>The outcome of one token check.</summary>
/// <param name="At">When it ran (IST).</param>
/// <param name="Succeeded">Whether a valid token was obtained (and, if configured, the broker accepted it).</param>
/// <param name="Renewed">Whether a new token was minted.</param>
/// <param name="ExpiresAt">The token's expiry, when known.</param>
/// <param name="Message">What happened, in words; never a secret.</param>
internal sealed record TokenCheckResult(DateTimeOffset At, bool Succeeded, bool Renewed, DateTimeOffset? ExpiresAt, string Message);
