using System.Globalization;
using System.Text.Json;

namespace Broker.Sandbox.Hosting;

/// <summary>Reads request fields the way a strict broker would, with a message naming the field when one is wrong.</summary>
internal static class JsonFields
{
    public static string? OptionalString(JsonElement body, string name)
    {
        if (!body.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String ? value.GetString() : throw new FieldException($"{name} must be a string.");
    }

    public static string RequiredString(JsonElement body, string name)
    {
        var value = OptionalString(body, name);
        return string.IsNullOrWhiteSpace(value) ? throw new FieldException($"{name} is required.") : value;
    }

    public static string RequiredEnum(JsonElement body, string name, params string[] allowed)
    {
        var value = RequiredString(body, name);
        return allowed.Contains(value, StringComparer.Ordinal)
            ? value
            : throw new FieldException($"{name} '{value}' is invalid; expected one of {string.Join(", ", allowed)}.");
    }

    /// <summary>A whole number; a JSON number or, when <paramref name="allowNumericString"/>, a string of digits.</summary>
    public static long? OptionalInt64(JsonElement body, string name, bool allowNumericString = false)
    {
        if (!body.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var number))
        {
            return number;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var whole) && whole == decimal.Truncate(whole))
        {
            return (long)whole;
        }

        if (allowNumericString && value.ValueKind == JsonValueKind.String
            && long.TryParse(value.GetString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed))
        {
            return parsed;
        }

        throw new FieldException($"{name} must be a whole number.");
    }

    public static decimal? OptionalDecimal(JsonElement body, string name, bool allowNumericString = false)
    {
        if (!body.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var number))
        {
            return number;
        }

        if (allowNumericString && value.ValueKind == JsonValueKind.String
            && decimal.TryParse(value.GetString(), NumberStyles.Number, CultureInfo.InvariantCulture, out var parsed))
        {
            return parsed;
        }

        throw new FieldException($"{name} must be a number.");
    }

    public static bool? OptionalBoolean(JsonElement body, string name)
    {
        if (!body.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw new FieldException($"{name} must be true or false."),
        };
    }
}
