namespace Broker.Dhan.Feeds;

/// <summary>A quote packet.</summary>
/// <param name="Instrument">The instrument.</param>
/// <param name="LastPrice">The last traded price.</param>
/// <param name="LastQuantity">The last traded quantity.</param>
/// <param name="LastTradeTime">The last trade time, IST.</param>
/// <param name="AveragePrice">The average traded price.</param>
/// <param name="Volume">The day's volume.</param>
/// <param name="TotalSellQuantity">The total quantity offered.</param>
/// <param name="TotalBuyQuantity">The total quantity bid.</param>
/// <param name="Open">The day's open.</param>
/// <param name="Close">The close (during the session, the previous session's close per Dhan support).</param>
/// <param name="High">The day's high.</param>
/// <param name="Low">The day's low.</param>
public sealed record DhanQuoteUpdate(
    DhanInstrument Instrument,
    decimal LastPrice,
    long LastQuantity,
    DateTimeOffset LastTradeTime,
    decimal AveragePrice,
    long Volume,
    long TotalSellQuantity,
    long TotalBuyQuantity,
    decimal Open,
    decimal Close,
    decimal High,
    decimal Low) : DhanFeedEvent;
