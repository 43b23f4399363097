using System.Globalization;
using System.Text.Json;
using Broker.Sandbox.Engine;
using Broker.Sandbox.Hosting;
using Broker.Sandbox.Options;
using Broker.Time;

namespace Broker.Sandbox.Dhan;

/// <summary>
/// <c>POST /v2/charts/rollingoption</c> (expired options): intraday candles of the contract at a strike relative to
/// the money (<c>ATM</c>, <c>ATM+3</c>, ...) on a rolling expiry (<c>expiryFlag</c> WEEK/MONTH, <c>expiryCode</c> 1 =
/// nearest), re-chosen for every candle from the underlying's candle. The underlying's candles come from the same
/// deterministic generator as <c>/charts/intraday</c>; option values from <see cref="OptionModel"/>. Only the
/// requested side (<c>ce</c> or <c>pe</c>) is filled, the other is null; columns not in <c>requiredData</c> are empty.
/// </summary>
internal sealed class DhanRollingOptionEndpoints(DhanBroker broker, CandleGenerator candles)
{
    private static readonly string[] Segments = ["NSE_FNO", "BSE_FNO", "NSE_EQ", "BSE_EQ", "MCX_COMM", "IDX_I"];
    private static readonly string[] Instruments = ["OPTIDX", "OPTSTK"];
    private static readonly string[] ExpiryFlags = ["WEEK", "MONTH"];
    private static readonly string[] OptionTypes = ["CALL", "PUT"];
    private static readonly string[] Columns = ["open", "high", "low", "close", "iv", "volume", "strike", "oi", "spot"];
    private static readonly int[] Intervals = [1, 5, 15, 25, 60];

    /// <summary>The longest range one call may cover, in days.</summary>
    public const int MaxDays = 30;

    public SandboxResponse RollingOption(RequestData request, AuthOutcome auth)
    {
        var body = request.JsonObject();
        JsonFields.RequiredEnum(body, "exchangeSegment", Segments);
        var interval = JsonFields.OptionalInt64(body, "interval", allowNumericString: true) ?? throw new FieldException("interval is required.");
        if (!Intervals.Contains((int)interval))
        {
            throw new FieldException($"interval {interval} is invalid; expected one of 1, 5, 15, 25, 60.");
        }

        var securityId = JsonFields.OptionalInt64(body, "securityId", allowNumericString: true) ?? throw new FieldException("securityId is required.");
        var instrumentType = JsonFields.RequiredEnum(body, "instrument", Instruments);
        var weekly = JsonFields.RequiredEnum(body, "expiryFlag", ExpiryFlags) == "WEEK";
        var expiryCode = JsonFields.OptionalInt64(body, "expiryCode", allowNumericString: true) ?? throw new FieldException("expiryCode is required.");
        if (expiryCode is < 1 or > 3)
        {
            throw new FieldException("expiryCode must be 1 (near), 2 (next) or 3 (far).");
        }

        var strikeText = JsonFields.RequiredString(body, "strike");
        var call = JsonFields.RequiredEnum(body, "drvOptionType", OptionTypes) == "CALL";
        var required = RequiredData(body);
        var from = Date(body, "fromDate");
        var to = Date(body, "toDate");
        if (to <= from)
        {
            throw new FieldException("toDate must be after fromDate (toDate is not included).");
        }

        if (to.DayNumber - from.DayNumber > MaxDays)
        {
            throw new FieldException($"Data for expired options can be fetched for {MaxDays} days at a time");
        }

        var id = securityId.ToString(CultureInfo.InvariantCulture);
        var underlying = broker.Context.Market.States.FirstOrDefault(s =>
            s.Definition.DhanSecurityId == id && s.Definition.IsIndex == (instrumentType == "OPTIDX"));
        var offset = Offset(strikeText, underlying?.Definition.IsIndex ?? instrumentType == "OPTIDX");
        var rows = underlying is null || (weekly && !underlying.Definition.IsIndex)
            ? []
            : candles.Intraday(
                underlying,
                TimeSpan.FromMinutes(interval),
                new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), IndianTime.Offset),
                new DateTimeOffset(to.ToDateTime(TimeOnly.MinValue), IndianTime.Offset))
            .Select(c => Row(underlying, c, TimeSpan.FromMinutes(interval), weekly, (int)expiryCode, offset, call))
            .ToList();
        return SandboxResponse.Json(200, w =>
        {
            w.WriteStartObject();
            w.WriteStartObject("data");
            w.WriteStartObject(call ? "ce" : "pe");
            Column(w, "iv", required, rows, r => r.Iv);
            Column(w, "oi", required, rows, r => r.OpenInterest);
            Column(w, "strike", required, rows, r => r.Strike);
            Column(w, "spot", required, rows, r => r.Spot);
            Column(w, "open", required, rows, r => r.Open);
            Column(w, "high", required, rows, r => r.High);
            Column(w, "low", required, rows, r => r.Low);
            Column(w, "close", required, rows, r => r.Close);
            Column(w, "volume", required, rows, r => r.Volume);
            w.WriteStartArray("timestamp");
            foreach (var row in rows)
            {
                w.WriteNumberValue(row.Time);
            }

            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteNull(call ? "pe" : "ce");
            w.WriteEndObject();
            w.WriteEndObject();
        });
    }

    private static HashSet<string> RequiredData(JsonElement body)
    {
        if (!body.TryGetProperty("requiredData", out var list) || list.ValueKind != JsonValueKind.Array || list.GetArrayLength() == 0)
        {
            throw new FieldException("requiredData must be a non-empty array of open, high, low, close, iv, volume, strike, oi, spot.");
        }

        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in list.EnumerateArray())
        {
            var name = item.ValueKind == JsonValueKind.String ? item.GetString() : null;
            if (name is null || !Columns.Contains(name, StringComparer.Ordinal))
            {
                throw new FieldException($"requiredData '{name}' is invalid; expected any of {string.Join(", ", Columns)}.");
            }

            set.Add(name);
        }

        return set;
    }

    private static DateOnly Date(JsonElement body, string name) =>
        DateOnly.TryParseExact(JsonFields.RequiredString(body, name), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new FieldException($"{name} must be YYYY-MM-DD.");

    /// <summary><c>ATM</c>, <c>ATM+n</c> or <c>ATM-n</c>: up to 10 strikes away for an index, 3 for a stock.</summary>
    private static int Offset(string text, bool index)
    {
        var limit = index ? 10 : 3;
        if (text == "ATM")
        {
            return 0;
        }

        if (text.Length > 4 && text.StartsWith("ATM", StringComparison.Ordinal) && text[3] is '+' or '-'
            && int.TryParse(text.AsSpan(4), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1 && n <= limit)
        {
            return text[3] == '+' ? n : -n;
        }

        throw new FieldException($"strike '{text}' is invalid; expected ATM or ATM+n / ATM-n with n from 1 to {limit}.");
    }

    private static OptionRow Row(InstrumentState underlying, Candle candle, TimeSpan interval, bool weekly, int code, int offset, bool call)
    {
        const decimal tick = 0.05m;
        var day = DateOnly.FromDateTime(IndianTime.ToIst(candle.Start).DateTime);
        var expiry = weekly ? OptionModel.Weekly(day, code) : OptionModel.Monthly(day, code);
        var step = OptionModel.StrikeStep(underlying);
        var strike = OptionModel.AtTheMoney(candle.Close, step) + (offset * step);
        var years = OptionModel.YearsToExpiry(candle.Start + interval, expiry);
        decimal Value(decimal spot) => OptionModel.Price(call, spot, strike, years, OptionModel.Volatility(underlying, spot, strike), tick).Price;
        var vol = OptionModel.Volatility(underlying, candle.Close, strike);
        var contract = OptionModel.Contract(underlying, expiry, strike, call);
        var time = candle.Start.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var oi = OptionModel.OpenInterest(underlying, expiry, strike, call, candle.Close);
        var volume = (long)(oi * 0.05 * (0.2 + OptionModel.Draw(contract + "|" + time)) / 75) * 75;
        return new OptionRow(
            candle.Start.ToUnixTimeSeconds(),
            Value(candle.Open),
            Value(call ? candle.High : candle.Low),
            Value(call ? candle.Low : candle.High),
            Value(candle.Close),
            Math.Round((decimal)vol * 100m, 2),
            volume,
            strike,
            oi,
            candle.Close);
    }

    private static void Column(Utf8JsonWriter w, string name, HashSet<string> required, List<OptionRow> rows, Func<OptionRow, decimal> value)
    {
        w.WriteStartArray(name);
        if (required.Contains(name))
        {
            foreach (var row in rows)
            {
                w.WriteNumberValue(value(row));
            }
        }

        w.WriteEndArray();
    }

    private sealed record OptionRow(long Time, decimal Open, decimal High, decimal Low, decimal Close, decimal Iv, decimal Volume, decimal Strike, decimal OpenInterest, decimal Spot);
}
