using Broker.Dhan.Sending;
using Broker.Dhan.Validation;
using Broker.Dhan.Serialization;

using Broker.Http;

namespace Broker.Dhan.Edis;

/// <inheritdoc />
internal sealed class DhanEdisClient : IDhanEdisClient
{
    private readonly DhanSender _sender;

    public DhanEdisClient(DhanSender sender)
    {
        _sender = sender;
    }

    public async Task<DhanEdisTpinResponse> GenerateTpinAsync(CancellationToken cancellationToken = default) =>
        await _sender.SendAllowingEmptyAsync(_sender.Request(HttpMethod.Get, "edis/tpin"), DhanEndpoints.EdisTpin, DhanJsonContext.Default.DhanEdisTpinResponse, null, cancellationToken).ConfigureAwait(false)
            ?? new DhanEdisTpinResponse();

    public async Task<DhanEdisForm> GetFormAsync(DhanEdisFormRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        DhanValidation.RequireText(request.Isin, nameof(request.Isin));
        DhanValidation.RequirePositive(request.Quantity, nameof(request.Quantity));
        DhanValidation.RequireValue(request.Exchange, nameof(request.Exchange));
        DhanValidation.RequireValue(request.Segment, nameof(request.Segment));
        var body = new EdisFormBody
        {
            DhanClientId = _sender.ClientId,
            Isin = request.Isin,
            Qty = request.Quantity,
            Exchange = request.Exchange,
            Segment = request.Segment,
            Bulk = request.Bulk,
        };
        var message = _sender.Request(HttpMethod.Post, "edis/form", body, DhanJsonContext.Default.EdisFormBody);
        return await _sender.SendAsync(message, DhanEndpoints.EdisForm, DhanJsonContext.Default.DhanEdisForm, cancellationToken).ConfigureAwait(false);
    }

    public async Task<DhanEdisForm> GetBulkFormAsync(IReadOnlyList<string> isins, DhanEdisExchange exchange, DhanEdisSegment? segment = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(isins);
        DhanValidation.Require(isins.Count > 0, "Isins", "must contain at least one ISIN.");
        DhanValidation.Require(isins.All(i => !string.IsNullOrWhiteSpace(i)), "Isins", "must not contain empty ISINs.");
        DhanValidation.RequireValue(exchange, "Exchange");
        var body = new EdisBulkFormBody
        {
            DhanClientId = _sender.ClientId,
            Isin = [.. isins],
            Exchange = exchange,
            Segment = segment ?? DhanEdisSegment.Equity,
        };
        var message = _sender.Request(HttpMethod.Post, "edis/bulkform", body, DhanJsonContext.Default.EdisBulkFormBody);
        return await _sender.SendAsync(message, DhanEndpoints.EdisBulkForm, DhanJsonContext.Default.DhanEdisForm, cancellationToken).ConfigureAwait(false);
    }

    public async Task<DhanEdisStatus> InquireAsync(string isin, CancellationToken cancellationToken = default)
    {
        DhanValidation.RequireText(isin, "Isin");
        var message = _sender.Request(HttpMethod.Get, "edis/inquire/" + BrokerUrl.Segment(isin));
        return await _sender.SendAsync(message, DhanEndpoints.EdisInquire, DhanJsonContext.Default.DhanEdisStatus, cancellationToken).ConfigureAwait(false);
    }
}
