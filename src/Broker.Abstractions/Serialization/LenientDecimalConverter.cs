using System.Text.Json;
using System.Text.Json.Serialization;

namespace Broker.Serialization;

/// <summary>A decimal read from a JSON number or numeric string; "no value" ("", "NA", "NaN", null) reads as 0. Use it for amounts the broker always sends.</summary>
internal sealed class LenientDecimalConverter : JsonConverter<decimal>
{
    /// <inheritdoc />
    public override bool HandleNull => true;

    /// <inheritdoc />
    public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => LenientJson.ReadDecimal(ref reader) ?? 0m;

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        LenientJson.WriteDecimal(writer, value);
    }
}
