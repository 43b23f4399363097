using Broker.Errors;
using Broker.Groww.Margins;
using Broker.Groww.Orders;
using Broker.Groww.Portfolio;
using Broker.Groww.Users;
using Broker.Trading;

namespace Broker.Groww.Trading;

/// <summary>
/// The mapping tables between the broker-neutral trading model and Groww's wire values, both ways. Neutral values
/// Groww has no word for (IOC validity, the currency segments) raise <see cref="BrokerValidationException"/> naming
/// Groww and the value; Groww values the neutral model has no word for read back as <see langword="null"/> beside the
/// raw string.
/// </summary>
internal static class GrowwTradingMapping
{
    public const string Broker = GrowwServiceKeys.Broker;

    /// <summary>The Groww segments in the order they are searched when the caller gives no exchange.</summary>
    public static readonly IReadOnlyList<GrowwSegment> AllSegments = [GrowwSegment.Cash, GrowwSegment.Fno, GrowwSegment.Commodity];

    public static (GrowwExchange Exchange, GrowwSegment Segment) ToWire(TradingExchange exchange) => exchange switch
    {
        TradingExchange.Nse => (GrowwExchange.Nse, GrowwSegment.Cash),
        TradingExchange.Bse => (GrowwExchange.Bse, GrowwSegment.Cash),
        TradingExchange.Nfo => (GrowwExchange.Nse, GrowwSegment.Fno),
        TradingExchange.Bfo => (GrowwExchange.Bse, GrowwSegment.Fno),
        TradingExchange.Mcx => (GrowwExchange.Mcx, GrowwSegment.Commodity),
        TradingExchange.NseIndex => (GrowwExchange.Nse, GrowwSegment.Cash),
        TradingExchange.BseIndex => (GrowwExchange.Bse, GrowwSegment.Cash),
        _ => throw TradingValidation.CannotExpress(Broker, "Exchange", exchange, "Groww trades NSE and BSE cash and F&O, and MCX commodities only."),
    };

    public static TradingExchange FromWire(GrowwExchange? exchange, GrowwSegment? segment)
    {
        var e = exchange?.Value;
        var s = segment?.Value;
        if (Is(e, GrowwExchange.Mcx.Value) || Is(s, GrowwSegment.Commodity.Value))
        {
            return TradingExchange.Mcx;
        }

        var fno = Is(s, GrowwSegment.Fno.Value);
        if (Is(e, GrowwExchange.Nse.Value))
        {
            return fno ? TradingExchange.Nfo : TradingExchange.Nse;
        }

        if (Is(e, GrowwExchange.Bse.Value))
        {
            return fno ? TradingExchange.Bfo : TradingExchange.Bse;
        }

        throw new BrokerException($"Groww reported exchange '{e}' segment '{s}', which the neutral trading model has no code for; use IGrowwClient for this record.")
        {
            Broker = Broker,
            Category = ErrorCategory.InvalidResponse,
        };
    }

    public static GrowwTransactionType ToWire(TradingSide side) => side switch
    {
        TradingSide.Buy => GrowwTransactionType.Buy,
        TradingSide.Sell => GrowwTransactionType.Sell,
        _ => throw TradingValidation.CannotExpress(Broker, "Side", side),
    };

    public static TradingSide? FromWire(GrowwTransactionType? side) =>
        Is(side?.Value, GrowwTransactionType.Buy.Value) ? TradingSide.Buy
        : Is(side?.Value, GrowwTransactionType.Sell.Value) ? TradingSide.Sell
        : null;

    public static GrowwOrderType ToWire(TradingOrderType orderType) => orderType switch
    {
        TradingOrderType.Market => GrowwOrderType.Market,
        TradingOrderType.Limit => GrowwOrderType.Limit,
        TradingOrderType.StopLoss => GrowwOrderType.StopLoss,
        TradingOrderType.StopLossMarket => GrowwOrderType.StopLossMarket,
        _ => throw TradingValidation.CannotExpress(Broker, "OrderType", orderType),
    };

    public static TradingOrderType? FromWire(GrowwOrderType? orderType) => orderType?.Value?.ToUpperInvariant() switch
    {
        "MARKET" => TradingOrderType.Market,
        "LIMIT" => TradingOrderType.Limit,
        "SL" => TradingOrderType.StopLoss,
        "SL_M" => TradingOrderType.StopLossMarket,
        _ => null,
    };

    public static GrowwProduct ToWire(TradingProduct product) => product switch
    {
        TradingProduct.Delivery => GrowwProduct.Cnc,
        TradingProduct.Intraday => GrowwProduct.Mis,
        TradingProduct.Margin => GrowwProduct.Nrml,
        _ => throw TradingValidation.CannotExpress(Broker, "Product", product),
    };

    public static TradingProduct? FromWire(GrowwProduct? product) => product?.Value?.ToUpperInvariant() switch
    {
        "CNC" => TradingProduct.Delivery,
        "MIS" => TradingProduct.Intraday,
        "NRML" => TradingProduct.Margin,
        _ => null,
    };

    public static GrowwValidity ToWire(TradingValidity validity) => validity switch
    {
        TradingValidity.Day => GrowwValidity.Day,
        _ => throw TradingValidation.CannotExpress(Broker, "Validity", validity, "Groww orders are valid for the day only."),
    };

    public static TradingValidity? FromWire(GrowwValidity? validity) =>
        Is(validity?.Value, GrowwValidity.Day.Value) ? TradingValidity.Day : null;

    /// <summary>
    /// Groww's order status in the neutral set. Groww reports a partly filled resting order as <c>OPEN</c> (or
    /// <c>ACKED</c>…) with a filled quantity, so the filled quantity decides between open and partially filled.
    /// </summary>
    public static TradingOrderStatus FromWire(GrowwOrderStatus? status, long filledQuantity) => status?.Value?.ToUpperInvariant() switch
    {
        "NEW" or "ACKED" or "APPROVED" or "OPEN" or "MODIFICATION_REQUESTED" or "CANCELLATION_REQUESTED" =>
            filledQuantity > 0 ? TradingOrderStatus.PartiallyFilled : TradingOrderStatus.Open,
        "TRIGGER_PENDING" => TradingOrderStatus.PendingTrigger,
        "EXECUTED" or "DELIVERY_AWAITED" or "COMPLETED" => TradingOrderStatus.Filled,
        "CANCELLED" => TradingOrderStatus.Cancelled,
        "REJECTED" or "FAILED" => TradingOrderStatus.Rejected,
        _ => TradingOrderStatus.Unknown,
    };

    /// <summary>The LTP/OHLC key Groww uses: <c>NSE_RELIANCE</c>.</summary>
    public static string ExchangeSymbol(GrowwExchange exchange, string tradingSymbol) => exchange.Value + "_" + tradingSymbol;

    public static GrowwPlaceOrderRequest ToWire(TradingOrderRequest request, string tradingSymbol, string clientReference)
    {
        var (exchange, segment) = ToWire(request.Instrument.Exchange);
        return new GrowwPlaceOrderRequest
        {
            TradingSymbol = tradingSymbol,
            Exchange = exchange,
            Segment = segment,
            TransactionType = ToWire(request.Side),
            OrderType = ToWire(request.OrderType),
            Product = ToWire(request.Product),
            Validity = ToWire(request.Validity),
            Quantity = request.Quantity,
            Price = request.Price,
            TriggerPrice = request.TriggerPrice,
            OrderReferenceId = clientReference,
        };
    }

    public static TradingOrder ToNeutral(GrowwOrder order)
    {
        var status = FromWire(order.OrderStatus, order.FilledQuantity);
        return new TradingOrder
        {
            BrokerOrderId = order.GrowwOrderId ?? string.Empty,
            ClientReference = order.OrderReferenceId,
            Instrument = new TradingInstrument { Exchange = FromWire(order.Exchange, order.Segment), Symbol = order.TradingSymbol },
            Side = FromWire(order.TransactionType),
            OrderType = FromWire(order.OrderType),
            RawOrderType = order.OrderType?.Value,
            Product = FromWire(order.Product),
            RawProduct = order.Product?.Value,
            Validity = FromWire(order.Validity),
            Status = status,
            RawStatus = order.OrderStatus?.Value ?? string.Empty,
            StatusMessage = order.Remark,
            Quantity = order.Quantity,
            FilledQuantity = order.FilledQuantity,
            PendingQuantity = IsTerminal(status) ? 0 : Math.Max(0, order.RemainingQuantity),
            Price = Positive(order.Price),
            TriggerPrice = Positive(order.TriggerPrice),
            AverageFillPrice = order.FilledQuantity > 0 ? Positive(order.AverageFillPrice) : null,
            CreatedAt = order.CreatedAt,
            UpdatedAt = order.ExchangeTime ?? order.CreatedAt,
        };
    }

    public static TradingTrade ToNeutral(GrowwTrade trade) => new()
    {
        TradeId = trade.GrowwTradeId ?? trade.ExchangeTradeId ?? string.Empty,
        BrokerOrderId = trade.GrowwOrderId ?? string.Empty,
        Instrument = new TradingInstrument { Exchange = FromWire(trade.Exchange, trade.Segment), Symbol = trade.TradingSymbol },
        Side = FromWire(trade.TransactionType),
        Product = FromWire(trade.Product),
        Quantity = trade.Quantity,
        Price = trade.Price,
        TradedAt = trade.TradeDateTime ?? trade.CreatedAt,
    };

    public static TradingPosition ToNeutral(GrowwPosition position)
    {
        var buyQuantity = position.CreditQuantity + position.CarryForwardCreditQuantity;
        var sellQuantity = position.DebitQuantity + position.CarryForwardDebitQuantity;
        return new TradingPosition
        {
            Instrument = new TradingInstrument { Exchange = FromWire(position.Exchange, position.Segment), Symbol = position.TradingSymbol },
            Product = FromWire(position.Product),
            RawProduct = position.Product?.Value,
            NetQuantity = position.Quantity,
            BuyQuantity = buyQuantity,
            SellQuantity = sellQuantity,
            BuyAveragePrice = Average(position.CreditQuantity, position.CreditPrice, position.CarryForwardCreditQuantity, position.CarryForwardCreditPrice),
            SellAveragePrice = Average(position.DebitQuantity, position.DebitPrice, position.CarryForwardDebitQuantity, position.CarryForwardDebitPrice),
            RealisedProfit = position.RealisedPnl,
        };
    }

    public static TradingHolding ToNeutral(GrowwHolding holding)
    {
        var onNse = holding.TradableExchanges is not { Count: > 0 } exchanges
            || exchanges.Any(e => Is(e, GrowwExchange.Nse.Value));
        var blocked = holding.PledgeQuantity + holding.DematLockedQuantity + holding.GrowwLockedQuantity + holding.RepledgeQuantity;
        return new TradingHolding
        {
            Instrument = new TradingInstrument { Exchange = onNse ? TradingExchange.Nse : TradingExchange.Bse, Symbol = holding.TradingSymbol },
            Isin = holding.Isin,
            Quantity = (long)decimal.Truncate(holding.Quantity),
            AvailableQuantity = (long)decimal.Truncate(Math.Max(0m, holding.Quantity - blocked)),
            AveragePrice = holding.AveragePrice,
        };
    }

    public static TradingFunds ToNeutral(GrowwAvailableMargin margin) => new()
    {
        Available = margin.ClearCash,
        UsedMargin = margin.NetMarginUsed,
        Collateral = margin.CollateralAvailable,
    };

    public static TradingProfile ToNeutral(GrowwUserProfile profile)
    {
        var exchanges = new List<TradingExchange>();
        foreach (var segment in profile.ActiveSegments ?? [])
        {
            if (Is(segment.Value, GrowwSegment.Cash.Value))
            {
                AddIf(exchanges, profile.NseEnabled, TradingExchange.Nse);
                AddIf(exchanges, profile.BseEnabled, TradingExchange.Bse);
            }
            else if (Is(segment.Value, GrowwSegment.Fno.Value))
            {
                AddIf(exchanges, profile.NseEnabled, TradingExchange.Nfo);
                AddIf(exchanges, profile.BseEnabled, TradingExchange.Bfo);
            }
            else if (Is(segment.Value, GrowwSegment.Commodity.Value))
            {
                AddIf(exchanges, true, TradingExchange.Mcx);
            }
        }

        return new TradingProfile
        {
            BrokerName = Broker,
            ClientId = profile.Ucc ?? profile.VendorUserId ?? string.Empty,
            EnabledExchanges = exchanges,
        };
    }

    public static bool IsTerminal(TradingOrderStatus status) =>
        status is TradingOrderStatus.Filled or TradingOrderStatus.Cancelled or TradingOrderStatus.Rejected;

    private static void AddIf(List<TradingExchange> list, bool condition, TradingExchange exchange)
    {
        if (condition && !list.Contains(exchange))
        {
            list.Add(exchange);
        }
    }

    private static decimal Average(long quantity1, decimal price1, long quantity2, decimal price2)
    {
        var total = quantity1 + quantity2;
        return total == 0 ? 0m : ((quantity1 * price1) + (quantity2 * price2)) / total;
    }

    private static decimal? Positive(decimal? value) => value is > 0m ? value : null;

    private static bool Is(string? value, string expected) => string.Equals(value, expected, StringComparison.OrdinalIgnoreCase);
}
