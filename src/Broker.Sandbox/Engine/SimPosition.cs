namespace Broker.Sandbox.Engine;

/// <summary>The day's position in one instrument and product: the sums of its buy and sell fills.</summary>
internal sealed class SimPosition(InstrumentState instrument, string product, ProductClass productClass)
{
    public InstrumentState Instrument { get; } = instrument;

    public string Product { get; } = product;

    public ProductClass ProductClass { get; } = productClass;

    public long BuyQuantity { get; set; }

    public decimal BuyValue { get; set; }

    public long SellQuantity { get; set; }

    public decimal SellValue { get; set; }

    public long NetQuantity => BuyQuantity - SellQuantity;

    public decimal BuyAverage => BuyQuantity == 0 ? 0m : Math.Round(BuyValue / BuyQuantity, 2);

    public decimal SellAverage => SellQuantity == 0 ? 0m : Math.Round(SellValue / SellQuantity, 2);

    /// <summary>The average price of the open side: the buy average when long, the sell average when short.</summary>
    public decimal NetAverage => NetQuantity switch
    {
        > 0 => BuyAverage,
        < 0 => SellAverage,
        _ => 0m,
    };

    /// <summary>Profit booked on the closed quantity: min(buy, sell) × (sell average − buy average).</summary>
    public decimal RealizedProfit => Math.Round(Math.Min(BuyQuantity, SellQuantity) * (SellAverage - BuyAverage), 2);

    public decimal UnrealizedProfit => Math.Round(NetQuantity * (Instrument.LastPrice - NetAverage), 2);
}
