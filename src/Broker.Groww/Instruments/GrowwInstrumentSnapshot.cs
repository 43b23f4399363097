using System.Globalization;
using Broker.Groww.Orders;
using Broker.Instruments;

namespace Broker.Groww.Instruments;

/// <summary>
/// One immutable, indexed copy of Groww's instrument master. Look-ups are O(1) hash look-ups; one that matches several
/// instruments returns them all (<see cref="InstrumentLookupStatus.Ambiguous"/>) rather than picking one.
/// </summary>
public sealed class GrowwInstrumentSnapshot : IInstrumentSnapshot
{
    private readonly InstrumentIndex<(string Exchange, string Segment, string Token), GrowwInstrumentRecord> _byToken;
    private readonly InstrumentIndex<string, GrowwInstrumentRecord> _byTradingSymbol;
    private readonly InstrumentIndex<string, GrowwInstrumentRecord> _byGrowwSymbol;
    private readonly InstrumentIndex<DerivativeKey, GrowwInstrumentRecord> _byContract;

    internal GrowwInstrumentSnapshot(List<GrowwInstrumentRecord> instruments, DateTimeOffset loadedAt, string source, int skippedRows)
    {
        Instruments = instruments;
        LoadedAt = loadedAt;
        Source = source;
        SkippedRows = skippedRows;

        // Four independent indexes: build them side by side (the master is ~170k rows).
        InstrumentIndex<(string, string, string), GrowwInstrumentRecord>? byToken = null;
        InstrumentIndex<string, GrowwInstrumentRecord>? bySymbol = null;
        InstrumentIndex<string, GrowwInstrumentRecord>? byGrowwSymbol = null;
        InstrumentIndex<DerivativeKey, GrowwInstrumentRecord>? byContract = null;
        Parallel.Invoke(
            () => byToken = new(instruments, static (GrowwInstrumentRecord i, out (string, string, string) key) =>
            {
                key = (i.Exchange.Value, i.Segment.Value, i.ExchangeToken);
                return true;
            }),
            () => bySymbol = new(instruments, static (GrowwInstrumentRecord i, out string key) => (key = i.TradingSymbol).Length > 0, StringComparer.OrdinalIgnoreCase),
            () => byGrowwSymbol = new(instruments, static (GrowwInstrumentRecord i, out string key) => (key = i.GrowwSymbol).Length > 0, StringComparer.OrdinalIgnoreCase),
            () => byContract = new(instruments, ContractKey, DerivativeKey.Comparer));
        _byToken = byToken!;
        _byTradingSymbol = bySymbol!;
        _byGrowwSymbol = byGrowwSymbol!;
        _byContract = byContract!;
    }

    /// <summary>Every instrument, in file order.</summary>
    public IReadOnlyList<GrowwInstrumentRecord> Instruments { get; }

    /// <inheritdoc />
    public int Count => Instruments.Count;

    /// <inheritdoc />
    public DateTimeOffset LoadedAt { get; }

    /// <inheritdoc />
    public string Source { get; }

    /// <summary>What the snapshot holds, for logs: how many instruments, from where, loaded when (IST).</summary>
    /// <returns>For example <c>Groww instruments: 1,234 from https://..., loaded 2026-12-04 08:31:02 +05:30</c>.</returns>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"Groww instruments: {Count:N0} from {Source}, loaded {LoadedAt:yyyy-MM-dd HH:mm:ss zzz}{(SkippedRows > 0 ? ", " + SkippedRows.ToString("N0", CultureInfo.InvariantCulture) + " rows skipped" : string.Empty)}");

    /// <summary>Rows left out because they had no exchange, segment or exchange token.</summary>
    public int SkippedRows { get; }

    /// <summary>The instrument with an exchange token in a segment: the live-data identity.</summary>
    /// <param name="exchange">The exchange.</param>
    /// <param name="segment">The segment.</param>
    /// <param name="exchangeToken">The exchange token (for NSE indices, the index name such as <c>NIFTY</c>).</param>
    /// <returns>The match (several only if Groww lists a token twice).</returns>
    public InstrumentLookupResult<GrowwInstrumentRecord> FindByExchangeToken(GrowwExchange exchange, GrowwSegment segment, string exchangeToken)
    {
        ArgumentNullException.ThrowIfNull(exchangeToken);
        var result = _byToken.Find((exchange.Value ?? string.Empty, segment.Value ?? string.Empty, exchangeToken));
        return result.IsFound ? result : result.WithQuery($"Groww {exchange}/{segment} exchange_token '{exchangeToken}'");
    }

    /// <summary>
    /// The instruments with a trading symbol (case-insensitive), optionally within an exchange and segment. The same
    /// symbol is listed on NSE and BSE, so pass both to get one instrument.
    /// </summary>
    /// <param name="tradingSymbol">The trading symbol, as orders use it.</param>
    /// <param name="exchange">Only this exchange, if given.</param>
    /// <param name="segment">Only this segment, if given.</param>
    /// <returns>None, one, or every candidate.</returns>
    public InstrumentLookupResult<GrowwInstrumentRecord> FindByTradingSymbol(string tradingSymbol, GrowwExchange? exchange = null, GrowwSegment? segment = null)
    {
        ArgumentNullException.ThrowIfNull(tradingSymbol);
        var result = _byTradingSymbol.Find(tradingSymbol);
        if (exchange is { } wantedExchange)
        {
            result = result.Where(i => i.Exchange == wantedExchange);
        }

        if (segment is { } wantedSegment)
        {
            result = result.Where(i => i.Segment == wantedSegment);
        }

        return result.IsFound ? result : result.WithQuery($"Groww trading_symbol '{tradingSymbol}'{Within(exchange, segment)}");
    }

    /// <summary>The instrument with a Groww symbol such as <c>NSE-RELIANCE</c> (case-insensitive).</summary>
    /// <param name="growwSymbol">The Groww symbol.</param>
    /// <returns>The match.</returns>
    public InstrumentLookupResult<GrowwInstrumentRecord> FindByGrowwSymbol(string growwSymbol)
    {
        ArgumentNullException.ThrowIfNull(growwSymbol);
        var result = _byGrowwSymbol.Find(growwSymbol);
        return result.IsFound ? result : result.WithQuery($"Groww groww_symbol '{growwSymbol}'");
    }

    /// <summary>A derivative by underlying, expiry, strike and option type.</summary>
    /// <param name="underlying">The underlying symbol, such as <c>NIFTY</c> (case-insensitive).</param>
    /// <param name="expiry">The expiry date.</param>
    /// <param name="strike">The strike in rupees; <see langword="null"/> for a future.</param>
    /// <param name="optionType">Call or put; <see cref="InstrumentOptionType.None"/> for a future.</param>
    /// <param name="exchange">Only this exchange, if given.</param>
    /// <returns>None, one, or every candidate.</returns>
    public InstrumentLookupResult<GrowwInstrumentRecord> FindDerivative(string underlying, DateOnly expiry, decimal? strike, InstrumentOptionType optionType, GrowwExchange? exchange = null)
    {
        ArgumentNullException.ThrowIfNull(underlying);
        var key = new DerivativeKey(underlying, expiry, optionType == InstrumentOptionType.None ? null : strike, optionType);
        var result = _byContract.Find(key);
        if (exchange is { } wanted)
        {
            result = result.Where(i => i.Exchange == wanted);
        }

        return result.IsFound ? result : result.WithQuery($"Groww derivative {key}{Within(exchange, null)}");
    }

    /// <summary>
    /// Checks an order against the master before it is sent: the instrument exists (once) on its exchange and segment,
    /// the quantity is a multiple of the lot size and below the freeze quantity, and the prices are on the tick grid.
    /// </summary>
    /// <param name="request">The order.</param>
    /// <returns>The instrument.</returns>
    /// <exception cref="Broker.Errors.BrokerValidationException">A check failed; the message names the field and the instrument.</exception>
    /// <exception cref="InstrumentNotFoundException">The trading symbol is not in the master.</exception>
    public GrowwInstrumentRecord ValidateOrder(GrowwPlaceOrderRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var instrument = FindByTradingSymbol(request.TradingSymbol, request.Exchange, request.Segment).GetSingle();
        InstrumentOrderChecks.Validate(instrument, request.Quantity, request.Price, request.TriggerPrice);
        return instrument;
    }

    private static bool ContractKey(GrowwInstrumentRecord instrument, out DerivativeKey key)
    {
        if (instrument.ExpiryDate is not { } expiry || instrument.UnderlyingSymbol is not { } underlying)
        {
            key = default;
            return false;
        }

        key = new DerivativeKey(underlying, expiry, instrument.OptionType == InstrumentOptionType.None ? null : instrument.StrikePrice, instrument.OptionType);
        return true;
    }

    private static string Within(GrowwExchange? exchange, GrowwSegment? segment) => (exchange, segment) switch
    {
        (null, null) => string.Empty,
        ({ } e, null) => $" on {e}",
        (null, { } s) => $" in {s}",
        ({ } e, { } s) => $" on {e}/{s}",
    };
}
