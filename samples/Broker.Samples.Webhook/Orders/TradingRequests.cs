using Broker.Samples.Webhook.Alerts;
using Broker.Trading;

namespace Broker.Samples.Webhook.Orders;

/// <summary>Maps an alert to the SDK's broker-neutral order model.</summary>
internal static class TradingRequests
{
    /// <summary>The exchange code for the alert's exchange and segment.</summary>
    /// <param name="alert">The alert.</param>
    /// <returns><see cref="TradingExchange.Nse"/>, <see cref="TradingExchange.Nfo"/> and so on.</returns>
    /// <exception cref="OrderPreparationException">The combination is not tradable through the SDK (NSE commodities).</exception>
    public static TradingExchange ExchangeOf(TradingAlert alert)
    {
        ArgumentNullException.ThrowIfNull(alert);
        return (alert.Exchange, alert.Segment) switch
        {
            ("NSE", AlertSegment.Cash) => TradingExchange.Nse,
            ("BSE", AlertSegment.Cash) => TradingExchange.Bse,
            ("NSE", AlertSegment.Derivatives) => TradingExchange.Nfo,
            ("BSE", AlertSegment.Derivatives) => TradingExchange.Bfo,
            ("MCX", AlertSegment.Commodity) => TradingExchange.Mcx,
            _ => throw new OrderPreparationException("segment", $"{alert.Exchange} {alert.Segment} is not supported; use NSE/BSE CASH or FNO, or MCX COMMODITY."),
        };
    }

    /// <summary>Builds the order for a resolved instrument.</summary>
    /// <param name="alert">The alert.</param>
    /// <param name="exchange">The exchange code.</param>
    /// <param name="symbol">The broker's trading symbol.</param>
    /// <param name="brokerInstrumentId">The broker's instrument id.</param>
    /// <param name="brokerReference">The client reference the order carries.</param>
    /// <returns>The request.</returns>
    public static TradingOrderRequest Build(TradingAlert alert, TradingExchange exchange, string symbol, string brokerInstrumentId, string brokerReference)
    {
        ArgumentNullException.ThrowIfNull(alert);
        return new TradingOrderRequest
        {
            // Both names: Groww places by symbol, Dhan by security id; neither has to look the instrument up again.
            Instrument = new TradingInstrument { Exchange = exchange, Symbol = symbol, BrokerInstrumentId = brokerInstrumentId },
            Side = alert.Side == AlertSide.Buy ? TradingSide.Buy : TradingSide.Sell,
            OrderType = alert.OrderType switch
            {
                AlertOrderType.Market => TradingOrderType.Market,
                AlertOrderType.Limit => TradingOrderType.Limit,
                AlertOrderType.StopLoss => TradingOrderType.StopLoss,
                _ => TradingOrderType.StopLossMarket,
            },
            Product = alert.Product switch
            {
                AlertProduct.Delivery => TradingProduct.Delivery,
                AlertProduct.Intraday => TradingProduct.Intraday,
                _ => TradingProduct.Margin,
            },
            Quantity = alert.Quantity,
            Price = alert.Price,
            TriggerPrice = alert.TriggerPrice,
            ClientReference = brokerReference,
        };
    }
}
