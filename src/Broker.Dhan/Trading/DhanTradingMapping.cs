using Broker.Dhan.Errors;
using Broker.Dhan.Funds;
using Broker.Dhan.Orders;
using Broker.Dhan.Portfolio;
using Broker.Dhan.Profile;
using Broker.Errors;
using Broker.Trading;

namespace Broker.Dhan.Trading;

/// <summary>
/// The mapping tables between the broker-neutral trading model and Dhan's wire values, both ways. Dhan values the
/// neutral model has no word for (cover and bracket orders, MTF) read back as <see langword="null"/> beside the raw string.
/// </summary>
internal static class DhanTradingMapping
{
    public const string Broker = DhanErrorReader.Broker;

    public static DhanExchangeSegment ToWire(TradingExchange exchange) => exchange switch
    {
        TradingExchange.Nse => DhanExchangeSegment.NseEquity,
        TradingExchange.Bse => DhanExchangeSegment.BseEquity,
        TradingExchange.Nfo => DhanExchangeSegment.NseFno,
        TradingExchange.Bfo => DhanExchangeSegment.BseFno,
        TradingExchange.Cds => DhanExchangeSegment.NseCurrency,
        TradingExchange.Bcd => DhanExchangeSegment.BseCurrency,
        TradingExchange.Mcx => DhanExchangeSegment.McxCommodity,
        TradingExchange.NseIndex or TradingExchange.BseIndex => DhanExchangeSegment.Index,
        _ => throw TradingValidation.CannotExpress(Broker, "Exchange", exchange),
    };

    /// <summary>
    /// Dhan's segment in neutral terms. <c>IDX_I</c> holds both NSE and BSE indices; <paramref name="exchangeHint"/>
    /// (<c>BSE</c>) picks <see cref="TradingExchange.BseIndex"/>, otherwise <see cref="TradingExchange.NseIndex"/>.
    /// </summary>
    public static TradingExchange FromWire(DhanExchangeSegment segment, string? exchangeHint = null) => segment.Value?.ToUpperInvariant() switch
    {
        "NSE_EQ" => TradingExchange.Nse,
        "BSE_EQ" => TradingExchange.Bse,
        "NSE_FNO" => TradingExchange.Nfo,
        "BSE_FNO" => TradingExchange.Bfo,
        "NSE_CURRENCY" => TradingExchange.Cds,
        "BSE_CURRENCY" => TradingExchange.Bcd,
        "MCX_COMM" => TradingExchange.Mcx,
        "IDX_I" => string.Equals(exchangeHint, "BSE", StringComparison.OrdinalIgnoreCase) ? TradingExchange.BseIndex : TradingExchange.NseIndex,
        _ => throw new BrokerException($"Dhan reported exchange segment '{segment.Value}', which the neutral trading model has no code for; use IDhanClient for this record.")
        {
            Broker = Broker,
            Category = ErrorCategory.InvalidResponse,
        },
    };

    public static DhanTransactionType ToWire(TradingSide side) => side switch
    {
        TradingSide.Buy => DhanTransactionType.Buy,
        TradingSide.Sell => DhanTransactionType.Sell,
        _ => throw TradingValidation.CannotExpress(Broker, "Side", side),
    };

    public static TradingSide? FromWire(DhanTransactionType side) => side.Value?.ToUpperInvariant() switch
    {
        "BUY" => TradingSide.Buy,
        "SELL" => TradingSide.Sell,
        _ => null,
    };

    public static DhanOrderType ToWire(TradingOrderType orderType) => orderType switch
    {
        TradingOrderType.Market => DhanOrderType.Market,
        TradingOrderType.Limit => DhanOrderType.Limit,
        TradingOrderType.StopLoss => DhanOrderType.StopLoss,
        TradingOrderType.StopLossMarket => DhanOrderType.StopLossMarket,
        _ => throw TradingValidation.CannotExpress(Broker, "OrderType", orderType),
    };

    public static TradingOrderType? FromWire(DhanOrderType orderType) => orderType.Value?.ToUpperInvariant() switch
    {
        "MARKET" => TradingOrderType.Market,
        "LIMIT" => TradingOrderType.Limit,
        "STOP_LOSS" => TradingOrderType.StopLoss,
        "STOP_LOSS_MARKET" => TradingOrderType.StopLossMarket,
        _ => null,
    };

    public static DhanProductType ToWire(TradingProduct product) => product switch
    {
        TradingProduct.Delivery => DhanProductType.Cnc,
        TradingProduct.Intraday => DhanProductType.Intraday,
        TradingProduct.Margin => DhanProductType.Margin,
        _ => throw TradingValidation.CannotExpress(Broker, "Product", product),
    };

    public static TradingProduct? FromWire(DhanProductType product) => product.Value?.ToUpperInvariant() switch
    {
        "CNC" => TradingProduct.Delivery,
        "INTRADAY" => TradingProduct.Intraday,
        "MARGIN" => TradingProduct.Margin,
        _ => null,
    };

    public static DhanValidity ToWire(TradingValidity validity) => validity switch
    {
        TradingValidity.Day => DhanValidity.Day,
        TradingValidity.ImmediateOrCancel => DhanValidity.Ioc,
        _ => throw TradingValidation.CannotExpress(Broker, "Validity", validity),
    };

    public static TradingValidity? FromWire(DhanValidity validity) => validity.Value?.ToUpperInvariant() switch
    {
        "DAY" => TradingValidity.Day,
        "IOC" => TradingValidity.ImmediateOrCancel,
        _ => null,
    };

    /// <summary>
    /// Dhan's order status in the neutral set. Dhan shows a stop-loss order waiting for its trigger as <c>PENDING</c>,
    /// so a pending stop-loss order reads as <see cref="TradingOrderStatus.PendingTrigger"/>; a resting order with fills
    /// reads as partially filled.
    /// </summary>
    public static TradingOrderStatus FromWire(DhanOrderStatus status, DhanOrderType? orderType = null, long filledQuantity = 0)
    {
        var isStopLoss = FromWire(orderType ?? default) is TradingOrderType.StopLoss or TradingOrderType.StopLossMarket;
        return status.Value?.ToUpperInvariant() switch
        {
            "PENDING" when isStopLoss && filledQuantity == 0 => TradingOrderStatus.PendingTrigger,
            "TRANSIT" or "PENDING" or "CONFIRM" or "MODIFIED" or "TRIGGERED" =>
                filledQuantity > 0 ? TradingOrderStatus.PartiallyFilled : TradingOrderStatus.Open,
            "PART_TRADED" => TradingOrderStatus.PartiallyFilled,
            "TRADED" => TradingOrderStatus.Filled,
            "CANCELLED" or "EXPIRED" => TradingOrderStatus.Cancelled,
            "REJECTED" => TradingOrderStatus.Rejected,
            _ => TradingOrderStatus.Unknown,
        };
    }

    public static DhanPlaceOrderRequest ToWire(TradingOrderRequest request, string securityId, string clientReference) => new()
    {
        SecurityId = securityId,
        ExchangeSegment = ToWire(request.Instrument.Exchange),
        TransactionType = ToWire(request.Side),
        OrderType = ToWire(request.OrderType),
        ProductType = ToWire(request.Product),
        Validity = ToWire(request.Validity),
        Quantity = request.Quantity,
        Price = request.Price,
        TriggerPrice = request.TriggerPrice,
        CorrelationId = clientReference,
    };

    public static TradingOrder ToNeutral(DhanOrder order)
    {
        var status = FromWire(order.OrderStatus, order.OrderType, order.FilledQuantity);
        return new TradingOrder
        {
            BrokerOrderId = order.OrderId ?? string.Empty,
            ClientReference = string.IsNullOrEmpty(order.CorrelationId) ? null : order.CorrelationId,
            Instrument = Instrument(order.ExchangeSegment, order.TradingSymbol, order.SecurityId),
            Side = FromWire(order.TransactionType),
            OrderType = FromWire(order.OrderType),
            RawOrderType = order.OrderType.Value,
            Product = FromWire(order.ProductType),
            RawProduct = order.ProductType.Value,
            Validity = FromWire(order.Validity),
            Status = status,
            RawStatus = order.OrderStatus.Value ?? string.Empty,
            StatusMessage = string.IsNullOrEmpty(order.OmsErrorDescription) ? null : order.OmsErrorDescription,
            Quantity = order.Quantity,
            FilledQuantity = order.FilledQuantity,
            PendingQuantity = status is TradingOrderStatus.Filled or TradingOrderStatus.Cancelled or TradingOrderStatus.Rejected
                ? 0
                : Math.Max(0, order.RemainingQuantity > 0 ? order.RemainingQuantity : order.Quantity - order.FilledQuantity),
            Price = order.Price > 0m ? order.Price : null,
            TriggerPrice = order.TriggerPrice > 0m ? order.TriggerPrice : null,
            AverageFillPrice = order.FilledQuantity > 0 && order.AverageTradedPrice > 0m ? order.AverageTradedPrice : null,
            CreatedAt = order.CreateTime,
            UpdatedAt = order.UpdateTime ?? order.CreateTime,
        };
    }

    public static TradingTrade ToNeutral(DhanTrade trade) => new()
    {
        TradeId = trade.ExchangeTradeId ?? string.Empty,
        BrokerOrderId = trade.OrderId ?? string.Empty,
        Instrument = Instrument(trade.ExchangeSegment, trade.TradingSymbol, trade.SecurityId),
        Side = FromWire(trade.TransactionType),
        Product = FromWire(trade.ProductType),
        Quantity = trade.TradedQuantity,
        Price = trade.TradedPrice,
        TradedAt = trade.ExchangeTime ?? trade.UpdateTime ?? trade.CreateTime,
    };

    public static TradingPosition ToNeutral(DhanPosition position) => new()
    {
        Instrument = Instrument(position.ExchangeSegment, position.TradingSymbol, position.SecurityId),
        Product = FromWire(position.ProductType),
        RawProduct = position.ProductType.Value,
        NetQuantity = position.NetQuantity,
        BuyQuantity = position.BuyQuantity,
        SellQuantity = position.SellQuantity,
        BuyAveragePrice = position.BuyAvg,
        SellAveragePrice = position.SellAvg,
        RealisedProfit = position.RealizedProfit,
        UnrealisedProfit = position.UnrealizedProfit,
    };

    public static TradingHolding ToNeutral(DhanHolding holding) => new()
    {
        Instrument = new TradingInstrument
        {
            Exchange = string.Equals(holding.Exchange, "BSE", StringComparison.OrdinalIgnoreCase) ? TradingExchange.Bse : TradingExchange.Nse,
            Symbol = holding.TradingSymbol,
            BrokerInstrumentId = holding.SecurityId,
        },
        Isin = holding.Isin,
        Quantity = holding.TotalQuantity,
        AvailableQuantity = holding.AvailableQuantity,
        AveragePrice = holding.AvgCostPrice,
    };

    public static TradingFunds ToNeutral(DhanFundLimit funds) => new()
    {
        Available = funds.AvailableBalance,
        UsedMargin = funds.UtilizedAmount,
        Collateral = funds.CollateralAmount,
    };

    /// <summary>
    /// Dhan's profile. <c>activeSegment</c> comes as letters (<c>E, D, C, M</c>) or words (<c>Equity, Derivative,
    /// Currency, Commodity</c>); the first letter of each item decides.
    /// </summary>
    public static TradingProfile ToNeutral(DhanProfile profile)
    {
        var exchanges = new List<TradingExchange>();
        foreach (var item in (profile.ActiveSegment ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            TradingExchange[] add = char.ToUpperInvariant(item[0]) switch
            {
                'E' => [TradingExchange.Nse, TradingExchange.Bse],
                'D' => [TradingExchange.Nfo, TradingExchange.Bfo],
                'C' when item.Length == 1 || item.StartsWith("Cu", StringComparison.OrdinalIgnoreCase) => [TradingExchange.Cds, TradingExchange.Bcd],
                'C' or 'M' => [TradingExchange.Mcx],
                _ => [],
            };
            foreach (var exchange in add)
            {
                if (!exchanges.Contains(exchange))
                {
                    exchanges.Add(exchange);
                }
            }
        }

        return new TradingProfile { BrokerName = Broker, ClientId = profile.DhanClientId ?? string.Empty, EnabledExchanges = exchanges };
    }

    private static TradingInstrument Instrument(DhanExchangeSegment segment, string? symbol, string? securityId) => new()
    {
        Exchange = FromWire(segment),
        Symbol = string.IsNullOrEmpty(symbol) ? null : symbol,
        BrokerInstrumentId = string.IsNullOrEmpty(securityId) ? null : securityId,
    };
}
