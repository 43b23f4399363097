using System.Buffers.Binary;

namespace Broker.Dhan.Feeds;

/// <summary>
/// A previous-close packet (response code 6, 16 bytes), read in place: <c>header | f32 previous close @8 | u32 previous
/// OI @12</c>. Sent once on subscription (Dhan support: only for <c>IDX_I</c>; other segments carry it in the quote's close).
/// </summary>
public readonly ref struct DhanPreviousClosePacket
{
    /// <summary>The packet's size in bytes.</summary>
    public const int Size = 16;

    private readonly ReadOnlySpan<byte> _data;

    /// <summary>Wraps packet bytes (at least <see cref="Size"/> long).</summary>
    /// <param name="data">The packet, header included.</param>
    public DhanPreviousClosePacket(ReadOnlySpan<byte> data)
    {
        if (data.Length < Size)
        {
            throw new ArgumentException($"A previous-close packet is {Size} bytes; {data.Length} given.", nameof(data));
        }

        _data = data;
    }

    /// <summary>The header.</summary>
    public DhanFeedPacketHeader Header => new(_data[0], _data.Length, _data[3], SecurityId);

    /// <summary>The numeric exchange segment.</summary>
    public byte SegmentCode => _data[3];

    /// <summary>The security id.</summary>
    public uint SecurityId => BinaryPrimitives.ReadUInt32LittleEndian(_data[4..]);

    /// <summary>The previous session's close as sent (float32).</summary>
    public float PreviousCloseRaw => BinaryPrimitives.ReadSingleLittleEndian(_data[8..]);

    /// <summary>The previous session's close rounded to 2 decimal places.</summary>
    public decimal PreviousClose => DhanFeedPrice.FromSingle(PreviousCloseRaw);

    /// <summary>The previous session's open interest.</summary>
    public uint PreviousOpenInterest => BinaryPrimitives.ReadUInt32LittleEndian(_data[12..]);

    /// <summary>The packet's bytes.</summary>
    public ReadOnlySpan<byte> Bytes => _data;
}
