using System.Net;
using System.Text.Json.Nodes;
using Broker.Sandbox.Tests.Support;
using static Broker.Sandbox.Tests.Support.SandboxTestContext;

namespace Broker.Sandbox.Tests.Groww;

public sealed class GrowwSmartOrderTests
{
    private static object Gtt(string reference, string trigger = "3200.00", string direction = "UP") => new
    {
        reference_id = reference,
        smart_order_type = "GTT",
        segment = "CASH",
        trading_symbol = "TCS",
        quantity = 2,
        trigger_price = trigger,
        trigger_direction = direction,
        order = new { order_type = "LIMIT", price = "3210.00", transaction_type = "BUY" },
        product_type = "CNC",
        exchange = "NSE",
        duration = "DAY",
    };

    [Fact]
    public async Task Creating_a_gtt_answers_201_with_decimal_string_prices()
    {
        await using var t = await StartAsync();

        using var response = await t.GrowwAsync(HttpMethod.Post, "order-advance/create", Gtt("GTT-REF-0001"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var payload = (await response.ReadAsync())["payload"]!;
        Assert.StartsWith("gtt_", payload.Str("smart_order_id"), StringComparison.Ordinal);
        Assert.Equal("ACTIVE", payload.Str("status"));
        Assert.Equal("3200.00", payload.Str("trigger_price"));
        Assert.Equal("3210.00", payload.Str("order.price"));
        Assert.Equal("2027-11-23T09:15:00", payload.Str("expire_at"));
    }

    [Fact]
    public async Task A_gtt_places_its_order_when_the_price_crosses_the_trigger()
    {
        await using var t = await StartAsync();
        t.Sandbox.Market.SetPrice("TCS", 3150m);
        using var created = await t.GrowwAsync(HttpMethod.Post, "order-advance/create", Gtt("GTT-REF-0002"));
        var id = (await created.ReadAsync()).Str("payload.smart_order_id");

        t.Sandbox.Market.SetPrice("TCS", 3199m);
        Assert.Empty(t.Sandbox.Groww.Account(GrowwUcc).Orders);
        t.Sandbox.Market.SetPrice("TCS", 3205m);

        var order = Assert.Single(t.Sandbox.Groww.Account(GrowwUcc).Orders);
        Assert.Equal((SandboxOrderState.Filled, 3205m), (order.State, order.AveragePrice));
        using var status = await t.GrowwAsync(HttpMethod.Get, $"order-advance/status/CASH/GTT/internal/{id}");
        var payload = (await status.ReadAsync())["payload"]!;
        Assert.Equal("TRIGGERED", payload.Str("status"));
        Assert.Equal("2026-11-23T09:15:00", payload.Str("triggered_at"));
    }

    [Fact]
    public async Task An_oco_exits_at_the_target_and_the_stop_loss_no_longer_acts()
    {
        await using var t = await StartAsync();
        t.Sandbox.Market.SetPrice("INFY", 1520m);
        using var created = await t.GrowwAsync(HttpMethod.Post, "order-advance/create", new
        {
            reference_id = "OCO-REF-0001", smart_order_type = "OCO", segment = "CASH", trading_symbol = "INFY", quantity = 5,
            net_position_quantity = 5, transaction_type = "SELL",
            target = new { trigger_price = "1560.00", order_type = "MARKET", price = (string?)null },
            stop_loss = new { trigger_price = "1490.00", order_type = "SL_M", price = (string?)null },
            product_type = "MIS", exchange = "NSE", duration = "DAY",
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        t.Sandbox.Market.SetPrice("INFY", 1561m);
        t.Sandbox.Market.SetPrice("INFY", 1480m);

        var exit = Assert.Single(t.Sandbox.Groww.Account(GrowwUcc).Orders);
        Assert.Equal(("SELL", 1561m), (exit.TransactionType, exit.AveragePrice));
    }

    [Fact]
    public async Task Cancel_answers_202_and_a_cancelled_gtt_never_fires()
    {
        await using var t = await StartAsync();
        using var created = await t.GrowwAsync(HttpMethod.Post, "order-advance/create", Gtt("GTT-REF-0003"));
        var id = (await created.ReadAsync()).Str("payload.smart_order_id");

        using var cancel = await t.GrowwAsync(HttpMethod.Post, $"order-advance/cancel/CASH/GTT/{id}");
        t.Sandbox.Market.SetPrice("TCS", 3300m);

        Assert.Equal(HttpStatusCode.Accepted, cancel.StatusCode);
        Assert.Equal("CANCELLED", (await cancel.ReadAsync()).Str("payload.status"));
        Assert.Empty(t.Sandbox.Groww.Account(GrowwUcc).Orders);
    }

    [Fact]
    public async Task Modify_answers_202_and_moves_the_trigger()
    {
        await using var t = await StartAsync();
        t.Sandbox.Market.SetPrice("TCS", 3150m);
        using var created = await t.GrowwAsync(HttpMethod.Post, "order-advance/create", Gtt("GTT-REF-0004", trigger: "3300.00"));
        var id = (await created.ReadAsync()).Str("payload.smart_order_id");

        using var modify = await t.GrowwAsync(HttpMethod.Put, $"order-advance/modify/{id}", new { smart_order_type = "GTT", segment = "CASH", trigger_price = "3150.00" });

        Assert.Equal(HttpStatusCode.Accepted, modify.StatusCode);
        Assert.Equal("TRIGGERED", (await modify.ReadAsync()).Str("payload.status"));
    }

    [Fact]
    public async Task A_repeated_reference_id_gets_GA007()
    {
        await using var t = await StartAsync();
        using var first = await t.GrowwAsync(HttpMethod.Post, "order-advance/create", Gtt("GTT-REF-0005"));

        using var second = await t.GrowwAsync(HttpMethod.Post, "order-advance/create", Gtt("GTT-REF-0005"));

        Assert.Equal("GA007", (await second.ReadAsync()).Str("error.code"));
    }

    [Fact]
    public async Task List_defaults_to_active_oco_orders_and_filters_by_type()
    {
        await using var t = await StartAsync();
        using var created = await t.GrowwAsync(HttpMethod.Post, "order-advance/create", Gtt("GTT-REF-0006"));

        using var defaults = await t.GrowwAsync(HttpMethod.Get, "order-advance/list");
        using var gtts = await t.GrowwAsync(HttpMethod.Get, "order-advance/list?smart_order_type=GTT&status=ACTIVE&page=0&page_size=10");

        Assert.Empty((await defaults.ReadAsync())["payload"]!["orders"]!.AsArray());
        Assert.Single((await gtts.ReadAsync())["payload"]!["orders"]!.AsArray());
    }

    [Fact]
    public async Task Commodity_smart_orders_are_refused()
    {
        await using var t = await StartAsync();
        var body = JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(Gtt("GTT-REF-0007"), TestJson.Options))!;
        body["segment"] = "COMMODITY";

        using var response = await t.GrowwAsync(HttpMethod.Post, "order-advance/create", body.ToJsonString());

        Assert.Equal("The COMMODITY segment is not supported for Smart Orders.", (await response.ReadAsync()).Str("error.message"));
    }
}
