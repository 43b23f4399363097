namespace Broker.Trading;

/// <summary>
/// A change to an open order. Leave a field <see langword="null"/> to keep the order's current value; the implementation
/// reads the order first when the broker wants every field restated.
/// </summary>
public sealed record TradingOrderModification
{
    /// <summary>The broker's order id, as returned by <see cref="ITradingClient.PlaceOrderAsync"/>.</summary>
    public required string BrokerOrderId { get; init; }

    /// <summary>
    /// The order's exchange, when you know it. Groww needs the segment for every order call; without this hint the
    /// Groww implementation finds the order in the day's order book (one extra read).
    /// </summary>
    public TradingExchange? Exchange { get; init; }

    /// <summary>The new order type, or <see langword="null"/> to keep it.</summary>
    public TradingOrderType? OrderType { get; init; }

    /// <summary>The new total quantity, or <see langword="null"/> to keep it.</summary>
    public long? Quantity { get; init; }

    /// <summary>The new limit price, or <see langword="null"/> to keep it.</summary>
    public decimal? Price { get; init; }

    /// <summary>The new trigger price, or <see langword="null"/> to keep it.</summary>
    public decimal? TriggerPrice { get; init; }

    /// <summary>The new validity, or <see langword="null"/> to keep it.</summary>
    public TradingValidity? Validity { get; init; }
}
