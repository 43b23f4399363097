namespace Broker.Authentication;

/// <summary>
/// A broker access token and when it stops working. <see cref="ToString"/> never shows the token.
/// </summary>
public sealed class AccessToken
{
    /// <summary>Creates a token.</summary>
    /// <param name="value">The token string sent to the broker.</param>
    /// <param name="expiresAt">When the broker stops accepting it; <see langword="null"/> when unknown.</param>
    public AccessToken(string value, DateTimeOffset? expiresAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        Value = value;
        ExpiresAt = expiresAt;
    }

    /// <summary>The token string. Treat it as a password: do not log it.</summary>
    public string Value { get; }

    /// <summary>When the broker stops accepting the token; <see langword="null"/> when unknown.</summary>
    public DateTimeOffset? ExpiresAt { get; }

    /// <summary>Whether the token has expired, or will within <paramref name="margin"/>, at <paramref name="now"/>.</summary>
    /// <param name="now">The current time.</param>
    /// <param name="margin">How long before expiry to treat it as expired already.</param>
    /// <returns><see langword="true"/> when a new token should be used.</returns>
    public bool IsExpired(DateTimeOffset now, TimeSpan margin = default) => ExpiresAt is { } expiry && now >= expiry - margin;

    /// <summary>How long the token stays valid from <paramref name="now"/>; <see langword="null"/> when the expiry is unknown.</summary>
    /// <param name="now">The current time.</param>
    /// <returns>The remaining lifetime, never negative.</returns>
    public TimeSpan? RemainingLifetime(DateTimeOffset now) =>
        ExpiresAt is { } expiry ? (expiry > now ? expiry - now : TimeSpan.Zero) : null;

    /// <inheritdoc />
    public override string ToString() => ExpiresAt is { } expiry
        ? $"AccessToken(***, expires {expiry:yyyy-MM-dd HH:mm:ss zzz})"
        : "AccessToken(***, expiry unknown)";
}
