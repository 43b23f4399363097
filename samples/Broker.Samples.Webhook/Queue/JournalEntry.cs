using Broker.Samples.Webhook.Alerts;

namespace Broker.Samples.Webhook.Queue;

/// <summary>One line of the alert journal: an accepted alert, or the outcome of one.</summary>
internal sealed record JournalEntry
{
    /// <summary>The kind of line for an accepted alert.</summary>
    public const string AcceptedKind = "accepted";

    /// <summary>The kind of line for a handled alert.</summary>
    public const string DoneKind = "done";

    /// <summary><see cref="AcceptedKind"/> or <see cref="DoneKind"/>.</summary>
    public required string Kind { get; init; }

    /// <summary>The service's id for the alert.</summary>
    public required string AlertId { get; init; }

    /// <summary>The reference the order carries (accepted lines).</summary>
    public string? BrokerReference { get; init; }

    /// <summary>When the alert was accepted (accepted lines).</summary>
    public DateTimeOffset? AcceptedAt { get; init; }

    /// <summary>The alert (accepted lines; it carries no secret).</summary>
    public TradingAlert? Alert { get; init; }

    /// <summary>The outcome name (done lines).</summary>
    public string? Outcome { get; init; }
}
