using Broker.Dhan;
using Broker.Dhan.Orders;
using Broker.Errors;
using Broker.RateLimiting;
using Broker.Sandbox;

namespace Broker.IntegrationTests.Dhan;

public class DhanOrderLifecycleTests
{
    [Fact]
    public async Task A_limit_order_rests_then_fills_when_the_price_crosses_and_shows_in_positions_trades_and_funds()
    {
        await using var h = await DhanSandboxHarness.StartAsync();
        var price = h.Sandbox.Market.GetPrice("TCS");
        var fundsBefore = await h.Client.Funds.GetFundLimitAsync();

        var placement = await h.Client.Orders.PlaceOrderAsync(DhanOrders.Limit(DhanOrders.Tcs, 5, price - 10m, "dhanint-fill-1"));
        var resting = await h.Client.Orders.FindOrderByReferenceAsync("dhanint-fill-1");
        h.Sandbox.Market.SetPrice("TCS", price - 20m);
        var filled = await h.Client.Orders.FindOrderAsync(placement.OrderId);
        var trades = await h.Client.Orders.GetTradesOfOrderAsync(placement.OrderId);
        var positions = await h.Client.Portfolio.GetPositionsAsync();
        var fundsAfter = await h.Client.Funds.GetFundLimitAsync();

        Assert.Equal("dhanint-fill-1", placement.CorrelationId);
        Assert.Equal(placement.OrderId, resting?.OrderId);
        Assert.Equal(DhanOrderStatus.Pending, resting!.OrderStatus);
        Assert.Equal(DhanOrderStatus.Traded, filled!.OrderStatus);
        Assert.Equal(5, filled.FilledQuantity);
        Assert.Equal(5, trades.Sum(t => t.TradedQuantity));
        Assert.Equal(5, Assert.Single(positions, p => p.SecurityId == DhanOrders.Tcs).NetQuantity);
        Assert.True(fundsAfter.AvailableBalance < fundsBefore.AvailableBalance, $"{fundsAfter.AvailableBalance} !< {fundsBefore.AvailableBalance}");
        Assert.True(fundsAfter.UtilizedAmount > fundsBefore.UtilizedAmount);
    }

    [Fact]
    public async Task A_partially_filled_order_is_modified_then_cancelled_and_the_position_keeps_only_the_filled_part()
    {
        await using var h = await DhanSandboxHarness.StartAsync(configureSandbox: s => s.MaxFillQuantity = 2);
        var price = h.Sandbox.Market.GetPrice("INFY");
        var placement = await h.Client.Orders.PlaceOrderAsync(DhanOrders.Limit(DhanOrders.Infy, 10, price - 5m, "dhanint-part-1"));

        h.Sandbox.Market.SetPrice("INFY", price - 6m);
        var partial = await h.Client.Orders.FindOrderByReferenceAsync("dhanint-part-1");
        await h.Client.Orders.ModifyOrderAsync(placement.OrderId, new DhanModifyOrderRequest { OrderType = DhanOrderType.Limit, Quantity = 10, Price = price - 100m });
        var modified = await h.Client.Orders.FindOrderAsync(placement.OrderId);
        await h.Client.Orders.CancelOrderAsync(placement.OrderId);
        var cancelled = await h.Client.Orders.FindOrderAsync(placement.OrderId);
        var positions = await h.Client.Portfolio.GetPositionsAsync();

        Assert.Equal(DhanOrderStatus.PartTraded, partial!.OrderStatus);
        Assert.Equal(2, partial.FilledQuantity);
        Assert.Equal(price - 100m, modified!.Price);
        Assert.Equal(DhanOrderStatus.Cancelled, cancelled!.OrderStatus);
        Assert.Equal(2, cancelled.FilledQuantity);
        Assert.Equal(2, Assert.Single(positions, p => p.SecurityId == DhanOrders.Infy).NetQuantity);
    }

    [Fact]
    public async Task A_market_buy_then_sell_leaves_a_flat_position_with_both_trades_in_the_trade_book()
    {
        await using var h = await DhanSandboxHarness.StartAsync();

        var buy = await h.Client.Orders.PlaceOrderAsync(DhanOrders.Market(DhanOrders.HdfcBank, 3));
        h.Sandbox.Market.SetPrice("HDFCBANK", h.Sandbox.Market.GetPrice("HDFCBANK") + 5m);
        var sell = await h.Client.Orders.PlaceOrderAsync(DhanOrders.Market(DhanOrders.HdfcBank, 3, DhanTransactionType.Sell));
        var trades = await h.Client.Orders.GetTradesAsync();
        var position = Assert.Single(await h.Client.Portfolio.GetPositionsAsync(), p => p.SecurityId == DhanOrders.HdfcBank);

        Assert.Contains(trades, t => t.OrderId == buy.OrderId && t.TransactionType == DhanTransactionType.Buy);
        Assert.Contains(trades, t => t.OrderId == sell.OrderId && t.TransactionType == DhanTransactionType.Sell);
        Assert.Equal(0, position.NetQuantity);
        Assert.Equal(3, position.BuyQuantity);
        Assert.Equal(3, position.SellQuantity);
        Assert.True(position.RealizedProfit > 0, $"realized {position.RealizedProfit}");
    }

    [Fact]
    public async Task A_repeated_correlation_id_through_the_idempotent_call_returns_the_existing_order()
    {
        await using var h = await DhanSandboxHarness.StartAsync();
        var request = DhanOrders.Limit(DhanOrders.Tcs, 1, h.Sandbox.Market.GetPrice("TCS") - 100m, "dhanint-idem-1");

        var first = await h.Client.Orders.PlaceOrderIdempotentAsync(request);
        var again = await h.Client.Orders.PlaceOrderIdempotentAsync(request);

        Assert.False(first.AlreadyPlaced);
        Assert.True(again.AlreadyPlaced);
        Assert.Equal(first.OrderId, again.OrderId);
        Assert.Single(h.ServerAccount.Orders);
    }

    [Fact]
    public async Task The_twenty_sixth_modification_is_refused_locally_without_reaching_the_server()
    {
        await using var h = await DhanSandboxHarness.StartAsync(
            configure: o => o.RateLimits.Order = "200/s",
            configureSandbox: s => s.Dhan.RateLimits[DhanRateCategories.Order] = [new RateLimitWindow(200, TimeSpan.FromSeconds(1))]);
        var price = h.Sandbox.Market.GetPrice("RELIANCE");
        var placement = await h.Client.Orders.PlaceOrderAsync(DhanOrders.Limit(DhanOrders.Reliance, 1, price - 50m));
        for (var i = 1; i <= 25; i++)
        {
            await h.Client.Orders.ModifyOrderAsync(placement.OrderId, new DhanModifyOrderRequest { OrderType = DhanOrderType.Limit, Quantity = 1, Price = price - 50m - (i * 0.05m) });
        }

        var ex = await Assert.ThrowsAsync<BrokerValidationException>(() => h.Client.Orders.ModifyOrderAsync(
            placement.OrderId, new DhanModifyOrderRequest { OrderType = DhanOrderType.Limit, Quantity = 1, Price = price - 60m }));

        Assert.Contains("25", ex.Message, StringComparison.Ordinal);
        Assert.Equal(25, h.Sandbox.Requests.ForEndpoint(SandboxEndpointNames.DhanOrdersModify).Count);
        Assert.Equal(25, Assert.Single(h.ServerAccount.Orders).Modifications);
    }

    [Fact]
    public async Task A_lookup_of_an_unknown_correlation_id_returns_nothing()
    {
        await using var h = await DhanSandboxHarness.StartAsync();

        var order = await h.Client.Orders.FindOrderByReferenceAsync("dhanint-nothing");

        Assert.Null(order);
    }
}
