using System.Text.Json.Serialization;
using Broker.Serialization;

namespace Broker.Dhan.Orders;

/// <summary>When an after-market order goes to the exchange (<c>amoTime</c>).</summary>
/// <param name="Value">The exact wire value.</param>
[JsonConverter(typeof(StringValueJsonConverter<DhanAmoTime>))]
public readonly record struct DhanAmoTime(string Value) : IStringValue<DhanAmoTime>
{
    /// <summary><c>PRE_OPEN</c>: In the pre-open session.</summary>
    public static readonly DhanAmoTime PreOpen = new("PRE_OPEN");

    /// <summary><c>OPEN</c>: At market open.</summary>
    public static readonly DhanAmoTime Open = new("OPEN");

    /// <summary><c>OPEN_30</c>: 30 minutes after open.</summary>
    public static readonly DhanAmoTime Open30 = new("OPEN_30");

    /// <summary><c>OPEN_60</c>: 60 minutes after open.</summary>
    public static readonly DhanAmoTime Open60 = new("OPEN_60");

    /// <inheritdoc />
    public static DhanAmoTime FromValue(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}
