using System.Net.WebSockets;
using System.Text.Json;
using System.Threading.Channels;

namespace Broker.Sandbox.Feeds;

/// <summary>One accepted feed socket: a writer draining an outgoing queue (coalescing tick packets into frames) and a reader for requests.</summary>
internal sealed class FeedSession
{
    private readonly Channel<Outgoing> _outgoing = Channel.CreateUnbounded<Outgoing>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Lock _gate = new();
    private readonly HashSet<(string Segment, string SecurityId, int Mode)> _subscriptions = [];
    private readonly Func<int> _packetsPerFrame;
    private volatile bool _stalled;
    private volatile bool _frozen;

    public FeedSession(WebSocket socket, SandboxFeedKind kind, string clientId, int id, Func<int> packetsPerFrame)
    {
        _packetsPerFrame = packetsPerFrame;
        Socket = socket;
        Kind = kind;
        ClientId = clientId;
        Id = id;
    }

    public WebSocket Socket { get; }

    public SandboxFeedKind Kind { get; }

    public string ClientId { get; }

    public int Id { get; }

    public bool IsStalled => _stalled;

    public List<(string Segment, string SecurityId, int Mode)> Subscriptions()
    {
        lock (_gate)
        {
            return [.. _subscriptions];
        }
    }

    public bool IsSubscribed(string segment, string securityId, out List<int> modes)
    {
        lock (_gate)
        {
            modes = [.. _subscriptions.Where(s => s.Segment == segment && s.SecurityId == securityId).Select(s => s.Mode)];
            return modes.Count > 0;
        }
    }

    public void Stall() => _stalled = true;

    public void Freeze()
    {
        _frozen = true;
        _stalled = true;
    }

    public void Enqueue(byte[] data, bool coalescible) => _outgoing.Writer.TryWrite(new Outgoing(data, coalescible, false));

    public void EnqueueClose() => _outgoing.Writer.TryWrite(new Outgoing([], false, true));

    /// <summary>Sends Dhan's disconnect packet (the depth sockets have their own layout) with a reason, then closes.</summary>
    public void Disconnect(int reasonCode)
    {
        var packet = Kind is SandboxFeedKind.TwentyDepth or SandboxFeedKind.TwoHundredDepth
            ? SandboxFeedPackets.DepthDisconnect(reasonCode)
            : SandboxFeedPackets.Disconnect(reasonCode);
        Enqueue(packet, coalescible: false);
        EnqueueClose();
    }

    public async Task RunAsync(Func<FeedSession, JsonElement, Task> onRequest, CancellationToken stopping)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        var writer = WriteLoopAsync(linked.Token);
        try
        {
            await ReadLoopAsync(onRequest, linked.Token).ConfigureAwait(false);
        }
        finally
        {
            await linked.CancelAsync().ConfigureAwait(false);
            _outgoing.Writer.TryComplete();
            try
            {
                await writer.ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is OperationCanceledException or WebSocketException or IOException or ObjectDisposedException)
            {
                // The socket is gone.
            }
        }
    }

    public void AddSubscription(string segment, string securityId, int mode)
    {
        lock (_gate)
        {
            _subscriptions.Add((segment, securityId, mode));
        }
    }

    public void RemoveSubscription(string segment, string securityId, int mode)
    {
        lock (_gate)
        {
            _subscriptions.Remove((segment, securityId, mode));
        }
    }

    public int SubscriptionCount
    {
        get
        {
            lock (_gate)
            {
                return _subscriptions.Count;
            }
        }
    }

    private async Task ReadLoopAsync(Func<FeedSession, JsonElement, Task> onRequest, CancellationToken cancellationToken)
    {
        var buffer = new byte[64 * 1024];
        var count = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            if (_frozen)
            {
                await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
            }

            if (count == buffer.Length)
            {
                Array.Resize(ref buffer, buffer.Length * 2);
            }

            var result = await Socket.ReceiveAsync(buffer.AsMemory(count), cancellationToken).ConfigureAwait(false);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                if (Socket.State == WebSocketState.CloseReceived)
                {
                    using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(1));
                    await Socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token).ConfigureAwait(false);
                }

                return;
            }

            count += result.Count;
            if (!result.EndOfMessage)
            {
                continue;
            }

            if (_frozen)
            {
                count = 0;
                continue;
            }

            JsonDocument? document = null;
            try
            {
                document = JsonDocument.Parse(buffer.AsMemory(0, count));
            }
            catch (JsonException)
            {
                Disconnect(814);
            }

            count = 0;
            if (document is not null)
            {
                using (document)
                {
                    await onRequest(this, document.RootElement).ConfigureAwait(false);
                }
            }
        }
    }

    private async Task WriteLoopAsync(CancellationToken cancellationToken)
    {
        var reader = _outgoing.Reader;
        var frame = new List<byte>(4096);
        while (await reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
        {
            while (reader.TryRead(out var item))
            {
                if (item.Close)
                {
                    using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(1));
                    await Socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "disconnect", timeout.Token).ConfigureAwait(false);
                    return;
                }

                if (_stalled)
                {
                    continue;
                }

                var perFrame = _packetsPerFrame();
                if (!item.Coalescible || perFrame <= 1)
                {
                    await SendAsync(item.Data, cancellationToken).ConfigureAwait(false);
                    continue;
                }

                frame.Clear();
                frame.AddRange(item.Data);
                var packets = 1;
                while (packets < perFrame && reader.TryPeek(out var next) && next.Coalescible && reader.TryRead(out next))
                {
                    frame.AddRange(next.Data);
                    packets++;
                }

                await SendAsync([.. frame], cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private Task SendAsync(byte[] data, CancellationToken cancellationToken) =>
        Kind == SandboxFeedKind.OrderUpdate
            ? Socket.SendAsync(data, WebSocketMessageType.Text, true, cancellationToken)
            : Socket.SendAsync(data, WebSocketMessageType.Binary, true, cancellationToken);

    private readonly record struct Outgoing(byte[] Data, bool Coalescible, bool Close);
}
