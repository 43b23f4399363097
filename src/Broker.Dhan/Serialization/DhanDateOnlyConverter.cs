using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Broker.Serialization;

namespace Broker.Dhan.Serialization;

/// <summary>
/// A nullable date read from Dhan's date forms (<c>2024-10-31</c>, <c>2024-10-31 00:00:00</c>, <c>31/10/2024</c>,
/// <c>Jun 22, 2022</c>); "no value" (<c>""</c>, <c>NA</c>) and the placeholder <c>0001-01-01</c> read as
/// <see langword="null"/>. Written as <c>yyyy-MM-dd</c>.
/// </summary>
internal sealed class DhanDateOnlyConverter : JsonConverter<DateOnly?>
{
    private static readonly string[] Formats =
    [
        "yyyy-MM-dd", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm:ss.f", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.fff",
        "dd/MM/yyyy", "dd-MM-yyyy", "dd-MMM-yyyy", "MMM dd, yyyy", "MMM d, yyyy",
    ];

    /// <inheritdoc />
    public override bool HandleNull => true;

    /// <inheritdoc />
    public override DateOnly? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = LenientJson.ReadString(ref reader);
        if (text is null || LenientJson.IsNoValue(text))
        {
            return null;
        }

        if (!DateTime.TryParseExact(text.Trim(), Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value))
        {
            throw new JsonException($"'{text}' is not a date the Dhan SDK understands.");
        }

        return value.Year < 1981 ? null : DateOnly.FromDateTime(value);
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, DateOnly? value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            writer.WriteStringValue(value.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
    }
}
