using System.Net;
using System.Text.Json.Nodes;
using Broker.Sandbox.Tests.Support;
using Broker.Testing;
using Microsoft.Extensions.Logging;
using static Broker.Sandbox.Tests.Support.SandboxTestContext;
using Microsoft.Extensions.Logging.Testing;

namespace Broker.Sandbox.Tests.Dhan;

/// <summary>
/// Postbacks (spec §14): an account with a <c>PostbackUrl</c> gets the order JSON POSTed on every status change,
/// modification and partial fill. The receiver is a loopback server; tests wait on the sandbox's postback log.
/// </summary>
public sealed class DhanPostbackTests
{
    private const string SecretPath = "/dhan/postback/p0stb4ck-path-secret";
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(10);

    private static RawHttpServer Receiver() => new((_, connection) => connection.WriteAsync(RawHttpServer.Response(200, "ok", "text/plain")));

    private static Task<SandboxTestContext> StartWithPostbacksAsync(RawHttpServer receiver, Action<SandboxOptions>? configure = null) => StartAsync(o =>
    {
        o.Dhan.Accounts[0].PostbackUrl = new Uri(receiver.BaseAddress, SecretPath);
        configure?.Invoke(o);
    });

    private static JsonObject Order(string orderType = "LIMIT", decimal? price = 3000m, long quantity = 10) => new()
    {
        ["dhanClientId"] = DhanClientId, ["correlationId"] = "pb-1", ["transactionType"] = "BUY", ["exchangeSegment"] = "NSE_EQ",
        ["productType"] = "INTRADAY", ["orderType"] = orderType, ["validity"] = "DAY", ["securityId"] = "11536", ["quantity"] = quantity,
        ["price"] = price,
    };

    private static async Task<string> PlaceAsync(SandboxTestContext t, JsonObject order)
    {
        using var response = await t.DhanAsync(HttpMethod.Post, "orders", order.ToJsonString());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.ReadAsync()).Str("orderId");
    }

    private static async Task<IReadOnlyList<SandboxPostback>> WaitForAsync(SandboxTestContext t, int count)
    {
        using var timeout = new CancellationTokenSource(Guard);
        await t.Sandbox.DhanPostbacks.WhenCountReachesAsync(count, timeout.Token);
        return t.Sandbox.DhanPostbacks.Snapshot();
    }

    private static (string Status, long Filled) Summary(SandboxPostback p) => (p.OrderStatus, p.FilledQuantity);

    [Fact]
    public async Task A_resting_order_is_posted_back_once_as_pending_in_the_documented_shape()
    {
        await using var receiver = Receiver();
        await using var t = await StartWithPostbacksAsync(receiver);
        t.Sandbox.Market.SetPrice("TCS", 3150m);
        var orderId = await PlaceAsync(t, Order(price: 3000m));

        await WaitForAsync(t, 1);

        var request = Assert.Single(receiver.Requests);
        var body = JsonNode.Parse(request.BodyText)!.AsObject();
        Assert.Equal(("POST", SecretPath, "application/json"), (request.Method, request.Path, request.Headers["Content-Type"]));
        Assert.Equal((orderId, "PENDING", 0L, 10L), (body.Str("orderId"), body.Str("orderStatus"), body["filled_qty"]!.GetValue<long>(), body["remainingQuantity"]!.GetValue<long>()));
        Assert.Equal((false, true, (JsonNode?)null), (body.ContainsKey("filledQty"), body.ContainsKey("algoId"), body["algoId"]));
    }

    [Fact]
    public async Task The_postback_carries_every_order_book_field()
    {
        await using var receiver = Receiver();
        await using var t = await StartWithPostbacksAsync(receiver);
        t.Sandbox.Market.SetPrice("TCS", 3150m);
        await PlaceAsync(t, Order(price: 3000m));
        using var book = await t.DhanAsync(HttpMethod.Get, "orders");
        var bookFields = (await book.ReadAsync()).AsArray().Single()!.AsObject().Select(p => p.Key).ToList();

        var postback = (await WaitForAsync(t, 1)).Single();

        var postbackFields = JsonNode.Parse(postback.Body)!.AsObject().Select(p => p.Key).ToList();
        Assert.Equal(bookFields.Select(k => k == "filledQty" ? "filled_qty" : k), postbackFields);
    }

    [Fact]
    public async Task A_market_order_is_posted_back_when_placed_and_again_when_traded()
    {
        await using var receiver = Receiver();
        await using var t = await StartWithPostbacksAsync(receiver);

        await PlaceAsync(t, Order(orderType: "MARKET", price: null, quantity: 5));

        Assert.Equal([("PENDING", 0L), ("TRADED", 5L)], (await WaitForAsync(t, 2)).Select(Summary));
    }

    [Fact]
    public async Task Each_partial_fill_is_posted_back()
    {
        await using var receiver = Receiver();
        await using var t = await StartWithPostbacksAsync(receiver, o => o.MaxFillQuantity = 2);
        t.Sandbox.Market.SetPrice("TCS", 3150m);
        await PlaceAsync(t, Order(price: 3000m, quantity: 5));

        t.Sandbox.Market.SetPrice("TCS", 2999m);
        t.Sandbox.Market.SetPrice("TCS", 2998m);
        t.Sandbox.Market.SetPrice("TCS", 2997m);

        Assert.Equal(
            [("PENDING", 0L), ("PART_TRADED", 2L), ("PART_TRADED", 4L), ("TRADED", 5L)],
            (await WaitForAsync(t, 4)).Select(Summary));
    }

    [Fact]
    public async Task A_modification_is_posted_back()
    {
        await using var receiver = Receiver();
        await using var t = await StartWithPostbacksAsync(receiver);
        t.Sandbox.Market.SetPrice("TCS", 3150m);
        var orderId = await PlaceAsync(t, Order(price: 3000m));

        using var modify = await t.DhanAsync(HttpMethod.Put, $"orders/{orderId}", new JsonObject
        {
            ["dhanClientId"] = DhanClientId, ["orderId"] = orderId, ["orderType"] = "LIMIT", ["quantity"] = 12, ["price"] = 3010m, ["validity"] = "DAY",
        }.ToJsonString());

        var modified = (await WaitForAsync(t, 2))[1];
        var body = JsonNode.Parse(modified.Body)!;
        Assert.Equal(("PENDING", 12L, 3010m), (modified.OrderStatus, body["quantity"]!.GetValue<long>(), body["price"]!.GetValue<decimal>()));
    }

    [Fact]
    public async Task A_cancellation_is_posted_back()
    {
        await using var receiver = Receiver();
        await using var t = await StartWithPostbacksAsync(receiver);
        t.Sandbox.Market.SetPrice("TCS", 3150m);
        var orderId = await PlaceAsync(t, Order(price: 3000m));

        using var cancel = await t.DhanAsync(HttpMethod.Delete, $"orders/{orderId}");

        Assert.Equal([("PENDING", 0L), ("CANCELLED", 0L)], (await WaitForAsync(t, 2)).Select(Summary));
    }

    [Fact]
    public async Task A_rejection_is_posted_back_with_its_reason()
    {
        await using var receiver = Receiver();
        await using var t = await StartWithPostbacksAsync(receiver);

        await PlaceAsync(t, Order(price: 3000m, quantity: 1000));

        var rejected = (await WaitForAsync(t, 1)).Single();
        Assert.Equal("REJECTED", rejected.OrderStatus);
        Assert.Contains("Insufficient funds", JsonNode.Parse(rejected.Body)!.Str("omsErrorDescription"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_receiver_that_does_not_answer_is_given_up_after_the_timeout_without_holding_up_the_order()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var receiver = new RawHttpServer((_, _) => release.Task);
        await using var t = await StartWithPostbacksAsync(receiver, o => o.Dhan.PostbackTimeout = TimeSpan.FromMilliseconds(200));
        t.Sandbox.Market.SetPrice("TCS", 3150m);

        await PlaceAsync(t, Order(price: 3000m));

        var postback = (await WaitForAsync(t, 1)).Single();
        release.SetResult();
        Assert.Equal((false, 0, "no answer within 0.2 s"), (postback.Delivered, postback.StatusCode, postback.Error));
    }

    [Fact]
    public async Task A_receiver_that_answers_an_error_is_recorded_as_not_delivered()
    {
        await using var receiver = new RawHttpServer((_, connection) => connection.WriteAsync(RawHttpServer.Response(500, "boom", "text/plain")));
        await using var t = await StartWithPostbacksAsync(receiver);
        t.Sandbox.Market.SetPrice("TCS", 3150m);

        await PlaceAsync(t, Order(price: 3000m));

        var postback = (await WaitForAsync(t, 1)).Single();
        Assert.Equal((false, 500), (postback.Delivered, postback.StatusCode));
    }

    [Fact]
    public async Task A_failed_postback_is_logged_with_the_receivers_host_but_never_its_secret_path()
    {
        var capture = new FakeLogCollector();
        using var factory = LoggerFactory.Create(b => b.AddProvider(new FakeLoggerProvider(capture)).SetMinimumLevel(LogLevel.Trace));
        await using var receiver = new RawHttpServer((_, connection) => connection.WriteAsync(RawHttpServer.Response(503, "down", "text/plain")));
        await using var t = await StartWithPostbacksAsync(receiver, o => o.LoggerFactory = factory);
        t.Sandbox.Market.SetPrice("TCS", 3150m);

        await PlaceAsync(t, Order(price: 3000m));
        await WaitForAsync(t, 1);

        var failure = Assert.Single(capture.WithEventId(6008));
        Assert.Contains(receiver.BaseAddress.ToString(), failure.ToFullText(), StringComparison.Ordinal);
        Assert.DoesNotContain("p0stb4ck-path-secret", capture.AllText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_postback_url_set_after_start_is_used_from_the_next_change()
    {
        await using var receiver = Receiver();
        DhanSandboxAccount? configured = null;
        await using var t = await StartAsync(o => configured = o.Dhan.Accounts[0]);
        t.Sandbox.Market.SetPrice("TCS", 3150m);
        var account = t.Sandbox.Dhan.Account(DhanClientId);
        await PlaceAsync(t, Order(price: 3000m));

        configured!.PostbackUrl = new Uri(receiver.BaseAddress, SecretPath);
        t.Sandbox.Market.SetPrice("TCS", 2990m);

        Assert.Equal([("TRADED", 10L)], (await WaitForAsync(t, 1)).Select(Summary));
        Assert.Equal(SandboxOrderState.Filled, account.Orders.Single().State);
    }
}
