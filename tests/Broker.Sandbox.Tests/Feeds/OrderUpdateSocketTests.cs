using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using Broker.Sandbox.Tests.Support;
using static Broker.Sandbox.Tests.Support.SandboxTestContext;

namespace Broker.Sandbox.Tests.Feeds;

/// <summary>The order-update socket seen by a raw WebSocket client.</summary>
public sealed class OrderUpdateSocketTests
{
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(5);

    private static async Task<ClientWebSocket> LoginAsync(SandboxTestContext t, string token)
    {
        var socket = new ClientWebSocket();
        using var timeout = new CancellationTokenSource(Guard);
        await socket.ConnectAsync(t.Sandbox.DhanOrderUpdateUri, timeout.Token);
        var login = $$"""{"LoginReq":{"MsgCode":42,"ClientId":"{{DhanClientId}}","Token":"{{token}}"},"UserType":"SELF"}""";
        await socket.SendAsync(Encoding.UTF8.GetBytes(login), WebSocketMessageType.Text, true, timeout.Token);
        return socket;
    }

    private static async Task<JsonNode> ReceiveAsync(ClientWebSocket socket)
    {
        using var timeout = new CancellationTokenSource(Guard);
        var buffer = new byte[16384];
        var count = 0;
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer.AsMemory(count), timeout.Token);
            count += result.Count;
            if (result.EndOfMessage)
            {
                return JsonNode.Parse(buffer.AsSpan(0, count))!;
            }
        }
    }

    [Fact]
    public async Task A_tick_wakes_the_socket_so_a_fill_arrives_without_waiting_for_the_poll()
    {
        await using var t = await StartAsync();
        t.Sandbox.Feeds.OrderUpdatePollInterval = TimeSpan.FromHours(1);
        using var socket = await LoginAsync(t, DhanAccessToken);
        using (var opened = new CancellationTokenSource(Guard))
        {
            await t.Sandbox.Feeds.WhenOpenConnectionsAsync(1, opened.Token);
        }

        using var placed = await t.DhanAsync(HttpMethod.Post, "orders", new JsonObject
        {
            ["dhanClientId"] = DhanClientId, ["transactionType"] = "BUY", ["exchangeSegment"] = "NSE_EQ", ["productType"] = "INTRADAY",
            ["orderType"] = "LIMIT", ["validity"] = "DAY", ["securityId"] = "2885", ["quantity"] = 5, ["price"] = 1400m,
        }.ToJsonString());
        var orderId = (await placed.ReadAsync()).Str("orderId");
        t.Sandbox.Market.SetPrice("RELIANCE", 1399m);

        var alert = await ReceiveAsync(socket);

        Assert.Equal("order_alert", alert.Str("Type"));
        Assert.Equal((orderId, "Traded", 5L), (alert.Str("Data.OrderNo"), alert.Str("Data.Status"), alert.Long("Data.TradedQty")));
    }

    [Fact]
    public async Task A_refused_login_is_recorded_and_closed_with_policy_violation()
    {
        await using var t = await StartAsync();
        t.Sandbox.Feeds.RejectToken(DhanAccessToken);
        using var socket = await LoginAsync(t, DhanAccessToken);

        using var timeout = new CancellationTokenSource(Guard);
        var result = await socket.ReceiveAsync(new byte[256], timeout.Token);

        Assert.Equal((WebSocketMessageType.Close, WebSocketCloseStatus.PolicyViolation), (result.MessageType, socket.CloseStatus));
        var attempt = Assert.Single(t.Sandbox.Feeds.Connections);
        Assert.Equal((SandboxFeedKind.OrderUpdate, false), (attempt.Kind, attempt.Accepted));
        Assert.Equal(0, t.Sandbox.Feeds.OpenConnectionCount);
    }
}
