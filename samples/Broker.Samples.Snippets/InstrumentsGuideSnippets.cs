using Broker.Dhan;
using Broker.Dhan.Feeds;
using Broker.Dhan.Instruments;
using Broker.Dhan.Orders;
using Broker.Groww;
using Broker.Groww.Instruments;
using Broker.Groww.Orders;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Broker.Samples.Snippets;

/// <summary>The snippets of docs/instruments.md: from a trading symbol to a checked order and a live price.</summary>
internal static class InstrumentsGuideSnippets
{
    /// <summary>docs/instruments.md, Dhan: catalogue, snapshot, look-ups, order check, placement, feed.</summary>
    /// <param name="services">A service collection whose Dhan hosts, scrip master and feed addresses point at the sandbox.</param>
    /// <param name="configuration">Configuration with the Dhan credentials.</param>
    /// <param name="ct">Cancels the calls.</param>
    /// <returns>A task that completes when the order is placed and one live price has arrived.</returns>
    public static async Task DhanBySymbolAsync(IServiceCollection services, IConfiguration configuration, CancellationToken ct)
    {
        // snippet: instruments-dhan
        // using Broker.Dhan;
        // using Broker.Dhan.Feeds;
        // using Broker.Dhan.Instruments;
        // using Broker.Dhan.Orders;
        // using Microsoft.Extensions.DependencyInjection;

        // 1. Register the scrip master next to the client: downloaded on first use, refreshed after each day's rollover.
        services.AddDhanClient("default", configuration.GetSection("Dhan"))
            .AddFeeds()
            .AddInstruments();
        await using var provider = services.BuildServiceProvider();
        var dhan = provider.GetRequiredService<IDhanClient>();

        // 2. Take one snapshot for look-ups that must agree: a refresh replaces the catalogue's, never the one you hold.
        var instruments = await provider.GetRequiredService<DhanInstrumentCatalog>().GetSnapshotAsync(ct);
        Console.WriteLine(instruments);   // Dhan instruments: 250,123 from https://images.dhan.co/..., loaded ... +05:30

        // 3. Find by trading symbol (in a segment: the same symbol trades on NSE and BSE), or by security id.
        var reliance = instruments.FindByTradingSymbol("RELIANCE", DhanExchangeSegment.NseEquity).GetSingle();
        var sameOne = instruments.FindBySecurityId(DhanExchangeSegment.NseEquity, reliance.SecurityId).GetSingle();

        // 4. Check the order against the instrument before sending: lot size, freeze quantity, tick grid.
        var order = new DhanPlaceOrderRequest
        {
            SecurityId = reliance.SecurityId, ExchangeSegment = reliance.ExchangeSegment, TransactionType = DhanTransactionType.Buy,
            Quantity = reliance.LotSize, OrderType = DhanOrderType.Limit, ProductType = DhanProductType.Cnc, Price = 1250m,
        };
        instruments.ValidateOrder(order);   // BrokerValidationException naming the field, e.g. a price off the tick grid

        // 5. Place it: Dhan names the instrument by the security id the symbol resolved to.
        var placement = await dhan.Orders.PlaceOrderIdempotentAsync(order, cancellationToken: ct);
        Console.WriteLine($"{sameOne.TradingSymbol} ({sameOne.SecurityId}): order {placement.OrderId}");

        // 6. Live prices for the same instrument: the feed takes the record's segment and security id.
        await using var feed = provider.GetRequiredService<DhanFeedFactory>().CreateMarketFeed();
        await feed.SubscribeAsync([reliance.Instrument], DhanFeedMode.Ticker, ct);
        await foreach (var update in feed.ReadAllAsync(ct))
        {
            if (update is DhanTickerUpdate tick)
            {
                Console.WriteLine($"{reliance.TradingSymbol} last traded at {tick.LastPrice} ({tick.LastTradeTime:HH:mm:ss})");
                break;
            }
        }
        // end snippet
    }

    /// <summary>docs/instruments.md, Groww: catalogue, snapshot, look-up, order check, placement by symbol.</summary>
    /// <param name="services">A service collection whose Groww instrument address points at the sandbox.</param>
    /// <param name="configuration">Configuration with the Groww host and credentials.</param>
    /// <param name="ct">Cancels the calls.</param>
    /// <returns>A task that completes when the order is placed.</returns>
    public static async Task GrowwBySymbolAsync(IServiceCollection services, IConfiguration configuration, CancellationToken ct)
    {
        // snippet: instruments-groww
        // using Broker.Groww;
        // using Broker.Groww.Instruments;
        // using Broker.Groww.Orders;
        // using Microsoft.Extensions.DependencyInjection;

        services.AddGrowwClient(configuration.GetSection("Groww")).AddInstruments();
        await using var provider = services.BuildServiceProvider();
        var groww = provider.GetRequiredService<IGrowwClient>();

        var instruments = await provider.GetRequiredService<GrowwInstrumentCatalog>().GetSnapshotAsync(ct);
        var tcs = instruments.FindByTradingSymbol("TCS", GrowwExchange.Nse, GrowwSegment.Cash).GetSingle();
        var order = new GrowwPlaceOrderRequest
        {
            TradingSymbol = tcs.TradingSymbol, Exchange = tcs.Exchange, Segment = tcs.Segment, Product = GrowwProduct.Cnc,
            OrderType = GrowwOrderType.Limit, TransactionType = GrowwTransactionType.Buy, Quantity = tcs.LotSize, Price = 3000m,
        };
        instruments.ValidateOrder(order);   // lot size, freeze quantity and tick grid, before anything is sent
        var placement = await groww.Orders.PlaceOrderAsync(order, ct);
        Console.WriteLine($"{tcs.TradingSymbol} (exchange token {tcs.ExchangeToken}): order {placement.GrowwOrderId}");
        // end snippet
    }
}
