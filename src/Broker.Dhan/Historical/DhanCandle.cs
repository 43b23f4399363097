namespace Broker.Dhan.Historical;

/// <summary>One candle. <see cref="Time"/> is the candle's start in IST (daily candles start at 00:00 IST).</summary>
/// <param name="Time">When the candle starts (IST).</param>
/// <param name="Open">Open price.</param>
/// <param name="High">High price.</param>
/// <param name="Low">Low price.</param>
/// <param name="Close">Close price.</param>
/// <param name="Volume">Volume (0 for indices).</param>
/// <param name="OpenInterest">Open interest, when requested.</param>
public sealed record DhanCandle(DateTimeOffset Time, decimal Open, decimal High, decimal Low, decimal Close, long Volume, long? OpenInterest);
