using System.Net;
using System.Text.Json.Nodes;
using Broker.Sandbox.Tests.Support;
using static Broker.Sandbox.Tests.Support.SandboxTestContext;

namespace Broker.Sandbox.Tests.Dhan;

/// <summary>Wire details of the later Dhan routes: categories, status codes and error shapes the client hides.</summary>
public sealed class DhanMoreEndpointTests
{
    private static JsonObject SuperBuy(decimal price, decimal target, decimal stop) => new()
    {
        ["dhanClientId"] = DhanClientId, ["transactionType"] = "BUY", ["exchangeSegment"] = "NSE_EQ", ["productType"] = "INTRADAY",
        ["orderType"] = "LIMIT", ["securityId"] = "11536", ["quantity"] = 1, ["price"] = price, ["targetPrice"] = target,
        ["stopLossPrice"] = stop, ["trailingJump"] = 0,
    };

    [Theory]
    [InlineData("POST", "super/orders", DhanRateCategories.Order)]
    [InlineData("GET", "super/orders", DhanRateCategories.NonTrading)]
    [InlineData("POST", "alerts/orders", DhanRateCategories.Order)]
    [InlineData("GET", "alerts/orders", DhanRateCategories.NonTrading)]
    [InlineData("GET", "ledger?from-date=2025-01-01&to-date=2025-01-31", DhanRateCategories.NonTrading)]
    [InlineData("GET", "trades/2025-01-01/2025-01-31/0", DhanRateCategories.NonTrading)]
    [InlineData("GET", "edis/inquire/ALL", DhanRateCategories.NonTrading)]
    [InlineData("POST", "optionchain/expirylist", DhanRateCategories.Data)]
    [InlineData("POST", "charts/rollingoption", DhanRateCategories.Data)]
    [InlineData("POST", "margincalculator/multi", DhanRateCategories.NonTrading)]
    [InlineData("POST", "positions/convert", DhanRateCategories.Order)]
    [InlineData("GET", "pnlExit", DhanRateCategories.NonTrading)]
    [InlineData("GET", "ip/getIP", DhanRateCategories.NonTrading)]
    public async Task Each_route_counts_against_its_rate_category(string method, string path, string category)
    {
        await using var t = await StartAsync();

        using var response = await t.DhanAsync(new HttpMethod(method), path, method == "GET" ? null : "{}");

        Assert.Equal(category, Assert.Single(t.Sandbox.Requests.Snapshot()).Category);
    }

    [Fact]
    public async Task The_static_ip_routes_are_named_for_fault_injection()
    {
        await using var t = await StartAsync();
        t.Sandbox.Faults.Inject(SandboxEndpointNames.DhanIpGet, Fault.Status(503));

        using var response = await t.DhanAsync(HttpMethod.Get, "ip/getIP");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(SandboxEndpointNames.DhanIpGet, Assert.Single(t.Sandbox.Requests.Snapshot()).Endpoint);
    }

    [Fact]
    public async Task A_super_order_target_below_a_buy_entry_is_an_input_error()
    {
        await using var t = await StartAsync();

        using var response = await t.DhanAsync(HttpMethod.Post, "super/orders", SuperBuy(3100m, 3090m, 3050m).ToJsonString());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("DH-905", (await response.ReadAsync()).Str("errorCode"));
    }

    [Fact]
    public async Task A_super_order_leg_cancelled_twice_has_nothing_to_cancel()
    {
        await using var t = await StartAsync();
        using var placed = await t.DhanAsync(HttpMethod.Post, "super/orders", SuperBuy(3100m, 3200m, 3050m).ToJsonString());
        var orderId = (await placed.ReadAsync()).Str("orderId");

        using var first = await t.DhanAsync(HttpMethod.Delete, $"super/orders/{orderId}/TARGET_LEG");
        using var second = await t.DhanAsync(HttpMethod.Delete, $"super/orders/{orderId}/TARGET_LEG");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("Nothing to Cancel . ", (await second.ReadAsync()).Str("errorMessage"));
    }

    [Fact]
    public async Task The_super_order_entry_is_in_the_order_book_under_the_super_order_id()
    {
        await using var t = await StartAsync();

        using var placed = await t.DhanAsync(HttpMethod.Post, "super/orders", SuperBuy(3100m, 3200m, 3050m).ToJsonString());

        var orderId = (await placed.ReadAsync()).Str("orderId");
        Assert.Equal(orderId, Assert.Single(t.Sandbox.Dhan.Account(DhanClientId).Orders).OrderId);
    }

    [Fact]
    public async Task An_option_chain_on_an_unknown_underlying_answers_the_data_error_envelope()
    {
        await using var t = await StartAsync();

        using var response = await t.DhanAsync(HttpMethod.Post, "optionchain", """{"UnderlyingScrip":999,"UnderlyingSeg":"IDX_I","Expiry":"2030-01-31"}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("""{"data":{"813":"Invalid SecurityId"},"status":"failed"}""", await response.TextAsync());
    }

    [Fact]
    public async Task The_option_chain_keys_strikes_with_six_decimals()
    {
        await using var t = await StartAsync();
        using var list = await t.DhanAsync(HttpMethod.Post, "optionchain/expirylist", """{"UnderlyingScrip":13,"UnderlyingSeg":"IDX_I"}""");
        var expiry = (await list.ReadAsync())["data"]![0]!.GetValue<string>();

        using var chain = await t.DhanAsync(HttpMethod.Post, "optionchain", $$"""{"UnderlyingScrip":13,"UnderlyingSeg":"IDX_I","Expiry":"{{expiry}}"}""");

        var oc = (await chain.ReadAsync())["data"]!["oc"]!;
        Assert.Contains("25850.000000", oc.Keys());
        Assert.Equal(21, oc.Keys().Length);
    }

    [Fact]
    public async Task Expired_options_over_thirty_days_are_an_input_error()
    {
        await using var t = await StartAsync();
        var body = new JsonObject
        {
            ["exchangeSegment"] = "NSE_FNO", ["interval"] = "60", ["securityId"] = 13, ["instrument"] = "OPTIDX", ["expiryFlag"] = "WEEK",
            ["expiryCode"] = 1, ["strike"] = "ATM", ["drvOptionType"] = "PUT", ["requiredData"] = new JsonArray("open", "close"),
            ["fromDate"] = "2025-03-01", ["toDate"] = "2025-04-05",
        };

        using var response = await t.DhanAsync(HttpMethod.Post, "charts/rollingoption", body.ToJsonString());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("DH-905", (await response.ReadAsync()).Str("errorCode"));
    }

    [Fact]
    public async Task Expired_options_leave_the_unrequested_columns_empty_and_the_other_side_null()
    {
        await using var t = await StartAsync();
        var body = new JsonObject
        {
            ["exchangeSegment"] = "NSE_FNO", ["interval"] = "60", ["securityId"] = 13, ["instrument"] = "OPTIDX", ["expiryFlag"] = "MONTH",
            ["expiryCode"] = 1, ["strike"] = "ATM-1", ["drvOptionType"] = "PUT", ["requiredData"] = new JsonArray("close", "strike"),
            ["fromDate"] = "2025-03-03", ["toDate"] = "2025-03-04",
        };

        using var response = await t.DhanAsync(HttpMethod.Post, "charts/rollingoption", body.ToJsonString());

        var data = (await response.ReadAsync())["data"]!;
        Assert.Null(data["ce"]);
        Assert.Equal(7, data["pe"]!["close"]!.AsArray().Count);
        Assert.Equal(7, data["pe"]!["timestamp"]!.AsArray().Count);
        Assert.Empty(data["pe"]!["open"]!.AsArray());
    }

    [Fact]
    public async Task A_position_conversion_answers_202_with_no_body()
    {
        await using var t = await StartAsync();
        using var bought = await t.DhanAsync(HttpMethod.Post, "orders", new JsonObject
        {
            ["dhanClientId"] = DhanClientId, ["transactionType"] = "BUY", ["exchangeSegment"] = "NSE_EQ", ["productType"] = "INTRADAY",
            ["orderType"] = "MARKET", ["validity"] = "DAY", ["securityId"] = "11536", ["quantity"] = 2,
        }.ToJsonString());

        using var response = await t.DhanAsync(HttpMethod.Post, "positions/convert", new JsonObject
        {
            ["dhanClientId"] = DhanClientId, ["fromProductType"] = "INTRADAY", ["exchangeSegment"] = "NSE_EQ", ["positionType"] = "LONG",
            ["securityId"] = "11536", ["convertQty"] = "2", ["toProductType"] = "CNC",
        }.ToJsonString());

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(string.Empty, await response.TextAsync());
        Assert.Equal("CNC", Assert.Single(t.Sandbox.Dhan.Account(DhanClientId).Positions).Product);
    }

    [Fact]
    public async Task A_pnl_exit_reads_back_its_amounts_as_strings()
    {
        await using var t = await StartAsync();
        using var set = await t.DhanAsync(HttpMethod.Post, "pnlExit", $$"""{"dhanClientId":"{{DhanClientId}}","profitValue":"1500.00","lossValue":500,"productType":["INTRADAY"],"enableKillSwitch":false}""");

        using var get = await t.DhanAsync(HttpMethod.Get, "pnlExit");

        Assert.Equal(
            """{"pnlExitStatus":"ACTIVE","profit":"1500.00","loss":"500.00","productType":["INTRADAY"],"enableKillSwitch":false}""",
            await get.TextAsync());
    }
}
