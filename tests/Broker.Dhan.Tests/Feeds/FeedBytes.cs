using System.Buffers.Binary;

namespace Broker.Dhan.Tests.Feeds;

/// <summary>Builds packets field by field at the offsets of the spec's layout tables (dhan-api.md §10.3, §11.3).</summary>
internal sealed class FeedBytes(int size)
{
    private readonly byte[] _bytes = new byte[size];

    public byte[] Bytes => _bytes;

    public static byte[] Hex(string hex) => Convert.FromHexString(hex);

    public static byte[] Concat(params byte[][] parts) => [.. parts.SelectMany(p => p)];

    /// <summary>The 8-byte main-feed header: u8 code @0, u16 length @1, u8 segment @3, u32 security id @4.</summary>
    public FeedBytes Header(byte code, ushort length, byte segment, uint securityId) =>
        U8(0, code).U16(1, length).U8(3, segment).U32(4, securityId);

    /// <summary>The 12-byte depth header: u16 length @0, u8 code @2, u8 segment @3, u32 security id @4, u32 sequence/rows @8.</summary>
    public FeedBytes DepthHeader(ushort length, byte code, byte segment, uint securityId, uint sequenceOrRows) =>
        U16(0, length).U8(2, code).U8(3, segment).U32(4, securityId).U32(8, sequenceOrRows);

    public FeedBytes U8(int offset, byte value)
    {
        _bytes[offset] = value;
        return this;
    }

    public FeedBytes U16(int offset, ushort value)
    {
        BinaryPrimitives.WriteUInt16LittleEndian(_bytes.AsSpan(offset), value);
        return this;
    }

    public FeedBytes U32(int offset, uint value)
    {
        BinaryPrimitives.WriteUInt32LittleEndian(_bytes.AsSpan(offset), value);
        return this;
    }

    public FeedBytes F32(int offset, float value)
    {
        BinaryPrimitives.WriteSingleLittleEndian(_bytes.AsSpan(offset), value);
        return this;
    }

    public FeedBytes F64(int offset, double value)
    {
        BinaryPrimitives.WriteDoubleLittleEndian(_bytes.AsSpan(offset), value);
        return this;
    }
}
