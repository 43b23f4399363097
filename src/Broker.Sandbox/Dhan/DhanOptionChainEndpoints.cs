using System.Globalization;
using System.Text.Json;
using Broker.Sandbox.Engine;
using Broker.Sandbox.Hosting;
using Broker.Time;

namespace Broker.Sandbox.Dhan;

/// <summary>
/// <c>POST /v2/optionchain</c> and <c>POST /v2/optionchain/expirylist</c> (data APIs: <c>access-token</c> and
/// <c>client-id</c>, errors as <c>{"data":{"8xx":...},"status":"failed"}</c>). The chain lists
/// <see cref="DhanOptionModel.StrikesEachSide"/> strikes either side of the money, priced by
/// <see cref="DhanOptionModel"/> from the underlying's last price, so it moves with the market and is deterministic.
/// </summary>
internal sealed class DhanOptionChainEndpoints(DhanBroker broker)
{
    /// <summary><c>{"UnderlyingScrip":13,"UnderlyingSeg":"IDX_I"}</c> → <c>{"data":["2024-10-17",...],"status":"success"}</c>.</summary>
    public SandboxResponse ExpiryList(RequestData request, AuthOutcome auth)
    {
        var underlying = Underlying(request.JsonObject());
        var expiries = DhanOptionModel.Expiries(underlying, Today());
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

        if (!DhanOptionModel.Expiries(underlying, Today()).Contains(expiry))
        {
            throw Data("811", "Invalid Expiry Date");
        }

        var spot = underlying.LastPrice;
        var step = DhanOptionModel.StrikeStep(underlying);
        var atm = DhanOptionModel.AtTheMoney(spot, step);
        var now = broker.Context.Clock.GetUtcNow();
        return SandboxResponse.Json(200, w =>
        {
            w.WriteStartObject();
            w.WriteStartObject("data");
            w.WriteNumber("last_price", spot);
            w.WriteStartObject("oc");
            for (var i = -DhanOptionModel.StrikesEachSide; i <= DhanOptionModel.StrikesEachSide; i++)
            {
                var strike = atm + (i * step);
                if (strike <= 0)
                {
                    continue;
                }

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
        const decimal tick = 0.05m;
        var spot = underlying.LastPrice;
        var years = DhanOptionModel.YearsToExpiry(now, expiry);
        var vol = DhanOptionModel.Volatility(underlying, spot, strike);
        var (price, delta, gamma, theta, vega) = DhanOptionModel.Price(call, spot, strike, years, vol, tick);
        var previousSpot = underlying.PreviousClose;
        var previous = DhanOptionModel.Price(call, previousSpot, strike, years + (1.0 / 365.0), DhanOptionModel.Volatility(underlying, previousSpot, strike), tick).Price;
        var contract = DhanOptionModel.Contract(underlying, expiry, strike, call);
        var oi = DhanOptionModel.OpenInterest(underlying, expiry, strike, call, spot);
        var previousOi = (long)(oi * (0.8 + (0.3 * DhanOptionModel.Draw(contract + "|poi"))) / 75) * 75;
        var volume = (long)(oi * (1 + (4 * DhanOptionModel.Draw(contract + "|vol"))) / 75) * 75;
        var previousVolume = (long)(oi * (1 + (4 * DhanOptionModel.Draw(contract + "|pvol"))) / 75) * 75;
        var bidQuantity = 75 * (1 + (long)(40 * DhanOptionModel.Draw(contract + "|bq")));
        var askQuantity = 75 * (1 + (long)(40 * DhanOptionModel.Draw(contract + "|aq")));
        w.WriteStartObject(name);
        w.WriteNumber("average_price", price);
        w.WriteStartObject("greeks");
        w.WriteNumber("delta", Math.Round(delta, 5));
        w.WriteNumber("theta", Math.Round(theta, 5));
        w.WriteNumber("gamma", Math.Round(gamma, 5));
        w.WriteNumber("vega", Math.Round(vega, 5));
        w.WriteEndObject();
        w.WriteNumber("implied_volatility", Math.Round(vol * 100, 2));
        w.WriteNumber("last_price", price);
        w.WriteNumber("oi", oi);
        w.WriteNumber("previous_close_price", previous);
        w.WriteNumber("previous_oi", previousOi);
        w.WriteNumber("previous_volume", previousVolume);
        w.WriteNumber("security_id", DhanOptionModel.SecurityId(underlying, expiry, strike, call));
        w.WriteNumber("top_ask_price", price + tick);
        w.WriteNumber("top_ask_quantity", askQuantity);
        w.WriteNumber("top_bid_price", Math.Max(tick, price - tick));
        w.WriteNumber("top_bid_quantity", bidQuantity);
        w.WriteNumber("volume", volume);
        w.WriteEndObject();
    }
}
