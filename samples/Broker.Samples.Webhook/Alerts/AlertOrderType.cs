namespace Broker.Samples.Webhook.Alerts;

/// <summary>The order type (<c>order_type</c>) and its price rules.</summary>
internal enum AlertOrderType
{
    /// <summary><c>MARKET</c>: no price, no trigger price.</summary>
    Market = 1,

    /// <summary><c>LIMIT</c>: a price, no trigger price.</summary>
    Limit,

    /// <summary><c>SL</c> (stop-loss limit): a price and a trigger price.</summary>
    StopLoss,

    /// <summary><c>SL_M</c> (stop-loss market): a trigger price, no price.</summary>
    StopLossMarket,
}
