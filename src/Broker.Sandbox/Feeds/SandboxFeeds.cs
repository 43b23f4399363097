using System.Globalization;
using Broker.Sandbox.Dhan;
using Broker.Sandbox.Engine;
using Broker.Sandbox.Feeds;
using Broker.Sandbox.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Broker.Sandbox;

/// <summary>
/// The sandbox's Dhan WebSockets: the live market feed (binary packets in Dhan's format, streamed from
/// <see cref="BrokerSandbox.Market"/> on every price move), 20/200-level depth, and order updates (JSON
/// <c>order_alert</c> messages whenever a sandbox order changes). Tokens and client ids are checked as on the real
/// hosts (a bad one gets disconnect packet 808, an expired one 807; on the order-update socket a close with status 1008).
/// The feeds are the last stage of a price tick, so what they send shows the state after the tick's fills and triggers.
/// Tests steer it: <see cref="StallConnections"/>, <see cref="FreezeConnections"/>, <see cref="DropConnections"/>,
/// <see cref="SendTruncatedFrame"/>, <see cref="SendDisconnect"/>, <see cref="RejectToken"/>, <see cref="PacketsPerFrame"/>,
/// <see cref="TwoHundredDepthRefusesAppTokens"/>, <see cref="OrderUpdateClosesAfterLogin"/>, <see cref="CloseOrderUpdateConnections"/>.
/// </summary>
public sealed class SandboxFeeds : IAsyncDisposable
{
    internal const string MarketPath = "/dhan/feed";
    internal const string TwentyDepthPath = "/dhan/twentydepth";
    internal const string TwoHundredDepthPath = "/dhan/twohundreddepth";
    internal const string OrderUpdatePath = "/dhan/order-update";

    private readonly SandboxContext _context;
    private readonly FeedConnectionRegistry _registry = new();
    private readonly FeedAuthenticator _authenticator;
    private readonly MarketFeedServer _marketFeed;
    private readonly OrderUpdateServer _orderUpdates;
    private readonly CancellationTokenSource _stopping = new();
    private int _disposed;

    internal SandboxFeeds(SandboxContext context, DhanBroker dhan)
    {
        _context = context;
        _authenticator = new FeedAuthenticator(context, dhan.Tokens);
        _marketFeed = new MarketFeedServer(context, _registry, _authenticator);
        _orderUpdates = new OrderUpdateServer(context, dhan, _registry, _authenticator);
        context.Ticks.Register(TickStage.Feeds, OnTick);
    }

    /// <summary>How many queued tick packets the server may put in one WebSocket frame (1 = one packet per frame). Default 1.</summary>
    public int PacketsPerFrame
    {
        get => _marketFeed.PacketsPerFrame;
        set
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            _marketFeed.PacketsPerFrame = value;
        }
    }

    /// <summary>
    /// When <see langword="true"/>, main-feed packets declare their length without the 8-byte header (the sandbox and the
    /// spec's layout tables count it). No public source confirms which the real feed does; this lets a client be tried
    /// against the other reading. Default <see langword="false"/>.
    /// </summary>
    public bool LengthExcludesHeader
    {
        get => _marketFeed.LengthExcludesHeader;
        set => _marketFeed.LengthExcludesHeader = value;
    }

    /// <summary>When <see langword="true"/>, every new connection is refused with disconnect reason 808.</summary>
    public bool RejectAllTokens
    {
        get => _authenticator.RejectAll;
        set => _authenticator.RejectAll = value;
    }

    /// <summary>
    /// When <see langword="true"/>, the 200-level depth socket refuses tokens minted through the API (JWT claim
    /// <c>tokenConsumerType</c> <c>APP</c>: PIN + TOTP, consent) with disconnect reason 808 and accepts Dhan-Web ones
    /// (<c>SELF</c>, such as the account's seeded token). One user reported this of the real socket (2026-04); which reason
    /// it answers is not known. Default <see langword="false"/>.
    /// </summary>
    public bool TwoHundredDepthRefusesAppTokens
    {
        get => _authenticator.RefuseAppTokensOnTwoHundredDepth;
        set => _authenticator.RefuseAppTokensOnTwoHundredDepth = value;
    }

    /// <summary>
    /// When <see langword="true"/>, the order-update socket answers an accepted login by closing at once (normal closure,
    /// no description, no message): a refusal without a telling status. Default <see langword="false"/>.
    /// </summary>
    public bool OrderUpdateClosesAfterLogin
    {
        get => _orderUpdates.CloseAfterLogin;
        set => _orderUpdates.CloseAfterLogin = value;
    }

    /// <summary>
    /// How often the order-update socket looks for changed orders when nothing wakes it. Default 20 ms. A price tick wakes
    /// it at once; the interval covers orders placed, modified or cancelled over REST.
    /// </summary>
    public TimeSpan OrderUpdatePollInterval
    {
        get => _orderUpdates.PollInterval;
        set => _orderUpdates.PollInterval = value;
    }

    /// <summary>Every connection attempt, in order.</summary>
    public IReadOnlyList<SandboxFeedConnection> Connections => _registry.Attempts;

    /// <summary>How many feed sockets are open now (all kinds).</summary>
    public int OpenConnectionCount => _registry.OpenCount;

    /// <summary>The subscriptions of the open market-feed and depth sockets, as <c>SEGMENT:ID:code</c> (code 15/17/21 for the main feed's modes, 23 for depth).</summary>
    public IReadOnlyList<string> Subscriptions => _registry.Subscriptions;

    /// <summary>Refuses this token from now on (disconnect 808 on the next connection that uses it).</summary>
    /// <param name="accessToken">The token.</param>
    public void RejectToken(string accessToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(accessToken);
        _authenticator.Reject(accessToken);
    }

    /// <summary>The open connections stop sending data (they stay open and keep reading requests): a silent feed.</summary>
    public void StallConnections() => _registry.ForEach(s => s.Stall());

    /// <summary>The open connections stop reading and sending entirely, as if the server hung: a dead socket.</summary>
    public void FreezeConnections() => _registry.ForEach(s => s.Freeze());

    /// <summary>Closes every logged-in order-update connection with a normal close, no description and no message before it.</summary>
    public void CloseOrderUpdateConnections() => _orderUpdates.CloseAll();

    /// <summary>Drops every open connection without a close handshake.</summary>
    public void DropConnections() => _registry.ForEach(s => s.Socket.Abort());

    /// <summary>Sends every open market-feed connection a frame holding a complete ticker packet followed by a quote packet cut short.</summary>
    public void SendTruncatedFrame() => ForEachMarketFeed(s =>
    {
        var ticker = SandboxFeedPackets.Ticker(1, 1, 1f, 0);
        var quote = SandboxFeedPackets.Quote(1, 1, _context.Market.States[0], 0);
        s.Enqueue([.. ticker, .. quote.AsSpan(0, 20)], coalescible: false);
    });

    /// <summary>Sends every open market-feed connection a packet with an undocumented response code.</summary>
    /// <param name="responseCode">The code, such as 99.</param>
    public void SendUnknownPacket(byte responseCode) => ForEachMarketFeed(s =>
    {
        var packet = SandboxFeedPackets.OpenInterest(1, 1, 1);
        packet[0] = responseCode;
        s.Enqueue(packet, coalescible: false);
    });

    /// <summary>Sends every open market/depth connection Dhan's disconnect packet with a reason, then closes it.</summary>
    /// <param name="reasonCode">The reason (805, 807, 808…).</param>
    public void SendDisconnect(int reasonCode) => _registry.ForEach(s => s.Disconnect(reasonCode));

    /// <summary>
    /// Queues <paramref name="count"/> ticker packets for the first subscribed instrument of every market-feed connection
    /// (prices stepping by one paisa), packed <see cref="PacketsPerFrame"/> to a frame. For throughput measurements.
    /// </summary>
    /// <param name="count">How many packets per connection.</param>
    /// <returns>How many packets were queued in all.</returns>
    public int SendBurst(int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        var queued = 0;
        ForEachMarketFeed(s =>
        {
            var first = s.Subscriptions().FirstOrDefault();
            if (first.Segment is null || !uint.TryParse(first.SecurityId, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            {
                return;
            }

            var segment = SandboxFeedPackets.SegmentCode(first.Segment);
            var ltt = SandboxFeedPackets.IstSeconds(_context.Clock.GetUtcNow());
            for (var i = 0; i < count; i++)
            {
                s.Enqueue(SandboxFeedPackets.Ticker(segment, id, 1000f + ((i % 1000) * 0.01f), ltt), coalescible: true);
            }

            Interlocked.Add(ref queued, count);
        });
        return queued;
    }

    /// <summary>Closes every feed socket.</summary>
    /// <returns>A task that completes when the sockets are closed.</returns>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        lock (_context.Gate)
        {
            _context.Ticks.Unregister(TickStage.Feeds);
        }

        await _stopping.CancelAsync().ConfigureAwait(false);
        _registry.ForEach(s => s.Socket.Abort());
        _stopping.Dispose();
    }

    /// <summary>Completes once at least <paramref name="count"/> feed sockets are open, for tests that must not poll.</summary>
    internal Task WhenOpenConnectionsAsync(int count, CancellationToken cancellationToken) =>
        _registry.WhenOpenCountReachesAsync(count, cancellationToken);

    internal void Map(WebApplication app)
    {
        app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.FromSeconds(10) });
        app.Map(MarketPath, http => AcceptAsync(http, SandboxFeedKind.MarketFeed));
        app.Map(TwentyDepthPath, http => AcceptAsync(http, SandboxFeedKind.TwentyDepth));
        app.Map(TwoHundredDepthPath, http => AcceptAsync(http, SandboxFeedKind.TwoHundredDepth));
        app.Map(OrderUpdatePath, http => AcceptAsync(http, SandboxFeedKind.OrderUpdate));
    }

    /// <summary>The feeds' tick stage, the last one: stream the tick, then let the order-update sockets report the tick's fills.</summary>
    private void OnTick(InstrumentState state)
    {
        _marketFeed.Publish(state);
        _orderUpdates.Notify();
    }

    private async Task AcceptAsync(HttpContext http, SandboxFeedKind kind)
    {
        if (!http.WebSockets.IsWebSocketRequest)
        {
            http.Response.StatusCode = 400;
            return;
        }

        using var socket = await http.WebSockets.AcceptWebSocketAsync().ConfigureAwait(false);
        var stopping = _stopping.Token;
        if (kind == SandboxFeedKind.OrderUpdate)
        {
            await _orderUpdates.RunAsync(socket, stopping).ConfigureAwait(false);
            return;
        }

        var token = http.Request.Query["token"].ToString();
        var clientId = http.Request.Query["clientId"].ToString();
        await _marketFeed.RunAsync(socket, kind, token, clientId, stopping).ConfigureAwait(false);
    }

    private void ForEachMarketFeed(Action<FeedSession> action) => _registry.ForEach(s =>
    {
        if (s.Kind == SandboxFeedKind.MarketFeed)
        {
            action(s);
        }
    });
}
