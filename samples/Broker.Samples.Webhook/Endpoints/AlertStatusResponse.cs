namespace Broker.Samples.Webhook.Endpoints;

/// <summary>The answer to <c>GET /alerts/{id}</c> (snake_case JSON).</summary>
internal sealed record AlertStatusResponse
{
    /// <summary>The alert id.</summary>
    public required string AlertId { get; init; }

    /// <summary><c>queued</c>, <c>processing</c> or <c>done</c>.</summary>
    public required string State { get; init; }

    /// <summary>When the alert was accepted (IST).</summary>
    public required DateTimeOffset AcceptedAt { get; init; }

    /// <summary>Whether it was queued again from the journal at start (after a restart).</summary>
    public bool Replayed { get; init; }

    /// <summary>The outcome, as <c>POST /webhook</c> would have answered it; its status is the state until done.</summary>
    public required WebhookResponse Outcome { get; init; }
}
