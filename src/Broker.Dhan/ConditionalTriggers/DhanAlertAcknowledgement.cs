namespace Broker.Dhan.ConditionalTriggers;

/// <summary>Dhan's answer to an alert write: <c>{alertId, alertStatus}</c>.</summary>
public sealed record DhanAlertAcknowledgement
{
    /// <summary>The alert's id.</summary>
    public string? AlertId { get; init; }

    /// <summary>Its status (ACTIVE after placing, CANCELLED after deleting).</summary>
    public DhanAlertStatus AlertStatus { get; init; }
}
