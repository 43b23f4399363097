using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace Broker.Dhan.Feeds;

/// <summary>
/// The 12-byte header of 20/200-level depth packets (spec §11.3), in a different order from the main feed's:
/// <c>u16 message length | u8 response code | u8 exchange segment | u32 security id | u32 sequence (20-level) or row count (200-level)</c>.
/// </summary>
/// <param name="MessageLength">The packet's length, header included.</param>
/// <param name="ResponseCodeByte">The response code (41 bid, 51 ask, 50 disconnect).</param>
/// <param name="SegmentCode">The numeric exchange segment.</param>
/// <param name="SecurityId">The security id.</param>
/// <param name="SequenceOrRowCount">20-level: a message sequence number; 200-level: the number of rows that follow.</param>
[StructLayout(LayoutKind.Auto)]
public readonly record struct DhanDepthPacketHeader(int MessageLength, byte ResponseCodeByte, byte SegmentCode, uint SecurityId, uint SequenceOrRowCount)
{
    /// <summary>The header's size in bytes.</summary>
    public const int Size = 12;

    /// <summary>The response code.</summary>
    public DhanFeedResponseCode ResponseCode => (DhanFeedResponseCode)ResponseCodeByte;

    /// <summary>The exchange segment as Dhan's JSON names it.</summary>
    public DhanExchangeSegment ExchangeSegment => DhanFeedSegments.FromCode(SegmentCode);

    /// <summary>Reads a header from the first 12 bytes.</summary>
    /// <param name="packet">At least 12 bytes.</param>
    /// <returns>The header as declared.</returns>
    /// <exception cref="ArgumentException">Fewer than 12 bytes.</exception>
    public static DhanDepthPacketHeader Read(ReadOnlySpan<byte> packet)
    {
        if (packet.Length < Size)
        {
            throw new ArgumentException($"A Dhan depth header needs {Size} bytes; {packet.Length} given.", nameof(packet));
        }

        return new DhanDepthPacketHeader(
            BinaryPrimitives.ReadUInt16LittleEndian(packet),
            packet[2],
            packet[3],
            BinaryPrimitives.ReadUInt32LittleEndian(packet[4..]),
            BinaryPrimitives.ReadUInt32LittleEndian(packet[8..]));
    }
}
