using Broker.Groww.Serialization;
using System.Text.Json.Serialization;

namespace Broker.Groww.LiveData;

/// <summary>
/// Open, high, low and close in rupees. Groww sends it as an object, though one of its documentation pages shows the
/// string <c>"{open: 149.50,high: 150.50,low: 148.50,close: 149.50}"</c>; both are read.
/// </summary>
[JsonConverter(typeof(GrowwOhlcConverter))]
public sealed record GrowwOhlc
{
    /// <summary>The open (<c>open</c>).</summary>
    public decimal? Open { get; init; }

    /// <summary>The high (<c>high</c>).</summary>
    public decimal? High { get; init; }

    /// <summary>The low (<c>low</c>).</summary>
    public decimal? Low { get; init; }

    /// <summary>The close (<c>close</c>).</summary>
    public decimal? Close { get; init; }
}
