using Broker.Samples.Webhook.Alerts;

namespace Broker.Samples.Webhook.Orders;

/// <summary>The result of handling one alert: what the caller is told and what the order log records.</summary>
internal sealed record WebhookOutcome
{
    /// <summary>The outcome.</summary>
    public required OutcomeStatus Status { get; init; }

    /// <summary>The service's id for the alert.</summary>
    public required string AlertId { get; init; }

    /// <summary>The alert, when it was valid.</summary>
    public TradingAlert? Alert { get; init; }

    /// <summary>The order built from it, when it got that far.</summary>
    public PreparedOrder? Order { get; init; }

    /// <summary>The alert's client reference.</summary>
    public string? ClientReference { get; init; }

    /// <summary>The reference sent (or that would be sent) to the broker.</summary>
    public string? BrokerReference { get; init; }

    /// <summary>The symbol or security id as the alert gave it, when the order was not built.</summary>
    public string? InstrumentText { get; init; }

    /// <summary>The broker's order id.</summary>
    public string? OrderId { get; init; }

    /// <summary>The broker's order status.</summary>
    public string? OrderStatus { get; init; }

    /// <summary>What happened, in words.</summary>
    public string? Message { get; init; }

    /// <summary>The field errors of an invalid or unresolved alert.</summary>
    public IReadOnlyList<FieldError> Errors { get; init; } = [];

    /// <summary>For a risk refusal: the limit broken, such as <c>max_order_value</c>.</summary>
    public string? Limit { get; init; }

    /// <summary>For a duplicate: the alert id of the alert that was handled first.</summary>
    public string? DuplicateOf { get; init; }

    /// <summary>Whether the service remembers this outcome to refuse repeats (an order exists, or a dry run recorded it).</summary>
    public bool IsFinal => Status is OutcomeStatus.Placed or OutcomeStatus.DryRun;
}
