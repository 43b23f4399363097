using System.Globalization;
using Broker.Sandbox.Engine;
using Broker.Sandbox.Hosting;
using Broker.Time;

namespace Broker.Sandbox.Groww;

/// <summary>
/// <c>GET /v1/historical/candles?exchange=&amp;segment=&amp;groww_symbol=&amp;start_time=&amp;end_time=&amp;candle_interval=</c>:
/// deterministic candles, with Groww's documented maximum range per interval.
/// </summary>
internal sealed class GrowwHistoricalEndpoints(GrowwBroker broker, CandleGenerator candles)
{
    private static readonly Dictionary<string, (int Minutes, int MaxDays)> Intervals = new(StringComparer.Ordinal)
    {
        ["1minute"] = (1, 30), ["2minute"] = (2, 30), ["3minute"] = (3, 30), ["5minute"] = (5, 30),
        ["10minute"] = (10, 90), ["15minute"] = (15, 90), ["30minute"] = (30, 90),
        ["1hour"] = (60, 180), ["4hour"] = (240, 180), ["1day"] = (1440, 180), ["1week"] = (10080, 180), ["1month"] = (43200, 180),
    };

    public SandboxResponse Candles(RequestData request, AuthOutcome auth)
    {
        var exchange = Required(request, "exchange");
        var segment = GrowwOrderEndpoints.RequiredSegment(request);
        var growwSymbol = Required(request, "groww_symbol");
        var start = ParseTime(Required(request, "start_time"), "start_time");
        var end = ParseTime(Required(request, "end_time"), "end_time");
        var intervalName = Required(request, "candle_interval");
        if (!Intervals.TryGetValue(intervalName, out var interval))
        {
            throw new FieldException($"candle_interval '{intervalName}' is invalid; expected one of {string.Join(", ", Intervals.Keys)}.");
        }

        if (end < start)
        {
            throw new FieldException("end_time must not be before start_time.");
        }

        if (end - start > TimeSpan.FromDays(interval.MaxDays))
        {
            throw new FieldException($"The range for candle_interval {intervalName} can be at most {interval.MaxDays} days.");
        }

        var prefix = exchange + "-";
        var instrument = growwSymbol.StartsWith(prefix, StringComparison.Ordinal)
            ? broker.Context.Market.FindGroww(exchange, segment, growwSymbol[prefix.Length..])
            : null;
        if (instrument is null)
        {
            throw GrowwProtocol.Error(400, "GA001", "Invalid groww_symbol.");
        }

        var list = interval.Minutes switch
        {
            < 1440 => candles.Intraday(instrument, TimeSpan.FromMinutes(interval.Minutes), start, end.AddSeconds(1)),
            1440 => candles.Daily(instrument, DateOnly.FromDateTime(start.DateTime), DateOnly.FromDateTime(end.DateTime).AddDays(1)),
            10080 => CandleGenerator.Merge(
                candles.Daily(instrument, DateOnly.FromDateTime(start.DateTime), DateOnly.FromDateTime(end.DateTime).AddDays(1)),
                t => t.AddDays(-(((int)t.DayOfWeek + 6) % 7))),
            _ => CandleGenerator.Merge(
                candles.Daily(instrument, DateOnly.FromDateTime(start.DateTime), DateOnly.FromDateTime(end.DateTime).AddDays(1)),
                t => new DateTimeOffset(t.Year, t.Month, 1, 0, 0, 0, t.Offset)),
        };
        return GrowwProtocol.Success(w =>
        {
            w.WriteStartObject();
            w.WriteStartArray("candles");
            foreach (var c in list)
            {
                w.WriteStartArray();
                w.WriteStringValue(IndianTime.Format(c.Start, "yyyy-MM-dd'T'HH:mm:ss"));
                w.WriteNumberValue(c.Open);
                w.WriteNumberValue(c.High);
                w.WriteNumberValue(c.Low);
                w.WriteNumberValue(c.Close);
                w.WriteNumberValue(c.Volume);
                w.WriteNullValue();
                w.WriteEndArray();
            }

            w.WriteEndArray();
            w.WriteNumber("closing_price", instrument.PreviousClose);
            w.WriteString("start_time", IndianTime.Format(start, "yyyy-MM-dd HH:mm:ss"));
            w.WriteString("end_time", IndianTime.Format(end, "yyyy-MM-dd HH:mm:ss"));
            w.WriteNumber("interval_in_minutes", interval.Minutes);
            w.WriteEndObject();
        });
    }

    private static string Required(RequestData request, string name)
    {
        var value = request.Query(name);
        return string.IsNullOrWhiteSpace(value) ? throw new FieldException($"{name} is required.") : value;
    }

    /// <summary><c>yyyy-MM-dd HH:mm:ss</c> (IST) or epoch seconds, as documented.</summary>
    private static DateTimeOffset ParseTime(string text, string name)
    {
        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var epoch))
        {
            return IndianTime.ToIst(DateTimeOffset.FromUnixTimeSeconds(epoch));
        }

        return DateTime.TryParseExact(text, "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var wall)
            ? IndianTime.FromIstWallClock(wall)
            : throw new FieldException($"{name} must be yyyy-MM-dd HH:mm:ss or epoch seconds.");
    }
}
