namespace Broker.Dhan.Historical;

/// <summary>Historical candles, returned as candle records (Dhan sends parallel arrays).</summary>
public interface IDhanHistoricalClient
{
    /// <summary>Daily candles (<c>POST /charts/historical</c>). An unknown security or a holiday gives an empty list.</summary>
    /// <param name="request">What to fetch.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The candles, oldest first.</returns>
    Task<IReadOnlyList<DhanCandle>> GetDailyCandlesAsync(DhanDailyCandlesRequest request, CancellationToken cancellationToken = default);

    /// <summary>
    /// Intraday candles (<c>POST /charts/intraday</c>). Ranges longer than
    /// <see cref="DhanClientOptions.MaxIntradayDaysPerRequest"/> (90 days) are fetched in several calls and joined.
    /// </summary>
    /// <param name="request">What to fetch.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The candles, oldest first, without duplicates.</returns>
    Task<IReadOnlyList<DhanCandle>> GetIntradayCandlesAsync(DhanIntradayCandlesRequest request, CancellationToken cancellationToken = default);

    /// <summary>Expired-options candles (<c>POST /charts/rollingoption</c>), split into 30-day calls and joined.</summary>
    /// <param name="request">What to fetch.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The candles of the requested side.</returns>
    Task<DhanExpiredOptionsData> GetExpiredOptionsAsync(DhanExpiredOptionsRequest request, CancellationToken cancellationToken = default);
}
