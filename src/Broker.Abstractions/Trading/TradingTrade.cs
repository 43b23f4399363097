namespace Broker.Trading;

/// <summary>One execution (fill) of an order.</summary>
public sealed record TradingTrade
{
    /// <summary>The broker's or exchange's trade id.</summary>
    public required string TradeId { get; init; }

    /// <summary>The broker's id of the order this fill belongs to.</summary>
    public required string BrokerOrderId { get; init; }

    /// <summary>The instrument, with whatever of symbol and broker id the broker reported.</summary>
    public required TradingInstrument Instrument { get; init; }

    /// <summary>Buy or sell; <see langword="null"/> when the broker did not say.</summary>
    public TradingSide? Side { get; init; }

    /// <summary>The product; <see langword="null"/> when not one of the neutral three.</summary>
    public TradingProduct? Product { get; init; }

    /// <summary>The quantity filled in this execution.</summary>
    public long Quantity { get; init; }

    /// <summary>The fill price in rupees.</summary>
    public decimal Price { get; init; }

    /// <summary>When the fill happened, in IST.</summary>
    public DateTimeOffset? TradedAt { get; init; }
}
