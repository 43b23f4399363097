namespace Broker.Trading;

/// <summary>How an order is priced.</summary>
public enum TradingOrderType
{
    /// <summary>Execute at the best available price; no <see cref="TradingOrderRequest.Price"/>.</summary>
    Market = 1,

    /// <summary>Execute at <see cref="TradingOrderRequest.Price"/> or better.</summary>
    Limit,

    /// <summary>
    /// Stop-loss limit: once the market touches <see cref="TradingOrderRequest.TriggerPrice"/> a limit order at
    /// <see cref="TradingOrderRequest.Price"/> is sent to the exchange.
    /// </summary>
    StopLoss,

    /// <summary>Stop-loss market: once the market touches <see cref="TradingOrderRequest.TriggerPrice"/> a market order is sent.</summary>
    StopLossMarket,
}
