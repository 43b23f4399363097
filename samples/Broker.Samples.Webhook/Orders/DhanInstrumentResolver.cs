using Broker.Dhan;
using Broker.Dhan.Instruments;
using Broker.Instruments;
using Broker.Samples.Webhook.Alerts;
using Broker.Samples.Webhook.Configuration;
using Broker.Trading;

namespace Broker.Samples.Webhook.Orders;

/// <summary>Dhan: instruments from the detailed scrip master, keyed by exchange segment and security id.</summary>
/// <param name="catalog">The Dhan instrument catalogue (<c>AddDhanInstruments</c>).</param>
internal sealed class DhanInstrumentResolver(DhanInstrumentCatalog catalog) : IInstrumentResolver
{
    /// <inheritdoc />
    public WebhookBroker Broker => WebhookBroker.Dhan;

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
        var exchange = TradingRequests.ExchangeOf(alert);
        var segment = exchange switch
        {
            TradingExchange.Nse => DhanExchangeSegment.NseEquity,
            TradingExchange.Bse => DhanExchangeSegment.BseEquity,
            TradingExchange.Nfo => DhanExchangeSegment.NseFno,
            TradingExchange.Bfo => DhanExchangeSegment.BseFno,
            _ => DhanExchangeSegment.McxCommodity,
        };
        var snapshot = await catalog.GetSnapshotAsync(cancellationToken).ConfigureAwait(false);
        var lookup = alert.SecurityId is { } securityId
            ? snapshot.FindBySecurityId(segment, securityId)
            : snapshot.FindByTradingSymbol(alert.Symbol!, segment);
        if (lookup.Status == InstrumentLookupStatus.Ambiguous && alert.Symbol is not null && alert.Segment == AlertSegment.Cash)
        {
            // A cash symbol can also be listed as a warrant or bond series; an alert on a stock means the EQ series.
            var equity = snapshot.FindByTradingSymbol(alert.Symbol, segment, "EQ");
            lookup = equity.IsFound ? equity : lookup;
        }

        var instrument = InstrumentLookups.Single(lookup, alert, static i => $"{i.TradingSymbol} ({i.ExchangeSegment} {i.SecurityId}{(i.Series is null ? string.Empty : " " + i.Series)})");
        InstrumentLookups.Check(() => InstrumentOrderChecks.Validate(instrument, alert.Quantity, alert.Price, alert.TriggerPrice));
        return new PreparedOrder
        {
            Alert = alert,
            Symbol = instrument.TradingSymbol,
            SecurityId = instrument.SecurityId,
            ExchangeSegment = segment.Value,
            Product = alert.Product switch
            {
                AlertProduct.Delivery => DhanProductType.Cnc.Value,
                AlertProduct.Intraday => DhanProductType.Intraday.Value,
                _ => DhanProductType.Margin.Value,
            },
            OrderType = AlertParser.OrderTypeName(alert.OrderType),
            BrokerReference = brokerReference,
            LotSize = Math.Max(1, instrument.LotSize),
            Request = TradingRequests.Build(alert, exchange, instrument.TradingSymbol, instrument.SecurityId, brokerReference),
        };
    }
}
