using System.Text.Json.Serialization;
using Broker.Serialization;

namespace Broker.Dhan;

/// <summary>A Dhan product type (<c>productType</c>).</summary>
/// <param name="Value">The exact wire value.</param>
[JsonConverter(typeof(StringValueJsonConverter<DhanProductType>))]
public readonly record struct DhanProductType(string Value) : IStringValue<DhanProductType>
{
    /// <summary><c>CNC</c>: Cash and carry (delivery).</summary>
    public static readonly DhanProductType Cnc = new("CNC");

    /// <summary><c>INTRADAY</c>: Intraday (squared off the same day).</summary>
    public static readonly DhanProductType Intraday = new("INTRADAY");

    /// <summary><c>MARGIN</c>: Carry-forward F&amp;O / margin.</summary>
    public static readonly DhanProductType Margin = new("MARGIN");

    /// <summary><c>MTF</c>: Margin trading facility.</summary>
    public static readonly DhanProductType Mtf = new("MTF");

    /// <summary><c>CO</c>: Cover order (legacy; dropped from the portal annexure).</summary>
    public static readonly DhanProductType CoverOrder = new("CO");

    /// <summary><c>BO</c>: Bracket order (legacy; dropped from the portal annexure).</summary>
    public static readonly DhanProductType BracketOrder = new("BO");

    /// <inheritdoc />
    public static DhanProductType FromValue(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}
