using System.Buffers.Binary;
using System.Runtime.CompilerServices;

namespace Broker.Dhan.Feeds;

/// <summary>
/// Parses binary frames of Dhan's live market feed (spec §10.3): every packet of the frame, in order, stepping by each
/// packet's length field (a frame often carries several packets; the official SDK reads only the first). Little-endian
/// reads from a <see cref="ReadOnlySpan{T}"/>; no allocations; wire data never makes it throw.
/// </summary>
public static class DhanFeedParser
{
    /// <summary>The disconnect packet's size in bytes (header and a u16 reason code at offset 8).</summary>
    public const int DisconnectPacketSize = 10;

    /// <summary>
    /// Parses a frame, calling <paramref name="visitor"/> for each packet. A packet that declares a length of 0 is given
    /// its type's known size; one that declares less than its type's layout while the frame holds the whole layout is
    /// read at the layout's size and reported as <see cref="DhanFeedFrameErrorKind.LengthDisagreesWithLayout"/> (the
    /// length may exclude the header). Parsing stops at a truncated packet or an impossible length (reported through
    /// <see cref="IDhanFeedPacketVisitor.OnMalformed"/>); a packet shorter than its layout at the end of the frame is
    /// reported and skipped.
    /// </summary>
    /// <typeparam name="TVisitor">The visitor type; a struct for the fastest path.</typeparam>
    /// <param name="frame">One WebSocket binary message.</param>
    /// <param name="visitor">Receives the packets.</param>
    /// <returns>How many packets were delivered to the visitor (malformed ones not counted).</returns>
    public static int Parse<TVisitor>(ReadOnlySpan<byte> frame, ref TVisitor visitor)
        where TVisitor : IDhanFeedPacketVisitor, allows ref struct
    {
        var offset = 0;
        var delivered = 0;
        while (offset < frame.Length)
        {
            var rest = frame[offset..];
            if (rest.Length < DhanFeedPacketHeader.Size)
            {
                visitor.OnMalformed(new DhanFeedFrameError(DhanFeedFrameErrorKind.TruncatedHeader, offset, frame.Length, rest[0], -1, DhanFeedPacketHeader.Size));
                break;
            }

            var code = rest[0];
            int length = BinaryPrimitives.ReadUInt16LittleEndian(rest[1..]);
            var known = KnownSize(code);
            if (length == 0)
            {
                length = known;
            }
            else if (length < known && rest.Length >= known && (length >= DhanFeedPacketHeader.Size || length == known - DhanFeedPacketHeader.Size))
            {
                // Whether the length counts the 8-byte header is unconfirmed for the main feed: trust the layout.
                visitor.OnMalformed(new DhanFeedFrameError(DhanFeedFrameErrorKind.LengthDisagreesWithLayout, offset, frame.Length, code, length, known));
                length = known;
            }

            if (length < DhanFeedPacketHeader.Size)
            {
                visitor.OnMalformed(new DhanFeedFrameError(DhanFeedFrameErrorKind.InvalidLength, offset, frame.Length, code, length, DhanFeedPacketHeader.Size));
                break;
            }

            if (length > rest.Length)
            {
                visitor.OnMalformed(new DhanFeedFrameError(DhanFeedFrameErrorKind.TruncatedPacket, offset, frame.Length, code, length, length));
                break;
            }

            var packet = rest[..length];
            if (known > length)
            {
                visitor.OnMalformed(new DhanFeedFrameError(DhanFeedFrameErrorKind.PacketTooShort, offset, frame.Length, code, length, known));
            }
            else
            {
                Dispatch(code, packet, ref visitor);
                delivered++;
            }

            offset += length;
        }

        return delivered;
    }

    /// <summary>The documented size of a packet type; 0 when the type has no documented layout.</summary>
    /// <param name="responseCode">The response code.</param>
    /// <returns>The size in bytes, or 0.</returns>
    public static int KnownSize(int responseCode) => responseCode switch
    {
        (int)DhanFeedResponseCode.Ticker => DhanTickerPacket.Size,
        (int)DhanFeedResponseCode.Quote => DhanQuotePacket.Size,
        (int)DhanFeedResponseCode.OpenInterest => DhanOpenInterestPacket.Size,
        (int)DhanFeedResponseCode.PreviousClose => DhanPreviousClosePacket.Size,
        (int)DhanFeedResponseCode.MarketStatus => DhanFeedPacketHeader.Size,
        (int)DhanFeedResponseCode.Full => DhanFullPacket.Size,
        (int)DhanFeedResponseCode.Disconnect => DisconnectPacketSize,
        _ => 0,
    };

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Dispatch<TVisitor>(byte code, ReadOnlySpan<byte> packet, ref TVisitor visitor)
        where TVisitor : IDhanFeedPacketVisitor, allows ref struct
    {
        switch (code)
        {
            case (byte)DhanFeedResponseCode.Ticker:
                visitor.OnTicker(new DhanTickerPacket(packet));
                break;
            case (byte)DhanFeedResponseCode.Quote:
                visitor.OnQuote(new DhanQuotePacket(packet));
                break;
            case (byte)DhanFeedResponseCode.Full:
                visitor.OnFull(new DhanFullPacket(packet));
                break;
            case (byte)DhanFeedResponseCode.OpenInterest:
                visitor.OnOpenInterest(new DhanOpenInterestPacket(packet));
                break;
            case (byte)DhanFeedResponseCode.PreviousClose:
                visitor.OnPreviousClose(new DhanPreviousClosePacket(packet));
                break;
            case (byte)DhanFeedResponseCode.MarketStatus:
                visitor.OnMarketStatus(HeaderOf(packet), packet);
                break;
            case (byte)DhanFeedResponseCode.Disconnect:
                visitor.OnDisconnect(HeaderOf(packet), BinaryPrimitives.ReadUInt16LittleEndian(packet[8..]));
                break;
            default:
                visitor.OnUnknown(HeaderOf(packet), packet);
                break;
        }
    }

    private static DhanFeedPacketHeader HeaderOf(ReadOnlySpan<byte> packet) =>
        new(packet[0], packet.Length, packet[3], BinaryPrimitives.ReadUInt32LittleEndian(packet[4..]));
}
