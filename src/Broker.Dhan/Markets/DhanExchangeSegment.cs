using System.Text.Json.Serialization;
using Broker.Serialization;

namespace Broker.Dhan;

/// <summary>A Dhan exchange segment (<c>exchangeSegment</c>). Unknown values the broker sends are kept as-is.</summary>
/// <param name="Value">The exact wire value.</param>
[JsonConverter(typeof(StringValueJsonConverter<DhanExchangeSegment>))]
public readonly record struct DhanExchangeSegment(string Value) : IStringValue<DhanExchangeSegment>
{
    /// <summary><c>IDX_I</c>: Index values (data and feeds only; not orderable).</summary>
    public static readonly DhanExchangeSegment Index = new("IDX_I");

    /// <summary><c>NSE_EQ</c>: NSE cash market.</summary>
    public static readonly DhanExchangeSegment NseEquity = new("NSE_EQ");

    /// <summary><c>NSE_FNO</c>: NSE futures and options.</summary>
    public static readonly DhanExchangeSegment NseFno = new("NSE_FNO");

    /// <summary><c>NSE_CURRENCY</c>: NSE currency derivatives.</summary>
    public static readonly DhanExchangeSegment NseCurrency = new("NSE_CURRENCY");

    /// <summary><c>NSE_COMM</c>: NSE commodity (request enums of the portal and OpenAPI only).</summary>
    public static readonly DhanExchangeSegment NseCommodity = new("NSE_COMM");

    /// <summary><c>BSE_EQ</c>: BSE cash market.</summary>
    public static readonly DhanExchangeSegment BseEquity = new("BSE_EQ");

    /// <summary><c>BSE_FNO</c>: BSE futures and options.</summary>
    public static readonly DhanExchangeSegment BseFno = new("BSE_FNO");

    /// <summary><c>BSE_CURRENCY</c>: BSE currency derivatives.</summary>
    public static readonly DhanExchangeSegment BseCurrency = new("BSE_CURRENCY");

    /// <summary><c>MCX_COMM</c>: MCX commodity.</summary>
    public static readonly DhanExchangeSegment McxCommodity = new("MCX_COMM");

    /// <inheritdoc />
    public static DhanExchangeSegment FromValue(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}
