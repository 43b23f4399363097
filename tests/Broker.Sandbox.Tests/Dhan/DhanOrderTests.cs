using System.Net;
using System.Text.Json.Nodes;
using Broker.Sandbox.Tests.Support;
using static Broker.Sandbox.Tests.Support.SandboxTestContext;

namespace Broker.Sandbox.Tests.Dhan;

public sealed class DhanOrderTests
{
    private static JsonObject Order(string orderType = "LIMIT", decimal? price = 3000m, string correlationId = "corr-1", string securityId = "11536", long quantity = 10) => new()
    {
        ["dhanClientId"] = DhanClientId,
        ["correlationId"] = correlationId,
        ["transactionType"] = "BUY",
        ["exchangeSegment"] = "NSE_EQ",
        ["productType"] = "INTRADAY",
        ["orderType"] = orderType,
        ["validity"] = "DAY",
        ["securityId"] = securityId,
        ["quantity"] = quantity,
        ["price"] = price,
        ["afterMarketOrder"] = false,
    };

    private static async Task<string> PlaceAsync(SandboxTestContext t, JsonObject order)
    {
        using var response = await t.DhanAsync(HttpMethod.Post, "orders", order.ToJsonString());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.ReadAsync();
        Assert.Equal(["orderId", "orderStatus"], body.Keys());
        Assert.Equal("TRANSIT", body.Str("orderStatus"));
        return body.Str("orderId");
    }

    [Fact]
    public async Task A_limit_order_rests_pending_then_trades_when_the_price_crosses_and_shows_in_trades_positions_and_funds()
    {
        await using var t = await StartAsync();
        t.Sandbox.Market.SetPrice("TCS", 3150m);

        var orderId = await PlaceAsync(t, Order(price: 3100m));

        using (var pending = await t.DhanAsync(HttpMethod.Get, $"orders/{orderId}"))
        {
            var order = await pending.ReadAsync();
            Assert.Equal("PENDING", order.Str("orderStatus"));
            Assert.Equal("corr-1", order.Str("correlationId"));
            Assert.Equal("0001-01-01", order.Str("drvExpiryDate"));
        }

        t.Sandbox.Market.SetPrice("TCS", 3095m);

        using var traded = await t.DhanAsync(HttpMethod.Get, $"orders/{orderId}");
        var filled = await traded.ReadAsync();
        Assert.Equal("TRADED", filled.Str("orderStatus"));
        Assert.Equal(10, filled.Long("filledQty"));
        Assert.Equal(3095m, filled.Dec("averageTradedPrice"));

        using var trades = await t.DhanAsync(HttpMethod.Get, $"trades/{orderId}");
        var trade = (await trades.ReadAsync())[0]!;
        Assert.Equal(10, trade.Long("tradedQuantity"));
        Assert.Equal(3095m, trade.Dec("tradedPrice"));

        using var positions = await t.DhanAsync(HttpMethod.Get, "positions");
        var position = (await positions.ReadAsync())[0]!;
        Assert.Equal("LONG", position.Str("positionType"));
        Assert.Equal(10, position.Long("netQty"));
        Assert.Equal("11536", position.Str("securityId"));

        using var funds = await t.DhanAsync(HttpMethod.Get, "fundlimit");
        var fund = await funds.ReadAsync();
        Assert.Equal(["dhanClientId", "availabelBalance", "sodLimit", "collateralAmount", "receiveableAmount", "utilizedAmount", "blockedPayoutAmount", "withdrawableBalance"], fund.Keys());
        Assert.Equal(100_000m - (10 * 3095m * 0.2m), fund.Dec("availabelBalance"));
        Assert.Equal(10 * 3095m * 0.2m, fund.Dec("utilizedAmount"));
    }

    [Fact]
    public async Task Cancel_answers_cancelled_and_cancelling_again_gets_DH906_nothing_to_cancel()
    {
        await using var t = await StartAsync();
        t.Sandbox.Market.SetPrice("TCS", 3150m);
        var orderId = await PlaceAsync(t, Order(price: 3000m));

        using var cancel = await t.DhanAsync(HttpMethod.Delete, $"orders/{orderId}");
        using var again = await t.DhanAsync(HttpMethod.Delete, $"orders/{orderId}");

        Assert.Equal(HttpStatusCode.OK, cancel.StatusCode);
        Assert.Equal("CANCELLED", (await cancel.ReadAsync()).Str("orderStatus"));
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Equal("""{"errorType":"Order_Error","errorCode":"DH-906","errorMessage":"Nothing to Cancel . "}""", await again.TextAsync());
    }

    [Fact]
    public async Task Modify_with_total_quantity_and_a_marketable_price_trades_the_order()
    {
        await using var t = await StartAsync();
        t.Sandbox.Market.SetPrice("TCS", 3150m);
        var orderId = await PlaceAsync(t, Order(price: 3000m));

        using var modify = await t.DhanAsync(HttpMethod.Put, $"orders/{orderId}", new JsonObject
        {
            ["dhanClientId"] = DhanClientId, ["orderId"] = orderId, ["orderType"] = "LIMIT", ["legName"] = "ENTRY_LEG",
            ["quantity"] = 12, ["price"] = 3150.0m, ["validity"] = "DAY",
        }.ToJsonString());

        Assert.Equal(HttpStatusCode.OK, modify.StatusCode);
        var order = t.Sandbox.Dhan.Account(DhanClientId).Orders.Single();
        Assert.Equal(SandboxOrderState.Filled, order.State);
        Assert.Equal(12, order.FilledQuantity);
    }

    [Fact]
    public async Task Modify_with_a_body_order_id_different_from_the_path_is_refused_with_DH905()
    {
        await using var t = await StartAsync();
        var orderId = await PlaceAsync(t, Order(price: 3000m));

        using var modify = await t.DhanAsync(HttpMethod.Put, $"orders/{orderId}", new JsonObject
        {
            ["dhanClientId"] = DhanClientId, ["orderId"] = "1", ["orderType"] = "LIMIT", ["quantity"] = 10, ["price"] = 3000m, ["validity"] = "DAY",
        }.ToJsonString());

        Assert.Equal(HttpStatusCode.BadRequest, modify.StatusCode);
        Assert.Equal("DH-905", (await modify.ReadAsync()).Str("errorCode"));
    }

    [Fact]
    public async Task Modify_beyond_the_configured_maximum_is_refused_with_DH906()
    {
        await using var t = await StartAsync(o => o.Dhan.MaxModificationsPerOrder = 1);
        t.Sandbox.Market.SetPrice("TCS", 3150m);
        var orderId = await PlaceAsync(t, Order(price: 3000m));
        var body = new JsonObject
        {
            ["dhanClientId"] = DhanClientId, ["orderId"] = orderId, ["orderType"] = "LIMIT", ["quantity"] = 10, ["price"] = 3005m, ["validity"] = "DAY",
        }.ToJsonString();

        using var first = await t.DhanAsync(HttpMethod.Put, $"orders/{orderId}", body);
        using var second = await t.DhanAsync(HttpMethod.Put, $"orders/{orderId}", body);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, second.StatusCode);
        Assert.Equal("DH-906", (await second.ReadAsync()).Str("errorCode"));
    }

    [Fact]
    public async Task A_market_order_trades_at_once_at_the_last_price()
    {
        await using var t = await StartAsync();
        t.Sandbox.Market.SetPrice("RELIANCE", 1425.50m);

        var orderId = await PlaceAsync(t, Order("MARKET", 0m, securityId: "2885", quantity: 2));

        var order = t.Sandbox.Dhan.Account(DhanClientId).Orders.Single(o => o.OrderId == orderId);
        Assert.Equal("TRADED", order.Status);
        Assert.Equal(1425.50m, order.AveragePrice);
    }

    [Theory]
    [InlineData("LIMIT", 0.0, "Invalid Price for orderType LIMIT: a price greater than 0 is required.")]
    [InlineData("STOP_LOSS_MARKET", 0.0, "triggerPrice is required for orderType STOP_LOSS_MARKET.")]
    public async Task Place_refuses_missing_prices_with_DH905_and_a_specific_message(string orderType, double price, string message)
    {
        await using var t = await StartAsync();

        using var response = await t.DhanAsync(HttpMethod.Post, "orders", Order(orderType, (decimal)price).ToJsonString());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.ReadAsync();
        Assert.Equal("Input_Exception", body.Str("errorType"));
        Assert.Equal("DH-905", body.Str("errorCode"));
        Assert.Equal(message, body.Str("errorMessage"));
    }

    [Theory]
    [InlineData("quantity", "\"\"", "quantity must be a whole number.")]
    [InlineData("dhanClientId", "\"1000000009\"", "dhanClientId does not match the access token.")]
    [InlineData("correlationId", "\"abcdefghijklmnopqrstuvwxyz\"", "correlationId can be at most 25 characters.")]
    [InlineData("correlationId", "\"bad/char\"", "correlationId may contain only letters, digits, space, '_' and '-'.")]
    [InlineData("exchangeSegment", "\"IDX_I\"", "Orders cannot be placed on exchangeSegment IDX_I.")]
    [InlineData("securityId", "\"424242\"", "Invalid securityId 424242 for exchangeSegment NSE_EQ.")]
    [InlineData("productType", "\"CASH\"", "productType 'CASH' is invalid; expected one of CNC, INTRADAY, MARGIN, MTF.")]
    public async Task Place_refuses_bad_fields_with_DH905(string field, string json, string message)
    {
        await using var t = await StartAsync();
        var order = Order();
        order[field] = JsonNode.Parse(json);

        using var response = await t.DhanAsync(HttpMethod.Post, "orders", order.ToJsonString());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(message, (await response.ReadAsync()).Str("errorMessage"));
        Assert.Empty(t.Sandbox.Dhan.Account(DhanClientId).Orders);
    }

    [Fact]
    public async Task Place_accepts_numbers_sent_as_strings_like_the_docs_samples()
    {
        await using var t = await StartAsync();
        var order = Order();
        order["quantity"] = "5";
        order["price"] = "3000";

        await PlaceAsync(t, order);

        Assert.Equal(5, t.Sandbox.Dhan.Account(DhanClientId).Orders.Single().Quantity);
    }

    [Fact]
    public async Task A_limit_price_outside_the_circuit_is_accepted_then_rejected_by_rms_with_the_reason_in_the_book()
    {
        await using var t = await StartAsync();

        var orderId = await PlaceAsync(t, Order(price: 100m));

        using var response = await t.DhanAsync(HttpMethod.Get, $"orders/{orderId}");
        var order = await response.ReadAsync();
        Assert.Equal("REJECTED", order.Str("orderStatus"));
        Assert.StartsWith($"RMS:{orderId}:Order Price needs to be Circuit Limits of", order.Str("omsErrorDescription"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lookup_by_correlation_id_finds_the_order_and_an_unknown_one_gets_404_DH906()
    {
        await using var t = await StartAsync();
        var orderId = await PlaceAsync(t, Order(correlationId: "my-ref-42"));

        using var found = await t.DhanAsync(HttpMethod.Get, "orders/external/my-ref-42");
        using var missing = await t.DhanAsync(HttpMethod.Get, "orders/external/never-sent");

        Assert.Equal(orderId, (await found.ReadAsync()).Str("orderId"));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("DH-906", (await missing.ReadAsync()).Str("errorCode"));
    }

    [Fact]
    public async Task An_unknown_order_id_answers_200_with_an_empty_array_as_measured()
    {
        await using var t = await StartAsync();

        using var response = await t.DhanAsync(HttpMethod.Get, "orders/112999999999");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("[]", await response.TextAsync());
    }

    [Fact]
    public async Task The_order_book_lists_orders_with_the_documented_fields()
    {
        await using var t = await StartAsync();
        await PlaceAsync(t, Order());

        using var response = await t.DhanAsync(HttpMethod.Get, "orders");

        var order = (await response.ReadAsync())[0]!;
        Assert.Equal(
            [
                "dhanClientId", "orderId", "exchangeOrderId", "correlationId", "orderStatus", "transactionType", "exchangeSegment", "productType",
                "orderType", "validity", "tradingSymbol", "securityId", "quantity", "disclosedQuantity", "price", "triggerPrice", "afterMarketOrder",
                "boProfitValue", "boStopLossValue", "legName", "createTime", "updateTime", "exchangeTime", "drvExpiryDate", "drvOptionType",
                "drvStrikePrice", "omsErrorCode", "omsErrorDescription", "algoId", "remainingQuantity", "averageTradedPrice", "filledQty",
            ],
            order.Keys());
        Assert.Equal("2026-11-23 09:15:00", order.Str("createTime"));
    }

    [Fact]
    public async Task Empty_holdings_answer_500_DH1111_as_production_does()
    {
        await using var t = await StartAsync();

        using var response = await t.DhanAsync(HttpMethod.Get, "holdings");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("""{"errorType":"HOLDING_ERROR","errorCode":"DH-1111","errorMessage":"No holdings available"}""", await response.TextAsync());
    }

    [Fact]
    public async Task A_delivery_buy_fill_appears_in_holdings_as_t1()
    {
        await using var t = await StartAsync();
        t.Sandbox.Market.SetPrice("INFY", 1500m);
        var order = Order("MARKET", 0m, securityId: "1594", quantity: 3);
        order["productType"] = "CNC";
        await PlaceAsync(t, order);

        using var response = await t.DhanAsync(HttpMethod.Get, "holdings");

        var holding = (await response.ReadAsync())[0]!;
        Assert.Equal("INFY", holding.Str("tradingSymbol"));
        Assert.Equal(3, holding.Long("totalQty"));
        Assert.Equal(3, holding.Long("t1Qty"));
        Assert.Equal(1500m, holding.Dec("avgCostPrice"));
    }

    [Fact]
    public async Task With_a_fill_cap_an_order_is_part_traded_then_completes_on_later_price_moves()
    {
        await using var t = await StartAsync(o => o.MaxFillQuantity = 4);
        t.Sandbox.Market.SetPrice("TCS", 3150m);

        var orderId = await PlaceAsync(t, Order("MARKET", 0m, quantity: 10));

        using (var partial = await t.DhanAsync(HttpMethod.Get, $"orders/{orderId}"))
        {
            var order = await partial.ReadAsync();
            Assert.Equal(("PART_TRADED", 4L, 6L), (order.Str("orderStatus"), order.Long("filledQty"), order.Long("remainingQuantity")));
        }

        t.Sandbox.Market.SetPrice("TCS", 3151m);
        t.Sandbox.Market.SetPrice("TCS", 3152m);

        var done = t.Sandbox.Dhan.Account(DhanClientId).Orders.Single();
        Assert.Equal((SandboxOrderState.Filled, 10L), (done.State, done.FilledQuantity));
        Assert.Equal(3, t.Sandbox.Dhan.Account(DhanClientId).Trades.Count);
        Assert.Equal(Math.Round(((4 * 3150m) + (4 * 3151m) + (2 * 3152m)) / 10, 2), done.AveragePrice);
    }

    [Fact]
    public async Task Cancelling_a_part_traded_order_keeps_its_fills()
    {
        await using var t = await StartAsync(o => o.MaxFillQuantity = 3);
        var orderId = await PlaceAsync(t, Order("MARKET", 0m, quantity: 10));

        using var cancel = await t.DhanAsync(HttpMethod.Delete, $"orders/{orderId}");

        Assert.Equal("CANCELLED", (await cancel.ReadAsync()).Str("orderStatus"));
        var order = t.Sandbox.Dhan.Account(DhanClientId).Orders.Single();
        Assert.Equal(3, order.FilledQuantity);
        Assert.Equal(3, t.Sandbox.Dhan.Account(DhanClientId).Positions.Single().NetQuantity);
    }
}
