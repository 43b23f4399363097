using Broker.Dhan.Errors;
using Broker.Dhan.Sending;
using Broker.Dhan.Validation;
using Broker.Dhan.Logging;
using Broker.Dhan.Serialization;
using Broker.Errors;

using Microsoft.Extensions.Logging;

namespace Broker.Dhan.Portfolio;

/// <inheritdoc />
internal sealed class DhanPortfolioClient : IDhanPortfolioClient
{
    private readonly DhanSender _sender;
    private readonly ILogger _logger;

    public DhanPortfolioClient(DhanSender sender, ILogger logger)
    {
        _sender = sender;
        _logger = logger;
    }

    public async Task<IReadOnlyList<DhanHolding>> GetHoldingsAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            return await _sender.SendAsync(_sender.Request(HttpMethod.Get, "holdings"), DhanEndpoints.Holdings, DhanJsonContext.Default.ListDhanHolding, cancellationToken).ConfigureAwait(false);
        }
        catch (BrokerApiException ex) when (string.Equals(ex.BrokerErrorCode, DhanErrorCodes.NoHoldings, StringComparison.OrdinalIgnoreCase))
        {
            DhanLog.NoHoldings(_logger);
            return [];
        }
    }

    public async Task<IReadOnlyList<DhanPosition>> GetPositionsAsync(CancellationToken cancellationToken = default) =>
        await _sender.SendAsync(_sender.Request(HttpMethod.Get, "positions"), DhanEndpoints.Positions, DhanJsonContext.Default.ListDhanPosition, cancellationToken).ConfigureAwait(false);

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
            DhanClientId = _sender.ClientId,
            FromProductType = request.FromProductType,
            ExchangeSegment = request.ExchangeSegment,
            PositionType = request.PositionType,
            SecurityId = request.SecurityId,
            ConvertQty = request.ConvertQuantity,
            ToProductType = request.ToProductType,
        };
        var message = _sender.Request(HttpMethod.Post, "positions/convert", body, DhanJsonContext.Default.ConvertPositionBody);
        await _sender.Invoker.SendForRawAsync(message, DhanEndpoints.ConvertPosition, null, cancellationToken).ConfigureAwait(false);
    }

    public async Task<DhanStatusResponse> ExitAllPositionsAsync(CancellationToken cancellationToken = default)
    {
        var message = _sender.Request(HttpMethod.Delete, "positions");
        return await _sender.SendAllowingEmptyAsync(message, DhanEndpoints.ExitAllPositions, DhanJsonContext.Default.DhanStatusResponse, null, cancellationToken).ConfigureAwait(false)
            ?? new DhanStatusResponse();
    }
}
