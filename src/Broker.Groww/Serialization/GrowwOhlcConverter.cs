using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Broker.Groww.LiveData;
using Broker.Serialization;

namespace Broker.Groww.Serialization;

/// <summary>Reads <see cref="GrowwOhlc"/> from an object or from the string form some Groww docs show; writes an object.</summary>
internal sealed class GrowwOhlcConverter : JsonConverter<GrowwOhlc>
{
    /// <inheritdoc />
    public override GrowwOhlc? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.String:
                return ParseText(reader.GetString()!);
            case JsonTokenType.StartObject:
                var ohlc = new GrowwOhlc();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var name = reader.GetString();
                    reader.Read();
                    if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                    {
                        reader.Skip();
                        continue;
                    }

                    ohlc = With(ohlc, name, LenientJson.ReadDecimal(ref reader));
                }

                return ohlc;
            default:
                throw new JsonException($"Expected an OHLC object or string but found {reader.TokenType}.");
        }
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, GrowwOhlc value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        WriteNumber(writer, "open", value.Open);
        WriteNumber(writer, "high", value.High);
        WriteNumber(writer, "low", value.Low);
        WriteNumber(writer, "close", value.Close);
        writer.WriteEndObject();
    }

    private static GrowwOhlc ParseText(string text)
    {
        var ohlc = new GrowwOhlc();
        foreach (var part in text.Trim().TrimStart('{').TrimEnd('}').Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var pair = part.Split(':', 2, StringSplitOptions.TrimEntries);
            if (pair.Length != 2)
            {
                throw new JsonException($"'{text}' is not an OHLC value.");
            }

            var value = pair[1].Trim('"', '\'');
            if (LenientJson.IsNoValue(value))
            {
                continue;
            }

            if (!decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            {
                throw new JsonException($"'{text}' is not an OHLC value: '{value}' is not a number.");
            }

            ohlc = With(ohlc, pair[0].Trim('"', '\''), number);
        }

        return ohlc;
    }

    private static GrowwOhlc With(GrowwOhlc ohlc, string? name, decimal? value) => name?.ToLowerInvariant() switch
    {
        "open" => ohlc with { Open = value },
        "high" => ohlc with { High = value },
        "low" => ohlc with { Low = value },
        "close" => ohlc with { Close = value },
        _ => ohlc,
    };

    private static void WriteNumber(Utf8JsonWriter writer, string name, decimal? value)
    {
        writer.WritePropertyName(name);
        if (value is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            LenientJson.WriteDecimal(writer, value.Value);
        }
    }
}
