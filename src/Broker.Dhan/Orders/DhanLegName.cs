using System.Text.Json.Serialization;
using Broker.Serialization;

namespace Broker.Dhan.Orders;

/// <summary>The leg of a bracket, cover, super or forever order (<c>legName</c>).</summary>
/// <param name="Value">The exact wire value.</param>
[JsonConverter(typeof(StringValueJsonConverter<DhanLegName>))]
public readonly record struct DhanLegName(string Value) : IStringValue<DhanLegName>
{
    /// <summary><c>ENTRY_LEG</c>: The entry leg.</summary>
    public static readonly DhanLegName EntryLeg = new("ENTRY_LEG");

    /// <summary><c>TARGET_LEG</c>: The target (profit) leg; the only leg of a single forever order.</summary>
    public static readonly DhanLegName TargetLeg = new("TARGET_LEG");

    /// <summary><c>STOP_LOSS_LEG</c>: The stop-loss leg; the second leg of an OCO forever order.</summary>
    public static readonly DhanLegName StopLossLeg = new("STOP_LOSS_LEG");

    /// <inheritdoc />
    public static DhanLegName FromValue(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}
