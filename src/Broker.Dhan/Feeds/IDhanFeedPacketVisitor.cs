namespace Broker.Dhan.Feeds;

/// <summary>
/// Receives the packets <see cref="DhanFeedParser"/> finds in a frame, in order. Implement it as a <see langword="struct"/>
/// and pass it by reference for a parse path with no allocations and no virtual calls. The packet views are only valid
/// during the call: copy what you need.
/// </summary>
public interface IDhanFeedPacketVisitor
{
    /// <summary>A ticker packet (code 2).</summary>
    /// <param name="packet">The packet.</param>
    void OnTicker(DhanTickerPacket packet);

    /// <summary>A quote packet (code 4).</summary>
    /// <param name="packet">The packet.</param>
    void OnQuote(DhanQuotePacket packet);

    /// <summary>An open-interest packet (code 5).</summary>
    /// <param name="packet">The packet.</param>
    void OnOpenInterest(DhanOpenInterestPacket packet);

    /// <summary>A previous-close packet (code 6).</summary>
    /// <param name="packet">The packet.</param>
    void OnPreviousClose(DhanPreviousClosePacket packet);

    /// <summary>A market-status packet (code 7; header only, payload undocumented).</summary>
    /// <param name="header">The header.</param>
    /// <param name="packet">The packet's bytes.</param>
    void OnMarketStatus(DhanFeedPacketHeader header, ReadOnlySpan<byte> packet);

    /// <summary>A full packet (code 8).</summary>
    /// <param name="packet">The packet.</param>
    void OnFull(DhanFullPacket packet);

    /// <summary>The server's disconnect packet (code 50) with its reason (805 too many connections, 807 token expired, 808 authentication failed…).</summary>
    /// <param name="header">The header.</param>
    /// <param name="reasonCode">The reason code.</param>
    void OnDisconnect(DhanFeedPacketHeader header, int reasonCode);

    /// <summary>A packet whose response code has no known layout (including 0, 1 "index" and 3 "v1 depth"). It is reported, not dropped.</summary>
    /// <param name="header">The header.</param>
    /// <param name="packet">The packet's bytes.</param>
    void OnUnknown(DhanFeedPacketHeader header, ReadOnlySpan<byte> packet);

    /// <summary>The frame (or one packet of it) is malformed. Parsing never throws on wire data.</summary>
    /// <param name="error">What is wrong and where.</param>
    void OnMalformed(DhanFeedFrameError error);
}
