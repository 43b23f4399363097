using Broker.Errors;
using Broker.Trading;
using Xunit;

namespace Broker.IntegrationTests.Trading;

/// <summary>
/// The broker-neutral contract, written once against <see cref="ITradingClient"/> and run unchanged against every
/// broker's sandbox (see the derived classes). A test here may not know which broker it is talking to.
/// </summary>
public abstract class TradingClientContractTests : IAsyncLifetime
{
    private const string Symbol = "RELIANCE";
    private const decimal MarketPrice = 1425.50m;

    private static readonly TradingInstrument Reliance = TradingInstrument.FromSymbol(TradingExchange.Nse, Symbol);

    private TradingSandboxHarness _harness = null!;

    /// <summary>The broker name the client must report.</summary>
    protected abstract string ExpectedBroker { get; }

    private ITradingClient Client => _harness.Client;

    public async Task InitializeAsync() => _harness = await StartHarnessAsync();

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public void Broker_name_names_the_broker_underneath() =>
        Assert.Equal(ExpectedBroker, Client.BrokerName);

    [Fact]
    public async Task Limit_buy_below_the_market_rests_open_with_its_client_reference()
    {
        var placement = await Client.PlaceOrderAsync(LimitBuy(1400m, reference: "NEUTRALREF001"));

        var order = await Client.GetOrderAsync(placement.BrokerOrderId);

        Assert.Equal("NEUTRALREF001", placement.ClientReference);
        Assert.Equal(placement.BrokerOrderId, order.BrokerOrderId);
        Assert.Equal(TradingOrderStatus.Open, order.Status);
        Assert.False(string.IsNullOrEmpty(order.RawStatus));
        Assert.Equal(TradingExchange.Nse, order.Instrument.Exchange);
        Assert.Equal(Symbol, order.Instrument.Symbol);
        Assert.Equal(TradingSide.Buy, order.Side);
        Assert.Equal(TradingOrderType.Limit, order.OrderType);
        Assert.Equal(TradingProduct.Delivery, order.Product);
        Assert.Equal(TradingValidity.Day, order.Validity);
        Assert.Equal(5, order.Quantity);
        Assert.Equal(0, order.FilledQuantity);
        Assert.Equal(5, order.PendingQuantity);
        Assert.Equal(1400m, order.Price);
        Assert.Null(order.AverageFillPrice);
    }

    [Fact]
    public async Task Limit_buy_fills_when_the_market_falls_through_its_price()
    {
        var placement = await Client.PlaceOrderAsync(LimitBuy(1400m));

        _harness.Sandbox.Market.SetPrice(Symbol, 1399.95m);
        var order = await Client.GetOrderAsync(placement.BrokerOrderId);

        Assert.Equal(TradingOrderStatus.Filled, order.Status);
        Assert.Equal(5, order.FilledQuantity);
        Assert.Equal(0, order.PendingQuantity);
        Assert.NotNull(order.AverageFillPrice);
        Assert.InRange(order.AverageFillPrice.Value, 1399.95m, 1400m);
    }

    [Fact]
    public async Task Order_is_found_by_its_client_reference()
    {
        var placement = await Client.PlaceOrderAsync(LimitBuy(1400m, reference: "NEUTRALREF002"));

        var order = await Client.FindOrderByClientReferenceAsync("NEUTRALREF002");

        Assert.NotNull(order);
        Assert.Equal(placement.BrokerOrderId, order.BrokerOrderId);
        Assert.Equal("NEUTRALREF002", order.ClientReference);
        Assert.Equal(TradingOrderStatus.Open, order.Status);
    }

    [Fact]
    public async Task Order_is_found_by_its_client_reference_with_an_exchange_hint()
    {
        var placement = await Client.PlaceOrderAsync(LimitBuy(1400m, reference: "NEUTRALREF003"));

        var order = await Client.FindOrderByClientReferenceAsync("NEUTRALREF003", TradingExchange.Nse);

        Assert.Equal(placement.BrokerOrderId, order?.BrokerOrderId);
    }

    [Fact]
    public async Task Unknown_client_reference_reads_as_no_order()
    {
        await Client.PlaceOrderAsync(LimitBuy(1400m, reference: "NEUTRALREF004"));

        Assert.Null(await Client.FindOrderByClientReferenceAsync("NEVERPLACED0001"));
    }

    [Fact]
    public async Task Order_without_a_client_reference_gets_a_generated_one_that_finds_it()
    {
        var placement = await Client.PlaceOrderAsync(LimitBuy(1400m));

        var order = await Client.FindOrderByClientReferenceAsync(placement.ClientReference);

        Assert.Equal(20, placement.ClientReference.Length);
        Assert.Equal(placement.BrokerOrderId, order?.BrokerOrderId);
    }

    [Fact]
    public async Task Unknown_order_id_is_not_found()
    {
        var ex = await Assert.ThrowsAnyAsync<BrokerApiException>(() => Client.GetOrderAsync("999999999999"));

        Assert.Equal(ErrorCategory.NotFound, ex.Category);
    }

    [Fact]
    public async Task Modify_moves_the_limit_price_and_keeps_the_rest()
    {
        var placement = await Client.PlaceOrderAsync(LimitBuy(1400m));

        await Client.ModifyOrderAsync(new TradingOrderModification { BrokerOrderId = placement.BrokerOrderId, Price = 1405m });
        var order = await Client.GetOrderAsync(placement.BrokerOrderId);

        Assert.Equal(1405m, order.Price);
        Assert.Equal(5, order.Quantity);
        Assert.Equal(TradingOrderType.Limit, order.OrderType);
        Assert.Equal(TradingOrderStatus.Open, order.Status);
    }

    [Fact]
    public async Task Modify_with_every_field_changes_the_quantity()
    {
        var placement = await Client.PlaceOrderAsync(LimitBuy(1400m));

        await Client.ModifyOrderAsync(new TradingOrderModification
        {
            BrokerOrderId = placement.BrokerOrderId,
            Exchange = TradingExchange.Nse,
            OrderType = TradingOrderType.Limit,
            Quantity = 8,
            Price = 1401m,
            Validity = TradingValidity.Day,
        });
        var order = await Client.GetOrderAsync(placement.BrokerOrderId, TradingExchange.Nse);

        Assert.Equal(8, order.Quantity);
        Assert.Equal(1401m, order.Price);
    }

    [Fact]
    public async Task Cancel_leaves_the_order_cancelled()
    {
        var placement = await Client.PlaceOrderAsync(LimitBuy(1400m));

        await Client.CancelOrderAsync(placement.BrokerOrderId);
        var order = await Client.GetOrderAsync(placement.BrokerOrderId);

        Assert.Equal(TradingOrderStatus.Cancelled, order.Status);
        Assert.Equal(0, order.PendingQuantity);
    }

    [Fact]
    public async Task Stop_loss_buy_above_the_market_waits_for_its_trigger()
    {
        var placement = await Client.PlaceOrderAsync(new TradingOrderRequest
        {
            Instrument = Reliance,
            Side = TradingSide.Buy,
            OrderType = TradingOrderType.StopLoss,
            Product = TradingProduct.Intraday,
            Quantity = 2,
            TriggerPrice = 1450m,
            Price = 1455m,
        });

        var order = await Client.GetOrderAsync(placement.BrokerOrderId);

        Assert.Equal(TradingOrderStatus.PendingTrigger, order.Status);
        Assert.Equal(1450m, order.TriggerPrice);
    }

    [Fact]
    public async Task Order_book_lists_the_days_orders()
    {
        var first = await Client.PlaceOrderAsync(LimitBuy(1400m));
        var second = await Client.PlaceOrderAsync(LimitBuy(1390m));

        var orders = await Client.GetOrdersAsync();

        Assert.Contains(orders, o => o.BrokerOrderId == first.BrokerOrderId && o.Price == 1400m);
        Assert.Contains(orders, o => o.BrokerOrderId == second.BrokerOrderId && o.Price == 1390m);
    }

    [Fact]
    public async Task Trade_book_lists_the_fill()
    {
        var placement = await Client.PlaceOrderAsync(LimitBuy(1400m));
        _harness.Sandbox.Market.SetPrice(Symbol, 1399.95m);

        var trades = await Client.GetTradesAsync();

        var trade = Assert.Single(trades, t => t.BrokerOrderId == placement.BrokerOrderId);
        Assert.Equal(5, trade.Quantity);
        Assert.Equal(TradingSide.Buy, trade.Side);
        Assert.Equal(Symbol, trade.Instrument.Symbol);
        Assert.Equal(TradingExchange.Nse, trade.Instrument.Exchange);
        Assert.InRange(trade.Price, 1399.95m, 1400m);
        Assert.False(string.IsNullOrEmpty(trade.TradeId));
    }

    [Fact]
    public async Task Filled_intraday_buy_shows_as_a_long_position()
    {
        await Client.PlaceOrderAsync(LimitBuy(1400m, product: TradingProduct.Intraday));
        _harness.Sandbox.Market.SetPrice(Symbol, 1399.95m);

        var positions = await Client.GetPositionsAsync();

        var position = Assert.Single(positions, p => p.Instrument.Symbol == Symbol && p.Product == TradingProduct.Intraday);
        Assert.Equal(TradingExchange.Nse, position.Instrument.Exchange);
        Assert.Equal(5, position.NetQuantity);
        Assert.Equal(5, position.BuyQuantity);
        Assert.Equal(0, position.SellQuantity);
        Assert.InRange(position.BuyAveragePrice, 1399.95m, 1400m);
    }

    [Fact]
    public async Task Holdings_show_the_seeded_shares()
    {
        var holdings = await Client.GetHoldingsAsync();

        var holding = Assert.Single(holdings, h => h.Instrument.Symbol == Symbol);
        Assert.Equal(10, holding.Quantity);
        Assert.Equal(1350m, holding.AveragePrice);
        Assert.Equal(TradingExchange.Nse, holding.Instrument.Exchange);
    }

    [Fact]
    public async Task Funds_before_trading_are_the_opening_balance()
    {
        var funds = await Client.GetFundsAsync();

        Assert.Equal(_harness.OpeningBalance, funds.Available);
    }

    [Fact]
    public async Task Last_prices_follow_the_market_and_are_keyed_by_the_instruments_passed()
    {
        var tcs = TradingInstrument.FromSymbol(TradingExchange.Nse, "TCS");
        _harness.Sandbox.Market.SetPrice(Symbol, 1433.35m);
        _harness.Sandbox.Market.SetPrice("TCS", 3160.10m);

        var prices = await Client.GetLastPricesAsync([Reliance, tcs]);

        Assert.Equal(2, prices.Count);
        Assert.Equal(1433.35m, prices[Reliance]);
        Assert.Equal(3160.10m, prices[tcs]);
    }

    [Fact]
    public async Task Index_last_price_is_read()
    {
        var nifty = TradingInstrument.FromSymbol(TradingExchange.NseIndex, "NIFTY");
        _harness.Sandbox.Market.SetPrice("NIFTY", 25900.55m);

        var prices = await Client.GetLastPricesAsync([nifty]);

        Assert.Equal(25900.55m, prices[nifty]);
    }

    [Fact]
    public async Task Profile_names_the_broker_and_the_account()
    {
        var profile = await Client.GetProfileAsync();

        Assert.Equal(ExpectedBroker, profile.BrokerName);
        Assert.Equal(_harness.ClientId, profile.ClientId);
        Assert.Contains(TradingExchange.Nse, profile.EnabledExchanges);
    }

    [Fact]
    public async Task Order_the_broker_cannot_express_is_refused_naming_the_broker_before_anything_is_sent()
    {
        var before = _harness.RequestCount(ExpectedBroker);

        var ex = await Assert.ThrowsAsync<BrokerValidationException>(() => Client.PlaceOrderAsync(_harness.MakeUnexpressible(LimitBuy(1400m))));

        Assert.Equal(ExpectedBroker, ex.Broker);
        Assert.Contains(ExpectedBroker, ex.Message, StringComparison.Ordinal);
        Assert.Equal(before, _harness.RequestCount(ExpectedBroker));
    }

    [Fact]
    public async Task Index_order_is_refused_before_anything_is_sent()
    {
        var before = _harness.RequestCount(ExpectedBroker);
        var order = LimitBuy(25000m) with { Instrument = TradingInstrument.FromSymbol(TradingExchange.NseIndex, "NIFTY") };

        var ex = await Assert.ThrowsAsync<BrokerValidationException>(() => Client.PlaceOrderAsync(order));

        Assert.Equal("Instrument", ex.ParameterName);
        Assert.Equal(before, _harness.RequestCount(ExpectedBroker));
    }

    [Fact]
    public async Task Sell_after_a_fill_squares_the_position_off()
    {
        await Client.PlaceOrderAsync(LimitBuy(1400m, product: TradingProduct.Intraday));
        _harness.Sandbox.Market.SetPrice(Symbol, 1399.95m);
        var sell = await Client.PlaceOrderAsync(new TradingOrderRequest
        {
            Instrument = Reliance,
            Side = TradingSide.Sell,
            OrderType = TradingOrderType.Market,
            Product = TradingProduct.Intraday,
            Quantity = 5,
        });

        var order = await Client.GetOrderAsync(sell.BrokerOrderId);
        var positions = await Client.GetPositionsAsync();

        Assert.Equal(TradingOrderStatus.Filled, order.Status);
        var position = Assert.Single(positions, p => p.Instrument.Symbol == Symbol && p.Product == TradingProduct.Intraday);
        Assert.Equal(0, position.NetQuantity);
        Assert.Equal(5, position.SellQuantity);
    }

    /// <summary>Starts a sandbox and the broker's neutral client.</summary>
    private protected abstract Task<TradingSandboxHarness> StartHarnessAsync();

    private static TradingOrderRequest LimitBuy(decimal price, string? reference = null, TradingProduct product = TradingProduct.Delivery) => new()
    {
        Instrument = Reliance,
        Side = TradingSide.Buy,
        OrderType = TradingOrderType.Limit,
        Product = product,
        Quantity = 5,
        Price = price,
        ClientReference = reference,
    };
}
