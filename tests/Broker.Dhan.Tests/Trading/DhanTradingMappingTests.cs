using Broker.Dhan.Funds;
using Broker.Dhan.Orders;
using Broker.Dhan.Portfolio;
using Broker.Dhan.Profile;
using Broker.Dhan.Trading;
using Broker.Errors;
using Broker.Trading;

namespace Broker.Dhan.Tests.Trading;

public sealed class DhanTradingMappingTests
{
    [Theory]
    [InlineData(TradingExchange.Nse, "NSE_EQ")]
    [InlineData(TradingExchange.Bse, "BSE_EQ")]
    [InlineData(TradingExchange.Nfo, "NSE_FNO")]
    [InlineData(TradingExchange.Bfo, "BSE_FNO")]
    [InlineData(TradingExchange.Cds, "NSE_CURRENCY")]
    [InlineData(TradingExchange.Bcd, "BSE_CURRENCY")]
    [InlineData(TradingExchange.Mcx, "MCX_COMM")]
    [InlineData(TradingExchange.NseIndex, "IDX_I")]
    [InlineData(TradingExchange.BseIndex, "IDX_I")]
    public void Neutral_exchange_maps_to_the_dhan_segment(TradingExchange exchange, string wire) =>
        Assert.Equal(wire, DhanTradingMapping.ToWire(exchange).Value);

    [Theory]
    [InlineData("NSE_EQ", null, TradingExchange.Nse)]
    [InlineData("BSE_EQ", null, TradingExchange.Bse)]
    [InlineData("NSE_FNO", null, TradingExchange.Nfo)]
    [InlineData("BSE_FNO", null, TradingExchange.Bfo)]
    [InlineData("NSE_CURRENCY", null, TradingExchange.Cds)]
    [InlineData("BSE_CURRENCY", null, TradingExchange.Bcd)]
    [InlineData("MCX_COMM", null, TradingExchange.Mcx)]
    [InlineData("IDX_I", null, TradingExchange.NseIndex)]
    [InlineData("IDX_I", "BSE", TradingExchange.BseIndex)]
    public void Dhan_segment_maps_to_the_neutral_exchange(string wire, string? exchangeHint, TradingExchange expected) =>
        Assert.Equal(expected, DhanTradingMapping.FromWire(new DhanExchangeSegment(wire), exchangeHint));

    [Fact]
    public void Every_neutral_exchange_except_bse_indices_survives_the_round_trip()
    {
        foreach (var exchange in Enum.GetValues<TradingExchange>().Where(e => e != TradingExchange.BseIndex))
        {
            Assert.Equal(exchange, DhanTradingMapping.FromWire(DhanTradingMapping.ToWire(exchange)));
        }
    }

    [Fact]
    public void Dhan_segment_without_a_neutral_code_is_an_invalid_response_not_a_guess()
    {
        var ex = Assert.Throws<BrokerException>(() => DhanTradingMapping.FromWire(DhanExchangeSegment.NseCommodity));

        Assert.Equal(ErrorCategory.InvalidResponse, ex.Category);
        Assert.Contains("NSE_COMM", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(TradingSide.Buy, "BUY")]
    [InlineData(TradingSide.Sell, "SELL")]
    public void Side_maps_both_ways(TradingSide side, string wire)
    {
        Assert.Equal(wire, DhanTradingMapping.ToWire(side).Value);
        Assert.Equal(side, DhanTradingMapping.FromWire(new DhanTransactionType(wire)));
    }

    [Theory]
    [InlineData(TradingOrderType.Market, "MARKET")]
    [InlineData(TradingOrderType.Limit, "LIMIT")]
    [InlineData(TradingOrderType.StopLoss, "STOP_LOSS")]
    [InlineData(TradingOrderType.StopLossMarket, "STOP_LOSS_MARKET")]
    public void Order_type_maps_both_ways(TradingOrderType orderType, string wire)
    {
        Assert.Equal(wire, DhanTradingMapping.ToWire(orderType).Value);
        Assert.Equal(orderType, DhanTradingMapping.FromWire(new DhanOrderType(wire)));
    }

    [Theory]
    [InlineData(TradingProduct.Delivery, "CNC")]
    [InlineData(TradingProduct.Intraday, "INTRADAY")]
    [InlineData(TradingProduct.Margin, "MARGIN")]
    public void Product_maps_both_ways(TradingProduct product, string wire)
    {
        Assert.Equal(wire, DhanTradingMapping.ToWire(product).Value);
        Assert.Equal(product, DhanTradingMapping.FromWire(new DhanProductType(wire)));
    }

    [Theory]
    [InlineData(TradingValidity.Day, "DAY")]
    [InlineData(TradingValidity.ImmediateOrCancel, "IOC")]
    public void Validity_maps_both_ways(TradingValidity validity, string wire)
    {
        Assert.Equal(wire, DhanTradingMapping.ToWire(validity).Value);
        Assert.Equal(validity, DhanTradingMapping.FromWire(new DhanValidity(wire)));
    }

    [Fact]
    public void Every_neutral_side_order_type_product_and_validity_has_a_dhan_value()
    {
        Assert.All(Enum.GetValues<TradingSide>(), v => Assert.Equal(v, DhanTradingMapping.FromWire(DhanTradingMapping.ToWire(v))));
        Assert.All(Enum.GetValues<TradingOrderType>(), v => Assert.Equal(v, DhanTradingMapping.FromWire(DhanTradingMapping.ToWire(v))));
        Assert.All(Enum.GetValues<TradingProduct>(), v => Assert.Equal(v, DhanTradingMapping.FromWire(DhanTradingMapping.ToWire(v))));
        Assert.All(Enum.GetValues<TradingValidity>(), v => Assert.Equal(v, DhanTradingMapping.FromWire(DhanTradingMapping.ToWire(v))));
    }

    [Fact]
    public void Undefined_neutral_value_cannot_be_expressed_and_names_dhan()
    {
        var ex = Assert.Throws<BrokerValidationException>(() => DhanTradingMapping.ToWire((TradingProduct)99));

        Assert.Equal("Dhan", ex.Broker);
        Assert.Contains("Dhan: cannot express Product = 99", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("MTF")]
    [InlineData("CO")]
    [InlineData("BO")]
    public void Dhan_products_without_a_neutral_word_read_as_null(string wire) =>
        Assert.Null(DhanTradingMapping.FromWire(new DhanProductType(wire)));

    [Theory]
    [InlineData("TRANSIT", TradingOrderStatus.Open)]
    [InlineData("PENDING", TradingOrderStatus.Open)]
    [InlineData("CONFIRM", TradingOrderStatus.Open)]
    [InlineData("MODIFIED", TradingOrderStatus.Open)]
    [InlineData("TRIGGERED", TradingOrderStatus.Open)]
    [InlineData("PART_TRADED", TradingOrderStatus.PartiallyFilled)]
    [InlineData("TRADED", TradingOrderStatus.Filled)]
    [InlineData("CANCELLED", TradingOrderStatus.Cancelled)]
    [InlineData("EXPIRED", TradingOrderStatus.Cancelled)]
    [InlineData("REJECTED", TradingOrderStatus.Rejected)]
    [InlineData("CLOSED", TradingOrderStatus.Unknown)]
    [InlineData("INACTIVE", TradingOrderStatus.Unknown)]
    [InlineData("SOMETHING_NEW", TradingOrderStatus.Unknown)]
    public void Every_dhan_status_of_a_limit_order_maps_to_the_neutral_set(string wire, TradingOrderStatus expected) =>
        Assert.Equal(expected, DhanTradingMapping.FromWire(new DhanOrderStatus(wire), DhanOrderType.Limit));

    [Theory]
    [InlineData("STOP_LOSS")]
    [InlineData("STOP_LOSS_MARKET")]
    public void Pending_dhan_stop_loss_order_waits_for_its_trigger(string orderType) =>
        Assert.Equal(TradingOrderStatus.PendingTrigger, DhanTradingMapping.FromWire(DhanOrderStatus.Pending, new DhanOrderType(orderType)));

    [Fact]
    public void Pending_dhan_order_with_fills_is_partially_filled() =>
        Assert.Equal(TradingOrderStatus.PartiallyFilled, DhanTradingMapping.FromWire(DhanOrderStatus.Pending, DhanOrderType.Limit, 2));

    [Fact]
    public void Neutral_order_maps_to_the_dhan_request()
    {
        var request = new TradingOrderRequest
        {
            Instrument = TradingInstrument.FromBrokerId(TradingExchange.Bse, "500325"),
            Side = TradingSide.Buy,
            OrderType = TradingOrderType.StopLossMarket,
            Product = TradingProduct.Intraday,
            Quantity = 3,
            TriggerPrice = 1450m,
            Validity = TradingValidity.ImmediateOrCancel,
        };

        var wire = DhanTradingMapping.ToWire(request, "500325", "corr-1");

        Assert.Equal("500325", wire.SecurityId);
        Assert.Equal("BSE_EQ", wire.ExchangeSegment.Value);
        Assert.Equal("BUY", wire.TransactionType.Value);
        Assert.Equal("STOP_LOSS_MARKET", wire.OrderType.Value);
        Assert.Equal("INTRADAY", wire.ProductType.Value);
        Assert.Equal("IOC", wire.Validity.Value);
        Assert.Equal(3, wire.Quantity);
        Assert.Null(wire.Price);
        Assert.Equal(1450m, wire.TriggerPrice);
        Assert.Equal("corr-1", wire.CorrelationId);
    }

    [Fact]
    public void Dhan_order_maps_to_the_neutral_order_with_raw_values_kept()
    {
        var order = new DhanOrder
        {
            OrderId = "112111182198",
            CorrelationId = "corr-1",
            OrderStatus = DhanOrderStatus.Rejected,
            TransactionType = DhanTransactionType.Sell,
            ExchangeSegment = DhanExchangeSegment.NseFno,
            ProductType = DhanProductType.CoverOrder,
            OrderType = DhanOrderType.Market,
            Validity = DhanValidity.Day,
            TradingSymbol = "NIFTY-Dec2025-24000-CE",
            SecurityId = "35001",
            Quantity = 75,
            Price = 0m,
            TriggerPrice = 0m,
            OmsErrorDescription = "RMS: margin exceeds",
            RemainingQuantity = 75,
        };

        var neutral = DhanTradingMapping.ToNeutral(order);

        Assert.Equal("112111182198", neutral.BrokerOrderId);
        Assert.Equal("corr-1", neutral.ClientReference);
        Assert.Equal(new TradingInstrument { Exchange = TradingExchange.Nfo, Symbol = "NIFTY-Dec2025-24000-CE", BrokerInstrumentId = "35001" }, neutral.Instrument);
        Assert.Equal(TradingSide.Sell, neutral.Side);
        Assert.Equal(TradingOrderStatus.Rejected, neutral.Status);
        Assert.Equal("REJECTED", neutral.RawStatus);
        Assert.Equal("RMS: margin exceeds", neutral.StatusMessage);
        Assert.Null(neutral.Product);
        Assert.Equal("CO", neutral.RawProduct);
        Assert.Equal(TradingOrderType.Market, neutral.OrderType);
        Assert.Null(neutral.Price);
        Assert.Equal(0, neutral.PendingQuantity);
    }

    [Fact]
    public void Dhan_trade_maps_to_the_neutral_trade()
    {
        var trade = DhanTradingMapping.ToNeutral(new DhanTrade
        {
            OrderId = "1",
            ExchangeTradeId = "T9",
            TransactionType = DhanTransactionType.Buy,
            ExchangeSegment = DhanExchangeSegment.NseEquity,
            ProductType = DhanProductType.Cnc,
            TradingSymbol = "TCS",
            SecurityId = "11536",
            TradedQuantity = 4,
            TradedPrice = 3150.05m,
        });

        Assert.Equal("T9", trade.TradeId);
        Assert.Equal("1", trade.BrokerOrderId);
        Assert.Equal(TradingProduct.Delivery, trade.Product);
        Assert.Equal(4, trade.Quantity);
        Assert.Equal(3150.05m, trade.Price);
    }

    [Fact]
    public void Dhan_position_maps_to_the_neutral_position()
    {
        var position = DhanTradingMapping.ToNeutral(new DhanPosition
        {
            TradingSymbol = "INFY",
            SecurityId = "1594",
            ExchangeSegment = DhanExchangeSegment.NseEquity,
            ProductType = DhanProductType.Intraday,
            BuyQuantity = 10,
            BuyAvg = 1520m,
            SellQuantity = 4,
            SellAvg = 1525m,
            NetQuantity = 6,
            RealizedProfit = 20m,
            UnrealizedProfit = -3m,
        });

        Assert.Equal(6, position.NetQuantity);
        Assert.Equal(TradingProduct.Intraday, position.Product);
        Assert.Equal(1520m, position.BuyAveragePrice);
        Assert.Equal(1525m, position.SellAveragePrice);
        Assert.Equal(20m, position.RealisedProfit);
        Assert.Equal(-3m, position.UnrealisedProfit);
    }

    [Fact]
    public void Dhan_holding_on_bse_maps_to_a_bse_instrument_with_its_security_id()
    {
        var holding = DhanTradingMapping.ToNeutral(new DhanHolding
        {
            Exchange = "BSE",
            TradingSymbol = "RELIANCE",
            SecurityId = "500325",
            TotalQuantity = 10,
            AvailableQuantity = 8,
            AvgCostPrice = 1350m,
        });

        Assert.Equal(new TradingInstrument { Exchange = TradingExchange.Bse, Symbol = "RELIANCE", BrokerInstrumentId = "500325" }, holding.Instrument);
        Assert.Equal(10, holding.Quantity);
        Assert.Equal(8, holding.AvailableQuantity);
    }

    [Fact]
    public void Dhan_fund_limit_maps_to_funds()
    {
        var funds = DhanTradingMapping.ToNeutral(new DhanFundLimit { AvailableBalance = 1000m, UtilizedAmount = 250m, CollateralAmount = 40m });

        Assert.Equal(1000m, funds.Available);
        Assert.Equal(250m, funds.UsedMargin);
        Assert.Equal(40m, funds.Collateral);
    }

    [Theory]
    [InlineData("E, D, C, M, ")]
    [InlineData("Equity, Derivative, Currency, Commodity")]
    public void Dhan_active_segments_in_letters_or_words_list_the_same_exchanges(string activeSegment)
    {
        var profile = DhanTradingMapping.ToNeutral(new DhanProfile { DhanClientId = "1000000001", ActiveSegment = activeSegment });

        Assert.Equal("Dhan", profile.BrokerName);
        Assert.Equal("1000000001", profile.ClientId);
        Assert.Equal(
            [TradingExchange.Nse, TradingExchange.Bse, TradingExchange.Nfo, TradingExchange.Bfo, TradingExchange.Cds, TradingExchange.Bcd, TradingExchange.Mcx],
            profile.EnabledExchanges);
    }
}
