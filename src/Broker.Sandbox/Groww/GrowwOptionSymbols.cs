using System.Globalization;
using Broker.Sandbox.Engine;
using Broker.Sandbox.Options;

namespace Broker.Sandbox.Groww;

/// <summary>
/// The names of the sandbox's option contracts on Groww. Trading symbols follow NSE: a monthly expiry as
/// <c>NIFTY26NOV25850CE</c> (year, month), a weekly one as <c>NIFTY26D0325850CE</c> (year, month code 1–9/O/N/D, day).
/// Groww symbols are <c>NSE-NIFTY-26Nov26-25850-CE</c>. Strikes are written without trailing zeros (<c>1422.5</c>).
/// </summary>
internal static class GrowwOptionSymbols
{
    private const string WeeklyMonthCodes = "123456789OND";

    public static string TradingSymbol(InstrumentState underlying, DateOnly expiry, decimal strike, bool call) =>
        Prefix(underlying, expiry) + Strike(strike) + (call ? "CE" : "PE");

    public static string GrowwSymbol(InstrumentState underlying, DateOnly expiry, decimal strike, bool call) =>
        string.Join('-', underlying.Definition.Exchange, underlying.TradingSymbol, expiry.ToString("ddMMMyy", CultureInfo.InvariantCulture), Strike(strike), call ? "CE" : "PE");

    public static string Strike(decimal strike) => strike.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>
    /// Reads a trading symbol of <paramref name="underlying"/> expiring on <paramref name="expiry"/>: its strike (positive,
    /// on the strike grid, written as <see cref="Strike"/> writes it) and whether it is a call.
    /// </summary>
    public static bool TryParse(string tradingSymbol, InstrumentState underlying, DateOnly expiry, out decimal strike, out bool call)
    {
        strike = 0m;
        call = tradingSymbol.EndsWith("CE", StringComparison.Ordinal);
        var prefix = Prefix(underlying, expiry);
        if (!tradingSymbol.StartsWith(prefix, StringComparison.Ordinal)
            || (!call && !tradingSymbol.EndsWith("PE", StringComparison.Ordinal))
            || tradingSymbol.Length <= prefix.Length + 2)
        {
            return false;
        }

        var text = tradingSymbol[prefix.Length..^2];
        return decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out strike)
            && strike > 0
            && Strike(strike) == text
            && strike % OptionModel.StrikeStep(underlying) == 0m;
    }

    private static string Prefix(InstrumentState underlying, DateOnly expiry)
    {
        var year = expiry.ToString("yy", CultureInfo.InvariantCulture);
        return OptionModel.IsMonthly(expiry)
            ? underlying.TradingSymbol + year + expiry.ToString("MMM", CultureInfo.InvariantCulture).ToUpperInvariant()
            : underlying.TradingSymbol + year + WeeklyMonthCodes[expiry.Month - 1] + expiry.ToString("dd", CultureInfo.InvariantCulture);
    }
}
