namespace Broker.Sandbox.Engine;

/// <summary>An instrument's live state: last price and the day's range and volume. Guarded by the sandbox's lock.</summary>
internal sealed class InstrumentState
{
    public InstrumentState(SandboxInstrument definition)
    {
        Definition = definition;
        LastPrice = definition.Price;
        Open = definition.Price;
        High = definition.Price;
        Low = definition.Price;
        PreviousClose = definition.PreviousClose ?? definition.Price;
    }

    public SandboxInstrument Definition { get; }

    public string TradingSymbol => Definition.TradingSymbol;

    public decimal LastPrice { get; private set; }

    public decimal Open { get; }

    public decimal High { get; private set; }

    public decimal Low { get; private set; }

    public decimal PreviousClose { get; }

    public long Volume { get; private set; }

    public long LastTradeQuantity { get; private set; }

    public DateTimeOffset? LastTradeTime { get; private set; }

    /// <summary>The circuit band: 20 % either side of the previous close, on the tick grid.</summary>
    public decimal UpperCircuit => RoundToTick(PreviousClose * 1.2m);

    public decimal LowerCircuit => RoundToTick(PreviousClose * 0.8m);

    public decimal RoundToTick(decimal price)
    {
        var tick = Definition.TickSize <= 0 ? 0.01m : Definition.TickSize;
        return Math.Round(price / tick, MidpointRounding.AwayFromZero) * tick;
    }

    public bool IsOnTick(decimal price)
    {
        var tick = Definition.TickSize <= 0 ? 0.01m : Definition.TickSize;
        return price % tick == 0m;
    }

    public void SetPrice(decimal price)
    {
        LastPrice = price;
        High = Math.Max(High, price);
        Low = Math.Min(Low, price);
    }

    public void RecordTrade(long quantity, DateTimeOffset time)
    {
        Volume += quantity;
        LastTradeQuantity = quantity;
        LastTradeTime = time;
    }
}
