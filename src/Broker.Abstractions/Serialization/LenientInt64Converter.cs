using System.Text.Json;
using System.Text.Json.Serialization;

namespace Broker.Serialization;

/// <summary>A 64-bit integer read from a JSON number or numeric string; "no value" reads as 0. Use it for quantities.</summary>
internal sealed class LenientInt64Converter : JsonConverter<long>
{
    /// <inheritdoc />
    public override bool HandleNull => true;

    /// <inheritdoc />
    public override long Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => LenientJson.ReadInt64(ref reader) ?? 0L;

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, long value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteNumberValue(value);
    }
}
