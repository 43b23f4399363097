namespace Broker.Trading;

/// <summary>A new order, in broker-neutral terms.</summary>
/// <remarks>
/// <para>Price rules: <see cref="TradingOrderType.Limit"/> needs <see cref="Price"/>; <see cref="TradingOrderType.StopLoss"/>
/// needs <see cref="Price"/> and <see cref="TriggerPrice"/>; <see cref="TradingOrderType.StopLossMarket"/> needs
/// <see cref="TriggerPrice"/>; <see cref="TradingOrderType.Market"/> takes neither.</para>
/// <para>Leave <see cref="ClientReference"/> empty and one is generated; the reference the order was sent with is on the
/// returned <see cref="TradingOrderPlacement"/> and on any <see cref="Broker.Errors.OrderOutcomeUnknownException"/>.</para>
/// </remarks>
public sealed record TradingOrderRequest
{
    /// <summary>The instrument to trade.</summary>
    public required TradingInstrument Instrument { get; init; }

    /// <summary>Buy or sell.</summary>
    public required TradingSide Side { get; init; }

    /// <summary>Market, limit, stop-loss or stop-loss market.</summary>
    public required TradingOrderType OrderType { get; init; }

    /// <summary>Delivery, intraday or margin (carry-forward).</summary>
    public required TradingProduct Product { get; init; }

    /// <summary>Quantity in units (shares, or contracts times lot size for derivatives, as the exchange counts it); above zero.</summary>
    public required long Quantity { get; init; }

    /// <summary>Limit price in rupees, for limit and stop-loss orders.</summary>
    public decimal? Price { get; init; }

    /// <summary>Trigger price in rupees, for stop-loss and stop-loss market orders.</summary>
    public decimal? TriggerPrice { get; init; }

    /// <summary>How long the order stays open; <see cref="TradingValidity.Day"/> unless set.</summary>
    public TradingValidity Validity { get; init; } = TradingValidity.Day;

    /// <summary>
    /// Your reference for this order (Groww <c>order_reference_id</c>: 8–20 letters and digits; Dhan <c>correlationId</c>).
    /// Use 8–20 letters and digits to satisfy every broker. Generated when empty.
    /// </summary>
    public string? ClientReference { get; init; }
}
