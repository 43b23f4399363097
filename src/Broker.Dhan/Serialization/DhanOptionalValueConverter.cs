using System.Text.Json;
using System.Text.Json.Serialization;
using Broker.Serialization;

namespace Broker.Dhan.Serialization;

/// <summary>
/// An optional string-backed value where Dhan writes "none" as <c>NA</c>, <c>""</c> or <c>null</c> (for example
/// <c>legName</c> and <c>drvOptionType</c> of an equity order): all of these read as <see langword="null"/>.
/// </summary>
/// <typeparam name="T">The string-backed value type.</typeparam>
internal sealed class DhanOptionalValueConverter<T> : JsonConverter<T?>
    where T : struct, IStringValue<T>
{
    /// <inheritdoc />
    public override bool HandleNull => true;

    /// <inheritdoc />
    public override T? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = LenientJson.ReadString(ref reader);
        return text is null || LenientJson.IsNoValue(text) ? null : T.FromValue(text);
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, T? value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            writer.WriteStringValue(value.Value.Value);
        }
    }
}
