using System.Net;
using System.Text.Json.Nodes;
using Broker.Sandbox.Tests.Support;
using static Broker.Sandbox.Tests.Support.SandboxTestContext;

namespace Broker.Sandbox.Tests.Dhan;

public sealed class DhanTradersControlTests
{
    private static string MarketBuy(long quantity = 2) => new JsonObject
    {
        ["dhanClientId"] = DhanClientId, ["transactionType"] = "BUY", ["exchangeSegment"] = "NSE_EQ", ["productType"] = "INTRADAY",
        ["orderType"] = "MARKET", ["validity"] = "DAY", ["securityId"] = "11536", ["quantity"] = quantity, ["price"] = 0,
    }.ToJsonString();

    [Fact]
    public async Task The_kill_switch_refuses_order_writes_until_deactivated()
    {
        await using var t = await StartAsync();

        using var on = await t.DhanAsync(HttpMethod.Post, "killswitch?killSwitchStatus=ACTIVATE");
        using var status = await t.DhanAsync(HttpMethod.Get, "killswitch");
        using var refused = await t.DhanAsync(HttpMethod.Post, "orders", MarketBuy());
        using var off = await t.DhanAsync(HttpMethod.Post, "killswitch?killSwitchStatus=DEACTIVATE");
        using var accepted = await t.DhanAsync(HttpMethod.Post, "orders", MarketBuy());

        Assert.Equal("Kill Switch has been successfully activated", (await on.ReadAsync()).Str("killSwitchStatus"));
        Assert.Equal("ACTIVATE", (await status.ReadAsync()).Str("killSwitchStatus"));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("DH-906", (await refused.ReadAsync()).Str("errorCode"));
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
    }

    [Fact]
    public async Task The_kill_switch_cannot_be_activated_with_an_open_position()
    {
        await using var t = await StartAsync();
        using var bought = await t.DhanAsync(HttpMethod.Post, "orders", MarketBuy());

        using var on = await t.DhanAsync(HttpMethod.Post, "killswitch?killSwitchStatus=ACTIVATE");

        Assert.Equal(HttpStatusCode.BadRequest, on.StatusCode);
    }

    [Fact]
    public async Task Exit_all_cancels_pending_orders_and_squares_off_positions()
    {
        await using var t = await StartAsync();
        t.Sandbox.Market.SetPrice("TCS", 3150m);
        using var bought = await t.DhanAsync(HttpMethod.Post, "orders", MarketBuy(3));
        var limit = JsonNode.Parse(MarketBuy())!;
        limit["orderType"] = "LIMIT";
        limit["price"] = 3000m;
        using var pending = await t.DhanAsync(HttpMethod.Post, "orders", limit.ToJsonString());

        using var exit = await t.DhanAsync(HttpMethod.Delete, "positions");

        Assert.Equal("""{"status":"SUCCESS","message":"All orders and positions exited successfully"}""", await exit.TextAsync());
        var account = t.Sandbox.Dhan.Account(DhanClientId);
        Assert.Equal(0, account.Positions.Single().NetQuantity);
        Assert.Contains(account.Orders, o => o.State == SandboxOrderState.Cancelled);
    }
}
