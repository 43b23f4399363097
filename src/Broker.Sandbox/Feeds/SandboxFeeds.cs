using System.Globalization;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
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
/// Tests steer it: <see cref="StallConnections"/>, <see cref="FreezeConnections"/>, <see cref="DropConnections"/>,
/// <see cref="SendTruncatedFrame"/>, <see cref="SendDisconnect"/>, <see cref="RejectToken"/>, <see cref="PacketsPerFrame"/>.
/// </summary>
public sealed class SandboxFeeds : IAsyncDisposable
{
    internal const string MarketPath = "/dhan/feed";
    internal const string TwentyDepthPath = "/dhan/twentydepth";
    internal const string TwoHundredDepthPath = "/dhan/twohundreddepth";
    internal const string OrderUpdatePath = "/dhan/order-update";

    private readonly SandboxContext _context;
    private readonly DhanBroker _dhan;
    private readonly Lock _gate = new();
    private readonly List<FeedSession> _sessions = [];
    private readonly List<SandboxFeedConnection> _attempts = [];
    private readonly HashSet<string> _rejectedTokens = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stopping = new();
    private int _nextId;
    private int _packetsPerFrame = 1;
    private int _disposed;

    internal SandboxFeeds(SandboxContext context, DhanBroker dhan)
    {
        _context = context;
        _dhan = dhan;
        context.Market.PriceChanged += OnPriceChanged;
    }

    /// <summary>How many queued tick packets the server may put in one WebSocket frame (1 = one packet per frame). Default 1.</summary>
    public int PacketsPerFrame
    {
        get => Volatile.Read(ref _packetsPerFrame);
        set
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            Volatile.Write(ref _packetsPerFrame, value);
        }
    }

    /// <summary>When <see langword="true"/>, every new connection is refused with disconnect reason 808.</summary>
    public bool RejectAllTokens { get; set; }

    /// <summary>How often the order-update socket looks for changed orders. Default 20 ms.</summary>
    public TimeSpan OrderUpdatePollInterval { get; set; } = TimeSpan.FromMilliseconds(20);

    /// <summary>Every connection attempt, in order.</summary>
    public IReadOnlyList<SandboxFeedConnection> Connections
    {
        get
        {
            lock (_gate)
            {
                return [.. _attempts];
            }
        }
    }

    /// <summary>How many feed sockets are open now (all kinds).</summary>
    public int OpenConnectionCount
    {
        get
        {
            lock (_gate)
            {
                return _sessions.Count;
            }
        }
    }

    /// <summary>The subscriptions of the open market-feed and depth sockets, as <c>SEGMENT:ID:code</c> (code 15/17/21 for the main feed's modes, 23 for depth).</summary>
    public IReadOnlyList<string> Subscriptions
    {
        get
        {
            lock (_gate)
            {
                return [.. _sessions.SelectMany(s => s.Subscriptions()).Select(s => $"{s.Segment}:{s.SecurityId}:{s.Mode}").Order(StringComparer.Ordinal)];
            }
        }
    }

    /// <summary>Refuses this token from now on (disconnect 808 on the next connection that uses it).</summary>
    /// <param name="accessToken">The token.</param>
    public void RejectToken(string accessToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(accessToken);
        lock (_gate)
        {
            _rejectedTokens.Add(accessToken);
        }
    }

    /// <summary>The open connections stop sending data (they stay open and keep reading requests): a silent feed.</summary>
    public void StallConnections() => ForEachSession(s => s.Stall());

    /// <summary>The open connections stop reading and sending entirely, as if the server hung: a dead socket.</summary>
    public void FreezeConnections() => ForEachSession(s => s.Freeze());

    /// <summary>Drops every open connection without a close handshake.</summary>
    public void DropConnections() => ForEachSession(s => s.Socket.Abort());

    /// <summary>Sends every open market-feed connection a frame holding a complete ticker packet followed by a quote packet cut short.</summary>
    public void SendTruncatedFrame() => ForEachSession(s =>
    {
        if (s.Kind == SandboxFeedKind.MarketFeed)
        {
            var ticker = SandboxFeedPackets.Ticker(1, 1, 1f, 0);
            var quote = SandboxFeedPackets.Quote(1, 1, _context.Market.States[0], 0);
            s.Enqueue([.. ticker, .. quote.AsSpan(0, 20)], coalescible: false);
        }
    });

    /// <summary>Sends every open market-feed connection a packet with an undocumented response code.</summary>
    /// <param name="responseCode">The code, such as 99.</param>
    public void SendUnknownPacket(byte responseCode) => ForEachSession(s =>
    {
        if (s.Kind == SandboxFeedKind.MarketFeed)
        {
            var packet = SandboxFeedPackets.OpenInterest(1, 1, 1);
            packet[0] = responseCode;
            s.Enqueue(packet, coalescible: false);
        }
    });

    /// <summary>Sends every open market/depth connection Dhan's disconnect packet with a reason, then closes it.</summary>
    /// <param name="reasonCode">The reason (805, 807, 808…).</param>
    public void SendDisconnect(int reasonCode) => ForEachSession(s => Reject(s, reasonCode));

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
        ForEachSession(s =>
        {
            var first = s.Kind == SandboxFeedKind.MarketFeed ? s.Subscriptions().FirstOrDefault() : default;
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

        _context.Market.PriceChanged -= OnPriceChanged;
        await _stopping.CancelAsync().ConfigureAwait(false);
        ForEachSession(s => s.Socket.Abort());
        _stopping.Dispose();
    }

    internal void Map(WebApplication app)
    {
        app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.FromSeconds(10) });
        app.Map(MarketPath, http => AcceptAsync(http, SandboxFeedKind.MarketFeed));
        app.Map(TwentyDepthPath, http => AcceptAsync(http, SandboxFeedKind.TwentyDepth));
        app.Map(TwoHundredDepthPath, http => AcceptAsync(http, SandboxFeedKind.TwoHundredDepth));
        app.Map(OrderUpdatePath, http => AcceptAsync(http, SandboxFeedKind.OrderUpdate));
    }

    internal static void Reject(FeedSession session, int reasonCode)
    {
        session.Enqueue(session.Kind is SandboxFeedKind.TwentyDepth or SandboxFeedKind.TwoHundredDepth ? SandboxFeedPackets.DepthDisconnect(reasonCode) : SandboxFeedPackets.Disconnect(reasonCode), coalescible: false);
        session.EnqueueClose();
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
            await RunOrderUpdatesAsync(socket, stopping).ConfigureAwait(false);
            return;
        }

        var token = http.Request.Query["token"].ToString();
        var clientId = http.Request.Query["clientId"].ToString();
        var reason = Authenticate(token, clientId);
        var session = new FeedSession(this, socket, kind, clientId, Interlocked.Increment(ref _nextId));
        FeedSession? oldest = null;
        lock (_gate)
        {
            _attempts.Add(new SandboxFeedConnection(session.Id, kind, clientId, token, reason == 0));
            if (reason == 0)
            {
                var same = _sessions.Where(s => s.Kind == kind && s.ClientId == clientId).ToList();
                if (same.Count >= 5)
                {
                    oldest = same[0];
                }

                _sessions.Add(session);
            }
        }

        if (oldest is not null)
        {
            Reject(oldest, 805);
        }

        if (reason != 0)
        {
            Reject(session, reason);
        }

        try
        {
            await session.RunAsync(OnRequestAsync, stopping).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException or IOException or ObjectDisposedException)
        {
            // The client went away or the sandbox is stopping.
        }
        finally
        {
            lock (_gate)
            {
                _sessions.Remove(session);
            }
        }
    }

    private int Authenticate(string? token, string? clientId)
    {
        if (string.IsNullOrEmpty(token) || string.IsNullOrEmpty(clientId))
        {
            return 808;
        }

        lock (_gate)
        {
            if (RejectAllTokens || _rejectedTokens.Contains(token))
            {
                return 808;
            }
        }

        lock (_context.Gate)
        {
            var issued = _dhan.Tokens.Find(token);
            if (issued is null || issued.Superseded)
            {
                return 809;
            }

            if (!string.Equals(issued.AccountId, clientId, StringComparison.Ordinal))
            {
                return 808;
            }

            return _context.Clock.GetUtcNow() >= issued.ExpiresAt ? 807 : 0;
        }
    }

    private Task OnRequestAsync(FeedSession session, JsonElement request)
    {
        if (request.ValueKind != JsonValueKind.Object || !request.TryGetProperty("RequestCode", out var codeElement) || !codeElement.TryGetInt32(out var code))
        {
            Reject(session, 814);
            return Task.CompletedTask;
        }

        if (code == 12)
        {
            session.EnqueueClose();
            return Task.CompletedTask;
        }

        var instruments = new List<(string Segment, string SecurityId)>();
        if (request.TryGetProperty("InstrumentList", out var list) && list.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in list.EnumerateArray())
            {
                instruments.Add((item.GetProperty("ExchangeSegment").GetString() ?? string.Empty, item.GetProperty("SecurityId").GetString() ?? string.Empty));
            }

            if (!request.TryGetProperty("InstrumentCount", out var count) || count.GetInt32() != instruments.Count || instruments.Count > 100)
            {
                Reject(session, 804);
                return Task.CompletedTask;
            }
        }
        else if (request.TryGetProperty("ExchangeSegment", out var segment) && request.TryGetProperty("SecurityId", out var id))
        {
            instruments.Add((segment.GetString() ?? string.Empty, id.GetString() ?? string.Empty));
        }

        var isDepth = session.Kind != SandboxFeedKind.MarketFeed;
        var subscribe = isDepth ? code == 23 : code is 15 or 17 or 21;
        var unsubscribe = isDepth ? code is 24 or 25 : code is 16 or 18 or 22;
        if (!subscribe && !unsubscribe)
        {
            Reject(session, 814);
            return Task.CompletedTask;
        }

        var mode = isDepth ? 23 : (subscribe ? code : code - 1);
        if (unsubscribe)
        {
            foreach (var (segment, id) in instruments)
            {
                session.RemoveSubscription(segment, id, mode);
            }

            return Task.CompletedTask;
        }

        var limit = session.Kind switch
        {
            SandboxFeedKind.TwentyDepth => 50,
            SandboxFeedKind.TwoHundredDepth => 1,
            _ => 5000,
        };
        if (session.SubscriptionCount + instruments.Count > limit)
        {
            Reject(session, 804);
            return Task.CompletedTask;
        }

        var snapshot = new List<byte>();
        lock (_context.Gate)
        {
            foreach (var (segment, id) in instruments)
            {
                session.AddSubscription(segment, id, mode);
                var state = _context.Market.FindDhan(segment, id);
                if (state is not null)
                {
                    snapshot.AddRange(Snapshot(session.Kind, mode, segment, id, state));
                }
            }
        }

        if (snapshot.Count > 0)
        {
            session.Enqueue([.. snapshot], coalescible: false);
        }

        return Task.CompletedTask;
    }

    private byte[] Snapshot(SandboxFeedKind kind, int mode, string segment, string id, InstrumentState state)
    {
        var segmentCode = SandboxFeedPackets.SegmentCode(segment);
        var securityId = uint.Parse(id, CultureInfo.InvariantCulture);
        if (kind == SandboxFeedKind.MarketFeed)
        {
            return [.. SandboxFeedPackets.PreviousClose(segmentCode, securityId, (float)state.PreviousClose), .. Packet(mode, segmentCode, securityId, state)];
        }

        return Depth(kind, segmentCode, securityId, state);
    }

    private byte[] Packet(int mode, byte segment, uint securityId, InstrumentState state)
    {
        var ltt = SandboxFeedPackets.IstSeconds(state.LastTradeTime ?? _context.Clock.GetUtcNow());
        return mode switch
        {
            17 => SandboxFeedPackets.Quote(segment, securityId, state, ltt),
            21 => SandboxFeedPackets.Full(segment, securityId, state, ltt),
            _ => SandboxFeedPackets.Ticker(segment, securityId, (float)state.LastPrice, ltt),
        };
    }

    private static byte[] Depth(SandboxFeedKind kind, byte segment, uint securityId, InstrumentState state)
    {
        var rows = kind == SandboxFeedKind.TwentyDepth ? 20 : 50;
        var last = kind == SandboxFeedKind.TwentyDepth ? 0u : (uint)rows;
        return [.. SandboxFeedPackets.Depth(true, segment, securityId, state, rows, last), .. SandboxFeedPackets.Depth(false, segment, securityId, state, rows, last)];
    }

    /// <summary>Runs under the market's lock on every price move: queue packets for the subscribers of that instrument.</summary>
    private void OnPriceChanged(InstrumentState state)
    {
        var segmentName = state.Definition.DhanExchangeSegment;
        var id = state.Definition.DhanSecurityId;
        if (!uint.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var securityId))
        {
            return;
        }

        var segment = SandboxFeedPackets.SegmentCode(segmentName);
        ForEachSession(s =>
        {
            if (s.Kind == SandboxFeedKind.OrderUpdate || !s.IsSubscribed(segmentName, id, out var modes))
            {
                return;
            }

            foreach (var mode in modes)
            {
                s.Enqueue(s.Kind == SandboxFeedKind.MarketFeed ? Packet(mode, segment, securityId, state) : Depth(s.Kind, segment, securityId, state), coalescible: true);
            }
        });
    }

    private void ForEachSession(Action<FeedSession> action)
    {
        List<FeedSession> sessions;
        lock (_gate)
        {
            sessions = [.. _sessions];
        }

        foreach (var session in sessions)
        {
            action(session);
        }
    }

    private async Task RunOrderUpdatesAsync(WebSocket socket, CancellationToken stopping)
    {
        var session = new FeedSession(this, socket, SandboxFeedKind.OrderUpdate, string.Empty, Interlocked.Increment(ref _nextId));
        var buffer = new byte[8192];
        string? clientId = null;
        string? token = null;
        try
        {
            var received = await socket.ReceiveAsync(buffer, stopping).ConfigureAwait(false);
            if (received.MessageType == WebSocketMessageType.Text)
            {
                using var login = JsonDocument.Parse(buffer.AsMemory(0, received.Count));
                if (login.RootElement.TryGetProperty("LoginReq", out var request))
                {
                    clientId = request.TryGetProperty("ClientId", out var c) ? c.GetString() : null;
                    token = request.TryGetProperty("Token", out var t) ? t.GetString() : null;
                }
            }

            var reason = Authenticate(token, clientId);
            lock (_gate)
            {
                _attempts.Add(new SandboxFeedConnection(session.Id, SandboxFeedKind.OrderUpdate, clientId, token, reason == 0));
            }

            if (reason != 0)
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(1));
                await socket.CloseOutputAsync(WebSocketCloseStatus.PolicyViolation, "Authentication Failed", timeout.Token).ConfigureAwait(false);
                return;
            }

            lock (_gate)
            {
                _sessions.Add(session);
            }

            var principal = _dhan.Principals.First(p => p.Account.ClientId == clientId);
            using var poll = CancellationTokenSource.CreateLinkedTokenSource(stopping);
            var reader = Task.Run(async () =>
            {
                try
                {
                    while (true)
                    {
                        var r = await socket.ReceiveAsync(buffer, poll.Token).ConfigureAwait(false);
                        if (r.MessageType == WebSocketMessageType.Close)
                        {
                            break;
                        }
                    }
                }
                catch (Exception ex) when (ex is OperationCanceledException or WebSocketException or IOException)
                {
                    // Gone.
                }
                finally
                {
                    await poll.CancelAsync().ConfigureAwait(false);
                }
            }, CancellationToken.None);

            var seen = new Dictionary<string, (SandboxOrderState State, long Filled, int Modifications)>(StringComparer.Ordinal);
            lock (_context.Gate)
            {
                foreach (var order in principal.Book.Orders)
                {
                    seen[order.Id] = (order.State, order.FilledQuantity, order.Modifications);
                }
            }

            using var timer = new PeriodicTimer(OrderUpdatePollInterval);
            while (await timer.WaitForNextTickAsync(poll.Token).ConfigureAwait(false))
            {
                var messages = new List<byte[]>();
                lock (_context.Gate)
                {
                    foreach (var order in principal.Book.Orders)
                    {
                        var now = (order.State, order.FilledQuantity, order.Modifications);
                        if (!seen.TryGetValue(order.Id, out var before) || before != now)
                        {
                            seen[order.Id] = now;
                            messages.Add(OrderAlert(clientId!, order));
                        }
                    }
                }

                foreach (var message in messages)
                {
                    await socket.SendAsync(message, WebSocketMessageType.Text, true, poll.Token).ConfigureAwait(false);
                }
            }

            await reader.ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException or IOException or JsonException or ObjectDisposedException)
        {
            // The client went away, sent garbage, or the sandbox is stopping.
        }
        finally
        {
            lock (_gate)
            {
                _sessions.Remove(session);
            }
        }
    }

    private static byte[] OrderAlert(string clientId, SimOrder order)
    {
        var t = order.Ticket;
        var status = DhanWire.Status(order.State);
        var titled = string.Concat(status[..1], status[1..].ToLowerInvariant());
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream))
        {
            w.WriteStartObject();
            w.WriteStartObject("Data");
            w.WriteString("Exchange", t.Instrument.Definition.Exchange);
            w.WriteString("Segment", t.Instrument.Definition.DhanExchangeSegment.EndsWith("FNO", StringComparison.Ordinal) ? "D" : "E");
            w.WriteString("Source", "P");
            w.WriteString("SecurityId", t.Instrument.Definition.DhanSecurityId);
            w.WriteString("ClientId", clientId);
            w.WriteString("ExchOrderNo", order.State == SandboxOrderState.Rejected ? string.Empty : order.ExchangeOrderId);
            w.WriteString("OrderNo", order.Id);
            w.WriteString("Product", t.Product switch { "CNC" => "C", "INTRADAY" => "I", "MARGIN" => "M", "MTF" => "F", _ => t.Product });
            w.WriteString("TxnType", t.Side == OrderSide.Buy ? "B" : "S");
            w.WriteString("OrderType", DhanWire.FromOrderType(t.OrderType) switch { "LIMIT" => "LMT", "MARKET" => "MKT", "STOP_LOSS" => "SL", _ => "SLM" });
            w.WriteString("Validity", t.Validity);
            w.WriteNumber("DiscQuantity", t.DisclosedQuantity);
            w.WriteNumber("RemainingQuantity", order.RemainingQuantity);
            w.WriteNumber("Quantity", t.Quantity);
            w.WriteNumber("TradedQty", order.FilledQuantity);
            w.WriteNumber("Price", t.Price ?? 0m);
            w.WriteNumber("TriggerPrice", t.TriggerPrice ?? 0m);
            w.WriteNumber("TradedPrice", order.AverageFillPrice ?? 0m);
            w.WriteNumber("AvgTradedPrice", order.AverageFillPrice ?? 0m);
            w.WriteString("OffMktFlag", t.AfterMarketOrder ? "1" : "0");
            w.WriteString("OrderDateTime", DhanWire.Time(order.CreatedAt));
            w.WriteString("ExchOrderTime", order.ExchangeTime is { } exchangeTime ? DhanWire.Time(exchangeTime) : string.Empty);
            w.WriteString("LastUpdatedTime", DhanWire.Time(order.UpdatedAt));
            w.WriteString("Remarks", string.Empty);
            w.WriteString("MktType", "NL");
            w.WriteString("ReasonDescription", order.RejectionReason ?? "CONFIRMED");
            w.WriteNumber("LegNo", 1);
            w.WriteString("Instrument", t.Instrument.Definition.IsIndex ? "INDEX" : "EQUITY");
            w.WriteString("Symbol", t.Instrument.TradingSymbol);
            w.WriteString("ProductName", t.Product);
            w.WriteString("Status", titled);
            w.WriteNumber("LotSize", 1);
            w.WriteString("ExpiryDate", "0001-01-01 00:00:00");
            w.WriteString("OptType", "XX");
            w.WriteString("CorrelationId", t.ClientReference ?? string.Empty);
            w.WriteEndObject();
            w.WriteString("Type", "order_alert");
            w.WriteEndObject();
        }

        return stream.ToArray();
    }
}
