namespace Broker.Dhan.Funds;

/// <summary>One instrument for the margin calculators (<c>POST /margincalculator</c> and each entry of <c>/multi</c>).</summary>
public sealed record DhanMarginRequest
{
    /// <summary>The security id.</summary>
    public required string SecurityId { get; init; }

    /// <summary>The exchange segment.</summary>
    public required DhanExchangeSegment ExchangeSegment { get; init; }

    /// <summary>Buy or sell.</summary>
    public required DhanTransactionType TransactionType { get; init; }

    /// <summary>The quantity (greater than 0).</summary>
    public required long Quantity { get; init; }

    /// <summary>The product type.</summary>
    public required DhanProductType ProductType { get; init; }

    /// <summary>The price (0 for a market price).</summary>
    public decimal Price { get; init; }

    /// <summary>The trigger price, for stop orders.</summary>
    public decimal? TriggerPrice { get; init; }
}
