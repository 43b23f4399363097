using System.Text.Json;
using System.Text.Json.Serialization;
using Broker.Serialization;

namespace Broker.Dhan.Serialization;

/// <summary>
/// Strings read leniently (a number or boolean becomes its text, as Dhan sends ids either way), registered for every
/// string of the Dhan context. Unlike <see cref="FlexibleStringConverter"/> it also handles dictionary keys, which
/// a converter registered for all strings must (quote and option-chain answers are keyed by id and strike).
/// </summary>
internal sealed class DhanStringConverter : JsonConverter<string?>
{
    public override bool HandleNull => true;

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => LenientJson.ReadString(ref reader);

    public override void Write(Utf8JsonWriter writer, string? value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            writer.WriteStringValue(value);
        }
    }

    public override string ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetString()!;

    public override void WriteAsPropertyName(Utf8JsonWriter writer, string? value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WritePropertyName(value ?? string.Empty);
    }
}
