using System.Text.Json.Serialization;
using Broker.Serialization;

namespace Broker.Dhan.Historical;

/// <summary>An instrument type for chart requests (<c>instrument</c>).</summary>
/// <param name="Value">The exact wire value.</param>
[JsonConverter(typeof(StringValueJsonConverter<DhanInstrumentType>))]
public readonly record struct DhanInstrumentType(string Value) : IStringValue<DhanInstrumentType>
{
    /// <summary><c>INDEX</c>: Index.</summary>
    public static readonly DhanInstrumentType Index = new("INDEX");

    /// <summary><c>FUTIDX</c>: Index future.</summary>
    public static readonly DhanInstrumentType FutureIndex = new("FUTIDX");

    /// <summary><c>OPTIDX</c>: Index option.</summary>
    public static readonly DhanInstrumentType OptionIndex = new("OPTIDX");

    /// <summary><c>EQUITY</c>: Equity.</summary>
    public static readonly DhanInstrumentType Equity = new("EQUITY");

    /// <summary><c>FUTSTK</c>: Stock future.</summary>
    public static readonly DhanInstrumentType FutureStock = new("FUTSTK");

    /// <summary><c>OPTSTK</c>: Stock option.</summary>
    public static readonly DhanInstrumentType OptionStock = new("OPTSTK");

    /// <summary><c>FUTCOM</c>: Commodity future.</summary>
    public static readonly DhanInstrumentType FutureCommodity = new("FUTCOM");

    /// <summary><c>OPTFUT</c>: Option on a commodity future.</summary>
    public static readonly DhanInstrumentType OptionFuture = new("OPTFUT");

    /// <summary><c>FUTCUR</c>: Currency future (classic annexure).</summary>
    public static readonly DhanInstrumentType FutureCurrency = new("FUTCUR");

    /// <summary><c>OPTCUR</c>: Currency option (classic annexure).</summary>
    public static readonly DhanInstrumentType OptionCurrency = new("OPTCUR");

    /// <inheritdoc />
    public static DhanInstrumentType FromValue(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}
