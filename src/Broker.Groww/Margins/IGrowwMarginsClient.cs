namespace Broker.Groww.Margins;

/// <summary>Groww funds and margin calculations.</summary>
public interface IGrowwMarginsClient
{
    /// <summary>Reads the available margin and its use (<c>GET /v1/margins/detail/user</c>).</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The margin details.</returns>
    Task<GrowwAvailableMargin> GetAvailableMarginAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Calculates the margin one order or a basket needs (<c>POST /v1/margins/detail/orders?segment=…</c>). Groww
    /// supports baskets (more than one order) for FNO (and, per its cURL docs, COMMODITY).
    /// </summary>
    /// <param name="segment">The segment of every order.</param>
    /// <param name="orders">One or more orders.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The margin required.</returns>
    Task<GrowwRequiredMargin> GetRequiredMarginAsync(GrowwSegment segment, IReadOnlyList<GrowwMarginOrder> orders, CancellationToken cancellationToken = default);
}
