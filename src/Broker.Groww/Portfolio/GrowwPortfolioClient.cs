using Broker.Http;
using Broker.Groww.Sending;
using Broker.Groww.Serialization;
using Broker.Groww.Validation;

namespace Broker.Groww.Portfolio;

/// <summary>The Groww portfolio client over the account's pipeline.</summary>
internal sealed class GrowwPortfolioClient : IGrowwPortfolioClient
{
    private readonly GrowwSender _sender;

    public GrowwPortfolioClient(GrowwSender sender)
    {
        _sender = sender;
    }

    public async Task<IReadOnlyList<GrowwHolding>> GetHoldingsAsync(CancellationToken cancellationToken = default)
    {
        var message = _sender.Request(HttpMethod.Get, "v1/holdings/user");
        var payload = await _sender.SendAsync(message, GrowwEndpoints.Holdings, GrowwJsonContext.Default.GrowwEnvelopeGrowwHoldingsPayload, cancellationToken).ConfigureAwait(false);
        return payload.Holdings ?? [];
    }

    public Task<IReadOnlyList<GrowwPosition>> GetPositionsAsync(CancellationToken cancellationToken) => GetPositionsAsync(null, cancellationToken);

    public async Task<IReadOnlyList<GrowwPosition>> GetPositionsAsync(GrowwSegment? segment = null, CancellationToken cancellationToken = default)
    {
        var message = _sender.Request(HttpMethod.Get, "v1/positions/user", new BrokerQuery().Add("segment", segment?.Value));
        var payload = await _sender.SendAsync(message, GrowwEndpoints.Positions, GrowwJsonContext.Default.GrowwEnvelopeGrowwPositionsPayload, cancellationToken).ConfigureAwait(false);
        return payload.Positions ?? [];
    }

    public async Task<IReadOnlyList<GrowwPosition>> GetPositionsForSymbolAsync(string tradingSymbol, GrowwSegment? segment = null, CancellationToken cancellationToken = default)
    {
        var symbol = GrowwValidation.RequireText(tradingSymbol, nameof(tradingSymbol));
        var query = new BrokerQuery().Add("trading_symbol", symbol).Add("segment", segment?.Value);
        var message = _sender.Request(HttpMethod.Get, "v1/positions/trading-symbol", query);
        var payload = await _sender.SendAsync(message, GrowwEndpoints.PositionsForSymbol, GrowwJsonContext.Default.GrowwEnvelopeGrowwPositionsPayload, cancellationToken).ConfigureAwait(false);
        return payload.Positions ?? [];
    }
}
