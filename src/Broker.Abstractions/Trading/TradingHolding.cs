namespace Broker.Trading;

/// <summary>Shares held in the demat account.</summary>
public sealed record TradingHolding
{
    /// <summary>The instrument (usually on <see cref="TradingExchange.Nse"/>, or <see cref="TradingExchange.Bse"/> when only listed there).</summary>
    public required TradingInstrument Instrument { get; init; }

    /// <summary>The ISIN, when the broker reports it.</summary>
    public string? Isin { get; init; }

    /// <summary>The total quantity held.</summary>
    public long Quantity { get; init; }

    /// <summary>The quantity free to sell today.</summary>
    public long AvailableQuantity { get; init; }

    /// <summary>The average buy price in rupees.</summary>
    public decimal AveragePrice { get; init; }
}
