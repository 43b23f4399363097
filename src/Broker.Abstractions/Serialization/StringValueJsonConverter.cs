using System.Text.Json;
using System.Text.Json.Serialization;

namespace Broker.Serialization;

/// <summary>Reads and writes an <see cref="IStringValue{TSelf}"/> as its wire string, without reflection.</summary>
/// <typeparam name="T">The string-backed type.</typeparam>
/// <remarks>
/// These types hold a handful of distinct values (exchanges, segments, statuses), repeated on every row of a list.
/// The first <see cref="MaxCachedValues"/> distinct short values read are remembered, and a later occurrence is
/// matched against the raw UTF-8 bytes and returns the remembered instance: a 500-order list then allocates no string
/// for these fields. Values past the cap, long values and escaped text are read as before.
/// </remarks>
internal sealed class StringValueJsonConverter<T> : JsonConverter<T>
    where T : IStringValue<T>
{
    /// <summary>The most distinct values remembered per type.</summary>
    private const int MaxCachedValues = 64;

    /// <summary>The longest value (in UTF-8 bytes) remembered.</summary>
    private const int MaxCachedLength = 48;

    private static readonly Lock Gate = new();
    private static volatile CachedValue[] _cache = [];

    /// <inheritdoc />
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String || reader.HasValueSequence || reader.ValueIsEscaped || reader.ValueSpan.Length > MaxCachedLength)
        {
            return T.FromValue(LenientJson.ReadString(ref reader) ?? string.Empty);
        }

        var utf8 = reader.ValueSpan;
        foreach (var cached in _cache)
        {
            if (utf8.SequenceEqual(cached.Utf8))
            {
                return cached.Value;
            }
        }

        var value = T.FromValue(reader.GetString() ?? string.Empty);
        Remember(utf8, value);
        return value;
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value?.Value);
    }

    private static void Remember(ReadOnlySpan<byte> utf8, T value)
    {
        lock (Gate)
        {
            var cache = _cache;
            if (cache.Length >= MaxCachedValues)
            {
                return;
            }

            foreach (var cached in cache)
            {
                if (utf8.SequenceEqual(cached.Utf8))
                {
                    return;
                }
            }

            // Copy-on-write: readers never see a half-built array.
            _cache = [.. cache, new CachedValue(utf8.ToArray(), value)];
        }
    }

    private sealed record CachedValue(byte[] Utf8, T Value);
}
