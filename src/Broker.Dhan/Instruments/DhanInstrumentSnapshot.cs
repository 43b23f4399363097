using System.Globalization;
using Broker.Dhan.Orders;
using Broker.Instruments;

namespace Broker.Dhan.Instruments;

/// <summary>
/// One immutable, indexed copy of Dhan's scrip master. Instruments are keyed by (exchange segment, security id) —
/// never by security id alone, which repeats across segments. A look-up that matches several instruments returns them
/// all (<see cref="InstrumentLookupStatus.Ambiguous"/>) rather than picking one.
/// </summary>
public sealed class DhanInstrumentSnapshot : IInstrumentSnapshot
{
    private readonly InstrumentIndex<(string Segment, string SecurityId), DhanInstrumentRecord> _byId;
    private readonly InstrumentIndex<string, DhanInstrumentRecord> _byTradingSymbol;
    private readonly InstrumentIndex<DerivativeKey, DhanInstrumentRecord> _byContract;

    internal DhanInstrumentSnapshot(List<DhanInstrumentRecord> instruments, DateTimeOffset loadedAt, string source, int skippedRows)
    {
        Instruments = instruments;
        LoadedAt = loadedAt;
        Source = source;
        SkippedRows = skippedRows;
        InstrumentIndex<(string, string), DhanInstrumentRecord>? byId = null;
        InstrumentIndex<string, DhanInstrumentRecord>? bySymbol = null;
        InstrumentIndex<DerivativeKey, DhanInstrumentRecord>? byContract = null;
        Parallel.Invoke(
            () => byId = new(instruments, static (DhanInstrumentRecord i, out (string, string) key) =>
            {
                key = (i.ExchangeSegment.Value, i.SecurityId);
                return true;
            }),
            () => bySymbol = new(instruments, static (DhanInstrumentRecord i, out string key) => (key = i.TradingSymbol).Length > 0, StringComparer.OrdinalIgnoreCase),
            () => byContract = new(instruments, ContractKey, DerivativeKey.Comparer));
        _byId = byId!;
        _byTradingSymbol = bySymbol!;
        _byContract = byContract!;
    }

    /// <summary>Every instrument, in file order.</summary>
    public IReadOnlyList<DhanInstrumentRecord> Instruments { get; }

    /// <inheritdoc />
    public int Count => Instruments.Count;

    /// <inheritdoc />
    public DateTimeOffset LoadedAt { get; }

    /// <inheritdoc />
    public string Source { get; }

    /// <summary>What the snapshot holds, for logs: how many instruments, from where, loaded when (IST).</summary>
    /// <returns>For example <c>Dhan instruments: 1,234 from https://..., loaded 2026-12-04 08:31:02 +05:30</c>.</returns>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"Dhan instruments: {Count:N0} from {Source}, loaded {LoadedAt:yyyy-MM-dd HH:mm:ss zzz}{(SkippedRows > 0 ? ", " + SkippedRows.ToString("N0", CultureInfo.InvariantCulture) + " rows skipped" : string.Empty)}");

    /// <summary>Rows left out because they had no exchange, segment or security id.</summary>
    public int SkippedRows { get; }

    /// <summary>The instrument with a security id in an exchange segment.</summary>
    /// <param name="exchangeSegment">The segment, such as <see cref="DhanExchangeSegment.NseFno"/>.</param>
    /// <param name="securityId">The security id.</param>
    /// <returns>The match (several only if Dhan lists an id twice in a segment).</returns>
    public InstrumentLookupResult<DhanInstrumentRecord> FindBySecurityId(DhanExchangeSegment exchangeSegment, string securityId)
    {
        ArgumentNullException.ThrowIfNull(securityId);
        var result = _byId.Find((exchangeSegment.Value ?? string.Empty, securityId));
        return result.IsFound ? result : result.WithQuery($"Dhan {exchangeSegment} security id '{securityId}'");
    }

    /// <summary>The instrument an order, quote or feed call refers to.</summary>
    /// <param name="instrument">Segment and security id.</param>
    /// <returns>The match.</returns>
    public InstrumentLookupResult<DhanInstrumentRecord> Find(DhanInstrument instrument) => FindBySecurityId(instrument.ExchangeSegment, instrument.SecurityId);

    /// <summary>
    /// The instruments with a trading symbol (case-insensitive), optionally within a segment and series. The same symbol
    /// is listed on NSE and BSE and, in the cash market, in several series (EQ and a warrant), so narrow the look-up.
    /// </summary>
    /// <param name="tradingSymbol">The trading symbol (<c>SYMBOL_NAME</c> / <c>SEM_TRADING_SYMBOL</c>).</param>
    /// <param name="exchangeSegment">Only this segment, if given.</param>
    /// <param name="series">Only this series (such as <c>EQ</c>), if given.</param>
    /// <returns>None, one, or every candidate.</returns>
    public InstrumentLookupResult<DhanInstrumentRecord> FindByTradingSymbol(string tradingSymbol, DhanExchangeSegment? exchangeSegment = null, string? series = null)
    {
        ArgumentNullException.ThrowIfNull(tradingSymbol);
        var result = _byTradingSymbol.Find(tradingSymbol);
        if (exchangeSegment is { } wanted)
        {
            result = result.Where(i => i.ExchangeSegment == wanted);
        }

        if (series is not null)
        {
            result = result.Where(i => string.Equals(i.Series, series, StringComparison.OrdinalIgnoreCase));
        }

        return result.IsFound
            ? result
            : result.WithQuery($"Dhan trading symbol '{tradingSymbol}'{(exchangeSegment is { } s ? $" in {s}" : string.Empty)}{(series is null ? string.Empty : $" series {series}")}");
    }

    /// <summary>A derivative by underlying, expiry, strike and option type.</summary>
    /// <param name="underlying">The underlying symbol, such as <c>NIFTY</c> (case-insensitive).</param>
    /// <param name="expiry">The expiry date.</param>
    /// <param name="strike">The strike in rupees; <see langword="null"/> for a future.</param>
    /// <param name="optionType">Call or put; <see cref="InstrumentOptionType.None"/> for a future.</param>
    /// <param name="exchangeSegment">Only this segment (such as <see cref="DhanExchangeSegment.BseFno"/>), if given.</param>
    /// <returns>None, one, or every candidate.</returns>
    public InstrumentLookupResult<DhanInstrumentRecord> FindDerivative(string underlying, DateOnly expiry, decimal? strike, InstrumentOptionType optionType, DhanExchangeSegment? exchangeSegment = null)
    {
        ArgumentNullException.ThrowIfNull(underlying);
        var key = new DerivativeKey(underlying, expiry, optionType == InstrumentOptionType.None ? null : strike, optionType);
        var result = _byContract.Find(key);
        if (exchangeSegment is { } wanted)
        {
            result = result.Where(i => i.ExchangeSegment == wanted);
        }

        return result.IsFound ? result : result.WithQuery($"Dhan derivative {key}{(exchangeSegment is { } s ? $" in {s}" : string.Empty)}");
    }

    /// <summary>
    /// Checks an order against the master before it is sent: the security id exists in its segment, the quantity is a
    /// multiple of the lot size and below the freeze quantity, and the prices are on the tick grid.
    /// </summary>
    /// <param name="request">The order.</param>
    /// <returns>The instrument.</returns>
    /// <exception cref="Broker.Errors.BrokerValidationException">A check failed; the message names the field and the instrument.</exception>
    /// <exception cref="InstrumentNotFoundException">The security id is not in the segment.</exception>
    public DhanInstrumentRecord ValidateOrder(DhanPlaceOrderRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var instrument = FindBySecurityId(request.ExchangeSegment, request.SecurityId).GetSingle();
        InstrumentOrderChecks.Validate(instrument, request.Quantity, request.Price, request.TriggerPrice);
        return instrument;
    }

    private static bool ContractKey(DhanInstrumentRecord instrument, out DerivativeKey key)
    {
        if (instrument.ExpiryDate is not { } expiry || instrument.UnderlyingSymbol is not { } underlying)
        {
            key = default;
            return false;
        }

        key = new DerivativeKey(underlying, expiry, instrument.StrikePrice, instrument.OptionType);
        return true;
    }
}
