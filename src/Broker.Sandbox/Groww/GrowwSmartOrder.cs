using Broker.Sandbox.Engine;

namespace Broker.Sandbox.Groww;

/// <summary>A GTT or OCO smart order. Guarded by the sandbox's lock.</summary>
internal sealed class GrowwSmartOrder
{
    public required string Id { get; init; }

    public required string Type { get; init; }

    public required string ReferenceId { get; init; }

    public required GrowwPrincipal Owner { get; init; }

    public required InstrumentState Instrument { get; init; }

    public required string Segment { get; init; }

    public string Status { get; set; } = "ACTIVE";

    public long Quantity { get; set; }

    public string ProductType { get; set; } = "CNC";

    public string Duration { get; set; } = "DAY";

    public string TransactionType { get; set; } = "BUY";

    // GTT
    public decimal TriggerPrice { get; set; }

    public string TriggerDirection { get; set; } = "UP";

    public string OrderType { get; set; } = "LIMIT";

    public decimal? Price { get; set; }

    // OCO
    public long NetPositionQuantity { get; set; }

    public GrowwOcoLeg? Target { get; set; }

    public GrowwOcoLeg? StopLoss { get; set; }

    public string? ChildOrderId { get; set; }

    public string Remark { get; set; } = "Smart order created";

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; set; }

    public DateTimeOffset? TriggeredAt { get; set; }

    public DateTimeOffset? ExpireAt { get; init; }

    public bool IsActive => Status == "ACTIVE";
}
