using System.Globalization;
using System.Text.Json;
using Broker.Sandbox.Engine;
using Broker.Sandbox.Hosting;

namespace Broker.Sandbox.Dhan;

/// <summary>
/// Dhan's market quote: <c>POST /v2/marketfeed/ltp|ohlc|quote</c> with a body such as <c>{"NSE_EQ":[11536]}</c>,
/// answered as <c>{"data":{"NSE_EQ":{"11536":{...}}},"status":"success"}</c>. Unknown ids are left out.
/// </summary>
internal sealed class DhanMarketFeedEndpoints(DhanBroker broker)
{
    private enum Detail
    {
        Ltp,
        Ohlc,
        Quote,
    }

    public SandboxResponse Ltp(RequestData request, AuthOutcome auth) => Answer(request, Detail.Ltp);

    public SandboxResponse Ohlc(RequestData request, AuthOutcome auth) => Answer(request, Detail.Ohlc);

    public SandboxResponse Quote(RequestData request, AuthOutcome auth) => Answer(request, Detail.Quote);

    private SandboxResponse Answer(RequestData request, Detail detail)
    {
        var requested = Parse(request);
        if (requested.Sum(r => r.Ids.Count) > broker.Options.MaxInstrumentsPerQuoteRequest)
        {
            return DhanDataProtocol.Error(400, "804", "Requested number of instruments exceeds limit");
        }

        var now = broker.Context.Clock.GetUtcNow();
        return SandboxResponse.Json(200, w =>
        {
            w.WriteStartObject();
            w.WriteStartObject("data");
            foreach (var (segment, ids) in requested)
            {
                w.WriteStartObject(segment);
                foreach (var id in ids.Distinct())
                {
                    var instrument = broker.Context.Market.FindDhan(segment, id.ToString(CultureInfo.InvariantCulture));
                    if (instrument is not null)
                    {
                        w.WritePropertyName(instrument.Definition.DhanSecurityId);
                        Write(w, instrument, detail, now);
                    }
                }

                w.WriteEndObject();
            }

            w.WriteEndObject();
            w.WriteString("status", "success");
            w.WriteEndObject();
        });
    }

    private static List<(string Segment, List<long> Ids)> Parse(RequestData request)
    {
        var body = request.JsonObject();
        var result = new List<(string, List<long>)>();
        foreach (var property in body.EnumerateObject())
        {
            if (property.Name == "dhanClientId")
            {
                continue; // The official SDK puts it in every body; Dhan ignores it here.
            }

            if (!DhanWire.ExchangeSegments.Contains(property.Name, StringComparer.Ordinal) || property.Value.ValueKind != JsonValueKind.Array)
            {
                throw new FieldException("Invalid Request");
            }

            var ids = new List<long>();
            foreach (var item in property.Value.EnumerateArray())
            {
                if (item.ValueKind != JsonValueKind.Number || !item.TryGetInt64(out var id))
                {
                    throw new FieldException("Invalid Request");
                }

                ids.Add(id);
            }

            result.Add((property.Name, ids));
        }

        return result.Count == 0 ? throw new FieldException("Invalid Request") : result;
    }

    private static void Write(Utf8JsonWriter w, InstrumentState i, Detail detail, DateTimeOffset now)
    {
        w.WriteStartObject();
        if (detail == Detail.Quote)
        {
            w.WriteNumber("average_price", i.RoundToTick((i.Open + i.High + i.Low + i.LastPrice) / 4m));
            w.WriteNumber("buy_quantity", 1800);
            w.WriteNumber("sell_quantity", 1425);
            w.WriteStartObject("depth");
            WriteDepth(w, "buy", i, -1);
            WriteDepth(w, "sell", i, +1);
            w.WriteEndObject();
        }

        w.WriteNumber("last_price", i.LastPrice);
        if (detail == Detail.Quote)
        {
            w.WriteNumber("last_quantity", i.LastTradeQuantity);
            w.WriteString("last_trade_time", DhanWire.QuoteTime(i.LastTradeTime ?? now));
            w.WriteNumber("lower_circuit_limit", i.LowerCircuit);
            w.WriteNumber("upper_circuit_limit", i.UpperCircuit);
            w.WriteNumber("net_change", i.LastPrice - i.PreviousClose);
        }

        if (detail != Detail.Ltp)
        {
            w.WriteStartObject("ohlc");
            w.WriteNumber("open", i.Open);
            w.WriteNumber("close", i.PreviousClose);
            w.WriteNumber("high", i.High);
            w.WriteNumber("low", i.Low);
            w.WriteEndObject();
        }

        if (detail == Detail.Quote)
        {
            w.WriteNumber("oi", 0);
            w.WriteNumber("oi_day_high", 0);
            w.WriteNumber("oi_day_low", 0);
            w.WriteNumber("volume", i.Volume);
        }

        w.WriteEndObject();
    }

    private static void WriteDepth(Utf8JsonWriter w, string name, InstrumentState i, int direction)
    {
        w.WriteStartArray(name);
        for (var level = 1; level <= 5; level++)
        {
            w.WriteStartObject();
            w.WriteNumber("quantity", 100 * level);
            w.WriteNumber("orders", level);
            w.WriteNumber("price", i.LastPrice + (direction * level * i.Definition.TickSize));
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }
}
