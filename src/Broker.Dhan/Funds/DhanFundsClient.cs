using Broker.Dhan.Sending;
using Broker.Dhan.Validation;
using Broker.Dhan.Serialization;

namespace Broker.Dhan.Funds;

/// <inheritdoc />
internal sealed class DhanFundsClient : IDhanFundsClient
{
    private readonly DhanSender _sender;

    public DhanFundsClient(DhanSender sender)
    {
        _sender = sender;
    }

    public async Task<DhanFundLimit> GetFundLimitAsync(CancellationToken cancellationToken = default) =>
        await _sender.SendAsync(_sender.Request(HttpMethod.Get, "fundlimit"), DhanEndpoints.FundLimit, DhanJsonContext.Default.DhanFundLimit, cancellationToken).ConfigureAwait(false);

    public async Task<DhanMargin> CalculateMarginAsync(DhanMarginRequest request, CancellationToken cancellationToken = default)
    {
        var body = Body(request, _sender.ClientId, string.Empty);
        var message = _sender.Request(HttpMethod.Post, "margincalculator", body, DhanJsonContext.Default.MarginBody);
        return await _sender.SendAsync(message, DhanEndpoints.MarginCalculator, DhanJsonContext.Default.DhanMargin, cancellationToken).ConfigureAwait(false);
    }

    public async Task<DhanMultiMargin> CalculateMultiMarginAsync(IReadOnlyList<DhanMarginRequest> requests, bool includePositions = false, bool includeOrders = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(requests);
        DhanValidation.Require(requests.Count > 0, "Requests", "must contain at least one instrument.");
        var body = new MultiMarginBody
        {
            DhanClientId = _sender.ClientId,
            IncludePosition = includePositions,
            IncludeOrder = includeOrders,
            ScripList = requests.Select((r, i) => Body(r, null, $"Requests[{i}].")).ToList(),
        };
        var message = _sender.Request(HttpMethod.Post, "margincalculator/multi", body, DhanJsonContext.Default.MultiMarginBody);
        var answer = await _sender.SendAsync(message, DhanEndpoints.MultiMarginCalculator, DhanJsonContext.Default.MultiMarginAnswer, cancellationToken).ConfigureAwait(false);
        return answer.ToModel();
    }

    private static MarginBody Body(DhanMarginRequest request, string? clientId, string prefix)
    {
        ArgumentNullException.ThrowIfNull(request);
        DhanValidation.RequireText(request.SecurityId, prefix + nameof(request.SecurityId));
        DhanValidation.RequireValue(request.ExchangeSegment, prefix + nameof(request.ExchangeSegment));
        DhanValidation.RequireValue(request.TransactionType, prefix + nameof(request.TransactionType));
        DhanValidation.RequireValue(request.ProductType, prefix + nameof(request.ProductType));
        DhanValidation.RequirePositive(request.Quantity, prefix + nameof(request.Quantity));
        DhanValidation.RequireNotNegative(request.Price, prefix + nameof(request.Price));
        DhanValidation.RequireNotNegative(request.TriggerPrice, prefix + nameof(request.TriggerPrice));
        return new MarginBody
        {
            DhanClientId = clientId,
            ExchangeSegment = request.ExchangeSegment,
            TransactionType = request.TransactionType,
            Quantity = request.Quantity,
            ProductType = request.ProductType,
            SecurityId = request.SecurityId,
            Price = request.Price,
            TriggerPrice = request.TriggerPrice,
        };
    }
}
