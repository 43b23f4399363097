using System.Buffers.Binary;
using Broker.Sandbox.Engine;
using Broker.Time;

namespace Broker.Sandbox.Feeds;

/// <summary>Dhan's binary feed packets (dhan-api.md §10.3, §11.3), little-endian, built from the market simulation.</summary>
internal static class SandboxFeedPackets
{
    public static byte SegmentCode(string segment) => segment switch
    {
        "IDX_I" => 0,
        "NSE_EQ" => 1,
        "NSE_FNO" => 2,
        "NSE_CURRENCY" => 3,
        "BSE_EQ" => 4,
        "MCX_COMM" => 5,
        "BSE_CURRENCY" => 7,
        "BSE_FNO" => 8,
        _ => 255,
    };

    /// <summary>IST wall-clock seconds, as Dhan encodes the last trade time.</summary>
    public static uint IstSeconds(DateTimeOffset now) => (uint)((IndianTime.ToIst(now).DateTime.Ticks - DateTime.UnixEpoch.Ticks) / TimeSpan.TicksPerSecond);

    public static byte[] Ticker(byte segment, uint securityId, float price, uint ltt)
    {
        var p = Header(2, 16, segment, securityId);
        BinaryPrimitives.WriteSingleLittleEndian(p.AsSpan(8), price);
        BinaryPrimitives.WriteUInt32LittleEndian(p.AsSpan(12), ltt);
        return p;
    }

    public static byte[] PreviousClose(byte segment, uint securityId, float close)
    {
        var p = Header(6, 16, segment, securityId);
        BinaryPrimitives.WriteSingleLittleEndian(p.AsSpan(8), close);
        return p;
    }

    public static byte[] OpenInterest(byte segment, uint securityId, uint oi)
    {
        var p = Header(5, 12, segment, securityId);
        BinaryPrimitives.WriteUInt32LittleEndian(p.AsSpan(8), oi);
        return p;
    }

    public static byte[] Quote(byte segment, uint securityId, InstrumentState s, uint ltt)
    {
        var p = Header(4, 50, segment, securityId);
        var span = p.AsSpan();
        BinaryPrimitives.WriteSingleLittleEndian(span[8..], (float)s.LastPrice);
        BinaryPrimitives.WriteUInt16LittleEndian(span[12..], (ushort)Math.Clamp(s.LastTradeQuantity, 0, ushort.MaxValue));
        BinaryPrimitives.WriteUInt32LittleEndian(span[14..], ltt);
        BinaryPrimitives.WriteSingleLittleEndian(span[18..], (float)s.LastPrice);
        BinaryPrimitives.WriteUInt32LittleEndian(span[22..], (uint)Math.Clamp(s.Volume, 0, uint.MaxValue));
        BinaryPrimitives.WriteUInt32LittleEndian(span[26..], 1000);
        BinaryPrimitives.WriteUInt32LittleEndian(span[30..], 1200);
        BinaryPrimitives.WriteSingleLittleEndian(span[34..], (float)s.Open);
        BinaryPrimitives.WriteSingleLittleEndian(span[38..], (float)s.PreviousClose);
        BinaryPrimitives.WriteSingleLittleEndian(span[42..], (float)s.High);
        BinaryPrimitives.WriteSingleLittleEndian(span[46..], (float)s.Low);
        return p;
    }

    public static byte[] Full(byte segment, uint securityId, InstrumentState s, uint ltt)
    {
        var p = Header(8, 162, segment, securityId);
        var span = p.AsSpan();
        BinaryPrimitives.WriteSingleLittleEndian(span[8..], (float)s.LastPrice);
        BinaryPrimitives.WriteUInt16LittleEndian(span[12..], (ushort)Math.Clamp(s.LastTradeQuantity, 0, ushort.MaxValue));
        BinaryPrimitives.WriteUInt32LittleEndian(span[14..], ltt);
        BinaryPrimitives.WriteSingleLittleEndian(span[18..], (float)s.LastPrice);
        BinaryPrimitives.WriteUInt32LittleEndian(span[22..], (uint)Math.Clamp(s.Volume, 0, uint.MaxValue));
        BinaryPrimitives.WriteUInt32LittleEndian(span[26..], 1000);
        BinaryPrimitives.WriteUInt32LittleEndian(span[30..], 1200);
        BinaryPrimitives.WriteSingleLittleEndian(span[46..], (float)s.Open);
        BinaryPrimitives.WriteSingleLittleEndian(span[50..], (float)s.PreviousClose);
        BinaryPrimitives.WriteSingleLittleEndian(span[54..], (float)s.High);
        BinaryPrimitives.WriteSingleLittleEndian(span[58..], (float)s.Low);
        var tick = s.Definition.TickSize;
        for (var i = 0; i < 5; i++)
        {
            var level = span[(62 + (20 * i))..];
            BinaryPrimitives.WriteUInt32LittleEndian(level, (uint)(100 * (i + 1)));
            BinaryPrimitives.WriteUInt32LittleEndian(level[4..], (uint)(120 * (i + 1)));
            BinaryPrimitives.WriteUInt16LittleEndian(level[8..], (ushort)(i + 1));
            BinaryPrimitives.WriteUInt16LittleEndian(level[10..], (ushort)(i + 2));
            BinaryPrimitives.WriteSingleLittleEndian(level[12..], (float)(s.LastPrice - (tick * (i + 1))));
            BinaryPrimitives.WriteSingleLittleEndian(level[16..], (float)(s.LastPrice + (tick * (i + 1))));
        }

        return p;
    }

    public static byte[] Disconnect(int reason)
    {
        var p = Header(50, 10, 0, 0);
        BinaryPrimitives.WriteUInt16LittleEndian(p.AsSpan(8), (ushort)reason);
        return p;
    }

    public static byte[] DepthDisconnect(int reason)
    {
        var p = new byte[14];
        BinaryPrimitives.WriteUInt16LittleEndian(p, 14);
        p[2] = 50;
        BinaryPrimitives.WriteUInt16LittleEndian(p.AsSpan(12), (ushort)reason);
        return p;
    }

    /// <summary>One side of 20/200-level depth around the last price: <paramref name="rows"/> levels one tick apart.</summary>
    public static byte[] Depth(bool bid, byte segment, uint securityId, InstrumentState s, int rows, uint sequenceOrRows)
    {
        var length = 12 + (16 * rows);
        var p = new byte[length];
        var span = p.AsSpan();
        BinaryPrimitives.WriteUInt16LittleEndian(span, (ushort)length);
        span[2] = bid ? (byte)41 : (byte)51;
        span[3] = segment;
        BinaryPrimitives.WriteUInt32LittleEndian(span[4..], securityId);
        BinaryPrimitives.WriteUInt32LittleEndian(span[8..], sequenceOrRows);
        var tick = s.Definition.TickSize;
        for (var i = 0; i < rows; i++)
        {
            var level = span[(12 + (16 * i))..];
            var price = bid ? s.LastPrice - (tick * (i + 1)) : s.LastPrice + (tick * (i + 1));
            BinaryPrimitives.WriteDoubleLittleEndian(level, (double)price);
            BinaryPrimitives.WriteUInt32LittleEndian(level[8..], (uint)(50 * (i + 1)));
            BinaryPrimitives.WriteUInt32LittleEndian(level[12..], (uint)(i + 1));
        }

        return p;
    }

    private static byte[] Header(byte code, ushort length, byte segment, uint securityId)
    {
        var p = new byte[length];
        p[0] = code;
        BinaryPrimitives.WriteUInt16LittleEndian(p.AsSpan(1), length);
        p[3] = segment;
        BinaryPrimitives.WriteUInt32LittleEndian(p.AsSpan(4), securityId);
        return p;
    }
}
