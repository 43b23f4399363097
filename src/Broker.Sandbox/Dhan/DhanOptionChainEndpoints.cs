using System.Globalization;
using System.Text.Json;
using Broker.Sandbox.Engine;
using Broker.Sandbox.Hosting;
using Broker.Sandbox.Options;
using Broker.Time;

namespace Broker.Sandbox.Dhan;

/// <summary>
/// <c>POST /v2/optionchain</c> and <c>POST /v2/optionchain/expirylist</c> (data APIs: <c>access-token</c> and
/// <c>client-id</c>, errors as <c>{"data":{"8xx":...},"status":"failed"}</c>). The chain lists
/// <see cref="OptionModel.StrikesEachSide"/> strikes either side of the money, priced by
/// <see cref="OptionModel"/> from the underlying's last price, so it moves with the market and is deterministic.
/// </summary>
internal sealed class DhanOptionChainEndpoints(DhanBroker broker)
{
    /// <summary><c>{"UnderlyingScrip":13,"UnderlyingSeg":"IDX_I"}</c> → <c>{"data":["2024-10-17",...],"status":"success"}</c>.</summary>
    public SandboxResponse ExpiryList(RequestData request, AuthOutcome auth)
    {
        var underlying = Underlying(request.JsonObject());
        var expiries = OptionModel.Expiries(underlying, Today());
        return SandboxResponse.Json(200, w =>
        {
            w.WriteStartObject();
            w.WriteStartArray("data");
            foreach (var expiry in expiries)
            {
                w.WriteStringValue(expiry.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }

            w.WriteEndArray();
            w.WriteString("status", "success");
            w.WriteEndObject();
        });
    }

    /// <summary>
    /// <c>{"UnderlyingScrip":13,"UnderlyingSeg":"IDX_I","Expiry":"2024-10-31"}</c> →
    /// <c>{"data":{"last_price":..,"oc":{"25650.000000":{"ce":{...},"pe":{...}}}},"status":"success"}</c>.
    /// </summary>
    public SandboxResponse Chain(RequestData request, AuthOutcome auth)
    {
        var body = request.JsonObject();
        var underlying = Underlying(body);
        var text = JsonFields.OptionalString(body, "Expiry") ?? throw Data("812", "Invalid Date Format");
        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var expiry))
        {
            throw Data("812", "Invalid Date Format");
        }

        if (!OptionModel.Expiries(underlying, Today()).Contains(expiry))
        {
            throw Data("811", "Invalid Expiry Date");
        }

        var spot = underlying.LastPrice;
        var now = broker.Context.Clock.GetUtcNow();
        return SandboxResponse.Json(200, w =>
        {
            w.WriteStartObject();
            w.WriteStartObject("data");
            w.WriteNumber("last_price", spot);
            w.WriteStartObject("oc");
            foreach (var strike in OptionModel.Strikes(underlying, spot))
            {
                w.WriteStartObject(strike.ToString("0.000000", CultureInfo.InvariantCulture));
                WriteLeg(w, "ce", underlying, expiry, strike, call: true, now);
                WriteLeg(w, "pe", underlying, expiry, strike, call: false, now);
                w.WriteEndObject();
            }

            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteString("status", "success");
            w.WriteEndObject();
        });
    }

    private DateOnly Today() => DateOnly.FromDateTime(IndianTime.ToIst(broker.Context.Clock.GetUtcNow()).DateTime);

    private InstrumentState Underlying(JsonElement body)
    {
        var scrip = JsonFields.OptionalInt64(body, "UnderlyingScrip", allowNumericString: true) ?? throw Data("813", "Invalid SecurityId");
        var segment = JsonFields.OptionalString(body, "UnderlyingSeg") ?? throw Data("814", "Invalid Request");
        return broker.Context.Market.FindDhan(segment, scrip.ToString(CultureInfo.InvariantCulture)) ?? throw Data("813", "Invalid SecurityId");
    }

    private static SandboxErrorException Data(string code, string message) => new(DhanDataProtocol.Error(400, code, message));

    private static void WriteLeg(Utf8JsonWriter w, string name, InstrumentState underlying, DateOnly expiry, decimal strike, bool call, DateTimeOffset now)
    {
        const decimal tick = OptionModel.PremiumTick;
        var quote = OptionModel.Quote(underlying, expiry, strike, call, now);
        var (price, oi) = (quote.Price, quote.OpenInterest);
        var years = OptionModel.YearsToExpiry(now, expiry);
        var previousSpot = underlying.PreviousClose;
        var previous = OptionModel.Price(call, previousSpot, strike, years + (1.0 / 365.0), OptionModel.Volatility(underlying, previousSpot, strike), tick).Price;
        var contract = OptionModel.Contract(underlying, expiry, strike, call);
        var previousOi = (long)(oi * (0.8 + (0.3 * OptionModel.Draw(contract + "|poi"))) / 75) * 75;
        var previousVolume = (long)(oi * (1 + (4 * OptionModel.Draw(contract + "|pvol"))) / 75) * 75;
        var bidQuantity = 75 * (1 + (long)(40 * OptionModel.Draw(contract + "|bq")));
        var askQuantity = 75 * (1 + (long)(40 * OptionModel.Draw(contract + "|aq")));
        w.WriteStartObject(name);
        w.WriteNumber("average_price", price);
        w.WriteStartObject("greeks");
        w.WriteNumber("delta", Math.Round(quote.Delta, 5));
        w.WriteNumber("theta", Math.Round(quote.Theta, 5));
        w.WriteNumber("gamma", Math.Round(quote.Gamma, 5));
        w.WriteNumber("vega", Math.Round(quote.Vega, 5));
        w.WriteEndObject();
        w.WriteNumber("implied_volatility", Math.Round(quote.Volatility * 100, 2));
        w.WriteNumber("last_price", price);
        w.WriteNumber("oi", oi);
        w.WriteNumber("previous_close_price", previous);
        w.WriteNumber("previous_oi", previousOi);
        w.WriteNumber("previous_volume", previousVolume);
        w.WriteNumber("security_id", OptionModel.SecurityId(underlying, expiry, strike, call));
        w.WriteNumber("top_ask_price", price + tick);
        w.WriteNumber("top_ask_quantity", askQuantity);
        w.WriteNumber("top_bid_price", Math.Max(tick, price - tick));
        w.WriteNumber("top_bid_quantity", bidQuantity);
        w.WriteNumber("volume", quote.Volume);
        w.WriteEndObject();
    }
}
