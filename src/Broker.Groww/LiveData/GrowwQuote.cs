using System.Text.Json.Serialization;

namespace Broker.Groww.LiveData;

/// <summary>A full quote (<c>GET /v1/live-data/quote</c>). Prices in rupees; <see cref="LastTradeTime"/> in IST.</summary>
public sealed record GrowwQuote
{
    /// <summary>The average traded price (<c>average_price</c>).</summary>
    [JsonPropertyName("average_price")]
    public decimal? AveragePrice { get; init; }

    /// <summary>The best bid quantity (<c>bid_quantity</c>).</summary>
    [JsonPropertyName("bid_quantity")]
    public long? BidQuantity { get; init; }

    /// <summary>The best bid price (<c>bid_price</c>).</summary>
    [JsonPropertyName("bid_price")]
    public decimal? BidPrice { get; init; }

    /// <summary>The change from the previous close (<c>day_change</c>).</summary>
    [JsonPropertyName("day_change")]
    public decimal? DayChange { get; init; }

    /// <summary>The change from the previous close, in percent (<c>day_change_perc</c>).</summary>
    [JsonPropertyName("day_change_perc")]
    public decimal? DayChangePercent { get; init; }

    /// <summary>The upper circuit limit (<c>upper_circuit_limit</c>).</summary>
    [JsonPropertyName("upper_circuit_limit")]
    public decimal? UpperCircuitLimit { get; init; }

    /// <summary>The lower circuit limit (<c>lower_circuit_limit</c>).</summary>
    [JsonPropertyName("lower_circuit_limit")]
    public decimal? LowerCircuitLimit { get; init; }

    /// <summary>The day's open, high, low and close (<c>ohlc</c>).</summary>
    [JsonPropertyName("ohlc")]
    public GrowwOhlc? Ohlc { get; init; }

    /// <summary>The order book (<c>depth</c>).</summary>
    [JsonPropertyName("depth")]
    public GrowwMarketDepth? Depth { get; init; }

    /// <summary>The upper end of the trade range (<c>high_trade_range</c>).</summary>
    [JsonPropertyName("high_trade_range")]
    public decimal? HighTradeRange { get; init; }

    /// <summary>Implied volatility (options) (<c>implied_volatility</c>).</summary>
    [JsonPropertyName("implied_volatility")]
    public decimal? ImpliedVolatility { get; init; }

    /// <summary>The last traded quantity (<c>last_trade_quantity</c>).</summary>
    [JsonPropertyName("last_trade_quantity")]
    public long? LastTradeQuantity { get; init; }

    /// <summary>When the last trade happened (Groww sends epoch milliseconds; seconds are recognised by size) (<c>last_trade_time</c>).</summary>
    [JsonPropertyName("last_trade_time")]
    public DateTimeOffset? LastTradeTime { get; init; }

    /// <summary>The lower end of the trade range (<c>low_trade_range</c>).</summary>
    [JsonPropertyName("low_trade_range")]
    public decimal? LowTradeRange { get; init; }

    /// <summary>The last traded price (<c>last_price</c>).</summary>
    [JsonPropertyName("last_price")]
    public decimal? LastPrice { get; init; }

    /// <summary>The market capitalisation (<c>market_cap</c>).</summary>
    [JsonPropertyName("market_cap")]
    public decimal? MarketCap { get; init; }

    /// <summary>The best offer price (<c>offer_price</c>).</summary>
    [JsonPropertyName("offer_price")]
    public decimal? OfferPrice { get; init; }

    /// <summary>The best offer quantity (<c>offer_quantity</c>).</summary>
    [JsonPropertyName("offer_quantity")]
    public long? OfferQuantity { get; init; }

    /// <summary>The change in open interest today (<c>oi_day_change</c>).</summary>
    [JsonPropertyName("oi_day_change")]
    public decimal? OiDayChange { get; init; }

    /// <summary>The change in open interest today, in percent (<c>oi_day_change_percentage</c>).</summary>
    [JsonPropertyName("oi_day_change_percentage")]
    public decimal? OiDayChangePercentage { get; init; }

    /// <summary>The open interest (<c>open_interest</c>).</summary>
    [JsonPropertyName("open_interest")]
    public decimal? OpenInterest { get; init; }

    /// <summary>The previous day's open interest (<c>previous_open_interest</c>).</summary>
    [JsonPropertyName("previous_open_interest")]
    public decimal? PreviousOpenInterest { get; init; }

    /// <summary>The total bid quantity (<c>total_buy_quantity</c>).</summary>
    [JsonPropertyName("total_buy_quantity")]
    public decimal? TotalBuyQuantity { get; init; }

    /// <summary>The total offer quantity (<c>total_sell_quantity</c>).</summary>
    [JsonPropertyName("total_sell_quantity")]
    public decimal? TotalSellQuantity { get; init; }

    /// <summary>The day's volume (<c>volume</c>).</summary>
    [JsonPropertyName("volume")]
    public long? Volume { get; init; }

    /// <summary>The 52-week high (<c>week_52_high</c>).</summary>
    [JsonPropertyName("week_52_high")]
    public decimal? Week52High { get; init; }

    /// <summary>The 52-week low (<c>week_52_low</c>).</summary>
    [JsonPropertyName("week_52_low")]
    public decimal? Week52Low { get; init; }
}
