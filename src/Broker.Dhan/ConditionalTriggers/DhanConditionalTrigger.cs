using Broker.Collections;

namespace Broker.Dhan.ConditionalTriggers;

/// <summary>A conditional trigger as <c>GET /alerts/orders[/{alertId}]</c> reports it.</summary>
public sealed record DhanConditionalTrigger
{
    /// <summary>The alert's id.</summary>
    public string? AlertId { get; init; }

    /// <summary>ACTIVE, TRIGGERED, EXPIRED or CANCELLED.</summary>
    public DhanAlertStatus AlertStatus { get; init; }

    /// <summary>When it was created.</summary>
    public DateTimeOffset? CreatedTime { get; init; }

    /// <summary>When it fired, if it has.</summary>
    public DateTimeOffset? TriggeredTime { get; init; }

    /// <summary>The last price Dhan saw.</summary>
    public decimal? LastPrice { get; init; }

    /// <summary>The condition.</summary>
    public DhanAlertCondition? Condition { get; init; }

    /// <summary>The orders placed when it fires.</summary>
    public IReadOnlyList<DhanAlertOrder> Orders { get; init => field = ValueList.OrEmpty(value); } = ValueList.Empty<DhanAlertOrder>();
}
