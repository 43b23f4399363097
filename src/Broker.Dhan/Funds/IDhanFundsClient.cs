namespace Broker.Dhan.Funds;

/// <summary>Funds and margin calculators.</summary>
public interface IDhanFundsClient
{
    /// <summary>The account's funds (<c>GET /fundlimit</c>).</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The fund limit.</returns>
    Task<DhanFundLimit> GetFundLimitAsync(CancellationToken cancellationToken = default);

    /// <summary>The margin one order needs (<c>POST /margincalculator</c>).</summary>
    /// <param name="request">The order.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The margin.</returns>
    Task<DhanMargin> CalculateMarginAsync(DhanMarginRequest request, CancellationToken cancellationToken = default);

    /// <summary>The combined margin of several orders (<c>POST /margincalculator/multi</c>).</summary>
    /// <param name="requests">The orders (at least one).</param>
    /// <param name="includePositions">Include existing positions in the calculation.</param>
    /// <param name="includeOrders">Include open orders in the calculation.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The combined margin.</returns>
    Task<DhanMultiMargin> CalculateMultiMarginAsync(IReadOnlyList<DhanMarginRequest> requests, bool includePositions = false, bool includeOrders = false, CancellationToken cancellationToken = default);
}
