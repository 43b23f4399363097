namespace Broker.Trading;

/// <summary>The money available to trade with.</summary>
public sealed record TradingFunds
{
    /// <summary>The amount available for new orders, in rupees (Groww clear cash; Dhan available balance).</summary>
    public required decimal Available { get; init; }

    /// <summary>The margin blocked by open orders and positions, in rupees, when the broker reports it.</summary>
    public decimal? UsedMargin { get; init; }

    /// <summary>Collateral (pledged holdings) available as margin, in rupees, when the broker reports it.</summary>
    public decimal? Collateral { get; init; }
}
