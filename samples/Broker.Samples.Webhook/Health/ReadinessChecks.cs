namespace Broker.Samples.Webhook.Health;

/// <summary>The checks behind <c>GET /ready</c>.</summary>
internal sealed record ReadinessChecks
{
    /// <summary><c>initialised</c>, or <c>not_configured</c> in a dry run without credentials.</summary>
    public required string Client { get; init; }

    /// <summary><c>valid</c>, <c>expired</c>, <c>missing</c> (none obtained yet) or <c>not_configured</c>.</summary>
    public required string AccessToken { get; init; }

    /// <summary>The authentication flow, such as <c>pin-totp</c>.</summary>
    public string? TokenFlow { get; init; }

    /// <summary>When the token expires (IST).</summary>
    public DateTimeOffset? TokenExpiresAt { get; init; }

    /// <summary>Seconds of validity left.</summary>
    public long? TokenRemainingSeconds { get; init; }

    /// <summary><c>loaded</c>, <c>stale</c> (loaded before the latest rollover; still usable) or <c>not_loaded</c>.</summary>
    public required string Instruments { get; init; }

    /// <summary>How many instruments the master lists.</summary>
    public int InstrumentCount { get; init; }

    /// <summary>When the master was loaded (IST).</summary>
    public DateTimeOffset? InstrumentsLoadedAt { get; init; }

    /// <summary>When a broker call last succeeded (IST).</summary>
    public DateTimeOffset? LastSuccessfulBrokerCall { get; init; }

    /// <summary>When the token was last checked (IST).</summary>
    public DateTimeOffset? LastTokenCheck { get; init; }

    /// <summary>Whether the last token check succeeded.</summary>
    public bool? LastTokenCheckOk { get; init; }

    /// <summary>What the last token check found.</summary>
    public string? LastTokenCheckMessage { get; init; }
}
