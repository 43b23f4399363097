using System.Text.Json;
using System.Text.Json.Serialization;

namespace Broker.Serialization;

/// <summary>Reads and writes an <see cref="IStringValue{TSelf}"/> as its wire string, without reflection.</summary>
/// <typeparam name="T">The string-backed type.</typeparam>
public sealed class StringValueJsonConverter<T> : JsonConverter<T>
    where T : IStringValue<T>
{
    /// <inheritdoc />
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = LenientJson.ReadString(ref reader);
        return T.FromValue(text ?? string.Empty);
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value?.Value);
    }
}
