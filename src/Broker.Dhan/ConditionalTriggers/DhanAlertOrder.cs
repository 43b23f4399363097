using System.Text.Json.Serialization;

namespace Broker.Dhan.ConditionalTriggers;

/// <summary>An order a conditional trigger places when its condition is met.</summary>
public sealed record DhanAlertOrder
{
    /// <summary>Buy or sell.</summary>
    public DhanTransactionType TransactionType { get; init; }

    /// <summary>The exchange segment.</summary>
    public DhanExchangeSegment ExchangeSegment { get; init; }

    /// <summary>CNC, INTRADAY, MARGIN or MTF.</summary>
    public DhanProductType ProductType { get; init; }

    /// <summary>The order type.</summary>
    public DhanOrderType OrderType { get; init; }

    /// <summary>The security id.</summary>
    public string? SecurityId { get; init; }

    /// <summary>The quantity.</summary>
    public long Quantity { get; init; }

    /// <summary>Validity. Default DAY.</summary>
    public DhanValidity Validity { get; init; } = DhanValidity.Day;

    /// <summary>The limit price (Dhan takes it as text; the SDK formats it).</summary>
    public decimal? Price { get; init; }

    /// <summary>The disclosed quantity (<c>discQuantity</c>).</summary>
    [JsonPropertyName("discQuantity")]
    public long? DisclosedQuantity { get; init; }

    /// <summary>The trigger price, for stop orders.</summary>
    public decimal? TriggerPrice { get; init; }
}
