using System.Net;
using System.Text.Json.Nodes;
using Broker.Sandbox.Tests.Support;
using static Broker.Sandbox.Tests.Support.SandboxTestContext;

namespace Broker.Sandbox.Tests.Dhan;

public sealed class DhanForeverOrderTests
{
    private static JsonObject Oco() => new()
    {
        ["dhanClientId"] = DhanClientId, ["correlationId"] = "gtt-1", ["orderFlag"] = "OCO", ["transactionType"] = "SELL",
        ["exchangeSegment"] = "NSE_EQ", ["productType"] = "CNC", ["orderType"] = "LIMIT", ["validity"] = "DAY", ["securityId"] = "1594",
        ["quantity"] = 5, ["price"] = 1600m, ["triggerPrice"] = 1600m, ["price1"] = 1450m, ["triggerPrice1"] = 1455m, ["quantity1"] = 5,
    };

    [Fact]
    public async Task An_oco_forever_order_is_pending_lists_one_row_per_leg_and_fires_its_stop_loss_on_a_fall()
    {
        await using var t = await StartAsync(o => o.Dhan.Accounts[0].Holdings = [new SandboxHoldingSeed { TradingSymbol = "INFY", Quantity = 5, AveragePrice = 1500m }]);
        t.Sandbox.Market.SetPrice("INFY", 1520m);

        using var created = await t.DhanAsync(HttpMethod.Post, "forever/orders", Oco().ToJsonString());
        var ack = await created.ReadAsync();
        Assert.Equal("PENDING", ack.Str("orderStatus"));

        using var list = await t.DhanAsync(HttpMethod.Get, "forever/orders");
        var rows = (await list.ReadAsync()).AsArray();
        Assert.Equal(["TARGET_LEG", "STOP_LOSS_LEG"], rows.Select(r => r!.Str("legName")));
        Assert.All(rows, r => Assert.Equal("OCO", r!.Str("orderType")));

        t.Sandbox.Market.SetPrice("INFY", 1455m);

        var exit = Assert.Single(t.Sandbox.Dhan.Account(DhanClientId).Orders);
        Assert.Equal(("SELL", 1455m, SandboxOrderState.Filled), (exit.TransactionType, exit.AveragePrice, exit.State));
    }

    [Fact]
    public async Task Cancel_answers_cancelled_and_the_order_never_fires()
    {
        await using var t = await StartAsync(o => o.Dhan.Accounts[0].Holdings = [new SandboxHoldingSeed { TradingSymbol = "INFY", Quantity = 5, AveragePrice = 1500m }]);
        t.Sandbox.Market.SetPrice("INFY", 1520m);
        using var created = await t.DhanAsync(HttpMethod.Post, "forever/orders", Oco().ToJsonString());
        var id = (await created.ReadAsync()).Str("orderId");

        using var cancel = await t.DhanAsync(HttpMethod.Delete, $"forever/orders/{id}");
        t.Sandbox.Market.SetPrice("INFY", 1700m);

        Assert.Equal("""{"orderId":"ID","orderStatus":"CANCELLED"}""".Replace("ID", id, StringComparison.Ordinal), await cancel.TextAsync());
        Assert.Empty(t.Sandbox.Dhan.Account(DhanClientId).Orders);
    }

    [Fact]
    public async Task Modify_with_a_limit_price_of_zero_is_refused_with_DH905()
    {
        await using var t = await StartAsync();
        var single = Oco();
        single["orderFlag"] = "SINGLE";
        single["transactionType"] = "BUY";
        using var created = await t.DhanAsync(HttpMethod.Post, "forever/orders", single.ToJsonString());
        var id = (await created.ReadAsync()).Str("orderId");

        using var modify = await t.DhanAsync(HttpMethod.Put, $"forever/orders/{id}", new JsonObject
        {
            ["dhanClientId"] = DhanClientId, ["orderId"] = id, ["orderFlag"] = "SINGLE", ["orderType"] = "LIMIT", ["legName"] = "TARGET_LEG",
            ["quantity"] = 5, ["price"] = 0, ["triggerPrice"] = 1600m, ["validity"] = "DAY",
        }.ToJsonString());

        Assert.Equal(HttpStatusCode.BadRequest, modify.StatusCode);
        Assert.Equal("DH-905", (await modify.ReadAsync()).Str("errorCode"));
    }
}
