using Broker.Dhan.Errors;
using Broker.Dhan.Http;
using Broker.Dhan.Logging;
using Broker.Dhan.Serialization;
using Broker.Errors;

namespace Broker.Dhan.Portfolio;

/// <inheritdoc />
internal sealed class DhanPortfolioClient : IDhanPortfolioClient
{
    private readonly DhanClientContext _context;

    public DhanPortfolioClient(DhanClientContext context) => _context = context;

    public async Task<IReadOnlyList<DhanHolding>> GetHoldingsAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            return await _context.Invoker.SendAsync(_context.Requests.Api(HttpMethod.Get, "holdings"), DhanEndpoints.Holdings, DhanJsonContext.Default.ListDhanHolding, null, cancellationToken).ConfigureAwait(false);
        }
        catch (BrokerApiException ex) when (string.Equals(ex.BrokerErrorCode, DhanErrorCodes.NoHoldings, StringComparison.OrdinalIgnoreCase))
        {
            DhanLog.NoHoldings(_context.Logger);
            return [];
        }
    }

    public async Task<IReadOnlyList<DhanPosition>> GetPositionsAsync(CancellationToken cancellationToken = default) =>
        await _context.Invoker.SendAsync(_context.Requests.Api(HttpMethod.Get, "positions"), DhanEndpoints.Positions, DhanJsonContext.Default.ListDhanPosition, null, cancellationToken).ConfigureAwait(false);

    public async Task ConvertPositionAsync(DhanConvertPositionRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        DhanValidation.RequireValue(request.FromProductType, nameof(request.FromProductType));
        DhanValidation.RequireValue(request.ToProductType, nameof(request.ToProductType));
        DhanValidation.Require(request.FromProductType != request.ToProductType, nameof(request.ToProductType), "must differ from FromProductType.");
        DhanValidation.RequireValue(request.ExchangeSegment, nameof(request.ExchangeSegment));
        DhanValidation.RequireValue(request.PositionType, nameof(request.PositionType));
        DhanValidation.RequireText(request.SecurityId, nameof(request.SecurityId));
        DhanValidation.RequirePositive(request.ConvertQuantity, nameof(request.ConvertQuantity));
        var body = new ConvertPositionBody
        {
            DhanClientId = _context.ClientId,
            FromProductType = request.FromProductType,
            ExchangeSegment = request.ExchangeSegment,
            PositionType = request.PositionType,
            SecurityId = request.SecurityId,
            ConvertQty = request.ConvertQuantity,
            ToProductType = request.ToProductType,
        };
        var message = _context.Requests.ApiJson(HttpMethod.Post, "positions/convert", body, DhanJsonContext.Default.ConvertPositionBody);
        await _context.Invoker.SendForRawAsync(message, DhanEndpoints.ConvertPosition, null, cancellationToken).ConfigureAwait(false);
    }

    public async Task<DhanStatusResponse> ExitAllPositionsAsync(CancellationToken cancellationToken = default)
    {
        var message = _context.Requests.Api(HttpMethod.Delete, "positions");
        return await _context.SendAllowingEmptyAsync(message, DhanEndpoints.ExitAllPositions, DhanJsonContext.Default.DhanStatusResponse, null, cancellationToken).ConfigureAwait(false)
            ?? new DhanStatusResponse();
    }
}
