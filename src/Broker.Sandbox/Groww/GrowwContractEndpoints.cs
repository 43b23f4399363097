using System.Globalization;
using Broker.Sandbox.Engine;
using Broker.Sandbox.Hosting;
using Broker.Sandbox.Options;

namespace Broker.Sandbox.Groww;

/// <summary>
/// Groww's derivative history lookups (Historical): the expiries of an underlying and the contracts of one expiry,
/// from <see cref="OptionModel.Calendar"/>. A past expiry's strikes sit around that day's historical close (as the
/// candles report it), a listed one's around the previous close, so the answer never moves with the day's ticks.
/// </summary>
internal sealed class GrowwContractEndpoints(GrowwBroker broker, CandleGenerator candles)
{
    private const int MaxUnderlyingLength = 20;

    /// <summary>
    /// <c>GET /v1/historical/expiries?exchange=&amp;underlying_symbol=&amp;year=&amp;month=</c> →
    /// <c>{expiries:["2026-11-26",...]}</c>. <c>year</c> (2020 to this year) defaults to this year; without
    /// <c>month</c> (1–12) the whole year.
    /// </summary>
    public SandboxResponse Expiries(RequestData request, AuthOutcome auth)
    {
        var underlying = Underlying(request);
        var today = GrowwOptionInputs.Today(broker);
        var year = OptionalInt(request, "year") ?? today.Year;
        if (year < OptionModel.FirstHistoryYear || year > today.Year)
        {
            throw new FieldException($"year must be between {OptionModel.FirstHistoryYear} and {today.Year}.");
        }

        var month = OptionalInt(request, "month");
        if (month is < 1 or > 12)
        {
            throw new FieldException("month must be between 1 and 12.");
        }

        var from = new DateOnly(year, month ?? 1, 1);
        var through = month is null ? new DateOnly(year, 12, 31) : from.AddMonths(1).AddDays(-1);
        var expiries = OptionModel.Calendar(underlying, from, through, today);
        return GrowwProtocol.Success(w =>
        {
            w.WriteStartObject();
            w.WriteStartArray("expiries");
            foreach (var expiry in expiries)
            {
                w.WriteStringValue(expiry.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }

            w.WriteEndArray();
            w.WriteEndObject();
        });
    }

    /// <summary>
    /// <c>GET /v1/historical/contracts?exchange=&amp;underlying_symbol=&amp;expiry_date=</c> →
    /// <c>{contracts:["NSE-NIFTY-26Nov26-25350-CE",...]}</c>: each strike's call then put, strikes ascending; empty
    /// when nothing of the underlying expires on that day.
    /// </summary>
    public SandboxResponse Contracts(RequestData request, AuthOutcome auth)
    {
        var underlying = Underlying(request);
        var expiry = GrowwOptionInputs.Date(request.Query("expiry_date"), "expiry_date");
        var today = GrowwOptionInputs.Today(broker);
        var strikes = OptionModel.Calendar(underlying, expiry, expiry, today).Count == 0
            ? []
            : OptionModel.Strikes(underlying, expiry < today ? CloseOn(underlying, expiry) : underlying.PreviousClose);
        return GrowwProtocol.Success(w =>
        {
            w.WriteStartObject();
            w.WriteStartArray("contracts");
            foreach (var strike in strikes)
            {
                w.WriteStringValue(GrowwOptionSymbols.GrowwSymbol(underlying, expiry, strike, call: true));
                w.WriteStringValue(GrowwOptionSymbols.GrowwSymbol(underlying, expiry, strike, call: false));
            }

            w.WriteEndArray();
            w.WriteEndObject();
        });
    }

    private InstrumentState Underlying(RequestData request)
    {
        var symbol = request.Query("underlying_symbol");
        if (symbol is { Length: > MaxUnderlyingLength })
        {
            throw new FieldException($"underlying_symbol can have at most {MaxUnderlyingLength} characters.");
        }

        return GrowwOptionInputs.Underlying(broker, request.Query("exchange"), symbol, "underlying_symbol");
    }

    private decimal CloseOn(InstrumentState underlying, DateOnly day) =>
        candles.Daily(underlying, day, day.AddDays(1)).Select(c => c.Close).DefaultIfEmpty(underlying.PreviousClose).First();

    private static int? OptionalInt(RequestData request, string name)
    {
        var text = request.Query(name);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new FieldException($"{name} must be a whole number.");
    }
}
