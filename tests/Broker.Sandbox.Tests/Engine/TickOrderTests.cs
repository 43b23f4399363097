using System.Text.Json.Nodes;
using Broker.Sandbox.Engine;
using Broker.Sandbox.Tests.Support;
using static Broker.Sandbox.Tests.Support.SandboxTestContext;

namespace Broker.Sandbox.Tests.Engine;

/// <summary>One tick's effects, end to end, in the order <see cref="TickDispatcher"/> documents.</summary>
public sealed class TickOrderTests
{
    private static string Order(string side, string type, long quantity, decimal? price = null) => new JsonObject
    {
        ["dhanClientId"] = DhanClientId, ["transactionType"] = side, ["exchangeSegment"] = "NSE_EQ", ["productType"] = "INTRADAY",
        ["orderType"] = type, ["validity"] = "DAY", ["securityId"] = "11536", ["quantity"] = quantity, ["price"] = price,
    }.ToJsonString();

    [Fact]
    public async Task A_tick_that_fills_an_order_and_reaches_a_pnl_exit_fills_first_then_exits_then_feeds()
    {
        await using var t = await StartAsync();
        using var bought = await t.DhanAsync(HttpMethod.Post, "orders", Order("BUY", "MARKET", 10));
        using var resting = await t.DhanAsync(HttpMethod.Post, "orders", Order("BUY", "LIMIT", 10, 3100m));
        using var exit = await t.DhanAsync(
            HttpMethod.Post, "pnlExit", $$"""{"dhanClientId":"{{DhanClientId}}","profitValue":100000,"lossValue":400,"productType":["INTRADAY"],"enableKillSwitch":false}""");
        var account = t.Sandbox.Dhan.Account(DhanClientId);
        var seen = new List<(TickStage Stage, string[] Orders)>();
        t.Sandbox.Context.Ticks.StageCompleted += (stage, _) =>
            seen.Add((stage, [.. account.Orders.Select(o => $"{o.TransactionType} {o.Quantity} {o.State}")]));

        // 20 long at an average of 3125 after the resting buy fills: -500 reaches the 400 loss. Judged before the fill,
        // the exit would instead cancel the resting buy and sell 10.
        t.Sandbox.Market.SetPrice("TCS", 3100m);

        Assert.Equal(
            [
                TickStage.RestingOrderFills, TickStage.SmartOrders, TickStage.ForeverOrders, TickStage.SuperOrderLegs,
                TickStage.ConditionalTriggers, TickStage.PnlExit, TickStage.Feeds,
            ],
            seen.Select(s => s.Stage));
        string[] filled = ["BUY 10 Filled", "BUY 10 Filled"];
        string[] squaredOff = [.. filled, "SELL 20 Filled"];
        Assert.Equal(filled, seen[0].Orders);
        Assert.Equal(filled, seen[4].Orders);
        Assert.Equal(squaredOff, seen[5].Orders);
        Assert.Equal(squaredOff, seen[6].Orders);
        Assert.Equal(0, Assert.Single(account.Positions).NetQuantity);
        using var status = await t.DhanAsync(HttpMethod.Get, "pnlExit");
        Assert.Equal("INACTIVE", (await status.ReadAsync()).Str("pnlExitStatus"));
    }

    [Fact]
    public async Task A_gtt_placed_by_a_tick_is_in_the_book_before_the_feeds_stage_sees_the_tick()
    {
        await using var t = await StartAsync();
        t.Sandbox.Market.SetPrice("TCS", 3150m);
        using var created = await t.GrowwAsync(HttpMethod.Post, "order-advance/create", new
        {
            reference_id = "GTT-TICK-0001", smart_order_type = "GTT", segment = "CASH", trading_symbol = "TCS", quantity = 1,
            trigger_price = "3200.00", trigger_direction = "UP", order = new { order_type = "MARKET", transaction_type = "BUY" },
            product_type = "CNC", exchange = "NSE", duration = "DAY",
        });
        var account = t.Sandbox.Groww.Account(GrowwUcc);
        var atFeeds = new List<SandboxOrderState>();
        t.Sandbox.Context.Ticks.StageCompleted += (stage, _) =>
        {
            if (stage == TickStage.Feeds)
            {
                atFeeds.AddRange(account.Orders.Select(o => o.State));
            }
        };

        t.Sandbox.Market.SetPrice("TCS", 3201m);

        Assert.Equal([SandboxOrderState.Filled], atFeeds);
    }
}
