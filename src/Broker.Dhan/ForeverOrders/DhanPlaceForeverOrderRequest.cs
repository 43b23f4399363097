namespace Broker.Dhan.ForeverOrders;

/// <summary>
/// A forever order (<c>POST /forever/orders</c>): a GTT that waits for its trigger. <see cref="DhanForeverOrderFlag.SingleLeg"/>
/// has one trigger; <see cref="DhanForeverOrderFlag.Oco"/> adds a second (stop-loss) leg in <see cref="Price1"/>,
/// <see cref="TriggerPrice1"/> and <see cref="Quantity1"/>. Needs a whitelisted static IP.
/// </summary>
public sealed record DhanPlaceForeverOrderRequest
{
    /// <summary>SINGLE or OCO.</summary>
    public required DhanForeverOrderFlag OrderFlag { get; init; }

    /// <summary>The security id.</summary>
    public required string SecurityId { get; init; }

    /// <summary>The exchange segment (docs: NSE_EQ, NSE_FNO, BSE_EQ).</summary>
    public required DhanExchangeSegment ExchangeSegment { get; init; }

    /// <summary>Buy or sell.</summary>
    public required DhanTransactionType TransactionType { get; init; }

    /// <summary>The product type (CNC or MTF per the docs).</summary>
    public required DhanProductType ProductType { get; init; }

    /// <summary>LIMIT or MARKET.</summary>
    public required DhanOrderType OrderType { get; init; }

    /// <summary>Validity. Default DAY.</summary>
    public DhanValidity Validity { get; init; } = DhanValidity.Day;

    /// <summary>The quantity of the first (target) leg.</summary>
    public required long Quantity { get; init; }

    /// <summary>The disclosed quantity, if any.</summary>
    public long? DisclosedQuantity { get; init; }

    /// <summary>The first leg's limit price (required for LIMIT; 0 is sent for MARKET when null).</summary>
    public decimal? Price { get; init; }

    /// <summary>The first leg's trigger price.</summary>
    public required decimal TriggerPrice { get; init; }

    /// <summary>OCO only: the second (stop-loss) leg's price.</summary>
    public decimal? Price1 { get; init; }

    /// <summary>OCO only: the second leg's trigger price.</summary>
    public decimal? TriggerPrice1 { get; init; }

    /// <summary>OCO only: the second leg's quantity.</summary>
    public long? Quantity1 { get; init; }

    /// <summary>Your reference (generated when null; returned in the result).</summary>
    public string? CorrelationId { get; init; }
}
