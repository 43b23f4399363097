using Broker.Dhan;
using Broker.Dhan.Orders;
using Broker.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Broker.Samples.Quickstart;

/// <summary>The main job on Dhan: log in, profile, a limit order with our correlation id, its fill, positions and funds.</summary>
internal sealed class DhanTour(QuickstartReport report, TourTarget target)
{
    private const decimal Tick = 0.05m;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning));
        services.AddDhanClient(target.ConfigureDhan);
        await using var provider = services.BuildServiceProvider();
        var dhan = provider.GetRequiredService<IDhanClient>();

        report.Section(target.Name);

        // The first call mints an access token (PIN + TOTP); the SDK caches it and renews it before it expires.
        var profile = await dhan.Profile.GetProfileAsync(cancellationToken);
        report.Line($"Logged in: client {profile.DhanClientId}, token valid until {profile.TokenValidity:yyyy-MM-dd HH:mm zzz}");

        var instrument = new DhanInstrument(DhanExchangeSegment.NseEquity, target.Instrument);
        var quotes = await dhan.MarketQuote.GetLtpAsync([instrument], cancellationToken);
        var lastPrice = quotes[instrument].LastPrice;
        report.Line($"NSE_EQ {instrument.SecurityId} last traded at {lastPrice:0.00}");

        if (target.PlaceOrders)
        {
            await TradeAsync(dhan, instrument, lastPrice, cancellationToken);
        }

        var positions = await dhan.Portfolio.GetPositionsAsync(cancellationToken);
        report.Line($"{positions.Count} position(s)");
        foreach (var position in positions)
        {
            report.Line($"  {position.TradingSymbol,-12} {position.ProductType} net {position.NetQuantity} @ {position.BuyAvg:0.00}");
        }

        var funds = await dhan.Funds.GetFundLimitAsync(cancellationToken);
        report.Line($"Funds: available {funds.AvailableBalance:N2}, utilised {funds.UtilizedAmount:N2}");
    }

    private async Task TradeAsync(IDhanClient dhan, DhanInstrument instrument, decimal lastPrice, CancellationToken cancellationToken)
    {
        var limit = Math.Floor(lastPrice * (target.Sandbox is null ? 0.90m : 0.99m) / Tick) * Tick;

        // Our own correlation id: if the call fails in flight, the order can be found by it instead of being sent twice.
        var correlationId = ClientReference.New();
        var placement = await dhan.Orders.PlaceOrderAsync(
            new DhanPlaceOrderRequest
            {
                SecurityId = instrument.SecurityId,
                ExchangeSegment = instrument.ExchangeSegment,
                TransactionType = DhanTransactionType.Buy,
                ProductType = DhanProductType.Cnc,
                OrderType = DhanOrderType.Limit,
                Quantity = 1,
                Price = limit,
                CorrelationId = correlationId,
            },
            cancellationToken);
        report.Line($"Placed BUY 1 LIMIT {limit:0.00}: order {placement.OrderId}, correlation id {correlationId}, status {placement.OrderStatus}");

        if (target.Sandbox is { } sandbox)
        {
            sandbox.Market.SetPrice(instrument.SecurityId, limit - Tick);
            report.Line($"Market moved to {limit - Tick:0.00}");
            var order = await WaitForFillAsync(dhan, correlationId, cancellationToken);
            report.Line($"Order {order?.OrderId}: {order?.OrderStatus}, filled {order?.FilledQuantity}");
        }
        else
        {
            var order = await dhan.Orders.FindOrderByReferenceAsync(correlationId, cancellationToken);
            report.Line($"Order {placement.OrderId}: {order?.OrderStatus}; cancelling it");
            await dhan.Orders.CancelOrderAsync(placement.OrderId!, cancellationToken);
        }
    }

    private static async Task<DhanOrder?> WaitForFillAsync(IDhanClient dhan, string correlationId, CancellationToken cancellationToken)
    {
        for (var poll = 0; ; poll++)
        {
            var order = await dhan.Orders.FindOrderByReferenceAsync(correlationId, cancellationToken);
            if (order is { FilledQuantity: > 0 } || order?.OrderStatus == DhanOrderStatus.Rejected || poll == 20)
            {
                return order;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(200), cancellationToken);
        }
    }
}
