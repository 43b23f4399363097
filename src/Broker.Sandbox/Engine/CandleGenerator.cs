using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Broker.Time;

namespace Broker.Sandbox.Engine;

/// <summary>
/// Deterministic historical candles: the same instrument, interval and time always give the same candle, on a smooth
/// path around the previous close with seeded noise. Intraday candles cover the NSE session (09:15–15:30 IST) on
/// weekdays and are stamped at their start; daily candles are stamped at 00:00 IST.
/// </summary>
internal sealed class CandleGenerator(int seed)
{
    private static readonly TimeSpan SessionOpen = new(9, 15, 0);
    private static readonly TimeSpan SessionClose = new(15, 30, 0);

    public const int MaxCandles = 50_000;

    /// <summary>Candles of <paramref name="interval"/> starting in [<paramref name="from"/>, <paramref name="to"/>).</summary>
    public List<Candle> Intraday(InstrumentState instrument, TimeSpan interval, DateTimeOffset from, DateTimeOffset to)
    {
        var result = new List<Candle>();
        for (var day = IstDate(from); day <= IstDate(to) && result.Count < MaxCandles; day = day.AddDays(1))
        {
            if (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
            {
                continue;
            }

            var sessionStart = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), IndianTime.Offset);
            for (var start = sessionStart + SessionOpen; start < sessionStart + SessionClose && result.Count < MaxCandles; start += interval)
            {
                if (start >= from && start < to)
                {
                    var end = start + interval < sessionStart + SessionClose ? start + interval : sessionStart + SessionClose;
                    result.Add(Make(instrument, start, end, (int)interval.TotalMinutes));
                }
            }
        }

        return result;
    }

    /// <summary>Daily candles for the weekdays in [<paramref name="from"/>, <paramref name="to"/>).</summary>
    public List<Candle> Daily(InstrumentState instrument, DateOnly from, DateOnly to)
    {
        var result = new List<Candle>();
        for (var day = from; day < to && result.Count < MaxCandles; day = day.AddDays(1))
        {
            if (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
            {
                continue;
            }

            var midnight = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), IndianTime.Offset);
            result.Add(Make(instrument, midnight, midnight + SessionClose, 1440) with { Open = Level(instrument, midnight + SessionOpen) });
        }

        return result;
    }

    /// <summary>Daily candles merged into buckets (weeks starting Monday, or calendar months).</summary>
    public static List<Candle> Merge(IEnumerable<Candle> daily, Func<DateTimeOffset, DateTimeOffset> bucket) =>
        [.. daily.GroupBy(c => bucket(c.Start)).Select(g => new Candle(
            g.Key, g.First().Open, g.Max(c => c.High), g.Min(c => c.Low), g.Last().Close, g.Sum(c => c.Volume)))];

    private Candle Make(InstrumentState instrument, DateTimeOffset start, DateTimeOffset end, int intervalMinutes)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes($"{seed}|{instrument.TradingSymbol}|{intervalMinutes}|{start.ToUnixTimeSeconds()}"), hash);
        var noise = (BinaryPrimitives.ReadUInt32LittleEndian(hash) / (decimal)uint.MaxValue) - 0.5m;
        var wick = BinaryPrimitives.ReadUInt32LittleEndian(hash[4..]) / (decimal)uint.MaxValue;
        var open = Level(instrument, start);
        var close = instrument.RoundToTick(Level(instrument, end) * (1m + (noise * 0.002m)));
        var spread = instrument.PreviousClose * 0.001m * (1m + wick);
        var high = instrument.RoundToTick(Math.Max(open, close) + spread);
        var low = instrument.RoundToTick(Math.Min(open, close) - spread);
        var volume = instrument.Definition.IsIndex ? 0 : 1_000L + (BinaryPrimitives.ReadUInt32LittleEndian(hash[8..]) % 50_000);
        return new Candle(start, open, high, low, close, volume * Math.Max(1, intervalMinutes / 5));
    }

    /// <summary>A smooth, repeatable price path around the previous close: a slow and a daily wave, ±4 % at most.</summary>
    private static decimal Level(InstrumentState instrument, DateTimeOffset time)
    {
        var days = time.ToUnixTimeSeconds() / 86_400.0;
        var offset = (0.03 * Math.Sin(2 * Math.PI * days / 23.0)) + (0.01 * Math.Sin(2 * Math.PI * days * 1.13));
        return instrument.RoundToTick(instrument.PreviousClose * (1m + (decimal)offset));
    }

    private static DateOnly IstDate(DateTimeOffset value) => DateOnly.FromDateTime(IndianTime.ToIst(value).DateTime);
}
