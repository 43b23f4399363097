using System.Text.Json;
using Broker.Sandbox.Engine;
using Broker.Sandbox.Hosting;
using Broker.Sandbox.Options;

namespace Broker.Sandbox.Groww;

/// <summary>
/// Groww's option chain and greeks (Live Data), priced by <see cref="OptionModel"/> from the underlying's last price,
/// so they move with the market and are deterministic: <see cref="OptionModel.StrikesEachSide"/> strikes either side
/// of the money, on the listed expiries only.
/// </summary>
internal sealed class GrowwOptionEndpoints(GrowwBroker broker)
{
    /// <summary>
    /// <c>GET /v1/option-chain/exchange/{exchange}/underlying/{underlying}?expiry_date=YYYY-MM-DD</c> →
    /// <c>{underlying_ltp, strikes:{"25850":{"CE":leg,"PE":leg}}}</c>, each leg
    /// <c>{greeks{delta,gamma,theta,vega,rho,iv}, trading_symbol, ltp, open_interest, volume}</c>.
    /// </summary>
    public SandboxResponse Chain(RequestData request, AuthOutcome auth)
    {
        var underlying = GrowwOptionInputs.Underlying(broker, request.Route("exchange"), request.Route("underlying"), "underlying");
        var expiry = GrowwOptionInputs.ListedExpiry(broker, underlying, request.Query("expiry_date"), "expiry_date");
        var now = broker.Context.Clock.GetUtcNow();
        var spot = underlying.LastPrice;
        return GrowwProtocol.Success(w =>
        {
            w.WriteStartObject();
            w.WriteNumber("underlying_ltp", spot);
            w.WriteStartObject("strikes");
            foreach (var strike in OptionModel.Strikes(underlying, spot))
            {
                w.WriteStartObject(GrowwOptionSymbols.Strike(strike));
                WriteLeg(w, "CE", underlying, expiry, strike, call: true, now);
                WriteLeg(w, "PE", underlying, expiry, strike, call: false, now);
                w.WriteEndObject();
            }

            w.WriteEndObject();
            w.WriteEndObject();
        });
    }

    /// <summary>
    /// <c>GET /v1/live-data/greeks/exchange/{exchange}/underlying/{underlying}/trading_symbol/{trading_symbol}/expiry/{expiry}</c>
    /// → <c>{greeks:{delta,gamma,theta,vega,rho,iv}}</c>. Any strike on the grid is quoted, not only the chain's.
    /// </summary>
    public SandboxResponse Greeks(RequestData request, AuthOutcome auth)
    {
        var underlying = GrowwOptionInputs.Underlying(broker, request.Route("exchange"), request.Route("underlying"), "underlying");
        var expiry = GrowwOptionInputs.ListedExpiry(broker, underlying, request.Route("expiry"), "expiry");
        var symbol = request.Route("trading_symbol");
        if (!GrowwOptionSymbols.TryParse(symbol, underlying, expiry, out var strike, out var call))
        {
            throw GrowwProtocol.Error(400, "GA001", $"Invalid trading_symbol: {symbol} is no {underlying.TradingSymbol} option expiring on {request.Route("expiry")}.");
        }

        var quote = OptionModel.Quote(underlying, expiry, strike, call, broker.Context.Clock.GetUtcNow());
        return GrowwProtocol.Success(w =>
        {
            w.WriteStartObject();
            WriteGreeks(w, quote);
            w.WriteEndObject();
        });
    }

    private static void WriteLeg(Utf8JsonWriter w, string name, InstrumentState underlying, DateOnly expiry, decimal strike, bool call, DateTimeOffset now)
    {
        var quote = OptionModel.Quote(underlying, expiry, strike, call, now);
        w.WriteStartObject(name);
        WriteGreeks(w, quote);
        w.WriteString("trading_symbol", GrowwOptionSymbols.TradingSymbol(underlying, expiry, strike, call));
        w.WriteNumber("ltp", quote.Price);
        w.WriteNumber("open_interest", quote.OpenInterest);
        w.WriteNumber("volume", quote.Volume);
        w.WriteEndObject();
    }

    /// <summary>As a decimal, so a tiny gamma is written <c>0.000004</c> rather than <c>4E-06</c>.</summary>
    private static decimal Round(double value, int digits) => Math.Round((decimal)value, digits);

    /// <summary>Groww's greeks object; <c>iv</c> is a percentage (14.25 means 14.25 %).</summary>
    private static void WriteGreeks(Utf8JsonWriter w, OptionQuote quote)
    {
        w.WriteStartObject("greeks");
        w.WriteNumber("delta", Round(quote.Delta, 4));
        w.WriteNumber("gamma", Round(quote.Gamma, 6));
        w.WriteNumber("theta", Round(quote.Theta, 4));
        w.WriteNumber("vega", Round(quote.Vega, 4));
        w.WriteNumber("rho", Round(quote.Rho, 4));
        w.WriteNumber("iv", Round(quote.Volatility * 100, 2));
        w.WriteEndObject();
    }
}
