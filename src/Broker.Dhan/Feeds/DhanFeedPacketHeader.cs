using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace Broker.Dhan.Feeds;

/// <summary>
/// The 8-byte header every live-market-feed packet starts with (spec §10.3), little-endian:
/// <c>u8 response code | u16 message length | u8 exchange segment | u32 security id</c>.
/// </summary>
[StructLayout(LayoutKind.Auto)]
public readonly struct DhanFeedPacketHeader : IEquatable<DhanFeedPacketHeader>
{
    /// <summary>The header's size in bytes.</summary>
    public const int Size = 8;

    /// <summary>Creates a header from its fields.</summary>
    /// <param name="responseCode">The response code byte.</param>
    /// <param name="messageLength">The whole packet's length, header included.</param>
    /// <param name="segmentCode">The numeric exchange segment.</param>
    /// <param name="securityId">The security id.</param>
    public DhanFeedPacketHeader(byte responseCode, int messageLength, byte segmentCode, uint securityId)
    {
        ResponseCodeByte = responseCode;
        MessageLength = messageLength;
        SegmentCode = segmentCode;
        SecurityId = securityId;
    }

    /// <summary>The response code as sent.</summary>
    public byte ResponseCodeByte { get; }

    /// <summary>The response code (may be a value not named in <see cref="DhanFeedResponseCode"/>).</summary>
    public DhanFeedResponseCode ResponseCode => (DhanFeedResponseCode)ResponseCodeByte;

    /// <summary>The packet's length in bytes, header included, as declared by the packet (or the known size when it declared 0).</summary>
    public int MessageLength { get; }

    /// <summary>The numeric exchange segment (0 <c>IDX_I</c>, 1 <c>NSE_EQ</c>, 2 <c>NSE_FNO</c>…; see <see cref="DhanFeedSegments"/>).</summary>
    public byte SegmentCode { get; }

    /// <summary>The exchange segment as Dhan's JSON names it.</summary>
    public DhanExchangeSegment ExchangeSegment => DhanFeedSegments.FromCode(SegmentCode);

    /// <summary>The security id.</summary>
    public uint SecurityId { get; }

    /// <summary>Reads a header from the first 8 bytes of <paramref name="packet"/>.</summary>
    /// <param name="packet">At least 8 bytes.</param>
    /// <returns>The header as declared (a declared length of 0 is kept as 0).</returns>
    /// <exception cref="ArgumentException">Fewer than 8 bytes.</exception>
    public static DhanFeedPacketHeader Read(ReadOnlySpan<byte> packet)
    {
        if (packet.Length < Size)
        {
            throw new ArgumentException($"A Dhan feed header needs {Size} bytes; {packet.Length} given.", nameof(packet));
        }

        return new DhanFeedPacketHeader(packet[0], BinaryPrimitives.ReadUInt16LittleEndian(packet[1..]), packet[3], BinaryPrimitives.ReadUInt32LittleEndian(packet[4..]));
    }

    /// <inheritdoc />
    public bool Equals(DhanFeedPacketHeader other) =>
        ResponseCodeByte == other.ResponseCodeByte && MessageLength == other.MessageLength && SegmentCode == other.SegmentCode && SecurityId == other.SecurityId;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is DhanFeedPacketHeader other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(ResponseCodeByte, MessageLength, SegmentCode, SecurityId);

    /// <summary>Compares two headers field by field.</summary>
    /// <param name="left">The first header.</param>
    /// <param name="right">The second header.</param>
    /// <returns>Whether all fields are equal.</returns>
    public static bool operator ==(DhanFeedPacketHeader left, DhanFeedPacketHeader right) => left.Equals(right);

    /// <summary>Compares two headers field by field.</summary>
    /// <param name="left">The first header.</param>
    /// <param name="right">The second header.</param>
    /// <returns>Whether any field differs.</returns>
    public static bool operator !=(DhanFeedPacketHeader left, DhanFeedPacketHeader right) => !left.Equals(right);

    /// <inheritdoc />
    public override string ToString() => $"code {ResponseCodeByte}, length {MessageLength}, segment {SegmentCode}, security {SecurityId}";
}
