using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Broker.Groww.Authentication;

/// <summary>
/// Request ids in UUID form, unique within the process and across processes with overwhelming probability: a random
/// 64-bit prefix drawn once, then a counter. Cheaper than <see cref="Guid.NewGuid"/>, which asks the operating system
/// for randomness on every call (about 5 µs per request on a busy machine); an id needs to be unique, not secret.
/// </summary>
internal static class RequestIds
{
    private static readonly long Prefix = BinaryPrimitives.ReadInt64LittleEndian(RandomNumberGenerator.GetBytes(8));
    private static long _counter;

    public static string Next()
    {
        Span<byte> bytes = stackalloc byte[16];
        BinaryPrimitives.WriteInt64LittleEndian(bytes, Prefix);
        BinaryPrimitives.WriteInt64LittleEndian(bytes[8..], Interlocked.Increment(ref _counter));
        return new Guid(bytes).ToString();
    }
}
