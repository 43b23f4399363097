using Broker.Sandbox.Engine;

namespace Broker.Sandbox.Dhan;

/// <summary>A conditional trigger: a condition on an instrument's price and the orders it places when met. Guarded by the sandbox's lock.</summary>
internal sealed class DhanAlert(string id, DhanPrincipal owner, DateTimeOffset createdAt)
{
    public string Id { get; } = id;

    public DhanPrincipal Owner { get; } = owner;

    public DateTimeOffset CreatedAt { get; } = createdAt;

    public required DhanAlertRule Rule { get; set; }

    public required IReadOnlyList<OrderTicket> Orders { get; set; }

    /// <summary>ACTIVE, TRIGGERED, EXPIRED or CANCELLED.</summary>
    public string Status { get; set; } = "ACTIVE";

    public DateTimeOffset? TriggeredAt { get; set; }

    public decimal? TriggeredPrice { get; set; }

    /// <summary>The price at the previous look, for the crossing operators.</summary>
    public decimal PreviousPrice { get; set; }

    /// <summary>The ids of the orders placed when the condition was met.</summary>
    public List<string> PlacedOrderIds { get; } = [];
}
