using Broker.Groww;
using Broker.Groww.Instruments;
using Broker.Instruments;
using Broker.Samples.Webhook.Alerts;
using Broker.Samples.Webhook.Configuration;
using Broker.Trading;

namespace Broker.Samples.Webhook.Orders;

/// <summary>Groww: instruments from <c>instrument.csv</c>, keyed by exchange, segment and trading symbol or exchange token.</summary>
/// <param name="catalog">The Groww instrument catalogue (<c>AddGrowwInstruments</c>).</param>
internal sealed class GrowwInstrumentResolver(GrowwInstrumentCatalog catalog) : IInstrumentResolver
{
    /// <inheritdoc />
    public WebhookBroker Broker => WebhookBroker.Groww;

    /// <inheritdoc />
    public InstrumentStatus Status => catalog.IsLoaded
        ? new InstrumentStatus(true, catalog.Snapshot.LoadedAt, catalog.Snapshot.Count, catalog.IsStale)
        : new InstrumentStatus(false, null, 0, true);

    /// <inheritdoc />
    public Task WarmUpAsync(CancellationToken cancellationToken) => catalog.GetSnapshotAsync(cancellationToken).AsTask();

    /// <inheritdoc />
    public async Task<PreparedOrder> PrepareAsync(TradingAlert alert, string brokerReference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(alert);
        var exchangeCode = TradingRequests.ExchangeOf(alert);
        var (exchange, segment) = exchangeCode switch
        {
            TradingExchange.Nse => (GrowwExchange.Nse, GrowwSegment.Cash),
            TradingExchange.Bse => (GrowwExchange.Bse, GrowwSegment.Cash),
            TradingExchange.Nfo => (GrowwExchange.Nse, GrowwSegment.Fno),
            TradingExchange.Bfo => (GrowwExchange.Bse, GrowwSegment.Fno),
            _ => (GrowwExchange.Mcx, GrowwSegment.Commodity),
        };
        var snapshot = await catalog.GetSnapshotAsync(cancellationToken).ConfigureAwait(false);
        var lookup = alert.SecurityId is { } token
            ? snapshot.FindByExchangeToken(exchange, segment, token)
            : snapshot.FindByTradingSymbol(alert.Symbol!, exchange, segment);
        var instrument = InstrumentLookups.Single(lookup, alert, static i => $"{i.TradingSymbol} ({i.Exchange}/{i.Segment} {i.ExchangeToken})");
        InstrumentLookups.Check(() => InstrumentOrderChecks.Validate(instrument, alert.Quantity, alert.Price, alert.TriggerPrice));
        return new PreparedOrder
        {
            Alert = alert,
            Symbol = instrument.TradingSymbol,
            SecurityId = instrument.ExchangeToken,
            ExchangeSegment = $"{exchange}/{segment}",
            Product = alert.Product switch
            {
                AlertProduct.Delivery => GrowwProduct.Cnc.Value,
                AlertProduct.Intraday => GrowwProduct.Mis.Value,
                _ => GrowwProduct.Nrml.Value,
            },
            OrderType = AlertParser.OrderTypeName(alert.OrderType),
            BrokerReference = brokerReference,
            LotSize = Math.Max(1, instrument.LotSize),
            Request = TradingRequests.Build(alert, exchangeCode, instrument.TradingSymbol, instrument.ExchangeToken, brokerReference),
        };
    }
}
