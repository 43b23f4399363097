namespace Broker.Trading;

/// <summary>A net position for one instrument and product.</summary>
public sealed record TradingPosition
{
    /// <summary>The instrument, with whatever of symbol and broker id the broker reported.</summary>
    public required TradingInstrument Instrument { get; init; }

    /// <summary>The product; <see langword="null"/> when not one of the neutral three (see <see cref="RawProduct"/>).</summary>
    public TradingProduct? Product { get; init; }

    /// <summary>The broker's product string.</summary>
    public string? RawProduct { get; init; }

    /// <summary>The net quantity: positive long, negative short, zero when squared off.</summary>
    public long NetQuantity { get; init; }

    /// <summary>The total quantity bought (including any carried forward).</summary>
    public long BuyQuantity { get; init; }

    /// <summary>The total quantity sold (including any carried forward).</summary>
    public long SellQuantity { get; init; }

    /// <summary>The average buy price in rupees (0 when nothing was bought).</summary>
    public decimal BuyAveragePrice { get; init; }

    /// <summary>The average sell price in rupees (0 when nothing was sold).</summary>
    public decimal SellAveragePrice { get; init; }

    /// <summary>The realised profit or loss in rupees, when the broker reports it.</summary>
    public decimal? RealisedProfit { get; init; }

    /// <summary>The unrealised profit or loss in rupees, when the broker reports it.</summary>
    public decimal? UnrealisedProfit { get; init; }
}
