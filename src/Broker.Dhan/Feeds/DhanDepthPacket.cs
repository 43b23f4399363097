using System.Buffers.Binary;

namespace Broker.Dhan.Feeds;

/// <summary>One side of one instrument's 20/200-level depth, read in place (levels of 16 bytes after a 12-byte header).</summary>
public readonly ref struct DhanDepthPacket
{
    /// <summary>The size of one level in bytes.</summary>
    public const int LevelSize = 16;

    private readonly ReadOnlySpan<byte> _levels;

    internal DhanDepthPacket(DhanDepthPacketHeader header, ReadOnlySpan<byte> levels)
    {
        Header = header;
        _levels = levels;
    }

    /// <summary>The header.</summary>
    public DhanDepthPacketHeader Header { get; }

    /// <summary>Bid or ask.</summary>
    public DhanDepthSide Side => (DhanDepthSide)Header.ResponseCodeByte;

    /// <summary>The number of levels in the packet.</summary>
    public int LevelCount => _levels.Length / LevelSize;

    /// <summary>Reads one level, in wire order (the SDK does not reorder; empty levels have price 0).</summary>
    /// <param name="index">0 to <see cref="LevelCount"/> − 1.</param>
    /// <param name="tickSize">The instrument's tick size for rounding; 0 for 2 decimal places.</param>
    /// <returns>The level.</returns>
    public DhanDepthEntry GetLevel(int index, decimal tickSize = 0m)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, LevelCount);
        var level = _levels.Slice(index * LevelSize, LevelSize);
        return new DhanDepthEntry(
            DhanFeedPrice.FromDouble(BinaryPrimitives.ReadDoubleLittleEndian(level), tickSize),
            BinaryPrimitives.ReadUInt32LittleEndian(level[8..]),
            BinaryPrimitives.ReadUInt32LittleEndian(level[12..]));
    }

    /// <summary>The raw price of a level (float64 as sent).</summary>
    /// <param name="index">0 to <see cref="LevelCount"/> − 1.</param>
    /// <returns>The price.</returns>
    public double GetRawPrice(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, LevelCount);
        return BinaryPrimitives.ReadDoubleLittleEndian(_levels[(index * LevelSize)..]);
    }
}
