using System.Text.Json.Serialization;
using Broker.Serialization;

namespace Broker.Groww;

/// <summary>
/// A Groww order type (<c>order_type</c>). Note the underscore in <c>SL_M</c>.
/// Open set: a value the SDK does not list is kept as sent, never a failure.
/// </summary>
/// <param name="Value">The exact wire value.</param>
[JsonConverter(typeof(StringValueJsonConverter<GrowwOrderType>))]
public readonly record struct GrowwOrderType(string Value) : IStringValue<GrowwOrderType>
{
    /// <summary>Market order: no price, no trigger price (<c>MARKET</c>).</summary>
    public static GrowwOrderType Market { get; } = new("MARKET");

    /// <summary>Limit order: price required (<c>LIMIT</c>).</summary>
    public static GrowwOrderType Limit { get; } = new("LIMIT");

    /// <summary>Stop-loss limit order: price and trigger price required (<c>SL</c>).</summary>
    public static GrowwOrderType StopLoss { get; } = new("SL");

    /// <summary>Stop-loss market order: trigger price required, no price (<c>SL_M</c>).</summary>
    public static GrowwOrderType StopLossMarket { get; } = new("SL_M");

    /// <summary><see langword="true"/> when no value was set (the default of the type).</summary>
    public bool IsEmpty => string.IsNullOrEmpty(Value);

    /// <inheritdoc />
    public static GrowwOrderType FromValue(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}
