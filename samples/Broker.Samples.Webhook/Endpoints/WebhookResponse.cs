using Broker.Samples.Webhook.Alerts;

namespace Broker.Samples.Webhook.Endpoints;

/// <summary>The answer to <c>POST /webhook</c> (snake_case JSON).</summary>
internal sealed record WebhookResponse
{
    /// <summary>The outcome: <c>placed</c>, <c>dry_run</c>, <c>duplicate</c>, <c>invalid</c>, <c>unauthorized</c>, <c>unresolved</c>, <c>rejected</c>, <c>unknown</c>, <c>failed</c>, <c>not_ready</c>, <c>risk_refused</c>, <c>queued</c>, <c>queue_full</c>.</summary>
    public required string Status { get; init; }

    /// <summary>The service's id for the alert (in the order log too).</summary>
    public required string AlertId { get; init; }

    /// <summary><c>Dhan</c> or <c>Groww</c>.</summary>
    public string? Broker { get; init; }

    /// <summary><c>live</c> or <c>dry_run</c>.</summary>
    public string? Mode { get; init; }

    /// <summary>The alert's client reference.</summary>
    public string? ClientReference { get; init; }

    /// <summary>The reference sent (or that would be sent) to the broker.</summary>
    public string? BrokerReference { get; init; }

    /// <summary>The broker's trading symbol.</summary>
    public string? Symbol { get; init; }

    /// <summary>The broker's instrument id.</summary>
    public string? SecurityId { get; init; }

    /// <summary>The broker's exchange segment.</summary>
    public string? ExchangeSegment { get; init; }

    /// <summary>The broker's order id.</summary>
    public string? OrderId { get; init; }

    /// <summary>The broker's order status.</summary>
    public string? OrderStatus { get; init; }

    /// <summary>What happened.</summary>
    public string? Message { get; init; }

    /// <summary>The fields that are wrong.</summary>
    public IReadOnlyList<FieldError>? Errors { get; init; }

    /// <summary>For <c>risk_refused</c>: the limit broken (<c>max_quantity</c>, <c>max_lots</c>, <c>max_order_value</c>, <c>max_orders_per_day</c>, <c>max_turnover_per_day</c>).</summary>
    public string? Limit { get; init; }

    /// <summary>For a duplicate: the alert handled first.</summary>
    public string? DuplicateOf { get; init; }
}
