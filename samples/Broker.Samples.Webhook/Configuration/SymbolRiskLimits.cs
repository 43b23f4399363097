namespace Broker.Samples.Webhook.Configuration;

/// <summary>Risk limits for one trading symbol (<c>Webhook:Risk:Symbols:RELIANCE:MaxQuantity</c>); unset values fall back to <see cref="RiskOptions"/>.</summary>
internal sealed class SymbolRiskLimits
{
    /// <summary>The largest quantity in shares (cash segment).</summary>
    public long? MaxQuantity { get; set; }

    /// <summary>The largest order in lots (F&amp;O, commodity).</summary>
    public long? MaxLots { get; set; }

    /// <summary>The largest order value in rupees.</summary>
    public decimal? MaxOrderValue { get; set; }

    /// <summary>The most orders per IST day.</summary>
    public int? MaxOrdersPerDay { get; set; }

    /// <summary>The most order value per IST day, in rupees.</summary>
    public decimal? MaxTurnoverPerDay { get; set; }
}
