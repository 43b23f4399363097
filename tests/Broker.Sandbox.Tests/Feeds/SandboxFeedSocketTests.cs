using System.Buffers.Binary;
using System.Net.WebSockets;
using System.Text;

namespace Broker.Sandbox.Tests.Feeds;

/// <summary>The sandbox's Dhan market-feed socket seen by a raw WebSocket client: bytes on the wire.</summary>
public sealed class SandboxFeedSocketTests
{
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(5);

    private static async Task<ClientWebSocket> ConnectAsync(BrokerSandbox sandbox, string token, string clientId)
    {
        var socket = new ClientWebSocket();
        var uri = new Uri(sandbox.DhanMarketFeedUri + $"?version=2&token={Uri.EscapeDataString(token)}&clientId={clientId}&authType=2");
        using var timeout = new CancellationTokenSource(Guard);
        await socket.ConnectAsync(uri, timeout.Token);
        return socket;
    }

    private static async Task<byte[]> ReceiveAsync(ClientWebSocket socket)
    {
        using var timeout = new CancellationTokenSource(Guard);
        var buffer = new byte[65536];
        var count = 0;
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer.AsMemory(count), timeout.Token);
            count += result.Count;
            if (result.EndOfMessage)
            {
                return buffer[..count];
            }
        }
    }

    private static Task SendAsync(ClientWebSocket socket, string json) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(json), WebSocketMessageType.Text, true, CancellationToken.None);

    [Fact]
    public async Task Subscription_is_answered_with_previous_close_and_ticker_in_one_frame()
    {
        var options = new SandboxOptions();
        await using var sandbox = await BrokerSandbox.StartAsync(options);
        using var socket = await ConnectAsync(sandbox, sandbox.Dhan.DefaultAccount.ActiveAccessToken!, options.Dhan.Accounts[0].ClientId);

        await SendAsync(socket, """{"RequestCode":15,"InstrumentCount":1,"InstrumentList":[{"ExchangeSegment":"NSE_EQ","SecurityId":"2885"}]}""");
        var frame = await ReceiveAsync(socket);

        Assert.Equal(32, frame.Length);
        Assert.Equal((6, 16, 1, 2885u), (frame[0], BinaryPrimitives.ReadUInt16LittleEndian(frame.AsSpan(1)), frame[3], BinaryPrimitives.ReadUInt32LittleEndian(frame.AsSpan(4))));
        Assert.Equal(1418.20f, BinaryPrimitives.ReadSingleLittleEndian(frame.AsSpan(8)));
        Assert.Equal((2, 16), (frame[16], BinaryPrimitives.ReadUInt16LittleEndian(frame.AsSpan(17))));
        Assert.Equal(1425.50f, BinaryPrimitives.ReadSingleLittleEndian(frame.AsSpan(24)));
        Assert.Equal(["NSE_EQ:2885:15"], sandbox.Feeds.Subscriptions);
    }

    [Fact]
    public async Task Unknown_token_gets_disconnect_packet_and_close()
    {
        var options = new SandboxOptions();
        await using var sandbox = await BrokerSandbox.StartAsync(options);
        using var socket = await ConnectAsync(sandbox, "not-a-token", options.Dhan.Accounts[0].ClientId);

        var frame = await ReceiveAsync(socket);

        Assert.Equal((50, 10, 809), (frame[0], BinaryPrimitives.ReadUInt16LittleEndian(frame.AsSpan(1)), BinaryPrimitives.ReadUInt16LittleEndian(frame.AsSpan(8))));
        Assert.False(Assert.Single(sandbox.Feeds.Connections).Accepted);
    }

    [Fact]
    public async Task Token_of_another_client_id_gets_808()
    {
        var options = new SandboxOptions();
        await using var sandbox = await BrokerSandbox.StartAsync(options);
        using var socket = await ConnectAsync(sandbox, sandbox.Dhan.DefaultAccount.ActiveAccessToken!, "9999999999");

        var frame = await ReceiveAsync(socket);

        Assert.Equal(808, BinaryPrimitives.ReadUInt16LittleEndian(frame.AsSpan(8)));
    }

    [Fact]
    public async Task More_than_a_hundred_instruments_in_one_message_gets_804()
    {
        var options = new SandboxOptions();
        await using var sandbox = await BrokerSandbox.StartAsync(options);
        using var socket = await ConnectAsync(sandbox, sandbox.Dhan.DefaultAccount.ActiveAccessToken!, options.Dhan.Accounts[0].ClientId);
        var list = string.Join(",", Enumerable.Range(1, 101).Select(i => $$"""{"ExchangeSegment":"NSE_EQ","SecurityId":"{{i}}"}"""));

        await SendAsync(socket, $$"""{"RequestCode":15,"InstrumentCount":101,"InstrumentList":[{{list}}]}""");
        var frame = await ReceiveAsync(socket);

        Assert.Equal((50, 804), (frame[0], BinaryPrimitives.ReadUInt16LittleEndian(frame.AsSpan(8))));
    }

    [Fact]
    public async Task Sixth_connection_of_an_account_disconnects_the_oldest_with_805()
    {
        var options = new SandboxOptions();
        await using var sandbox = await BrokerSandbox.StartAsync(options);
        var token = sandbox.Dhan.DefaultAccount.ActiveAccessToken!;
        var clientId = options.Dhan.Accounts[0].ClientId;
        var sockets = new List<ClientWebSocket>();
        for (var i = 0; i < 6; i++)
        {
            sockets.Add(await ConnectAsync(sandbox, token, clientId));
            using var timeout = new CancellationTokenSource(Guard);
            await sandbox.Feeds.WhenOpenConnectionsAsync(i + 1, timeout.Token);
        }

        var frame = await ReceiveAsync(sockets[0]);

        Assert.Equal((50, 805), (frame[0], BinaryPrimitives.ReadUInt16LittleEndian(frame.AsSpan(8))));
        foreach (var socket in sockets)
        {
            socket.Dispose();
        }
    }

    [Fact]
    public async Task Price_move_streams_a_quote_packet_to_a_quote_subscriber()
    {
        var options = new SandboxOptions();
        await using var sandbox = await BrokerSandbox.StartAsync(options);
        using var socket = await ConnectAsync(sandbox, sandbox.Dhan.DefaultAccount.ActiveAccessToken!, options.Dhan.Accounts[0].ClientId);
        await SendAsync(socket, """{"RequestCode":17,"InstrumentCount":1,"InstrumentList":[{"ExchangeSegment":"NSE_EQ","SecurityId":"1333"}]}""");
        await ReceiveAsync(socket);

        sandbox.Market.SetPrice("HDFCBANK", 990.10m);
        var frame = await ReceiveAsync(socket);

        Assert.Equal((4, 50), (frame[0], frame.Length));
        Assert.Equal(990.10f, BinaryPrimitives.ReadSingleLittleEndian(frame.AsSpan(8)));
    }
}
