namespace Broker.Groww.Portfolio;

/// <summary>Groww holdings and positions.</summary>
public interface IGrowwPortfolioClient
{
    /// <summary>Reads the demat holdings (<c>GET /v1/holdings/user</c>).</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The holdings.</returns>
    Task<IReadOnlyList<GrowwHolding>> GetHoldingsAsync(CancellationToken cancellationToken = default);

    /// <summary>Reads the positions (<c>GET /v1/positions/user</c>).</summary>
    /// <param name="segment">Only this segment; <see langword="null"/> for all.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The positions.</returns>
    Task<IReadOnlyList<GrowwPosition>> GetPositionsAsync(GrowwSegment? segment = null, CancellationToken cancellationToken = default);

    /// <summary>Reads the positions of every segment (<c>GET /v1/positions/user</c>).</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The positions.</returns>
    Task<IReadOnlyList<GrowwPosition>> GetPositionsAsync(CancellationToken cancellationToken);

    /// <summary>Reads the positions of one trading symbol (<c>GET /v1/positions/trading-symbol</c>).</summary>
    /// <param name="tradingSymbol">The trading symbol.</param>
    /// <param name="segment">The segment; Groww's SDK requires it, its cURL docs call it optional.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The positions (one per product, possibly none).</returns>
    Task<IReadOnlyList<GrowwPosition>> GetPositionsForSymbolAsync(string tradingSymbol, GrowwSegment? segment = null, CancellationToken cancellationToken = default);
}
