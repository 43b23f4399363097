namespace Broker.Dhan.Feeds;

/// <summary>Receives the packets <see cref="DhanDepthParser"/> finds in a depth frame (bid and ask packets of several instruments are stacked).</summary>
public interface IDhanDepthPacketVisitor
{
    /// <summary>One side of one instrument's depth.</summary>
    /// <param name="packet">The packet, valid only during the call.</param>
    void OnDepth(DhanDepthPacket packet);

    /// <summary>The server's disconnect packet (code 50).</summary>
    /// <param name="header">The header.</param>
    /// <param name="reasonCode">The reason code (805, 807, 808…).</param>
    void OnDisconnect(DhanDepthPacketHeader header, int reasonCode);

    /// <summary>A packet with a response code other than 41, 51 or 50; reported, not dropped.</summary>
    /// <param name="header">The header.</param>
    /// <param name="packet">The packet's bytes.</param>
    void OnUnknown(DhanDepthPacketHeader header, ReadOnlySpan<byte> packet);

    /// <summary>The frame or a packet of it is malformed.</summary>
    /// <param name="error">What is wrong and where.</param>
    void OnMalformed(DhanFeedFrameError error);
}
