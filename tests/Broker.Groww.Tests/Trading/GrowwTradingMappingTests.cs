using Broker.Errors;
using Broker.Groww.Margins;
using Broker.Groww.Orders;
using Broker.Groww.Portfolio;
using Broker.Groww.Trading;
using Broker.Groww.Users;
using Broker.Trading;

namespace Broker.Groww.Tests.Trading;

public sealed class GrowwTradingMappingTests
{
    [Theory]
    [InlineData(TradingExchange.Nse, "NSE", "CASH")]
    [InlineData(TradingExchange.Bse, "BSE", "CASH")]
    [InlineData(TradingExchange.Nfo, "NSE", "FNO")]
    [InlineData(TradingExchange.Bfo, "BSE", "FNO")]
    [InlineData(TradingExchange.Mcx, "MCX", "COMMODITY")]
    [InlineData(TradingExchange.NseIndex, "NSE", "CASH")]
    [InlineData(TradingExchange.BseIndex, "BSE", "CASH")]
    public void Neutral_exchange_maps_to_groww_exchange_and_segment(TradingExchange exchange, string wireExchange, string wireSegment)
    {
        var (e, s) = GrowwTradingMapping.ToWire(exchange);

        Assert.Equal(wireExchange, e.Value);
        Assert.Equal(wireSegment, s.Value);
    }

    [Theory]
    [InlineData("NSE", "CASH", TradingExchange.Nse)]
    [InlineData("BSE", "CASH", TradingExchange.Bse)]
    [InlineData("NSE", "FNO", TradingExchange.Nfo)]
    [InlineData("BSE", "FNO", TradingExchange.Bfo)]
    [InlineData("MCX", "COMMODITY", TradingExchange.Mcx)]
    [InlineData("nse", "fno", TradingExchange.Nfo)]
    [InlineData("NSE", null, TradingExchange.Nse)]
    public void Groww_exchange_and_segment_map_to_the_neutral_exchange(string exchange, string? segment, TradingExchange expected) =>
        Assert.Equal(expected, GrowwTradingMapping.FromWire(new GrowwExchange(exchange), segment is null ? null : new GrowwSegment(segment)));

    [Fact]
    public void Every_tradable_neutral_exchange_except_indices_survives_the_round_trip()
    {
        foreach (var exchange in Enum.GetValues<TradingExchange>().Where(e => e is not (TradingExchange.Cds or TradingExchange.Bcd or TradingExchange.NseIndex or TradingExchange.BseIndex)))
        {
            var (e, s) = GrowwTradingMapping.ToWire(exchange);
            Assert.Equal(exchange, GrowwTradingMapping.FromWire(e, s));
        }
    }

    [Theory]
    [InlineData(TradingExchange.Cds)]
    [InlineData(TradingExchange.Bcd)]
    public void Currency_exchanges_cannot_be_expressed_on_groww(TradingExchange exchange)
    {
        var ex = Assert.Throws<BrokerValidationException>(() => GrowwTradingMapping.ToWire(exchange));

        Assert.Equal("Groww", ex.Broker);
        Assert.Equal("Exchange", ex.ParameterName);
        Assert.Contains("Groww", ex.Message, StringComparison.Ordinal);
        Assert.Contains(exchange.ToString(), ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_groww_exchange_is_an_invalid_response_not_a_guess()
    {
        var ex = Assert.Throws<BrokerException>(() => GrowwTradingMapping.FromWire(new GrowwExchange("NCDEX"), new GrowwSegment("CASH")));

        Assert.Equal(ErrorCategory.InvalidResponse, ex.Category);
        Assert.Contains("NCDEX", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(TradingSide.Buy, "BUY")]
    [InlineData(TradingSide.Sell, "SELL")]
    public void Side_maps_both_ways(TradingSide side, string wire)
    {
        Assert.Equal(wire, GrowwTradingMapping.ToWire(side).Value);
        Assert.Equal(side, GrowwTradingMapping.FromWire(new GrowwTransactionType(wire)));
    }

    [Theory]
    [InlineData(TradingOrderType.Market, "MARKET")]
    [InlineData(TradingOrderType.Limit, "LIMIT")]
    [InlineData(TradingOrderType.StopLoss, "SL")]
    [InlineData(TradingOrderType.StopLossMarket, "SL_M")]
    public void Order_type_maps_both_ways(TradingOrderType orderType, string wire)
    {
        Assert.Equal(wire, GrowwTradingMapping.ToWire(orderType).Value);
        Assert.Equal(orderType, GrowwTradingMapping.FromWire(new GrowwOrderType(wire)));
    }

    [Theory]
    [InlineData(TradingProduct.Delivery, "CNC")]
    [InlineData(TradingProduct.Intraday, "MIS")]
    [InlineData(TradingProduct.Margin, "NRML")]
    public void Product_maps_both_ways(TradingProduct product, string wire)
    {
        Assert.Equal(wire, GrowwTradingMapping.ToWire(product).Value);
        Assert.Equal(product, GrowwTradingMapping.FromWire(new GrowwProduct(wire)));
    }

    [Fact]
    public void Day_validity_maps_both_ways()
    {
        Assert.Equal("DAY", GrowwTradingMapping.ToWire(TradingValidity.Day).Value);
        Assert.Equal(TradingValidity.Day, GrowwTradingMapping.FromWire(new GrowwValidity("DAY")));
    }

    [Fact]
    public void Ioc_validity_cannot_be_expressed_on_groww()
    {
        var ex = Assert.Throws<BrokerValidationException>(() => GrowwTradingMapping.ToWire(TradingValidity.ImmediateOrCancel));

        Assert.Equal("Groww", ex.Broker);
        Assert.Equal("Validity", ex.ParameterName);
        Assert.Contains("ImmediateOrCancel", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_neutral_side_order_type_and_product_has_a_groww_value()
    {
        Assert.All(Enum.GetValues<TradingSide>(), v => Assert.Equal(v, GrowwTradingMapping.FromWire(GrowwTradingMapping.ToWire(v))));
        Assert.All(Enum.GetValues<TradingOrderType>(), v => Assert.Equal(v, GrowwTradingMapping.FromWire(GrowwTradingMapping.ToWire(v))));
        Assert.All(Enum.GetValues<TradingProduct>(), v => Assert.Equal(v, GrowwTradingMapping.FromWire(GrowwTradingMapping.ToWire(v))));
    }

    [Theory]
    [InlineData("MTF")]
    [InlineData("")]
    public void Groww_product_without_a_neutral_word_reads_as_null(string wire) =>
        Assert.Null(GrowwTradingMapping.FromWire(new GrowwProduct(wire)));

    [Fact]
    public void Groww_order_type_without_a_neutral_word_reads_as_null() =>
        Assert.Null(GrowwTradingMapping.FromWire(new GrowwOrderType("ICEBERG")));

    [Theory]
    [InlineData("NEW", TradingOrderStatus.Open)]
    [InlineData("ACKED", TradingOrderStatus.Open)]
    [InlineData("APPROVED", TradingOrderStatus.Open)]
    [InlineData("OPEN", TradingOrderStatus.Open)]
    [InlineData("MODIFICATION_REQUESTED", TradingOrderStatus.Open)]
    [InlineData("CANCELLATION_REQUESTED", TradingOrderStatus.Open)]
    [InlineData("TRIGGER_PENDING", TradingOrderStatus.PendingTrigger)]
    [InlineData("EXECUTED", TradingOrderStatus.Filled)]
    [InlineData("DELIVERY_AWAITED", TradingOrderStatus.Filled)]
    [InlineData("COMPLETED", TradingOrderStatus.Filled)]
    [InlineData("CANCELLED", TradingOrderStatus.Cancelled)]
    [InlineData("REJECTED", TradingOrderStatus.Rejected)]
    [InlineData("FAILED", TradingOrderStatus.Rejected)]
    [InlineData("SOMETHING_NEW", TradingOrderStatus.Unknown)]
    public void Every_groww_status_maps_to_the_neutral_set(string wire, TradingOrderStatus expected) =>
        Assert.Equal(expected, GrowwTradingMapping.FromWire(new GrowwOrderStatus(wire), 0));

    [Theory]
    [InlineData("OPEN")]
    [InlineData("ACKED")]
    public void Resting_groww_order_with_fills_is_partially_filled(string wire) =>
        Assert.Equal(TradingOrderStatus.PartiallyFilled, GrowwTradingMapping.FromWire(new GrowwOrderStatus(wire), 3));

    [Fact]
    public void Missing_groww_status_is_unknown() =>
        Assert.Equal(TradingOrderStatus.Unknown, GrowwTradingMapping.FromWire(null, 0));

    [Fact]
    public void Neutral_order_maps_to_the_groww_request()
    {
        var request = new TradingOrderRequest
        {
            Instrument = TradingInstrument.FromSymbol(TradingExchange.Nfo, "NIFTY25DEC24000CE"),
            Side = TradingSide.Sell,
            OrderType = TradingOrderType.StopLoss,
            Product = TradingProduct.Margin,
            Quantity = 75,
            Price = 101.5m,
            TriggerPrice = 102m,
        };

        var wire = GrowwTradingMapping.ToWire(request, "NIFTY25DEC24000CE", "REF12345678");

        Assert.Equal("NIFTY25DEC24000CE", wire.TradingSymbol);
        Assert.Equal("NSE", wire.Exchange.Value);
        Assert.Equal("FNO", wire.Segment.Value);
        Assert.Equal("SELL", wire.TransactionType.Value);
        Assert.Equal("SL", wire.OrderType.Value);
        Assert.Equal("NRML", wire.Product.Value);
        Assert.Equal("DAY", wire.Validity.Value);
        Assert.Equal(75, wire.Quantity);
        Assert.Equal(101.5m, wire.Price);
        Assert.Equal(102m, wire.TriggerPrice);
        Assert.Equal("REF12345678", wire.OrderReferenceId);
    }

    [Fact]
    public void Groww_order_maps_to_the_neutral_order_with_raw_values_kept()
    {
        var order = new GrowwOrder
        {
            GrowwOrderId = "GMK1",
            TradingSymbol = "TCS",
            OrderStatus = new GrowwOrderStatus("OPEN"),
            Remark = "Order placed",
            Quantity = 10,
            Price = 3100m,
            TriggerPrice = 0m,
            FilledQuantity = 4,
            RemainingQuantity = 6,
            AverageFillPrice = 3099.5m,
            Validity = GrowwValidity.Day,
            Exchange = GrowwExchange.Bse,
            Segment = GrowwSegment.Cash,
            OrderType = GrowwOrderType.Limit,
            TransactionType = GrowwTransactionType.Buy,
            Product = GrowwProduct.Mis,
            OrderReferenceId = "REF12345678",
            CreatedAt = new DateTimeOffset(2026, 11, 23, 9, 16, 0, TimeSpan.FromHours(5.5)),
        };

        var neutral = GrowwTradingMapping.ToNeutral(order);

        Assert.Equal("GMK1", neutral.BrokerOrderId);
        Assert.Equal(TradingInstrument.FromSymbol(TradingExchange.Bse, "TCS"), neutral.Instrument);
        Assert.Equal(TradingOrderStatus.PartiallyFilled, neutral.Status);
        Assert.Equal("OPEN", neutral.RawStatus);
        Assert.Equal("Order placed", neutral.StatusMessage);
        Assert.Equal(TradingProduct.Intraday, neutral.Product);
        Assert.Equal("MIS", neutral.RawProduct);
        Assert.Equal("LIMIT", neutral.RawOrderType);
        Assert.Equal(6, neutral.PendingQuantity);
        Assert.Equal(3100m, neutral.Price);
        Assert.Null(neutral.TriggerPrice);
        Assert.Equal(3099.5m, neutral.AverageFillPrice);
        Assert.Equal("REF12345678", neutral.ClientReference);
        Assert.Equal(order.CreatedAt, neutral.CreatedAt);
    }

    [Fact]
    public void Terminal_groww_order_has_nothing_pending()
    {
        var neutral = GrowwTradingMapping.ToNeutral(new GrowwOrder
        {
            GrowwOrderId = "GMK2",
            OrderStatus = new GrowwOrderStatus("CANCELLED"),
            Exchange = GrowwExchange.Nse,
            Segment = GrowwSegment.Cash,
            Quantity = 10,
            RemainingQuantity = 10,
        });

        Assert.Equal(TradingOrderStatus.Cancelled, neutral.Status);
        Assert.Equal(0, neutral.PendingQuantity);
    }

    [Fact]
    public void Groww_position_sums_day_and_carried_quantities_and_averages_their_prices()
    {
        var neutral = GrowwTradingMapping.ToNeutral(new GrowwPosition
        {
            TradingSymbol = "INFY",
            Exchange = GrowwExchange.Nse,
            Segment = GrowwSegment.Cash,
            Product = GrowwProduct.Cnc,
            CreditQuantity = 10,
            CreditPrice = 1500m,
            CarryForwardCreditQuantity = 30,
            CarryForwardCreditPrice = 1400m,
            DebitQuantity = 5,
            DebitPrice = 1510m,
            Quantity = 35,
            RealisedPnl = 12.5m,
        });

        Assert.Equal(40, neutral.BuyQuantity);
        Assert.Equal(1425m, neutral.BuyAveragePrice);
        Assert.Equal(5, neutral.SellQuantity);
        Assert.Equal(1510m, neutral.SellAveragePrice);
        Assert.Equal(35, neutral.NetQuantity);
        Assert.Equal(TradingProduct.Delivery, neutral.Product);
        Assert.Equal(12.5m, neutral.RealisedProfit);
    }

    [Fact]
    public void Groww_holding_free_quantity_excludes_pledged_and_locked_shares()
    {
        var neutral = GrowwTradingMapping.ToNeutral(new GrowwHolding
        {
            TradingSymbol = "RELIANCE",
            Isin = "INE002A01018",
            Quantity = 10m,
            AveragePrice = 1350m,
            PledgeQuantity = 2m,
            GrowwLockedQuantity = 1m,
            TradableExchanges = ["BSE", "NSE"],
        });

        Assert.Equal(TradingExchange.Nse, neutral.Instrument.Exchange);
        Assert.Equal(10, neutral.Quantity);
        Assert.Equal(7, neutral.AvailableQuantity);
        Assert.Equal("INE002A01018", neutral.Isin);
    }

    [Fact]
    public void Groww_holding_tradable_only_on_bse_is_a_bse_instrument() =>
        Assert.Equal(TradingExchange.Bse, GrowwTradingMapping.ToNeutral(new GrowwHolding { TradingSymbol = "X", Quantity = 1m, TradableExchanges = ["BSE"] }).Instrument.Exchange);

    [Fact]
    public void Groww_margin_maps_to_funds()
    {
        var funds = GrowwTradingMapping.ToNeutral(new GrowwAvailableMargin { ClearCash = 5000m, NetMarginUsed = 1200m, CollateralAvailable = 300m });

        Assert.Equal(5000m, funds.Available);
        Assert.Equal(1200m, funds.UsedMargin);
        Assert.Equal(300m, funds.Collateral);
    }

    [Fact]
    public void Groww_profile_lists_the_exchanges_its_segments_and_flags_allow()
    {
        var profile = GrowwTradingMapping.ToNeutral(new GrowwUserProfile
        {
            Ucc = "UCC1",
            NseEnabled = true,
            BseEnabled = false,
            ActiveSegments = [GrowwSegment.Cash, GrowwSegment.Fno, GrowwSegment.Commodity],
        });

        Assert.Equal("Groww", profile.BrokerName);
        Assert.Equal("UCC1", profile.ClientId);
        Assert.Equal([TradingExchange.Nse, TradingExchange.Nfo, TradingExchange.Mcx], profile.EnabledExchanges);
    }

    [Fact]
    public void Ltp_key_joins_exchange_and_symbol() =>
        Assert.Equal("NSE_RELIANCE", GrowwTradingMapping.ExchangeSymbol(GrowwExchange.Nse, "RELIANCE"));
}
