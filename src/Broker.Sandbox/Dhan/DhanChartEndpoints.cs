using System.Globalization;
using System.Text.Json;
using Broker.Sandbox.Engine;
using Broker.Sandbox.Hosting;
using Broker.Time;

namespace Broker.Sandbox.Dhan;

/// <summary>
/// <c>POST /v2/charts/historical</c> (daily) and <c>POST /v2/charts/intraday</c>: column arrays of deterministic
/// candles with epoch-second timestamps; an unknown security answers 200 with empty arrays, as measured.
/// </summary>
internal sealed class DhanChartEndpoints(DhanBroker broker, CandleGenerator candles)
{
    private static readonly string[] Instruments = ["INDEX", "FUTIDX", "OPTIDX", "EQUITY", "FUTSTK", "OPTSTK", "FUTCOM", "OPTFUT", "FUTCUR", "OPTCUR"];
    private static readonly int[] IntradayIntervals = [1, 5, 15, 25, 60];

    public SandboxResponse Historical(RequestData request, AuthOutcome auth)
    {
        var body = request.JsonObject();
        var instrument = Find(body);
        var from = ParseDate(JsonFields.RequiredString(body, "fromDate"), "fromDate");
        var to = ParseDate(JsonFields.RequiredString(body, "toDate"), "toDate");
        var oi = JsonFields.OptionalBoolean(body, "oi") ?? false;
        var list = instrument is null ? [] : candles.Daily(instrument, DateOnly.FromDateTime(from.DateTime), DateOnly.FromDateTime(to.DateTime));
        return Write(list, oi);
    }

    public SandboxResponse Intraday(RequestData request, AuthOutcome auth)
    {
        var body = request.JsonObject();
        var instrument = Find(body);
        var interval = ReadInterval(body);
        var from = ParseDate(JsonFields.RequiredString(body, "fromDate"), "fromDate");
        var to = ParseDate(JsonFields.RequiredString(body, "toDate"), "toDate");
        var oi = JsonFields.OptionalBoolean(body, "oi") ?? false;
        if (to - from > TimeSpan.FromDays(90))
        {
            throw new FieldException("Data for Intraday Charts can be fetched for 90 days at a time");
        }

        var list = instrument is null ? [] : candles.Intraday(instrument, TimeSpan.FromMinutes(interval), from, to);
        return Write(list, oi);
    }

    private InstrumentState? Find(JsonElement body)
    {
        var securityId = body.TryGetProperty("securityId", out var id) && id.ValueKind == JsonValueKind.Number
            ? id.GetRawText()
            : JsonFields.RequiredString(body, "securityId");
        var segment = JsonFields.RequiredEnum(body, "exchangeSegment", DhanWire.ExchangeSegments);
        JsonFields.RequiredEnum(body, "instrument", Instruments);
        return broker.Context.Market.FindDhan(segment, securityId);
    }

    private static int ReadInterval(JsonElement body)
    {
        var interval = JsonFields.OptionalInt64(body, "interval", allowNumericString: true) ?? throw new FieldException("interval is required.");
        return IntradayIntervals.Contains((int)interval)
            ? (int)interval
            : throw new FieldException($"interval {interval} is invalid; expected one of 1, 5, 15, 25, 60.");
    }

    /// <summary><c>YYYY-MM-DD</c> or <c>YYYY-MM-DD HH:MM:SS</c>, IST.</summary>
    private static DateTimeOffset ParseDate(string text, string name) =>
        DateTime.TryParseExact(text, ["yyyy-MM-dd", "yyyy-MM-dd HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var wall)
            ? IndianTime.FromIstWallClock(wall)
            : throw new FieldException($"{name} must be YYYY-MM-DD or YYYY-MM-DD HH:MM:SS.");

    private static SandboxResponse Write(List<Candle> list, bool oi) => SandboxResponse.Json(200, w =>
    {
        w.WriteStartObject();
        Column(w, "open", list, c => w.WriteNumberValue(c.Open));
        Column(w, "high", list, c => w.WriteNumberValue(c.High));
        Column(w, "low", list, c => w.WriteNumberValue(c.Low));
        Column(w, "close", list, c => w.WriteNumberValue(c.Close));
        Column(w, "volume", list, c => w.WriteNumberValue(c.Volume));
        Column(w, "timestamp", list, c => w.WriteNumberValue(c.Start.ToUnixTimeSeconds()));
        if (oi)
        {
            Column(w, "open_interest", list, _ => w.WriteNumberValue(0));
        }

        w.WriteEndObject();
    });

    private static void Column(Utf8JsonWriter w, string name, List<Candle> list, Action<Candle> write)
    {
        w.WriteStartArray(name);
        foreach (var candle in list)
        {
            write(candle);
        }

        w.WriteEndArray();
    }
}
