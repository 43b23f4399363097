using System.Buffers.Binary;

namespace Broker.Dhan.Feeds;

/// <summary>
/// Parses frames of the 20-level and 200-level depth sockets (spec §11.3): a 12-byte header per packet and float64
/// prices; packets stacked in one frame are split by their length field. No allocations; never throws on wire data.
/// </summary>
public static class DhanDepthParser
{
    /// <summary>The size of a 20-level packet: 12 + 20 × 16 bytes.</summary>
    public const int TwentyLevelPacketSize = DhanDepthPacketHeader.Size + (20 * DhanDepthPacket.LevelSize);

    /// <summary>Parses one frame.</summary>
    /// <typeparam name="TVisitor">The visitor type.</typeparam>
    /// <param name="frame">One binary WebSocket message.</param>
    /// <param name="kind">Which socket the frame came from (decides how the header's last field is read).</param>
    /// <param name="visitor">Receives the packets.</param>
    /// <returns>How many packets were delivered.</returns>
    public static int Parse<TVisitor>(ReadOnlySpan<byte> frame, DhanDepthFeedKind kind, ref TVisitor visitor)
        where TVisitor : IDhanDepthPacketVisitor, allows ref struct
    {
        var offset = 0;
        var delivered = 0;
        while (offset < frame.Length)
        {
            var rest = frame[offset..];
            if (rest.Length < DhanDepthPacketHeader.Size)
            {
                visitor.OnMalformed(new DhanFeedFrameError(DhanFeedFrameErrorKind.TruncatedHeader, offset, frame.Length, rest.Length > 2 ? rest[2] : -1, -1, DhanDepthPacketHeader.Size));
                break;
            }

            var header = DhanDepthPacketHeader.Read(rest);
            var length = header.MessageLength;
            if (length == 0 && header.ResponseCodeByte is (byte)DhanDepthSide.Bid or (byte)DhanDepthSide.Ask && kind == DhanDepthFeedKind.TwentyLevel)
            {
                length = TwentyLevelPacketSize;
                header = header with { MessageLength = length };
            }

            if (length < DhanDepthPacketHeader.Size)
            {
                visitor.OnMalformed(new DhanFeedFrameError(DhanFeedFrameErrorKind.InvalidLength, offset, frame.Length, header.ResponseCodeByte, length, DhanDepthPacketHeader.Size));
                break;
            }

            if (length > rest.Length)
            {
                visitor.OnMalformed(new DhanFeedFrameError(DhanFeedFrameErrorKind.TruncatedPacket, offset, frame.Length, header.ResponseCodeByte, length, length));
                break;
            }

            var packet = rest[..length];
            switch (header.ResponseCodeByte)
            {
                case (byte)DhanDepthSide.Bid or (byte)DhanDepthSide.Ask:
                    var levelBytes = packet[DhanDepthPacketHeader.Size..];
                    int rows;
                    if (kind == DhanDepthFeedKind.TwoHundredLevel)
                    {
                        var declared = header.SequenceOrRowCount;
                        if (declared > (uint)(levelBytes.Length / DhanDepthPacket.LevelSize))
                        {
                            var required = (long)DhanDepthPacketHeader.Size + ((long)declared * DhanDepthPacket.LevelSize);
                            visitor.OnMalformed(new DhanFeedFrameError(DhanFeedFrameErrorKind.PacketTooShort, offset, frame.Length, header.ResponseCodeByte, length, (int)Math.Min(required, int.MaxValue)));
                            offset += length;
                            continue;
                        }

                        rows = (int)declared;
                    }
                    else
                    {
                        rows = levelBytes.Length / DhanDepthPacket.LevelSize;
                    }

                    visitor.OnDepth(new DhanDepthPacket(header, levelBytes[..(rows * DhanDepthPacket.LevelSize)]));
                    delivered++;
                    break;
                case (byte)DhanFeedResponseCode.Disconnect:
                    // The docs put an int16 reason after the 12-byte header; the official SDK reads the u32 at offset 8.
                    var reason = length >= DhanDepthPacketHeader.Size + 2
                        ? BinaryPrimitives.ReadUInt16LittleEndian(packet[DhanDepthPacketHeader.Size..])
                        : (int)Math.Min(header.SequenceOrRowCount, int.MaxValue);
                    visitor.OnDisconnect(header, reason);
                    delivered++;
                    break;
                default:
                    visitor.OnUnknown(header, packet);
                    delivered++;
                    break;
            }

            offset += length;
        }

        return delivered;
    }
}
