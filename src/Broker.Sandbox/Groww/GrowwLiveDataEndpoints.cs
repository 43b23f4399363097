using System.Text.Json;
using Broker.Sandbox.Engine;
using Broker.Sandbox.Hosting;

namespace Broker.Sandbox.Groww;

/// <summary>Groww's live data: quote, LTP and OHLC from the simulated market.</summary>
internal sealed class GrowwLiveDataEndpoints(GrowwBroker broker)
{
    /// <summary><c>GET /v1/live-data/quote?exchange=&amp;segment=&amp;trading_symbol=</c>.</summary>
    public SandboxResponse Quote(RequestData request, AuthOutcome auth)
    {
        var exchange = RequiredQuery(request, "exchange");
        var segment = GrowwOrderEndpoints.RequiredSegment(request);
        var symbol = RequiredQuery(request, "trading_symbol");
        var i = broker.Context.Market.FindGroww(exchange, segment, symbol)
            ?? throw GrowwProtocol.Error(400, "GA001", "Invalid trading symbol.");
        return GrowwProtocol.Success(w =>
        {
            var spread = i.Definition.TickSize;
            w.WriteStartObject();
            w.WriteNumber("average_price", i.RoundToTick((i.Open + i.High + i.Low + i.LastPrice) / 4m));
            w.WriteNumber("bid_quantity", 120);
            w.WriteNumber("bid_price", i.LastPrice - spread);
            w.WriteNumber("day_change", i.LastPrice - i.PreviousClose);
            w.WriteNumber("day_change_perc", Math.Round((i.LastPrice - i.PreviousClose) * 100m / i.PreviousClose, 2));
            w.WriteNumber("upper_circuit_limit", i.UpperCircuit);
            w.WriteNumber("lower_circuit_limit", i.LowerCircuit);
            w.WritePropertyName("ohlc");
            WriteOhlc(w, i);
            w.WriteStartObject("depth");
            WriteDepthSide(w, "buy", i, -1);
            WriteDepthSide(w, "sell", i, +1);
            w.WriteEndObject();
            w.WriteNumber("high_trade_range", i.UpperCircuit);
            w.WriteNumber("implied_volatility", 0);
            w.WriteNumber("last_trade_quantity", i.LastTradeQuantity);
            w.WriteNumber("last_trade_time", (i.LastTradeTime ?? broker.Context.Clock.GetUtcNow()).ToUnixTimeMilliseconds());
            w.WriteNumber("low_trade_range", i.LowerCircuit);
            w.WriteNumber("last_price", i.LastPrice);
            w.WriteNumber("market_cap", 0);
            w.WriteNumber("offer_price", i.LastPrice + spread);
            w.WriteNumber("offer_quantity", 95);
            w.WriteNumber("oi_day_change", 0);
            w.WriteNumber("oi_day_change_percentage", 0);
            w.WriteNumber("open_interest", 0);
            w.WriteNumber("previous_open_interest", 0);
            w.WriteNumber("total_buy_quantity", 120 * 15);
            w.WriteNumber("total_sell_quantity", 95 * 15);
            w.WriteNumber("volume", i.Volume);
            w.WriteNumber("week_52_high", i.RoundToTick(Math.Max(i.High, i.PreviousClose) * 1.25m));
            w.WriteNumber("week_52_low", i.RoundToTick(Math.Min(i.Low, i.PreviousClose) * 0.75m));
            w.WriteEndObject();
        });
    }

    /// <summary><c>GET /v1/live-data/ltp?segment=&amp;exchange_symbols=NSE_RELIANCE,NSE_TCS</c>: a map of symbol to last price.</summary>
    public SandboxResponse Ltp(RequestData request, AuthOutcome auth)
    {
        var found = Resolve(request);
        return GrowwProtocol.Success(w =>
        {
            w.WriteStartObject();
            foreach (var (key, instrument) in found)
            {
                w.WriteNumber(key, instrument.LastPrice);
            }

            w.WriteEndObject();
        });
    }

    /// <summary><c>GET /v1/live-data/ohlc?segment=&amp;exchange_symbols=...</c>: a map of symbol to <c>{open, high, low, close}</c>.</summary>
    public SandboxResponse Ohlc(RequestData request, AuthOutcome auth)
    {
        var found = Resolve(request);
        return GrowwProtocol.Success(w =>
        {
            w.WriteStartObject();
            foreach (var (key, instrument) in found)
            {
                w.WritePropertyName(key);
                WriteOhlc(w, instrument);
            }

            w.WriteEndObject();
        });
    }

    private List<(string Key, InstrumentState Instrument)> Resolve(RequestData request)
    {
        var segment = GrowwOrderEndpoints.RequiredSegment(request);
        var symbols = request.QueryList("exchange_symbols");
        if (symbols.Count == 0)
        {
            throw new FieldException("exchange_symbols is required.");
        }

        if (symbols.Count > broker.Options.MaxSymbolsPerLiveDataRequest)
        {
            throw new FieldException($"exchange_symbols can have at most {broker.Options.MaxSymbolsPerLiveDataRequest} instruments.");
        }

        var found = new List<(string, InstrumentState)>();
        foreach (var key in symbols.Distinct(StringComparer.Ordinal))
        {
            var separator = key.IndexOf('_', StringComparison.Ordinal);
            if (separator <= 0)
            {
                throw new FieldException($"exchange_symbols item '{key}' must look like NSE_RELIANCE.");
            }

            var instrument = broker.Context.Market.FindGroww(key[..separator], segment, key[(separator + 1)..]);
            if (instrument is not null)
            {
                found.Add((key, instrument)); // Unknown symbols are left out of the map rather than failing the call.
            }
        }

        return found;
    }

    private static string RequiredQuery(RequestData request, string name)
    {
        var value = request.Query(name);
        return string.IsNullOrWhiteSpace(value) ? throw new FieldException($"{name} is required.") : value;
    }

    private static void WriteOhlc(Utf8JsonWriter w, InstrumentState i)
    {
        w.WriteStartObject();
        w.WriteNumber("open", i.Open);
        w.WriteNumber("high", i.High);
        w.WriteNumber("low", i.Low);
        w.WriteNumber("close", i.PreviousClose);
        w.WriteEndObject();
    }

    private static void WriteDepthSide(Utf8JsonWriter w, string name, InstrumentState i, int direction)
    {
        w.WriteStartArray(name);
        for (var level = 1; level <= 5; level++)
        {
            w.WriteStartObject();
            w.WriteNumber("price", i.LastPrice + (direction * level * i.Definition.TickSize));
            w.WriteNumber("quantity", 100 * level);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }
}
