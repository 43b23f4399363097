using System.Text.Json.Serialization;
using Broker.Dhan.Orders;

namespace Broker.Dhan.SuperOrders;

/// <summary>A target or stop-loss leg of a super order.</summary>
public sealed record DhanSuperOrderLeg
{
    /// <summary>The leg's order id.</summary>
    public string? OrderId { get; init; }

    /// <summary>TARGET_LEG or STOP_LOSS_LEG.</summary>
    public DhanLegName LegName { get; init; }

    /// <summary>Buy or sell (the opposite of the entry).</summary>
    public DhanTransactionType TransactionType { get; init; }

    /// <summary>The leg's total quantity (Dhan spells it <c>totalQuatity</c> and sends it only on some legs).</summary>
    [JsonPropertyName("totalQuatity")]
    public long? TotalQuantity { get; init; }

    /// <summary>The quantity still open.</summary>
    public long RemainingQuantity { get; init; }

    /// <summary>The quantity sent to the exchange after the leg triggered.</summary>
    public long? TriggeredQuantity { get; init; }

    /// <summary>The leg's price.</summary>
    public decimal Price { get; init; }

    /// <summary>The leg's status (TRIGGERED = sent to the exchange).</summary>
    public DhanOrderStatus OrderStatus { get; init; }

    /// <summary>The trailing step.</summary>
    public decimal? TrailingJump { get; init; }
}
