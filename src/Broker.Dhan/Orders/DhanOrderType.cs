using System.Text.Json.Serialization;
using Broker.Serialization;

namespace Broker.Dhan;

/// <summary>A Dhan order type (<c>orderType</c>).</summary>
/// <param name="Value">The exact wire value.</param>
[JsonConverter(typeof(StringValueJsonConverter<DhanOrderType>))]
public readonly record struct DhanOrderType(string Value) : IStringValue<DhanOrderType>
{
    /// <summary><c>LIMIT</c>: Limit order: needs a price.</summary>
    public static readonly DhanOrderType Limit = new("LIMIT");

    /// <summary><c>MARKET</c>: Market order (the exchange may convert it to a protected limit order).</summary>
    public static readonly DhanOrderType Market = new("MARKET");

    /// <summary><c>STOP_LOSS</c>: Stop-loss limit order: needs a price and a trigger price.</summary>
    public static readonly DhanOrderType StopLoss = new("STOP_LOSS");

    /// <summary><c>STOP_LOSS_MARKET</c>: Stop-loss market order: needs a trigger price.</summary>
    public static readonly DhanOrderType StopLossMarket = new("STOP_LOSS_MARKET");

    /// <inheritdoc />
    public static DhanOrderType FromValue(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}
