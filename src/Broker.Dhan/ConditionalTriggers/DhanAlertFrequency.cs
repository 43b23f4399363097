using System.Text.Json.Serialization;
using Broker.Serialization;

namespace Broker.Dhan.ConditionalTriggers;

/// <summary>How often an alert fires (<c>frequency</c>).</summary>
/// <param name="Value">The exact wire value.</param>
[JsonConverter(typeof(StringValueJsonConverter<DhanAlertFrequency>))]
public readonly record struct DhanAlertFrequency(string Value) : IStringValue<DhanAlertFrequency>
{
    /// <summary><c>ONCE</c>: Fires once.</summary>
    public static readonly DhanAlertFrequency Once = new("ONCE");

    /// <inheritdoc />
    public static DhanAlertFrequency FromValue(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}
