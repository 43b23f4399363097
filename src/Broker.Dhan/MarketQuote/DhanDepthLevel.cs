namespace Broker.Dhan.MarketQuote;

/// <summary>One level of market depth.</summary>
public sealed record DhanDepthLevel
{
    /// <summary>The quantity at this price.</summary>
    public long Quantity { get; init; }

    /// <summary>The number of orders at this price.</summary>
    public long Orders { get; init; }

    /// <summary>The price.</summary>
    public decimal Price { get; init; }
}
