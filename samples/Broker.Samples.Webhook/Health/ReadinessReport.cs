namespace Broker.Samples.Webhook.Health;

/// <summary>The answer to <c>GET /ready</c>: 200 when <see cref="Ready"/>, otherwise 503.</summary>
internal sealed record ReadinessReport
{
    /// <summary>Whether alerts can be handled now.</summary>
    public required bool Ready { get; init; }

    /// <summary><c>Dhan</c> or <c>Groww</c>.</summary>
    public required string Broker { get; init; }

    /// <summary><c>live</c> or <c>dry_run</c>.</summary>
    public required string Mode { get; init; }

    /// <summary>The individual checks.</summary>
    public required ReadinessChecks Checks { get; init; }
}
