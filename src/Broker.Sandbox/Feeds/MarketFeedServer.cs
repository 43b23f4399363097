using System.Buffers.Binary;
using System.Globalization;
using System.Net.WebSockets;
using System.Text.Json;
using Broker.Sandbox.Engine;
using Broker.Sandbox.Hosting;

namespace Broker.Sandbox.Feeds;

/// <summary>
/// The live market feed and the 20/200-level depth sockets: authenticates a connection from its query string, answers
/// subscribe and unsubscribe requests with Dhan's limits and disconnect codes, and streams each tick to the subscribers
/// of its instrument.
/// </summary>
internal sealed class MarketFeedServer(SandboxContext context, FeedConnectionRegistry registry, FeedAuthenticator authenticator)
{
    private int _packetsPerFrame = 1;
    private volatile bool _lengthExcludesHeader;

    /// <summary>How many queued tick packets may share one WebSocket frame.</summary>
    public int PacketsPerFrame
    {
        get => Volatile.Read(ref _packetsPerFrame);
        set => Volatile.Write(ref _packetsPerFrame, value);
    }

    /// <summary>Whether main-feed packets declare their length without the 8-byte header.</summary>
    public bool LengthExcludesHeader
    {
        get => _lengthExcludesHeader;
        set => _lengthExcludesHeader = value;
    }

    /// <summary>Serves one accepted market-feed or depth socket until it closes or the sandbox stops.</summary>
    public async Task RunAsync(WebSocket socket, SandboxFeedKind kind, string token, string clientId, CancellationToken stopping)
    {
        var reason = authenticator.Check(token, clientId, kind);
        var session = new FeedSession(socket, kind, clientId, registry.NextId(), () => PacketsPerFrame);
        var oldest = registry.Open(session, new SandboxFeedConnection(session.Id, kind, clientId, token, reason == 0));
        oldest?.Disconnect(805);
        if (reason != 0)
        {
            session.Disconnect(reason);
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
            registry.Close(session);
        }
    }

    /// <summary>The feeds' tick stage: queue the instrument's packets for its subscribers. Runs under the sandbox's lock.</summary>
    public void Publish(InstrumentState state)
    {
        var segmentName = state.Definition.DhanExchangeSegment;
        var id = state.Definition.DhanSecurityId;
        if (!uint.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var securityId))
        {
            return;
        }

        var segment = SandboxFeedPackets.SegmentCode(segmentName);
        var now = context.Clock.GetUtcNow();
        registry.ForEach(s =>
        {
            if (s.Kind == SandboxFeedKind.OrderUpdate || !s.IsSubscribed(segmentName, id, out var modes))
            {
                return;
            }

            foreach (var mode in modes)
            {
                var packet = s.Kind == SandboxFeedKind.MarketFeed
                    ? Relabel(MarketFeedFrames.Packet(mode, segment, securityId, state, now))
                    : MarketFeedFrames.Depth(s.Kind, segment, securityId, state);
                s.Enqueue(packet, coalescible: true);
            }
        });
    }

    private Task OnRequestAsync(FeedSession session, JsonElement request)
    {
        if (request.ValueKind != JsonValueKind.Object || !request.TryGetProperty("RequestCode", out var codeElement) || !codeElement.TryGetInt32(out var code))
        {
            session.Disconnect(814);
            return Task.CompletedTask;
        }

        if (code == 12)
        {
            session.EnqueueClose();
            return Task.CompletedTask;
        }

        var instruments = ReadInstruments(request);
        if (instruments is null)
        {
            session.Disconnect(804);
            return Task.CompletedTask;
        }

        var isDepth = session.Kind != SandboxFeedKind.MarketFeed;
        var subscribe = isDepth ? code == 23 : code is 15 or 17 or 21;
        var unsubscribe = isDepth ? code is 24 or 25 : code is 16 or 18 or 22;
        if (!subscribe && !unsubscribe)
        {
            session.Disconnect(814);
            return Task.CompletedTask;
        }

        var mode = isDepth ? 23 : (subscribe ? code : code - 1);
        if (unsubscribe)
        {
            foreach (var (segment, id) in instruments)
            {
                session.RemoveSubscription(segment, id, mode);
            }
        }
        else
        {
            Subscribe(session, instruments, mode);
        }

        return Task.CompletedTask;
    }

    /// <summary>The request's instruments, or <see langword="null"/> when its count is wrong or over 100 (disconnect 804).</summary>
    private static List<(string Segment, string SecurityId)>? ReadInstruments(JsonElement request)
    {
        var instruments = new List<(string Segment, string SecurityId)>();
        if (request.TryGetProperty("InstrumentList", out var list) && list.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in list.EnumerateArray())
            {
                instruments.Add((item.GetProperty("ExchangeSegment").GetString() ?? string.Empty, item.GetProperty("SecurityId").GetString() ?? string.Empty));
            }

            var countMatches = request.TryGetProperty("InstrumentCount", out var count) && count.GetInt32() == instruments.Count;
            return countMatches && instruments.Count <= 100 ? instruments : null;
        }

        if (request.TryGetProperty("ExchangeSegment", out var segment) && request.TryGetProperty("SecurityId", out var id))
        {
            instruments.Add((segment.GetString() ?? string.Empty, id.GetString() ?? string.Empty));
        }

        return instruments;
    }

    private void Subscribe(FeedSession session, List<(string Segment, string SecurityId)> instruments, int mode)
    {
        var limit = session.Kind switch
        {
            SandboxFeedKind.TwentyDepth => 50,
            SandboxFeedKind.TwoHundredDepth => 1,
            _ => 5000,
        };
        if (session.SubscriptionCount + instruments.Count > limit)
        {
            session.Disconnect(804);
            return;
        }

        var snapshot = new List<byte>();
        lock (context.Gate)
        {
            var now = context.Clock.GetUtcNow();
            foreach (var (segment, id) in instruments)
            {
                session.AddSubscription(segment, id, mode);
                var state = context.Market.FindDhan(segment, id);
                if (state is not null)
                {
                    snapshot.AddRange(MarketFeedFrames.Snapshot(session.Kind, mode, segment, id, state, now));
                }
            }
        }

        if (snapshot.Count > 0)
        {
            byte[] frame = [.. snapshot];
            session.Enqueue(session.Kind == SandboxFeedKind.MarketFeed ? Relabel(frame) : frame, coalescible: false);
        }
    }

    /// <summary>Rewrites each main-feed packet's length to exclude the header, when <see cref="LengthExcludesHeader"/> is set.</summary>
    private byte[] Relabel(byte[] packets)
    {
        if (!LengthExcludesHeader)
        {
            return packets;
        }

        for (var offset = 0; offset + 3 <= packets.Length;)
        {
            var length = BinaryPrimitives.ReadUInt16LittleEndian(packets.AsSpan(offset + 1));
            if (length < 8)
            {
                break;
            }

            BinaryPrimitives.WriteUInt16LittleEndian(packets.AsSpan(offset + 1), (ushort)(length - 8));
            offset += length;
        }

        return packets;
    }
}
