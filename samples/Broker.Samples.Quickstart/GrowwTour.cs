using Broker.Groww;
using Broker.Groww.Orders;
using Broker.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Broker.Samples.Quickstart;

/// <summary>The main job on Groww: log in, profile, a limit order with our reference, its fill, positions and funds.</summary>
internal sealed class GrowwTour(QuickstartReport report, TourTarget target)
{
    private const decimal Tick = 0.05m;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning));
        services.AddGrowwClient(options =>
        {
            target.ConfigureGroww(options);
            if (target.Sandbox is not null)
            {
                // The sandbox enforces Groww's newer 10 orders/s limit.
                options.RateLimits.Orders = "10/s, 250/min";
            }
        });
        await using var provider = services.BuildServiceProvider();
        var groww = provider.GetRequiredService<IGrowwClient>();

        report.Section(target.Name);

        // The first call mints an access token (here with TOTP); the SDK caches it and renews it when it expires.
        var profile = await groww.User.GetProfileAsync(cancellationToken);
        report.Line($"Logged in: UCC {profile.Ucc}, segments {string.Join(", ", profile.ActiveSegments ?? [])}");

        var symbol = target.Instrument;
        var prices = await groww.LiveData.GetLtpAsync(GrowwSegment.Cash, [$"NSE_{symbol}"], cancellationToken);
        var lastPrice = prices.Values.Single();
        report.Line($"NSE {symbol} last traded at {lastPrice:0.00}");

        if (target.PlaceOrders)
        {
            await TradeAsync(groww, symbol, lastPrice, cancellationToken);
        }

        var positions = await groww.Portfolio.GetPositionsAsync(GrowwSegment.Cash, cancellationToken);
        report.Line($"{positions.Count} position(s)");
        foreach (var position in positions)
        {
            report.Line($"  {position.TradingSymbol,-12} {position.Product} net {position.Quantity} @ {position.NetPrice:0.00}");
        }

        var margin = await groww.Margins.GetAvailableMarginAsync(cancellationToken);
        report.Line($"Funds: clear cash {margin.ClearCash:N2}, margin used {margin.NetMarginUsed:N2}");
    }

    private async Task TradeAsync(IGrowwClient groww, string symbol, decimal lastPrice, CancellationToken cancellationToken)
    {
        // On the sandbox the order rests 1% below the market and fills when we move the price; on a real account it
        // rests 10% below, is shown open, and is cancelled.
        var limit = Math.Floor(lastPrice * (target.Sandbox is null ? 0.90m : 0.99m) / Tick) * Tick;

        // Our own reference: if the call fails in flight, the order can be found by it instead of being sent twice.
        var reference = ClientReference.New();
        var placement = await groww.Orders.PlaceOrderAsync(
            new GrowwPlaceOrderRequest
            {
                TradingSymbol = symbol,
                Exchange = GrowwExchange.Nse,
                Segment = GrowwSegment.Cash,
                Product = GrowwProduct.Cnc,
                OrderType = GrowwOrderType.Limit,
                TransactionType = GrowwTransactionType.Buy,
                Quantity = 1,
                Price = limit,
                OrderReferenceId = reference,
            },
            cancellationToken);
        report.Line($"Placed BUY 1 {symbol} LIMIT {limit:0.00}: order {placement.GrowwOrderId}, reference {reference}, status {placement.OrderStatus}");

        if (target.Sandbox is { } sandbox)
        {
            sandbox.Market.SetPrice(symbol, limit - Tick);
            report.Line($"Market moved to {limit - Tick:0.00}");
            var status = await WaitForFillAsync(groww, reference, cancellationToken);
            report.Line(status is null
                ? $"Order {placement.GrowwOrderId} is not listed by reference yet"
                : $"Order {status.GrowwOrderId}: {status.OrderStatus}, filled {status.FilledQuantity}");
        }
        else
        {
            var status = await groww.Orders.FindOrderByReferenceAsync(reference, GrowwSegment.Cash, cancellationToken);
            report.Line(status is null
                ? $"Order {placement.GrowwOrderId} is not listed by reference yet; cancelling it"
                : $"Order {status.GrowwOrderId}: {status.OrderStatus}, filled {status.FilledQuantity}; cancelling it");
            await groww.Orders.CancelOrderAsync(placement.GrowwOrderId!, GrowwSegment.Cash, cancellationToken);
        }
    }

    private static async Task<GrowwOrderStatusInfo?> WaitForFillAsync(IGrowwClient groww, string reference, CancellationToken cancellationToken)
    {
        for (var poll = 0; ; poll++)
        {
            var status = await groww.Orders.FindOrderByReferenceAsync(reference, GrowwSegment.Cash, cancellationToken);
            if (status is { FilledQuantity: > 0 } || status?.OrderStatus is { IsTerminal: true } || poll == 20)
            {
                return status;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(200), cancellationToken);
        }
    }
}
