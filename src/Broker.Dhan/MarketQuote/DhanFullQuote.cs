using System.Text.Json.Serialization;

namespace Broker.Dhan.MarketQuote;

/// <summary>A full quote with five-level depth (<c>POST /marketfeed/quote</c>).</summary>
public sealed record DhanFullQuote
{
    /// <summary>The last traded price.</summary>
    [JsonPropertyName("last_price")]
    public decimal LastPrice { get; init; }

    /// <summary>The last traded quantity.</summary>
    [JsonPropertyName("last_quantity")]
    public long LastQuantity { get; init; }

    /// <summary>When it last traded (IST); null when it has not traded (Dhan sends 01/01/1980).</summary>
    [JsonPropertyName("last_trade_time")]
    public DateTimeOffset? LastTradeTime { get; init; }

    /// <summary>The volume-weighted average price.</summary>
    [JsonPropertyName("average_price")]
    public decimal AveragePrice { get; init; }

    /// <summary>Total pending buy quantity.</summary>
    [JsonPropertyName("buy_quantity")]
    public long BuyQuantity { get; init; }

    /// <summary>Total pending sell quantity.</summary>
    [JsonPropertyName("sell_quantity")]
    public long SellQuantity { get; init; }

    /// <summary>Change from the previous close.</summary>
    [JsonPropertyName("net_change")]
    public decimal NetChange { get; init; }

    /// <summary>Lower circuit limit.</summary>
    [JsonPropertyName("lower_circuit_limit")]
    public decimal LowerCircuitLimit { get; init; }

    /// <summary>Upper circuit limit.</summary>
    [JsonPropertyName("upper_circuit_limit")]
    public decimal UpperCircuitLimit { get; init; }

    /// <summary>The day's volume.</summary>
    public long Volume { get; init; }

    /// <summary>Open interest (derivatives).</summary>
    [JsonPropertyName("oi")]
    public long OpenInterest { get; init; }

    /// <summary>The day's highest open interest.</summary>
    [JsonPropertyName("oi_day_high")]
    public long OpenInterestDayHigh { get; init; }

    /// <summary>The day's lowest open interest.</summary>
    [JsonPropertyName("oi_day_low")]
    public long OpenInterestDayLow { get; init; }

    /// <summary>Open, high, low, close.</summary>
    public DhanOhlc? Ohlc { get; init; }

    /// <summary>Five levels of depth.</summary>
    public DhanMarketDepth? Depth { get; init; }
}
