using System.Globalization;
using Broker.Sandbox.Engine;
using Broker.Sandbox.Hosting;
using Broker.Sandbox.Options;
using Broker.Time;

namespace Broker.Sandbox.Groww;

/// <summary>The inputs Groww's option and contract routes share: the underlying, dates, and the listed expiries.</summary>
internal static class GrowwOptionInputs
{
    private static readonly string[] OptionExchanges = ["NSE", "BSE"];

    /// <summary>The underlying a route names (an instrument of the CASH segment), or 400 GA001.</summary>
    public static InstrumentState Underlying(GrowwBroker broker, string? exchange, string? symbol, string symbolName)
    {
        if (string.IsNullOrWhiteSpace(exchange))
        {
            throw new FieldException("exchange is required.");
        }

        if (!OptionExchanges.Contains(exchange, StringComparer.Ordinal))
        {
            throw new FieldException($"exchange '{exchange}' is invalid; expected NSE or BSE.");
        }

        if (string.IsNullOrWhiteSpace(symbol))
        {
            throw new FieldException($"{symbolName} is required.");
        }

        return broker.Context.Market.FindGroww(exchange, "CASH", symbol)
            ?? throw GrowwProtocol.Error(400, "GA001", $"Invalid {symbolName}: no derivatives on {exchange} {symbol}.");
    }

    /// <summary>A required <c>YYYY-MM-DD</c> date.</summary>
    public static DateOnly Date(string? text, string name)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new FieldException($"{name} is required.");
        }

        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new FieldException($"{name} must be YYYY-MM-DD.");
    }

    /// <summary>The expiry, when contracts of the underlying are listed for it today; otherwise 400 GA001.</summary>
    public static DateOnly ListedExpiry(GrowwBroker broker, InstrumentState underlying, string? text, string name)
    {
        var expiry = Date(text, name);
        return OptionModel.Expiries(underlying, Today(broker)).Contains(expiry)
            ? expiry
            : throw GrowwProtocol.Error(400, "GA001", $"Invalid {name}: no {underlying.TradingSymbol} contracts are listed for {text}.");
    }

    public static DateOnly Today(GrowwBroker broker) => DateOnly.FromDateTime(IndianTime.ToIst(broker.Context.Clock.GetUtcNow()).DateTime);
}
