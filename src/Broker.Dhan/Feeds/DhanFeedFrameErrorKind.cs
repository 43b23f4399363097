namespace Broker.Dhan.Feeds;

/// <summary>What is wrong with a binary frame.</summary>
public enum DhanFeedFrameErrorKind
{
    /// <summary>Fewer bytes remain than a packet header needs.</summary>
    TruncatedHeader = 0,

    /// <summary>A packet declares more bytes than the frame still holds.</summary>
    TruncatedPacket = 1,

    /// <summary>A packet declares a length shorter than its header (parsing of the frame stops: no way to find the next packet).</summary>
    InvalidLength = 2,

    /// <summary>A packet is shorter than its type's layout; it is skipped and parsing continues with the next one.</summary>
    PacketTooShort = 3,
}
