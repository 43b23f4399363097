namespace Broker.Dhan.Orders;

/// <summary>
/// A new order (<c>POST /orders</c>). Fields left <see langword="null"/> are not sent. Dhan accepts order writes only
/// from a whitelisted static IP.
/// </summary>
public sealed record DhanPlaceOrderRequest
{
    /// <summary>The instrument's Dhan security id, from the scrip master (for example <c>1333</c> for HDFC Bank on NSE_EQ).</summary>
    public required string SecurityId { get; init; }

    /// <summary>The exchange segment (<c>IDX_I</c> is not orderable).</summary>
    public required DhanExchangeSegment ExchangeSegment { get; init; }

    /// <summary>Buy or sell.</summary>
    public required DhanTransactionType TransactionType { get; init; }

    /// <summary>Shares for equity; for F&amp;O the number of units (lots × lot size). Must be greater than 0.</summary>
    public required long Quantity { get; init; }

    /// <summary>The order type.</summary>
    public required DhanOrderType OrderType { get; init; }

    /// <summary>The product type.</summary>
    public required DhanProductType ProductType { get; init; }

    /// <summary>Validity. Default <see cref="DhanValidity.Day"/>.</summary>
    public DhanValidity Validity { get; init; } = DhanValidity.Day;

    /// <summary>The limit price: required for LIMIT and STOP_LOSS; must be left null for MARKET and STOP_LOSS_MARKET (0 is sent).</summary>
    public decimal? Price { get; init; }

    /// <summary>The trigger price: required for STOP_LOSS and STOP_LOSS_MARKET.</summary>
    public decimal? TriggerPrice { get; init; }

    /// <summary>The quantity shown to the market, if any (at most <see cref="Quantity"/>).</summary>
    public long? DisclosedQuantity { get; init; }

    /// <summary><see langword="true"/> for an after-market order; then <see cref="AmoTime"/> is required.</summary>
    public bool AfterMarketOrder { get; init; }

    /// <summary>When an after-market order goes to the exchange; only with <see cref="AfterMarketOrder"/>.</summary>
    public DhanAmoTime? AmoTime { get; init; }

    /// <summary>Bracket orders only: the target as a price difference from the entry.</summary>
    public decimal? BoProfitValue { get; init; }

    /// <summary>Bracket orders only: the stop-loss as a price difference from the entry.</summary>
    public decimal? BoStopLossValue { get; init; }

    /// <summary>
    /// Your reference for the order (at most 25 of letters, digits, space, <c>_</c>, <c>-</c>). When null the SDK
    /// generates one; either way the result carries the reference actually sent. Dhan does not reject duplicates:
    /// use <see cref="IDhanOrdersClient.PlaceOrderIdempotentAsync"/> to avoid placing the same order twice.
    /// </summary>
    public string? CorrelationId { get; init; }
}
