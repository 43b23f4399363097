using System.Buffers.Binary;

namespace Broker.Dhan.Feeds;

/// <summary>
/// A quote packet (response code 4, 50 bytes), read in place: <c>header | f32 LTP @8 | u16 LTQ @12 | u32 LTT @14 |
/// f32 ATP @18 | u32 volume @22 | u32 total sell @26 | u32 total buy @30 | f32 open @34 | f32 close @38 | f32 high @42 |
/// f32 low @46</c>.
/// </summary>
public readonly ref struct DhanQuotePacket
{
    /// <summary>The packet's size in bytes.</summary>
    public const int Size = 50;

    private readonly ReadOnlySpan<byte> _data;

    /// <summary>Wraps packet bytes (at least <see cref="Size"/> long).</summary>
    /// <param name="data">The packet, header included.</param>
    public DhanQuotePacket(ReadOnlySpan<byte> data)
    {
        if (data.Length < Size)
        {
            throw new ArgumentException($"A quote packet is {Size} bytes; {data.Length} given.", nameof(data));
        }

        _data = data;
    }

    /// <summary>The header.</summary>
    public DhanFeedPacketHeader Header => new(_data[0], _data.Length, _data[3], SecurityId);

    /// <summary>The numeric exchange segment.</summary>
    public byte SegmentCode => _data[3];

    /// <summary>The security id.</summary>
    public uint SecurityId => BinaryPrimitives.ReadUInt32LittleEndian(_data[4..]);

    /// <summary>The last traded price as sent.</summary>
    public float LastPriceRaw => BinaryPrimitives.ReadSingleLittleEndian(_data[8..]);

    /// <summary>The last traded quantity.</summary>
    public ushort LastQuantity => BinaryPrimitives.ReadUInt16LittleEndian(_data[12..]);

    /// <summary>The last trade time as sent (seconds).</summary>
    public uint LastTradeTimeRaw => BinaryPrimitives.ReadUInt32LittleEndian(_data[14..]);

    /// <summary>The average traded price as sent.</summary>
    public float AveragePriceRaw => BinaryPrimitives.ReadSingleLittleEndian(_data[18..]);

    /// <summary>The day's volume.</summary>
    public uint Volume => BinaryPrimitives.ReadUInt32LittleEndian(_data[22..]);

    /// <summary>The total quantity offered (sell side).</summary>
    public uint TotalSellQuantity => BinaryPrimitives.ReadUInt32LittleEndian(_data[26..]);

    /// <summary>The total quantity bid (buy side).</summary>
    public uint TotalBuyQuantity => BinaryPrimitives.ReadUInt32LittleEndian(_data[30..]);

    /// <summary>The day's open as sent.</summary>
    public float OpenRaw => BinaryPrimitives.ReadSingleLittleEndian(_data[34..]);

    /// <summary>The close as sent (the previous session's close during the day, per Dhan support).</summary>
    public float CloseRaw => BinaryPrimitives.ReadSingleLittleEndian(_data[38..]);

    /// <summary>The day's high as sent.</summary>
    public float HighRaw => BinaryPrimitives.ReadSingleLittleEndian(_data[42..]);

    /// <summary>The day's low as sent.</summary>
    public float LowRaw => BinaryPrimitives.ReadSingleLittleEndian(_data[46..]);

    /// <summary>The last traded price rounded to 2 decimal places.</summary>
    public decimal LastPrice => DhanFeedPrice.FromSingle(LastPriceRaw);

    /// <summary>The last trade time in IST (IST wall-clock encoding).</summary>
    public DateTimeOffset LastTradeTime => DhanFeedTime.ToIst(LastTradeTimeRaw);

    /// <summary>The packet's bytes.</summary>
    public ReadOnlySpan<byte> Bytes => _data;
}
