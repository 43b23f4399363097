namespace Broker.Sandbox.Dhan;

/// <summary>One exit leg of a super order: TARGET_LEG (a limit at the target) or STOP_LOSS_LEG (a market exit at the stop).</summary>
internal sealed class DhanSuperOrderLeg(string orderId, string legName)
{
    /// <summary>The id the exit order gets in the book when the leg triggers.</summary>
    public string OrderId { get; } = orderId;

    public string LegName { get; } = legName;

    public decimal Price { get; set; }

    public decimal TrailingJump { get; set; }

    /// <summary>PENDING, TRIGGERED or CANCELLED.</summary>
    public string Status { get; set; } = "PENDING";

    public long TriggeredQuantity { get; set; }
}
