using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Broker.Serialization;

namespace Broker.Groww.Serialization;

/// <summary>
/// A price that Groww's smart-order API carries as a decimal string (<c>"3985.00"</c>). Written as a string with
/// the invariant culture; read from a string or a number.
/// </summary>
internal sealed class GrowwDecimalStringConverter : JsonConverter<decimal?>
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
        }
        else
        {
            writer.WriteStringValue(value.Value.ToString(CultureInfo.InvariantCulture));
        }
    }
}
