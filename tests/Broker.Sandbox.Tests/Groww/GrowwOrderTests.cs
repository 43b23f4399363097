using System.Net;
using System.Text.Json.Nodes;
using Broker.Sandbox.Tests.Support;
using static Broker.Sandbox.Tests.Support.SandboxTestContext;

namespace Broker.Sandbox.Tests.Groww;

public sealed class GrowwOrderTests
{
    private static object LimitBuy(string reference, decimal price, long quantity = 10, string symbol = "TCS", string product = "MIS") => new
    {
        trading_symbol = symbol,
        quantity,
        price,
        trigger_price = (decimal?)null,
        validity = "DAY",
        exchange = "NSE",
        segment = "CASH",
        product,
        order_type = "LIMIT",
        transaction_type = "BUY",
        order_reference_id = reference,
    };

    private static async Task<JsonNode> CreateAsync(SandboxTestContext t, object order)
    {
        using var response = await t.GrowwAsync(HttpMethod.Post, "order/create", order);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.ReadAsync())["payload"]!;
    }

    [Fact]
    public async Task A_limit_buy_below_the_market_rests_open_until_the_price_falls_to_it_then_fills_at_the_limit()
    {
        await using var t = await StartAsync();
        t.Sandbox.Market.SetPrice("TCS", 3150m);

        var created = await CreateAsync(t, LimitBuy("REF-0000001", 3100m));

        Assert.Equal("OPEN", created.Str("order_status"));
        Assert.Equal("REF-0000001", created.Str("order_reference_id"));
        var orderId = created.Str("groww_order_id");
        Assert.StartsWith("GMK", orderId, StringComparison.Ordinal);

        t.Sandbox.Market.SetPrice("TCS", 3099.50m);

        using var status = await t.GrowwAsync(HttpMethod.Get, $"order/status/{orderId}?segment=CASH");
        var payload = (await status.ReadAsync())["payload"]!;
        Assert.Equal(["groww_order_id", "order_status", "remark", "filled_quantity", "order_reference_id"], payload.Keys());
        Assert.Equal("EXECUTED", payload.Str("order_status"));
        Assert.Equal(10, payload.Long("filled_quantity"));
        var trade = Assert.Single(t.Sandbox.Groww.Account(GrowwUcc).Trades);
        Assert.Equal(3099.50m, trade.Price);
    }

    [Fact]
    public async Task A_fill_creates_a_position_and_funds_fall_by_the_margin_used()
    {
        await using var t = await StartAsync();
        t.Sandbox.Market.SetPrice("TCS", 3000m);
        var account = t.Sandbox.Groww.Account(GrowwUcc);
        Assert.Equal(100_000m, account.Funds.Available);

        var created = await CreateAsync(t, LimitBuy("REF-0000002", 2990m));
        Assert.Equal(100_000m - (10 * 2990m * 0.2m), account.Funds.Available); // Blocked while open (MIS: 20 %).
        t.Sandbox.Market.SetPrice("TCS", 2985m);

        using var positions = await t.GrowwAsync(HttpMethod.Get, "positions/user?segment=CASH");
        var position = (await positions.ReadAsync())["payload"]!["positions"]![0]!;
        Assert.Equal("TCS", position.Str("trading_symbol"));
        Assert.Equal(10, position.Long("quantity"));
        Assert.Equal(10, position.Long("credit_quantity"));
        Assert.Equal(2985m, position.Dec("credit_price"));
        Assert.Equal("MIS", position.Str("product"));

        using var margins = await t.GrowwAsync(HttpMethod.Get, "margins/detail/user");
        var margin = (await margins.ReadAsync())["payload"]!;
        Assert.Equal(10 * 2985m * 0.2m, margin.Dec("equity_margin_details.mis_margin_used"));
        Assert.Equal(100_000m - (10 * 2985m * 0.2m), margin.Dec("equity_margin_details.mis_balance_available"));
        Assert.Equal(created.Str("groww_order_id"), account.Orders.Single().OrderId);
    }

    [Fact]
    public async Task A_market_order_fills_at_once_at_the_current_price()
    {
        await using var t = await StartAsync();
        t.Sandbox.Market.SetPrice("HDFCBANK", 985.20m);

        var created = await CreateAsync(t, new
        {
            trading_symbol = "HDFCBANK", quantity = 4, price = 0, validity = "DAY", exchange = "NSE", segment = "CASH",
            product = "CNC", order_type = "MARKET", transaction_type = "BUY", order_reference_id = "MKT-ORDER-1",
        });

        Assert.Equal("EXECUTED", created.Str("order_status"));
        using var detail = await t.GrowwAsync(HttpMethod.Get, $"order/detail/{created.Str("groww_order_id")}?segment=CASH");
        var order = (await detail.ReadAsync())["payload"]!;
        Assert.Equal(985.20m, order.Dec("average_fill_price"));
        Assert.Equal(0, order.Long("remaining_quantity"));
        Assert.Equal("MARKET", order.Str("order_type"));
        var holding = Assert.Single(t.Sandbox.Groww.Account(GrowwUcc).Holdings, h => h.TradingSymbol == "HDFCBANK");
        Assert.Equal(4, holding.T1Quantity);
    }

    [Fact]
    public async Task Cancel_moves_an_open_order_to_cancelled_and_releases_its_margin()
    {
        await using var t = await StartAsync();
        t.Sandbox.Market.SetPrice("TCS", 3150m);
        var orderId = (await CreateAsync(t, LimitBuy("REF-0000003", 3000m))).Str("groww_order_id");

        using var cancel = await t.GrowwAsync(HttpMethod.Post, "order/cancel", new { segment = "CASH", groww_order_id = orderId });

        Assert.Equal(HttpStatusCode.OK, cancel.StatusCode);
        Assert.Equal("CANCELLED", (await cancel.ReadAsync()).Str("payload.order_status"));
        Assert.Equal(100_000m, t.Sandbox.Groww.Account(GrowwUcc).Funds.Available);
        t.Sandbox.Market.SetPrice("TCS", 2900m);
        Assert.Empty(t.Sandbox.Groww.Account(GrowwUcc).Trades);
    }

    [Fact]
    public async Task Cancelling_an_executed_order_is_refused_with_GA006()
    {
        await using var t = await StartAsync();
        t.Sandbox.Market.SetPrice("TCS", 3150m);
        var orderId = (await CreateAsync(t, LimitBuy("REF-0000004", 3200m))).Str("groww_order_id");

        using var cancel = await t.GrowwAsync(HttpMethod.Post, "order/cancel", new { segment = "CASH", groww_order_id = orderId });

        Assert.Equal(HttpStatusCode.BadRequest, cancel.StatusCode);
        Assert.Equal("GA006", (await cancel.ReadAsync()).Str("error.code"));
    }

    [Fact]
    public async Task Modify_moves_the_limit_price_and_the_order_fills_when_it_becomes_marketable()
    {
        await using var t = await StartAsync();
        t.Sandbox.Market.SetPrice("TCS", 3150m);
        var orderId = (await CreateAsync(t, LimitBuy("REF-0000005", 3000m))).Str("groww_order_id");

        using var modify = await t.GrowwAsync(HttpMethod.Post, "order/modify", new
        {
            groww_order_id = orderId, segment = "CASH", order_type = "LIMIT", quantity = 10, price = 3150m, trigger_price = (decimal?)null,
        });

        Assert.Equal(HttpStatusCode.OK, modify.StatusCode);
        Assert.Equal("EXECUTED", (await modify.ReadAsync()).Str("payload.order_status"));
        Assert.Equal(1, t.Sandbox.Groww.Account(GrowwUcc).Orders.Single().Modifications);
    }

    [Fact]
    public async Task A_duplicate_order_reference_id_is_refused_with_GA007_and_no_second_order_exists()
    {
        await using var t = await StartAsync();
        await CreateAsync(t, LimitBuy("DUPLICATE-REF1", 3000m));

        using var again = await t.GrowwAsync(HttpMethod.Post, "order/create", LimitBuy("DUPLICATE-REF1", 3000m));

        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Equal(
            """{"status":"FAILURE","error":{"code":"GA007","message":"Duplicate order reference id","metadata":null}}""",
            await again.TextAsync());
        Assert.Single(t.Sandbox.Groww.Account(GrowwUcc).Orders);
    }

    [Fact]
    public async Task Status_by_reference_finds_the_order()
    {
        await using var t = await StartAsync();
        var orderId = (await CreateAsync(t, LimitBuy("LOOKUP-REF-01", 3000m))).Str("groww_order_id");

        using var response = await t.GrowwAsync(HttpMethod.Get, "order/status/reference/LOOKUP-REF-01?segment=CASH");

        Assert.Equal(orderId, (await response.ReadAsync()).Str("payload.groww_order_id"));
    }

    [Fact]
    public async Task Status_by_an_unknown_reference_gets_404_GA004()
    {
        await using var t = await StartAsync();

        using var response = await t.GrowwAsync(HttpMethod.Get, "order/status/reference/NEVER-PLACED?segment=CASH");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("GA004", (await response.ReadAsync()).Str("error.code"));
    }

    [Fact]
    public async Task Status_without_segment_is_refused_with_GA001()
    {
        await using var t = await StartAsync();
        var orderId = (await CreateAsync(t, LimitBuy("SEGMENT-REF1", 3000m))).Str("groww_order_id");

        using var response = await t.GrowwAsync(HttpMethod.Get, $"order/status/{orderId}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("segment is required.", (await response.ReadAsync()).Str("error.message"));
    }

    [Theory]
    [InlineData("LIMIT", null, null, "price is required for LIMIT orders.")]
    [InlineData("SL", 3000.0, null, "trigger_price is required for SL orders.")]
    [InlineData("SL_M", null, null, "trigger_price is required for SL_M orders.")]
    [InlineData("LIMIT", 3000.03, null, "price 3000.03 is not a multiple of the tick size 0.05.")]
    public async Task Create_refuses_missing_or_bad_prices_with_GA001(string orderType, double? price, double? trigger, string message)
    {
        await using var t = await StartAsync();

        using var response = await t.GrowwAsync(HttpMethod.Post, "order/create", new
        {
            trading_symbol = "TCS", quantity = 1, price = (decimal?)price, trigger_price = (decimal?)trigger, validity = "DAY", exchange = "NSE",
            segment = "CASH", product = "CNC", order_type = orderType, transaction_type = "BUY", order_reference_id = "BADPRICE-01",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.ReadAsync();
        Assert.Equal("GA001", body.Str("error.code"));
        Assert.Equal(message, body.Str("error.message"));
        Assert.Empty(t.Sandbox.Groww.Account(GrowwUcc).Orders);
    }

    [Theory]
    [InlineData("trading_symbol", "NOSUCHSTOCK", "Invalid trading symbol.")]
    [InlineData("order_reference_id", "short", "order_reference_id must be 8 to 20 letters or digits with at most two hyphens.")]
    [InlineData("order_reference_id", "A-B-C-DEFGH", "order_reference_id must be 8 to 20 letters or digits with at most two hyphens.")]
    [InlineData("exchange", "NYSE", "exchange 'NYSE' is invalid; expected one of NSE, BSE, MCX.")]
    [InlineData("order_type", "SL-M", "order_type 'SL-M' is invalid; expected one of MARKET, LIMIT, SL, SL_M.")]
    public async Task Create_refuses_bad_fields_with_a_message_naming_them(string field, string value, string message)
    {
        await using var t = await StartAsync();
        var order = JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(LimitBuy("FIELDS-REF-01", 3000m), TestJson.Options))!.AsObject();
        order[field] = value;

        using var response = await t.GrowwAsync(HttpMethod.Post, "order/create", order.ToJsonString());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(message, (await response.ReadAsync()).Str("error.message"));
    }

    [Fact]
    public async Task A_delivery_sell_beyond_the_holdings_is_rejected_by_the_risk_check()
    {
        await using var t = await StartAsync();

        var created = await CreateAsync(t, new
        {
            trading_symbol = "INFY", quantity = 6, price = 0, validity = "DAY", exchange = "NSE", segment = "CASH",
            product = "CNC", order_type = "MARKET", transaction_type = "SELL", order_reference_id = "SELL-TOO-MANY",
        });

        Assert.Equal("REJECTED", created.Str("order_status"));
        Assert.StartsWith("Insufficient holdings", created.Str("remark"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_order_beyond_the_available_funds_is_rejected()
    {
        await using var t = await StartAsync();

        var created = await CreateAsync(t, LimitBuy("TOO-EXPENSIVE", 3100m, quantity: 100, product: "CNC"));

        Assert.Equal("REJECTED", created.Str("order_status"));
        Assert.StartsWith("Insufficient funds", created.Str("remark"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Order_list_detail_and_trades_have_the_documented_fields()
    {
        await using var t = await StartAsync();
        t.Sandbox.Market.SetPrice("TCS", 3100m);
        var orderId = (await CreateAsync(t, LimitBuy("LISTING-REF-1", 3100m))).Str("groww_order_id");

        using var list = await t.GrowwAsync(HttpMethod.Get, "order/list?segment=CASH&page=0&page_size=25");
        using var trades = await t.GrowwAsync(HttpMethod.Get, $"order/trades/{orderId}?segment=CASH");

        var order = (await list.ReadAsync())["payload"]!["order_list"]![0]!;
        Assert.Equal(
            [
                "groww_order_id", "trading_symbol", "order_status", "remark", "quantity", "price", "trigger_price", "filled_quantity",
                "remaining_quantity", "average_fill_price", "deliverable_quantity", "amo_status", "validity", "exchange", "order_type",
                "transaction_type", "segment", "product", "created_at", "exchange_time", "trade_date", "order_reference_id", "exchange_order_id",
            ],
            order.Keys());
        Assert.Equal("2026-11-23T09:15:00", order.Str("created_at"));
        var trade = (await trades.ReadAsync())["payload"]!["trade_list"]![0]!;
        Assert.Equal(orderId, trade.Str("groww_order_id"));
        Assert.Equal(10, trade.Long("quantity"));
        Assert.Equal("EXECUTED", trade.Str("trade_status"));
    }

    [Fact]
    public async Task Order_list_refuses_a_page_size_over_100()
    {
        await using var t = await StartAsync();

        using var response = await t.GrowwAsync(HttpMethod.Get, "order/list?page_size=101");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_stop_loss_sell_triggers_when_the_price_falls_to_the_trigger()
    {
        await using var t = await StartAsync();
        t.Sandbox.Market.SetPrice("INFY", 1520m);
        var created = await CreateAsync(t, new
        {
            trading_symbol = "INFY", quantity = 5, trigger_price = 1500m, validity = "DAY", exchange = "NSE", segment = "CASH",
            product = "CNC", order_type = "SL_M", transaction_type = "SELL", order_reference_id = "STOP-LOSS-01",
        });
        Assert.Equal("TRIGGER_PENDING", created.Str("order_status"));

        t.Sandbox.Market.SetPrice("INFY", 1505m);
        Assert.Empty(t.Sandbox.Groww.Account(GrowwUcc).Trades);
        t.Sandbox.Market.SetPrice("INFY", 1499m);

        var trade = Assert.Single(t.Sandbox.Groww.Account(GrowwUcc).Trades);
        Assert.Equal(1499m, trade.Price);
        Assert.DoesNotContain(t.Sandbox.Groww.Account(GrowwUcc).Holdings, h => h.TradingSymbol == "INFY");
    }

    [Fact]
    public async Task Holdings_list_the_configured_demat_holdings()
    {
        await using var t = await StartAsync();

        using var response = await t.GrowwAsync(HttpMethod.Get, "holdings/user");

        var holding = (await response.ReadAsync())["payload"]!["holdings"]![0]!;
        Assert.Equal("INFY", holding.Str("trading_symbol"));
        Assert.Equal("INE009A01021", holding.Str("isin"));
        Assert.Equal(5, holding.Long("quantity"));
        Assert.Equal(1400m, holding.Dec("average_price"));
    }
}
