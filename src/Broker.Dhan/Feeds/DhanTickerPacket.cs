using System.Buffers.Binary;

namespace Broker.Dhan.Feeds;

/// <summary>
/// A ticker packet (response code 2, 16 bytes), read in place: <c>header | f32 LTP @8 | u32 LTT @12</c>. Fields are read
/// from the bytes when accessed; nothing is copied or allocated.
/// </summary>
public readonly ref struct DhanTickerPacket
{
    /// <summary>The packet's size in bytes.</summary>
    public const int Size = 16;

    private readonly ReadOnlySpan<byte> _data;

    /// <summary>Wraps packet bytes (at least <see cref="Size"/> long; <see cref="DhanFeedParser"/> checks this).</summary>
    /// <param name="data">The packet, header included.</param>
    public DhanTickerPacket(ReadOnlySpan<byte> data)
    {
        if (data.Length < Size)
        {
            throw new ArgumentException($"A ticker packet is {Size} bytes; {data.Length} given.", nameof(data));
        }

        _data = data;
    }

    /// <summary>The header (its length is the packet's actual length).</summary>
    public DhanFeedPacketHeader Header => new(_data[0], _data.Length, _data[3], SecurityId);

    /// <summary>The numeric exchange segment.</summary>
    public byte SegmentCode => _data[3];

    /// <summary>The security id.</summary>
    public uint SecurityId => BinaryPrimitives.ReadUInt32LittleEndian(_data[4..]);

    /// <summary>The last traded price as sent (float32).</summary>
    public float LastPriceRaw => BinaryPrimitives.ReadSingleLittleEndian(_data[8..]);

    /// <summary>The last traded price rounded to 2 decimal places (see <see cref="DhanFeedPrice"/> for tick rounding).</summary>
    public decimal LastPrice => DhanFeedPrice.FromSingle(LastPriceRaw);

    /// <summary>The last trade time as sent (seconds; see <see cref="DhanTradeTimeEncoding"/>).</summary>
    public uint LastTradeTimeRaw => BinaryPrimitives.ReadUInt32LittleEndian(_data[12..]);

    /// <summary>The last trade time in IST, reading the seconds as IST wall-clock seconds (the default encoding).</summary>
    public DateTimeOffset LastTradeTime => DhanFeedTime.ToIst(LastTradeTimeRaw);

    /// <summary>The packet's bytes.</summary>
    public ReadOnlySpan<byte> Bytes => _data;
}
