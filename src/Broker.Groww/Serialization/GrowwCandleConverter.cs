using System.Text.Json;
using System.Text.Json.Serialization;
using Broker.Groww.Historical;
using Broker.Serialization;

namespace Broker.Groww.Serialization;

/// <summary>Reads a candle from Groww's array form <c>[timestamp, open, high, low, close, volume, open_interest]</c>.</summary>
internal sealed class GrowwCandleConverter : JsonConverter<GrowwCandle>
{
    private static readonly IstDateTimeOffsetConverter TimeConverter = new();

    /// <inheritdoc />
    public override GrowwCandle? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException($"Expected a candle array but found {reader.TokenType}.");
        }

        var candle = new GrowwCandle();
        var index = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            candle = index switch
            {
                0 => candle with { Timestamp = TimeConverter.Read(ref reader, typeof(DateTimeOffset?), options) },
                1 => candle with { Open = LenientJson.ReadDecimal(ref reader) },
                2 => candle with { High = LenientJson.ReadDecimal(ref reader) },
                3 => candle with { Low = LenientJson.ReadDecimal(ref reader) },
                4 => candle with { Close = LenientJson.ReadDecimal(ref reader) },
                5 => candle with { Volume = ReadWhole(ref reader) },
                6 => candle with { OpenInterest = ReadWhole(ref reader) },
                _ => Skip(ref reader, candle),
            };
            index++;
        }

        return candle;
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, GrowwCandle value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartArray();
        TimeConverter.Write(writer, value.Timestamp, options);
        foreach (var number in new[] { value.Open, value.High, value.Low, value.Close, value.Volume, value.OpenInterest })
        {
            if (number is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                LenientJson.WriteDecimal(writer, number.Value);
            }
        }

        writer.WriteEndArray();
    }

    // Volumes sometimes arrive as 1234.0; keep the whole part rather than failing the whole answer.
    private static long? ReadWhole(ref Utf8JsonReader reader) => LenientJson.ReadDecimal(ref reader) is { } value ? (long)decimal.Truncate(value) : null;

    private static GrowwCandle Skip(ref Utf8JsonReader reader, GrowwCandle candle)
    {
        reader.Skip();
        return candle;
    }
}
