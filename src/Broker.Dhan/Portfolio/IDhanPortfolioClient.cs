namespace Broker.Dhan.Portfolio;

/// <summary>Holdings and positions.</summary>
public interface IDhanPortfolioClient
{
    /// <summary>Demat holdings (<c>GET /holdings</c>); an empty list when there are none (Dhan answers 500 DH-1111 then).</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The holdings.</returns>
    Task<IReadOnlyList<DhanHolding>> GetHoldingsAsync(CancellationToken cancellationToken = default);

    /// <summary>Today's positions (<c>GET /positions</c>).</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The positions.</returns>
    Task<IReadOnlyList<DhanPosition>> GetPositionsAsync(CancellationToken cancellationToken = default);

    /// <summary>Converts a position's product type (<c>POST /positions/convert</c>; 202 without a body on success).</summary>
    /// <param name="request">The conversion.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when Dhan accepted the conversion.</returns>
    Task ConvertPositionAsync(DhanConvertPositionRequest request, CancellationToken cancellationToken = default);

    /// <summary>
    /// Exits every position <b>and cancels every open order</b> of the day (<c>DELETE /positions</c>). Not retried.
    /// </summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Dhan's status and message (empty when it answered 202 without a body).</returns>
    Task<DhanStatusResponse> ExitAllPositionsAsync(CancellationToken cancellationToken = default);
}
