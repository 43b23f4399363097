using System.Text.Json;
using System.Text.Json.Serialization;

namespace Broker.Serialization;

/// <summary>A nullable decimal read from a JSON number or numeric string; "no value" ("", "NA", "NaN", null) reads as null.</summary>
internal sealed class LenientNullableDecimalConverter : JsonConverter<decimal?>
{
    /// <inheritdoc />
    public override bool HandleNull => true;

    /// <inheritdoc />
    public override decimal? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => LenientJson.ReadDecimal(ref reader);

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, decimal? value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value is null)
        {
            writer.WriteNullValue();
            return;
        }

        LenientJson.WriteDecimal(writer, value.Value);
    }
}
