namespace Broker.Trading;

/// <summary>An order as the broker reports it, in broker-neutral terms with the broker's raw values beside them.</summary>
/// <remarks>
/// Values the neutral model has no word for (a Dhan cover order, an MTF product) leave the neutral property
/// <see langword="null"/>; the broker's own string is in the matching <c>Raw…</c> property.
/// </remarks>
public sealed record TradingOrder
{
    /// <summary>The broker's order id.</summary>
    public required string BrokerOrderId { get; init; }

    /// <summary>The client reference the order was placed with, when the broker reports it.</summary>
    public string? ClientReference { get; init; }

    /// <summary>The instrument, with whatever of symbol and broker id the broker reported.</summary>
    public required TradingInstrument Instrument { get; init; }

    /// <summary>Buy or sell; <see langword="null"/> when the broker did not say.</summary>
    public TradingSide? Side { get; init; }

    /// <summary>The order type; <see langword="null"/> when not one of the neutral four (see <see cref="RawOrderType"/>).</summary>
    public TradingOrderType? OrderType { get; init; }

    /// <summary>The broker's order type string.</summary>
    public string? RawOrderType { get; init; }

    /// <summary>The product; <see langword="null"/> when not one of the neutral three (see <see cref="RawProduct"/>).</summary>
    public TradingProduct? Product { get; init; }

    /// <summary>The broker's product string.</summary>
    public string? RawProduct { get; init; }

    /// <summary>The validity; <see langword="null"/> when the broker did not say or used another value.</summary>
    public TradingValidity? Validity { get; init; }

    /// <summary>The normalised status.</summary>
    public required TradingOrderStatus Status { get; init; }

    /// <summary>The broker's own status string, exactly as sent (Groww <c>OPEN</c>, Dhan <c>PART_TRADED</c>).</summary>
    public required string RawStatus { get; init; }

    /// <summary>The broker's reason or remark (rejection reason, for example), when given.</summary>
    public string? StatusMessage { get; init; }

    /// <summary>The ordered quantity.</summary>
    public long Quantity { get; init; }

    /// <summary>The quantity filled so far.</summary>
    public long FilledQuantity { get; init; }

    /// <summary>The quantity still working (<see cref="Quantity"/> − <see cref="FilledQuantity"/> for an open order, 0 once terminal).</summary>
    public long PendingQuantity { get; init; }

    /// <summary>The limit price in rupees; <see langword="null"/> for market orders or when not reported.</summary>
    public decimal? Price { get; init; }

    /// <summary>The trigger price in rupees, for stop-loss orders.</summary>
    public decimal? TriggerPrice { get; init; }

    /// <summary>The average fill price in rupees; <see langword="null"/> when nothing has filled.</summary>
    public decimal? AverageFillPrice { get; init; }

    /// <summary>When the order was created, in IST.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>When the order last changed, in IST.</summary>
    public DateTimeOffset? UpdatedAt { get; init; }
}
