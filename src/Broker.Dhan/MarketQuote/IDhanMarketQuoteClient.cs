namespace Broker.Dhan.MarketQuote;

/// <summary>
/// Market quote snapshots. Each call takes up to 1000 instruments and the three endpoints share one request per
/// second; larger sets are split into several calls (spaced by the rate limiter) and merged. Instruments Dhan does
/// not know are simply missing from the result.
/// </summary>
public interface IDhanMarketQuoteClient
{
    /// <summary>Last traded prices (<c>POST /marketfeed/ltp</c>).</summary>
    /// <param name="instruments">The instruments (numeric security ids).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The prices by instrument.</returns>
    Task<IReadOnlyDictionary<DhanInstrument, DhanLtp>> GetLtpAsync(IEnumerable<DhanInstrument> instruments, CancellationToken cancellationToken = default);

    /// <summary>Last prices and OHLC (<c>POST /marketfeed/ohlc</c>).</summary>
    /// <param name="instruments">The instruments.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The quotes by instrument.</returns>
    Task<IReadOnlyDictionary<DhanInstrument, DhanOhlcQuote>> GetOhlcAsync(IEnumerable<DhanInstrument> instruments, CancellationToken cancellationToken = default);

    /// <summary>Full quotes with depth (<c>POST /marketfeed/quote</c>).</summary>
    /// <param name="instruments">The instruments.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The quotes by instrument.</returns>
    Task<IReadOnlyDictionary<DhanInstrument, DhanFullQuote>> GetQuoteAsync(IEnumerable<DhanInstrument> instruments, CancellationToken cancellationToken = default);
}
