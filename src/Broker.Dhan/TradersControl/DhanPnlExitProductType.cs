using System.Text.Json.Serialization;
using Broker.Serialization;

namespace Broker.Dhan.TradersControl;

/// <summary>A product group P&amp;L based exit watches (<c>productType</c>).</summary>
/// <param name="Value">The exact wire value.</param>
[JsonConverter(typeof(StringValueJsonConverter<DhanPnlExitProductType>))]
public readonly record struct DhanPnlExitProductType(string Value) : IStringValue<DhanPnlExitProductType>
{
    /// <summary><c>INTRADAY</c>: Intraday positions.</summary>
    public static readonly DhanPnlExitProductType Intraday = new("INTRADAY");

    /// <summary><c>DELIVERY</c>: Delivery positions.</summary>
    public static readonly DhanPnlExitProductType Delivery = new("DELIVERY");

    /// <inheritdoc />
    public static DhanPnlExitProductType FromValue(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}
