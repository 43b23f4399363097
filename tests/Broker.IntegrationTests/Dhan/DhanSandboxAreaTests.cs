using Broker.Dhan;
using Broker.Dhan.ForeverOrders;
using Broker.Dhan.Funds;
using Broker.Dhan.Historical;
using Broker.Dhan.Orders;
using Broker.Time;

namespace Broker.IntegrationTests.Dhan;

/// <summary>Each Dhan client area the sandbox implements, one round trip each.</summary>
public class DhanSandboxAreaTests
{
    private static readonly DhanInstrument Reliance = new(DhanExchangeSegment.NseEquity, DhanOrders.Reliance);
    private static readonly DhanInstrument Tcs = new(DhanExchangeSegment.NseEquity, DhanOrders.Tcs);

    [Fact]
    public async Task Holdings_list_the_seeded_demat_shares()
    {
        await using var h = await DhanSandboxHarness.StartAsync();

        var holdings = await h.Client.Portfolio.GetHoldingsAsync();

        var reliance = Assert.Single(holdings, x => x.SecurityId == DhanOrders.Reliance);
        Assert.Equal(10, reliance.TotalQuantity);
        Assert.Equal(1350m, reliance.AvgCostPrice);
    }

    [Fact]
    public async Task Exit_all_flattens_the_open_positions()
    {
        await using var h = await DhanSandboxHarness.StartAsync();
        await h.Client.Orders.PlaceOrderAsync(DhanOrders.Market(DhanOrders.Infy, 4));

        await h.Client.Portfolio.ExitAllPositionsAsync();
        var positions = await h.Client.Portfolio.GetPositionsAsync();

        Assert.All(positions, p => Assert.Equal(0, p.NetQuantity));
    }

    [Fact]
    public async Task The_order_book_lists_a_placed_order_with_its_correlation_id()
    {
        await using var h = await DhanSandboxHarness.StartAsync();
        var placement = await h.Client.Orders.PlaceOrderAsync(DhanOrders.Limit(DhanOrders.Tcs, 2, h.Sandbox.Market.GetPrice("TCS") - 30m, "dhanint-book-1"));

        var orders = await h.Client.Orders.GetOrdersAsync();

        var order = Assert.Single(orders);
        Assert.Equal(placement.OrderId, order.OrderId);
        Assert.Equal("dhanint-book-1", order.CorrelationId);
        Assert.Equal(DhanOrders.Tcs, order.SecurityId);
    }

    [Fact]
    public async Task A_sliced_order_is_placed_as_one_slice_when_below_the_freeze_quantity()
    {
        await using var h = await DhanSandboxHarness.StartAsync();

        var sliced = await h.Client.Orders.SliceOrderAsync(DhanOrders.Limit(DhanOrders.Infy, 3, h.Sandbox.Market.GetPrice("INFY") - 40m, "dhanint-slice-1"));

        var slice = Assert.Single(sliced.Slices);
        Assert.Equal(slice.OrderId, Assert.Single(h.ServerAccount.Orders).OrderId);
        Assert.Equal("dhanint-slice-1", sliced.CorrelationId);
    }

    [Fact]
    public async Task Fund_limit_reports_the_opening_balance()
    {
        await using var h = await DhanSandboxHarness.StartAsync();

        var funds = await h.Client.Funds.GetFundLimitAsync();

        Assert.Equal(h.Account.OpeningBalance, funds.AvailableBalance);
    }

    [Fact]
    public async Task The_margin_calculator_prices_an_intraday_buy_at_the_intraday_rate()
    {
        await using var h = await DhanSandboxHarness.StartAsync();
        var price = h.Sandbox.Market.GetPrice("TCS");

        var margin = await h.Client.Funds.CalculateMarginAsync(new DhanMarginRequest
        {
            SecurityId = DhanOrders.Tcs,
            ExchangeSegment = DhanExchangeSegment.NseEquity,
            TransactionType = DhanTransactionType.Buy,
            Quantity = 10,
            ProductType = DhanProductType.Intraday,
            Price = price,
        });

        Assert.Equal(10 * price * 0.2m, margin.TotalMargin);
        Assert.Equal(h.Account.OpeningBalance, margin.AvailableBalance);
    }

    [Fact]
    public async Task Ltp_reports_the_sandbox_price_of_each_instrument()
    {
        await using var h = await DhanSandboxHarness.StartAsync();

        var ltp = await h.Client.MarketQuote.GetLtpAsync([Reliance, Tcs]);

        Assert.Equal(h.Sandbox.Market.GetPrice("RELIANCE"), ltp[Reliance].LastPrice);
        Assert.Equal(h.Sandbox.Market.GetPrice("TCS"), ltp[Tcs].LastPrice);
    }

    [Fact]
    public async Task Ohlc_follows_a_price_move()
    {
        await using var h = await DhanSandboxHarness.StartAsync();
        var price = h.Sandbox.Market.GetPrice("TCS");
        h.Sandbox.Market.SetPrice("TCS", price + 40m);

        var ohlc = await h.Client.MarketQuote.GetOhlcAsync([Tcs]);

        Assert.Equal(price + 40m, ohlc[Tcs].LastPrice);
        Assert.True(ohlc[Tcs].Ohlc!.High >= price + 40m);
    }

    [Fact]
    public async Task The_full_quote_carries_the_last_price_and_depth()
    {
        await using var h = await DhanSandboxHarness.StartAsync();

        var quote = await h.Client.MarketQuote.GetQuoteAsync([Reliance]);

        Assert.Equal(h.Sandbox.Market.GetPrice("RELIANCE"), quote[Reliance].LastPrice);
        Assert.NotNull(quote[Reliance].Depth);
    }

    [Fact]
    public async Task Daily_candles_cover_the_requested_range()
    {
        await using var h = await DhanSandboxHarness.StartAsync();
        var today = IndianTime.Today(h.Sandbox.Clock);

        var candles = await h.Client.Historical.GetDailyCandlesAsync(new DhanDailyCandlesRequest
        {
            SecurityId = DhanOrders.Reliance,
            ExchangeSegment = DhanExchangeSegment.NseEquity,
            Instrument = DhanInstrumentType.Equity,
            FromDate = today.AddDays(-30),
            ToDate = today,
        });

        Assert.NotEmpty(candles);
        Assert.All(candles, c => Assert.True(c.High >= c.Low && c.Time.Offset == IndianTime.Offset));
        Assert.All(candles, c => Assert.InRange(DateOnly.FromDateTime(c.Time.DateTime), today.AddDays(-30), today));
    }

    [Fact]
    public async Task Intraday_candles_are_spaced_by_the_requested_interval()
    {
        await using var h = await DhanSandboxHarness.StartAsync();
        var day = IndianTime.Today(h.Sandbox.Clock).AddDays(-1);
        while (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            day = day.AddDays(-1);
        }

        var from = new DateTimeOffset(day.ToDateTime(new TimeOnly(9, 15)), IndianTime.Offset);

        var candles = await h.Client.Historical.GetIntradayCandlesAsync(new DhanIntradayCandlesRequest
        {
            SecurityId = DhanOrders.Tcs,
            ExchangeSegment = DhanExchangeSegment.NseEquity,
            Instrument = DhanInstrumentType.Equity,
            IntervalMinutes = 5,
            From = from,
            To = from.AddHours(2),
        });

        Assert.True(candles.Count >= 2, $"{candles.Count} candles");
        Assert.All(candles.Zip(candles.Skip(1)), pair => Assert.Equal(TimeSpan.FromMinutes(5), pair.Second.Time - pair.First.Time));
    }

    [Fact]
    public async Task A_forever_order_is_created_listed_modified_and_cancelled()
    {
        await using var h = await DhanSandboxHarness.StartAsync();
        var price = h.Sandbox.Market.GetPrice("RELIANCE");

        var created = await h.Client.ForeverOrders.CreateAsync(new DhanPlaceForeverOrderRequest
        {
            OrderFlag = DhanForeverOrderFlag.SingleLeg,
            SecurityId = DhanOrders.Reliance,
            ExchangeSegment = DhanExchangeSegment.NseEquity,
            TransactionType = DhanTransactionType.Buy,
            ProductType = DhanProductType.Cnc,
            OrderType = DhanOrderType.Limit,
            Quantity = 2,
            Price = price - 100m,
            TriggerPrice = price - 99m,
            CorrelationId = "dhanint-gtt-1",
        });
        await h.Client.ForeverOrders.ModifyAsync(created.OrderId, new DhanModifyForeverOrderRequest
        {
            OrderFlag = DhanForeverOrderFlag.SingleLeg,
            OrderType = DhanOrderType.Limit,
            LegName = DhanLegName.TargetLeg,
            Quantity = 3,
            Price = price - 120m,
            TriggerPrice = price - 119m,
        });
        var listed = Assert.Single(await h.Client.ForeverOrders.GetAllAsync(), o => o.OrderId == created.OrderId);
        await h.Client.ForeverOrders.CancelAsync(created.OrderId);
        var afterCancel = await h.Client.ForeverOrders.GetAllAsync();

        Assert.Equal(3, listed.Quantity);
        Assert.Equal(price - 120m, listed.Price);
        Assert.DoesNotContain(afterCancel, o => o.OrderId == created.OrderId && o.OrderStatus != DhanOrderStatus.Cancelled);
    }

    [Fact]
    public async Task A_static_ip_set_through_the_client_is_read_back_with_its_date()
    {
        await using var h = await DhanSandboxHarness.StartAsync();

        var saved = await h.Client.StaticIp.SetAsync("10.200.10.10", Broker.Dhan.StaticIp.DhanIpFlag.Primary);
        var settings = await h.Client.StaticIp.GetAsync();

        Assert.Equal("SUCCESS", saved.Status);
        Assert.Equal("10.200.10.10", settings.PrimaryIp);
        Assert.Equal(IndianTime.Today(h.Sandbox.Clock), settings.ModifyDatePrimary);
        Assert.Null(settings.ModifyDateSecondary);
    }

    [Fact]
    public async Task The_kill_switch_activates_and_then_refuses_new_orders()
    {
        await using var h = await DhanSandboxHarness.StartAsync();

        var activated = await h.Client.TradersControl.ActivateKillSwitchAsync();
        var status = await h.Client.TradersControl.GetKillSwitchStatusAsync();
        var refused = await Record.ExceptionAsync(() => h.Client.Orders.PlaceOrderAsync(DhanOrders.Market(DhanOrders.Tcs, 1)));

        Assert.True(activated.IsActive || status.IsActive);
        Assert.True(status.IsActive);
        Assert.IsAssignableFrom<Broker.Errors.BrokerException>(refused);
        Assert.Empty(h.ServerAccount.Orders);
    }
}
