using System.Net;
using System.Text.Json.Nodes;
using Broker.Sandbox.Tests.Support;
using static Broker.Sandbox.Tests.Support.SandboxTestContext;

namespace Broker.Sandbox.Tests.Infrastructure;

public sealed class ExtraEndpointTests
{
    private const string SocketKey = "UABCDEFGHIJKLMNOPQRSTUVWXYZ234567ABCDEFGHIJKLMNOPQRSTUVW";

    [Fact]
    public async Task Groww_socket_token_answers_the_unenveloped_token_and_subscription_id()
    {
        await using var t = await StartAsync();

        using var response = await t.GrowwAsync(HttpMethod.Post, "api/apex/v1/socket/token/create", new { socketKey = SocketKey });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.ReadAsync();
        Assert.Equal(["token", "subscriptionId"], body.Keys());
        Assert.StartsWith("eyJ", body.Str("token"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Groww_socket_token_at_the_slashed_url_answers_307_to_the_unslashed_one()
    {
        await using var t = await StartAsync();

        using var response = await t.GrowwAsync(HttpMethod.Post, "api/apex/v1/socket/token/create/", new { socketKey = SocketKey });

        Assert.Equal(HttpStatusCode.TemporaryRedirect, response.StatusCode);
        Assert.Equal("/v1/api/apex/v1/socket/token/create", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Groww_order_margin_reports_the_cnc_requirement_and_refuses_a_cash_basket()
    {
        await using var t = await StartAsync();
        var order = new { trading_symbol = "TCS", transaction_type = "BUY", quantity = 2, price = 3000m, order_type = "LIMIT", product = "CNC", exchange = "NSE" };

        using var single = await t.GrowwAsync(HttpMethod.Post, "margins/detail/orders?segment=CASH", new[] { order });
        using var basket = await t.GrowwAsync(HttpMethod.Post, "margins/detail/orders?segment=CASH", new[] { order, order });

        var payload = (await single.ReadAsync())["payload"]!;
        Assert.Equal(6000m, payload.Dec("cash_cnc_margin_required"));
        Assert.Equal(6000m, payload.Dec("total_requirement"));
        Assert.Equal(HttpStatusCode.BadRequest, basket.StatusCode);
    }

    [Fact]
    public async Task Dhan_margin_calculator_reports_intraday_margin_and_leverage()
    {
        await using var t = await StartAsync();

        using var response = await t.DhanAsync(HttpMethod.Post, "margincalculator", new JsonObject
        {
            ["dhanClientId"] = DhanClientId, ["exchangeSegment"] = "NSE_EQ", ["transactionType"] = "BUY", ["quantity"] = 10,
            ["productType"] = "INTRADAY", ["securityId"] = "1333", ["price"] = 1000m,
        }.ToJsonString());

        var body = await response.ReadAsync();
        Assert.Equal(2000m, body.Dec("totalMargin"));
        Assert.Equal(100_000m, body.Dec("availableBalance"));
        Assert.Equal(0m, body.Dec("insufficientBalance"));
        Assert.Equal("5.00", body.Str("leverage"));
    }

    [Fact]
    public async Task Dhan_slicing_places_the_order_and_answers_an_array_of_acknowledgements()
    {
        await using var t = await StartAsync();

        using var response = await t.DhanAsync(HttpMethod.Post, "orders/slicing", new JsonObject
        {
            ["dhanClientId"] = DhanClientId, ["transactionType"] = "BUY", ["exchangeSegment"] = "NSE_EQ", ["productType"] = "INTRADAY",
            ["orderType"] = "LIMIT", ["validity"] = "DAY", ["securityId"] = "11536", ["quantity"] = 1, ["price"] = 3000m,
        }.ToJsonString());

        var ack = (await response.ReadAsync()).AsArray().Single()!;
        Assert.Equal(t.Sandbox.Dhan.Account(DhanClientId).Orders.Single().OrderId, ack.Str("orderId"));
    }
}
