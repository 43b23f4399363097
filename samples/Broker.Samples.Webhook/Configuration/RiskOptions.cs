namespace Broker.Samples.Webhook.Configuration;

/// <summary>
/// Per-alert risk limits (<c>Webhook:Risk</c>), checked before anything is sent to the broker (and in a dry run). On by
/// default with conservative values; raise them deliberately. A breach answers <c>422</c> with
/// <c>"status": "risk_refused"</c> and <c>"limit"</c> naming the limit, and is logged.
/// </summary>
internal sealed class RiskOptions
{
    /// <summary>Check the limits. Default <see langword="true"/>.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The largest quantity of a cash-segment (equity) order, in shares. Default 100.</summary>
    public long MaxQuantity { get; set; } = 100;

    /// <summary>The largest F&amp;O or commodity order, in lots (quantity ÷ the instrument's lot size). Default 1.</summary>
    public long MaxLots { get; set; } = 1;

    /// <summary>
    /// The largest order value in rupees: quantity × limit price (LIMIT, SL), × trigger price (SL_M), or × the last
    /// traded price read through the SDK (MARKET). Default ₹1,00,000. When the last traded price cannot be read, a
    /// MARKET order is refused rather than sent unchecked.
    /// </summary>
    public decimal MaxOrderValue { get; set; } = 100_000m;

    /// <summary>
    /// How long a last traded price read for the order-value limit is reused for other MARKET alerts on the same
    /// instrument. Default 5 seconds: Dhan allows one quote call a second, so reading the price for every alert would
    /// cap a burst at 60 orders a minute; for a fat-finger check a price a few seconds old is as good.
    /// </summary>
    public TimeSpan LastPriceMaxAge { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The most orders per symbol per IST day (counted in this process); unset (the default) for no cap.</summary>
    public int? MaxOrdersPerSymbolPerDay { get; set; }

    /// <summary>The most order value per symbol per IST day, in rupees (counted in this process); unset (the default) for no cap.</summary>
    public decimal? MaxTurnoverPerSymbolPerDay { get; set; }

    /// <summary>Limits for particular trading symbols (such as <c>RELIANCE</c>), replacing the defaults above for that symbol.</summary>
    public Dictionary<string, SymbolRiskLimits> Symbols { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}
