namespace Broker.Dhan.Edis;

/// <summary>EDIS: authorising the sale of holdings with CDSL (T-PIN and form), and checking what is approved.</summary>
public interface IDhanEdisClient
{
    /// <summary>Sends a T-PIN to the registered mobile by SMS (<c>GET /edis/tpin</c>). Not retried.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Dhan's answer (usually empty: 202).</returns>
    Task<DhanEdisTpinResponse> GenerateTpinAsync(CancellationToken cancellationToken = default);

    /// <summary>Gets the CDSL form for one ISIN (<c>POST /edis/form</c>).</summary>
    /// <param name="request">What to authorise.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The form's HTML.</returns>
    Task<DhanEdisForm> GetFormAsync(DhanEdisFormRequest request, CancellationToken cancellationToken = default);

    /// <summary>Gets the CDSL form for several ISINs (<c>POST /edis/bulkform</c>).</summary>
    /// <param name="isins">The ISINs (at least one).</param>
    /// <param name="exchange">The exchange.</param>
    /// <param name="segment">The segment (EQ when null).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The form's HTML.</returns>
    Task<DhanEdisForm> GetBulkFormAsync(IReadOnlyList<string> isins, DhanEdisExchange exchange, DhanEdisSegment? segment = null, CancellationToken cancellationToken = default);

    /// <summary>The approval status of one ISIN, or of every holding with <c>ALL</c> (<c>GET /edis/inquire/{isin}</c>).</summary>
    /// <param name="isin">The ISIN, or <c>ALL</c>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The status.</returns>
    Task<DhanEdisStatus> InquireAsync(string isin, CancellationToken cancellationToken = default);
}
