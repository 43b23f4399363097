using System.Globalization;
using Broker.Sandbox.Engine;

namespace Broker.Sandbox.Feeds;

/// <summary>What the market-feed and depth sockets send for an instrument: the subscription snapshot and each tick's packets.</summary>
internal static class MarketFeedFrames
{
    /// <summary>The answer to a subscription: previous close then the mode's packet (main feed), or both depth sides.</summary>
    public static byte[] Snapshot(SandboxFeedKind kind, int mode, string segment, string id, InstrumentState state, DateTimeOffset now)
    {
        var segmentCode = SandboxFeedPackets.SegmentCode(segment);
        var securityId = uint.Parse(id, CultureInfo.InvariantCulture);
        if (kind == SandboxFeedKind.MarketFeed)
        {
            return [.. SandboxFeedPackets.PreviousClose(segmentCode, securityId, (float)state.PreviousClose), .. Packet(mode, segmentCode, securityId, state, now)];
        }

        return Depth(kind, segmentCode, securityId, state);
    }

    /// <summary>The main feed's packet for a mode: 17 quote, 21 full, otherwise ticker.</summary>
    public static byte[] Packet(int mode, byte segment, uint securityId, InstrumentState state, DateTimeOffset now)
    {
        var ltt = SandboxFeedPackets.IstSeconds(state.LastTradeTime ?? now);
        return mode switch
        {
            17 => SandboxFeedPackets.Quote(segment, securityId, state, ltt),
            21 => SandboxFeedPackets.Full(segment, securityId, state, ltt),
            _ => SandboxFeedPackets.Ticker(segment, securityId, (float)state.LastPrice, ltt),
        };
    }

    /// <summary>Bid then ask depth: 20 rows on the 20-level socket, 50 on the 200-level one.</summary>
    public static byte[] Depth(SandboxFeedKind kind, byte segment, uint securityId, InstrumentState state)
    {
        var rows = kind == SandboxFeedKind.TwentyDepth ? 20 : 50;
        var last = kind == SandboxFeedKind.TwentyDepth ? 0u : (uint)rows;
        return [.. SandboxFeedPackets.Depth(true, segment, securityId, state, rows, last), .. SandboxFeedPackets.Depth(false, segment, securityId, state, rows, last)];
    }
}
