namespace Broker.Dhan.Feeds;

/// <summary>A ticker packet: last price and last trade time.</summary>
/// <param name="Instrument">The instrument.</param>
/// <param name="LastPrice">The last traded price, rounded to the tick (or 2 decimal places).</param>
/// <param name="LastTradeTime">The last trade time, IST.</param>
public sealed record DhanTickerUpdate(DhanInstrument Instrument, decimal LastPrice, DateTimeOffset LastTradeTime) : DhanFeedEvent;
