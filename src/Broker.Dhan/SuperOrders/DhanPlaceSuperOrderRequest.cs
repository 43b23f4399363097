namespace Broker.Dhan.SuperOrders;

/// <summary>
/// A super order (<c>POST /super/orders</c>): an entry with an absolute target and stop-loss, optionally trailing.
/// After-market orders are not supported. Needs a whitelisted static IP.
/// </summary>
public sealed record DhanPlaceSuperOrderRequest
{
    /// <summary>The security id.</summary>
    public required string SecurityId { get; init; }

    /// <summary>The exchange segment.</summary>
    public required DhanExchangeSegment ExchangeSegment { get; init; }

    /// <summary>Buy or sell.</summary>
    public required DhanTransactionType TransactionType { get; init; }

    /// <summary>The quantity (greater than 0).</summary>
    public required long Quantity { get; init; }

    /// <summary>LIMIT or MARKET.</summary>
    public required DhanOrderType OrderType { get; init; }

    /// <summary>CNC, INTRADAY, MARGIN or MTF.</summary>
    public required DhanProductType ProductType { get; init; }

    /// <summary>The entry price: required for LIMIT; leave null for MARKET (0 is sent, as Dhan expects).</summary>
    public decimal? Price { get; init; }

    /// <summary>The absolute target price.</summary>
    public required decimal TargetPrice { get; init; }

    /// <summary>The absolute stop-loss price.</summary>
    public required decimal StopLossPrice { get; init; }

    /// <summary>The trailing step for the stop-loss; 0 (default) for no trailing.</summary>
    public decimal TrailingJump { get; init; }

    /// <summary>Your reference (generated when null; returned in the result).</summary>
    public string? CorrelationId { get; init; }
}
