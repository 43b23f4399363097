namespace Broker.Groww.Historical;

/// <summary>Groww historical data ("backtesting" API): candles, FNO expiries and contracts.</summary>
public interface IGrowwHistoricalClient
{
    /// <summary>Reads candles (<c>GET /v1/historical/candles</c>).</summary>
    /// <param name="request">Instrument, range and interval; the range may not exceed Groww's maximum for the interval.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The candles.</returns>
    Task<GrowwCandles> GetCandlesAsync(GrowwCandlesRequest request, CancellationToken cancellationToken = default);

    /// <summary>Reads FNO expiry dates (<c>GET /v1/historical/expiries</c>).</summary>
    /// <param name="exchange">The exchange.</param>
    /// <param name="underlyingSymbol">The underlying, such as <c>NIFTY</c>.</param>
    /// <param name="year">
    /// The year, from <see cref="GrowwClientOptions.EarliestExpiryYear"/> (2020) to the current year in IST (plus
    /// <see cref="GrowwClientOptions.ExpiryYearsAhead"/>), as Groww's docs say; unset for the current year.
    /// </param>
    /// <param name="month">The month, 1 to 12; unset for the whole year.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The expiry dates.</returns>
    Task<IReadOnlyList<DateOnly>> GetExpiriesAsync(GrowwExchange exchange, string underlyingSymbol, int? year = null, int? month = null, CancellationToken cancellationToken = default);

    /// <summary>Reads the FNO contracts (Groww symbols) of one expiry (<c>GET /v1/historical/contracts</c>).</summary>
    /// <param name="exchange">The exchange.</param>
    /// <param name="underlyingSymbol">The underlying, 1 to 20 characters.</param>
    /// <param name="expiryDate">The expiry.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Groww symbols such as <c>NSE-NIFTY-02Jan25-28500-PE</c>.</returns>
    Task<IReadOnlyList<string>> GetContractsAsync(GrowwExchange exchange, string underlyingSymbol, DateOnly expiryDate, CancellationToken cancellationToken = default);
}
