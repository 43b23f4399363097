using System.Text.Json.Serialization;
using Broker.Serialization;

namespace Broker.Dhan.Historical;

/// <summary>Weekly or monthly expiries for expired-options data (<c>expiryFlag</c>).</summary>
/// <param name="Value">The exact wire value.</param>
[JsonConverter(typeof(StringValueJsonConverter<DhanExpiryFlag>))]
public readonly record struct DhanExpiryFlag(string Value) : IStringValue<DhanExpiryFlag>
{
    /// <summary><c>WEEK</c>: Weekly expiries.</summary>
    public static readonly DhanExpiryFlag Week = new("WEEK");

    /// <summary><c>MONTH</c>: Monthly expiries.</summary>
    public static readonly DhanExpiryFlag Month = new("MONTH");

    /// <inheritdoc />
    public static DhanExpiryFlag FromValue(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}
