using System.Text.Json;
using System.Text.Json.Serialization;
using Broker.Time;

namespace Broker.Serialization;

/// <summary>
/// A nullable <see cref="DateTimeOffset"/> in IST read from any broker timestamp form: ISO with or without offset
/// (no offset means IST), <c>yyyy-MM-dd HH:mm:ss</c>, <c>dd/MM/yyyy HH:mm</c>, or epoch seconds/milliseconds as a
/// number or string. "No value" (<c>""</c>, <c>NA</c>, <c>null</c>) and placeholder dates before 1981
/// (<c>0001-01-01</c>, <c>01/01/1980 00:00:00</c>) read as <see langword="null"/>. Written as ISO 8601 with +05:30.
/// </summary>
internal sealed class IstDateTimeOffsetConverter : JsonConverter<DateTimeOffset?>
{
    private static readonly DateTimeOffset Placeholder = new(1981, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <inheritdoc />
    public override bool HandleNull => true;

    /// <inheritdoc />
    public override DateTimeOffset? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.Number:
                if (!reader.TryGetInt64(out var epoch))
                {
                    epoch = (long)reader.GetDouble();
                }

                return epoch <= 0 ? null : IndianTime.FromEpoch(epoch);
            case JsonTokenType.String:
                var text = reader.GetString();
                if (text is null || LenientJson.IsNoValue(text))
                {
                    return null;
                }

                if (!IndianTime.TryParse(text, out var value))
                {
                    throw new JsonException($"'{text}' is not a date or time the broker SDK understands.");
                }

                return value < Placeholder ? null : value;
            default:
                throw new JsonException($"Expected a date or time but found {reader.TokenType}.");
        }
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, DateTimeOffset? value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            writer.WriteStringValue(IndianTime.ToIst(value.Value));
        }
    }
}
