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

    /// <summary>
    /// A packet of a documented type declares a length shorter than its layout (for example its length without the
    /// 8-byte header) while the frame holds the whole layout: the layout's size is used and the packet is delivered.
    /// No public source confirms whether the main feed's length field counts the header, so one wrong assumption must
    /// not make every packet unreadable; a feed connection reports this once.
    /// </summary>
    LengthDisagreesWithLayout = 4,
}
