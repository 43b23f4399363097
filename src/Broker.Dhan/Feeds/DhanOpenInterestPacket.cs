using System.Buffers.Binary;

namespace Broker.Dhan.Feeds;

/// <summary>An open-interest packet (response code 5, 12 bytes), read in place: <c>header | u32 OI @8</c>.</summary>
public readonly ref struct DhanOpenInterestPacket
{
    /// <summary>The packet's size in bytes.</summary>
    public const int Size = 12;

    private readonly ReadOnlySpan<byte> _data;

    /// <summary>Wraps packet bytes (at least <see cref="Size"/> long).</summary>
    /// <param name="data">The packet, header included.</param>
    public DhanOpenInterestPacket(ReadOnlySpan<byte> data)
    {
        if (data.Length < Size)
        {
            throw new ArgumentException($"An open-interest packet is {Size} bytes; {data.Length} given.", nameof(data));
        }

        _data = data;
    }

    /// <summary>The header.</summary>
    public DhanFeedPacketHeader Header => new(_data[0], _data.Length, _data[3], SecurityId);

    /// <summary>The numeric exchange segment.</summary>
    public byte SegmentCode => _data[3];

    /// <summary>The security id.</summary>
    public uint SecurityId => BinaryPrimitives.ReadUInt32LittleEndian(_data[4..]);

    /// <summary>The open interest.</summary>
    public uint OpenInterest => BinaryPrimitives.ReadUInt32LittleEndian(_data[8..]);

    /// <summary>The packet's bytes.</summary>
    public ReadOnlySpan<byte> Bytes => _data;
}
