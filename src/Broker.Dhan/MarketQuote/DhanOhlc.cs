namespace Broker.Dhan.MarketQuote;

/// <summary>Open, high, low and close. During the session <see cref="Close"/> is the previous session's close.</summary>
public sealed record DhanOhlc
{
    /// <summary>The day's open.</summary>
    public decimal Open { get; init; }

    /// <summary>The day's high.</summary>
    public decimal High { get; init; }

    /// <summary>The day's low.</summary>
    public decimal Low { get; init; }

    /// <summary>The close (the previous session's close while the market is open).</summary>
    public decimal Close { get; init; }
}
