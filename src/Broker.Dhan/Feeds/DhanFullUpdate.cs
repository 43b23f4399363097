using Broker.Collections;

namespace Broker.Dhan.Feeds;

/// <summary>A full packet: quote, open interest and five depth levels.</summary>
/// <param name="Instrument">The instrument.</param>
/// <param name="LastPrice">The last traded price.</param>
/// <param name="LastQuantity">The last traded quantity.</param>
/// <param name="LastTradeTime">The last trade time, IST.</param>
/// <param name="AveragePrice">The average traded price.</param>
/// <param name="Volume">The day's volume.</param>
/// <param name="TotalSellQuantity">The total quantity offered.</param>
/// <param name="TotalBuyQuantity">The total quantity bid.</param>
/// <param name="OpenInterest">The open interest.</param>
/// <param name="OpenInterestDayHigh">The day's highest open interest (NSE_FNO only).</param>
/// <param name="OpenInterestDayLow">The day's lowest open interest (NSE_FNO only).</param>
/// <param name="Open">The day's open.</param>
/// <param name="Close">The close (the previous session's close during the day).</param>
/// <param name="High">The day's high.</param>
/// <param name="Low">The day's low.</param>
/// <param name="Depth">The five depth levels, best first.</param>
public sealed record DhanFullUpdate(
    DhanInstrument Instrument,
    decimal LastPrice,
    long LastQuantity,
    DateTimeOffset LastTradeTime,
    decimal AveragePrice,
    long Volume,
    long TotalSellQuantity,
    long TotalBuyQuantity,
    long OpenInterest,
    long OpenInterestDayHigh,
    long OpenInterestDayLow,
    decimal Open,
    decimal Close,
    decimal High,
    decimal Low,
    IReadOnlyList<DhanMarketDepthLevel> Depth) : DhanFeedEvent
{
    /// <summary>The five depth levels, best first.</summary>
    public IReadOnlyList<DhanMarketDepthLevel> Depth { get; init => field = ValueList.OrEmpty(value); } = ValueList.OrEmpty(Depth);
}
