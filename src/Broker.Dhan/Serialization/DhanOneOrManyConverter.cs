using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Broker.Dhan.Serialization;

/// <summary>
/// A list read from either a JSON array or a single object. Dhan documents some list endpoints with single-object
/// samples (trades of an order, ledger, order by correlation id) and answers others with <c>[]</c> where an object is
/// documented (order by id for an unknown id), so both forms are accepted.
/// </summary>
/// <typeparam name="T">The element type.</typeparam>
internal sealed class DhanOneOrManyConverter<T> : JsonConverter<List<T>>
{
    /// <inheritdoc />
    public override List<T>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var elementType = (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return [];
            case JsonTokenType.StartObject:
                var single = JsonSerializer.Deserialize(ref reader, elementType);
                return single is null ? [] : [single];
            case JsonTokenType.StartArray:
                var list = new List<T>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    var item = JsonSerializer.Deserialize(ref reader, elementType);
                    if (item is not null)
                    {
                        list.Add(item);
                    }
                }

                return list;
            default:
                throw new JsonException($"Expected an object or an array but found {reader.TokenType}.");
        }
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, List<T> value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(options);
        var elementType = (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
        writer.WriteStartArray();
        foreach (var item in value ?? [])
        {
            JsonSerializer.Serialize(writer, item, elementType);
        }

        writer.WriteEndArray();
    }
}
