using Broker.Dhan;
using Broker.Dhan.ConditionalTriggers;
using Broker.Dhan.Edis;
using Broker.Dhan.Funds;
using Broker.Dhan.Historical;
using Broker.Dhan.Orders;
using Broker.Dhan.Portfolio;
using Broker.Dhan.TradersControl;
using Broker.Dhan.SuperOrders;

namespace Broker.IntegrationTests.Dhan;

/// <summary>
/// The Dhan client areas beyond orders and books, each round-tripped through the sandbox: super orders, conditional
/// triggers, statements, EDIS, option chain, expired options, multi-margin, position conversion and P&amp;L exit.
/// </summary>
public class DhanSandboxMoreAreaTests
{
    private static DhanPlaceSuperOrderRequest SuperBuy(string securityId, long quantity, decimal price, decimal target, decimal stop, decimal trailingJump = 0m) => new()
    {
        SecurityId = securityId,
        ExchangeSegment = DhanExchangeSegment.NseEquity,
        TransactionType = DhanTransactionType.Buy,
        Quantity = quantity,
        OrderType = DhanOrderType.Limit,
        ProductType = DhanProductType.Intraday,
        Price = price,
        TargetPrice = target,
        StopLossPrice = stop,
        TrailingJump = trailingJump,
        CorrelationId = "dhanint-super-1",
    };

    [Fact]
    public async Task A_super_order_lists_its_entry_and_both_legs()
    {
        await using var h = await DhanSandboxHarness.StartAsync();

        var placed = await h.Client.SuperOrders.PlaceAsync(SuperBuy(DhanOrders.Tcs, 2, 3100m, 3200m, 3050m));
        var orders = await h.Client.SuperOrders.GetAllAsync();

        var order = Assert.Single(orders);
        Assert.Equal(placed.OrderId, order.OrderId);
        Assert.Equal("dhanint-super-1", order.CorrelationId);
        Assert.Equal(DhanOrderStatus.Pending, order.OrderStatus);
        Assert.Equal(3100m, order.Price);
        Assert.Equal(3200m, Assert.Single(order.LegDetails, l => l.LegName == DhanLegName.TargetLeg).Price);
        Assert.Equal(3050m, Assert.Single(order.LegDetails, l => l.LegName == DhanLegName.StopLossLeg).Price);
    }

    [Fact]
    public async Task A_traded_super_order_closes_at_its_target()
    {
        await using var h = await DhanSandboxHarness.StartAsync();
        var placed = await h.Client.SuperOrders.PlaceAsync(SuperBuy(DhanOrders.Tcs, 2, 3100m, 3200m, 3050m));

        h.Sandbox.Market.SetPrice("TCS", 3100m);
        h.Sandbox.Market.SetPrice("TCS", 3205m);
        var order = Assert.Single(await h.Client.SuperOrders.GetAllAsync());

        Assert.Equal(DhanOrderStatus.Closed, order.OrderStatus);
        var target = Assert.Single(order.LegDetails, l => l.LegName == DhanLegName.TargetLeg);
        Assert.Equal(DhanOrderStatus.Triggered, target.OrderStatus);
        Assert.Equal(DhanOrderStatus.Cancelled, Assert.Single(order.LegDetails, l => l.LegName == DhanLegName.StopLossLeg).OrderStatus);
        Assert.Equal(0, Assert.Single(await h.Client.Portfolio.GetPositionsAsync()).NetQuantity);
        Assert.Contains(h.ServerAccount.Trades, t => t.OrderId == target.OrderId && t.TransactionType == "SELL");
        Assert.Contains(h.ServerAccount.Trades, t => t.OrderId == placed.OrderId && t.TransactionType == "BUY");
    }

    [Fact]
    public async Task Modifying_the_target_leg_moves_the_exit()
    {
        await using var h = await DhanSandboxHarness.StartAsync();
        var placed = await h.Client.SuperOrders.PlaceAsync(SuperBuy(DhanOrders.Tcs, 2, 3100m, 3200m, 3050m));
        h.Sandbox.Market.SetPrice("TCS", 3100m);

        await h.Client.SuperOrders.ModifyAsync(placed.OrderId, DhanModifySuperOrderRequest.TargetLeg(3300m));
        h.Sandbox.Market.SetPrice("TCS", 3205m);
        var order = Assert.Single(await h.Client.SuperOrders.GetAllAsync());

        Assert.Equal(DhanOrderStatus.Traded, order.OrderStatus);
        Assert.Equal(3300m, Assert.Single(order.LegDetails, l => l.LegName == DhanLegName.TargetLeg).Price);
    }

    [Fact]
    public async Task A_trailing_stop_follows_the_price_up_and_exits_on_the_pullback()
    {
        await using var h = await DhanSandboxHarness.StartAsync();
        await h.Client.SuperOrders.PlaceAsync(SuperBuy(DhanOrders.Tcs, 1, 3100m, 3300m, 3050m, trailingJump: 10m));
        h.Sandbox.Market.SetPrice("TCS", 3100m);

        h.Sandbox.Market.SetPrice("TCS", 3130m);
        var trailed = Assert.Single(Assert.Single(await h.Client.SuperOrders.GetAllAsync()).LegDetails, l => l.LegName == DhanLegName.StopLossLeg);
        h.Sandbox.Market.SetPrice("TCS", 3079m);
        var order = Assert.Single(await h.Client.SuperOrders.GetAllAsync());

        Assert.Equal(3080m, trailed.Price);
        Assert.Equal(DhanOrderStatus.Closed, order.OrderStatus);
        Assert.Equal(DhanOrderStatus.Triggered, Assert.Single(order.LegDetails, l => l.LegName == DhanLegName.StopLossLeg).OrderStatus);
    }

    [Fact]
    public async Task Cancelling_the_entry_leg_cancels_the_order_and_both_legs()
    {
        await using var h = await DhanSandboxHarness.StartAsync();
        var placed = await h.Client.SuperOrders.PlaceAsync(SuperBuy(DhanOrders.Tcs, 2, 3100m, 3200m, 3050m));

        var ack = await h.Client.SuperOrders.CancelLegAsync(placed.OrderId, DhanLegName.EntryLeg);
        var order = Assert.Single(await h.Client.SuperOrders.GetAllAsync());

        Assert.Equal(DhanOrderStatus.Cancelled, ack.OrderStatus);
        Assert.Equal(DhanOrderStatus.Cancelled, order.OrderStatus);
        Assert.All(order.LegDetails, l => Assert.Equal(DhanOrderStatus.Cancelled, l.OrderStatus));
    }

    [Fact]
    public async Task A_cancelled_stop_loss_leg_leaves_the_target_working()
    {
        await using var h = await DhanSandboxHarness.StartAsync();
        var placed = await h.Client.SuperOrders.PlaceAsync(SuperBuy(DhanOrders.Tcs, 2, 3100m, 3200m, 3050m));
        h.Sandbox.Market.SetPrice("TCS", 3100m);

        await h.Client.SuperOrders.CancelLegAsync(placed.OrderId, DhanLegName.StopLossLeg);
        h.Sandbox.Market.SetPrice("TCS", 3000m);
        var order = Assert.Single(await h.Client.SuperOrders.GetAllAsync());

        Assert.Equal(DhanOrderStatus.Traded, order.OrderStatus);
        Assert.Equal(DhanOrderStatus.Pending, Assert.Single(order.LegDetails, l => l.LegName == DhanLegName.TargetLeg).OrderStatus);
        Assert.Equal(2, Assert.Single(await h.Client.Portfolio.GetPositionsAsync()).NetQuantity);
    }

    private static DhanAlertCondition PriceAbove(string securityId, decimal value, DateOnly expires) => new()
    {
        ComparisonType = DhanAlertComparisonType.PriceWithValue,
        ExchangeSegment = DhanExchangeSegment.NseEquity,
        SecurityId = securityId,
        Operator = DhanAlertOperator.CrossingUp,
        ComparingValue = value,
        ExpDate = expires,
        UserNote = "dhanint breakout",
    };

    private static DhanAlertOrder MarketBuyOf(string securityId, long quantity) => new()
    {
        TransactionType = DhanTransactionType.Buy,
        ExchangeSegment = DhanExchangeSegment.NseEquity,
        ProductType = DhanProductType.Intraday,
        OrderType = DhanOrderType.Market,
        SecurityId = securityId,
        Quantity = quantity,
    };

    private static DateOnly NextWeek(DhanSandboxHarness h) => DateOnly.FromDateTime(Broker.Time.IndianTime.ToIst(h.Sandbox.Clock.GetUtcNow()).DateTime).AddDays(7);

    [Fact]
    public async Task A_conditional_trigger_reads_back_with_its_condition_and_orders()
    {
        await using var h = await DhanSandboxHarness.StartAsync();

        var ack = await h.Client.ConditionalTriggers.PlaceAsync(PriceAbove(DhanOrders.Tcs, 3200m, NextWeek(h)), [MarketBuyOf(DhanOrders.Tcs, 3)]);
        var alert = await h.Client.ConditionalTriggers.FindAsync(ack.AlertId!);

        Assert.Equal(DhanAlertStatus.Active, ack.AlertStatus);
        Assert.NotNull(alert);
        Assert.Equal(DhanAlertStatus.Active, alert.AlertStatus);
        Assert.Equal(3200m, alert.Condition!.ComparingValue);
        Assert.Equal(DhanAlertOperator.CrossingUp, alert.Condition.Operator);
        Assert.Equal(NextWeek(h), alert.Condition.ExpDate);
        Assert.Equal("dhanint breakout", alert.Condition.UserNote);
        Assert.Equal(3, Assert.Single(alert.Orders).Quantity);
        Assert.NotNull(alert.CreatedTime);
        Assert.Null(alert.TriggeredTime);
    }

    [Fact]
    public async Task A_price_crossing_the_condition_places_the_orders()
    {
        await using var h = await DhanSandboxHarness.StartAsync();
        var ack = await h.Client.ConditionalTriggers.PlaceAsync(PriceAbove(DhanOrders.Tcs, 3200m, NextWeek(h)), [MarketBuyOf(DhanOrders.Tcs, 3)]);

        h.Sandbox.Market.SetPrice("TCS", 3190m);
        var before = h.ServerAccount.Orders.Count;
        h.Sandbox.Market.SetPrice("TCS", 3201m);
        var alert = Assert.Single(await h.Client.ConditionalTriggers.GetAllAsync());

        Assert.Equal(0, before);
        Assert.Equal(ack.AlertId, alert.AlertId);
        Assert.Equal(DhanAlertStatus.Triggered, alert.AlertStatus);
        Assert.NotNull(alert.TriggeredTime);
        var order = Assert.Single(await h.Client.Orders.GetOrdersAsync());
        Assert.Equal(DhanOrderStatus.Traded, order.OrderStatus);
        Assert.Equal(3, order.Quantity);
    }

    [Fact]
    public async Task A_modified_condition_triggers_at_its_new_value()
    {
        await using var h = await DhanSandboxHarness.StartAsync();
        var ack = await h.Client.ConditionalTriggers.PlaceAsync(PriceAbove(DhanOrders.Tcs, 3300m, NextWeek(h)), [MarketBuyOf(DhanOrders.Tcs, 1)]);

        await h.Client.ConditionalTriggers.ModifyAsync(ack.AlertId!, PriceAbove(DhanOrders.Tcs, 3160m, NextWeek(h)));
        h.Sandbox.Market.SetPrice("TCS", 3170m);
        var alert = await h.Client.ConditionalTriggers.FindAsync(ack.AlertId!);

        Assert.Equal(DhanAlertStatus.Triggered, alert!.AlertStatus);
        Assert.Equal(3160m, alert.Condition!.ComparingValue);
        Assert.Single(h.ServerAccount.Orders);
    }

    [Fact]
    public async Task A_deleted_conditional_trigger_is_cancelled_and_never_fires()
    {
        await using var h = await DhanSandboxHarness.StartAsync();
        var ack = await h.Client.ConditionalTriggers.PlaceAsync(PriceAbove(DhanOrders.Tcs, 3200m, NextWeek(h)), [MarketBuyOf(DhanOrders.Tcs, 1)]);

        var deleted = await h.Client.ConditionalTriggers.DeleteAsync(ack.AlertId!);
        h.Sandbox.Market.SetPrice("TCS", 3250m);
        var alert = await h.Client.ConditionalTriggers.FindAsync(ack.AlertId!);

        Assert.Equal(DhanAlertStatus.Cancelled, deleted.AlertStatus);
        Assert.Equal(DhanAlertStatus.Cancelled, alert!.AlertStatus);
        Assert.Empty(h.ServerAccount.Orders);
    }

    [Fact]
    public async Task An_unknown_conditional_trigger_reads_as_null()
    {
        await using var h = await DhanSandboxHarness.StartAsync();

        Assert.Null(await h.Client.ConditionalTriggers.FindAsync("999"));
    }

    [Fact]
    public async Task An_indicator_condition_is_kept_but_not_evaluated()
    {
        await using var h = await DhanSandboxHarness.StartAsync();
        var condition = new DhanAlertCondition
        {
            ComparisonType = DhanAlertComparisonType.TechnicalWithValue,
            ExchangeSegment = DhanExchangeSegment.Index,
            SecurityId = "13",
            IndicatorName = "RSI_14",
            TimeFrame = DhanAlertTimeFrame.FiveMinutes,
            Operator = DhanAlertOperator.GreaterThan,
            ComparingValue = 1m,
            ExpDate = NextWeek(h),
        };

        var ack = await h.Client.ConditionalTriggers.PlaceAsync(condition, [MarketBuyOf(DhanOrders.Infy, 1)]);
        h.Sandbox.Market.SetPrice("NIFTY", 26000m);
        var alert = await h.Client.ConditionalTriggers.FindAsync(ack.AlertId!);

        Assert.Equal(DhanAlertStatus.Active, alert!.AlertStatus);
        Assert.Equal("RSI_14", alert.Condition!.IndicatorName);
        Assert.Equal(DhanAlertTimeFrame.FiveMinutes, alert.Condition.TimeFrame);
    }

    private static DateOnly Today(DhanSandboxHarness h) => DateOnly.FromDateTime(Broker.Time.IndianTime.ToIst(h.Sandbox.Clock.GetUtcNow()).DateTime);

    [Fact]
    public async Task The_ledger_debits_buys_credits_sells_and_runs_the_balance()
    {
        await using var h = await DhanSandboxHarness.StartAsync();
        h.Sandbox.Market.SetPrice("TCS", 3150m);
        await h.Client.Orders.PlaceOrderAsync(DhanOrders.Market(DhanOrders.Tcs, 2));
        h.Sandbox.Market.SetPrice("TCS", 3160m);
        await h.Client.Orders.PlaceOrderAsync(DhanOrders.Market(DhanOrders.Tcs, 2, DhanTransactionType.Sell));

        var ledger = await h.Client.Statements.GetLedgerAsync(Today(h), Today(h));

        Assert.Equal(3, ledger.Count);
        Assert.Equal(h.Account.OpeningBalance, ledger[0].RunningBalance);
        Assert.Equal(Today(h), ledger[0].VoucherDate);
        Assert.Equal(6300m, ledger[1].Debit);
        Assert.Equal(6320m, ledger[2].Credit);
        Assert.Equal(h.Account.OpeningBalance + 20m, ledger[2].RunningBalance);
    }

    [Fact]
    public async Task Trade_history_pages_through_every_fill_of_the_day()
    {
        await using var h = await DhanSandboxHarness.StartAsync(configureSandbox: o => o.MaxFillQuantity = 1);
        var placement = await h.Client.Orders.PlaceOrderAsync(DhanOrders.Limit(DhanOrders.Tcs, 21, 3100m));
        for (var i = 0; i < 21; i++)
        {
            h.Sandbox.Market.SetPrice("TCS", 3100m - (0.05m * (i % 2)));
        }

        var firstPage = await h.Client.Statements.GetTradeHistoryPageAsync(Today(h), Today(h));
        var all = new List<Broker.Dhan.Statements.DhanTradeHistoryEntry>();
        await foreach (var trade in h.Client.Statements.GetTradeHistoryAsync(Today(h), Today(h)))
        {
            all.Add(trade);
        }

        Assert.Equal(20, firstPage.Count);
        Assert.Equal(21, all.Count);
        Assert.All(all, t => Assert.Equal(placement.OrderId, t.OrderId));
        Assert.Equal(21, all.Sum(t => t.TradedQuantity));
        Assert.Equal("INE467B01029", all[0].Isin);
        Assert.True(all[0].BrokerageCharges > 0m);
    }

    [Fact]
    public async Task Trade_history_outside_the_trading_days_is_empty()
    {
        await using var h = await DhanSandboxHarness.StartAsync();
        await h.Client.Orders.PlaceOrderAsync(DhanOrders.Market(DhanOrders.Infy, 1));

        var page = await h.Client.Statements.GetTradeHistoryPageAsync(Today(h).AddDays(-10), Today(h).AddDays(-1));

        Assert.Empty(page);
    }

    private const string RelianceIsin = "INE002A01018";

    [Fact]
    public async Task The_tpin_request_is_accepted_without_a_body()
    {
        await using var h = await DhanSandboxHarness.StartAsync();

        var response = await h.Client.Edis.GenerateTpinAsync();

        Assert.Null(response.EdisStatus);
        Assert.Equal(202, Assert.Single(h.Sandbox.Requests.ForEndpoint(Broker.Sandbox.SandboxEndpointNames.DhanEdisTpin)).StatusCode);
    }

    [Fact]
    public async Task An_edis_form_authorises_the_quantity_the_inquiry_then_reports()
    {
        await using var h = await DhanSandboxHarness.StartAsync();
        var before = await h.Client.Edis.InquireAsync(RelianceIsin);

        var form = await h.Client.Edis.GetFormAsync(new DhanEdisFormRequest { Isin = RelianceIsin, Quantity = 4, Exchange = DhanEdisExchange.Nse });
        var after = await h.Client.Edis.InquireAsync(RelianceIsin);

        Assert.Equal(0, before.ApprovedQuantity);
        Assert.Equal(h.Account.ClientId, form.DhanClientId);
        Assert.Contains("https://edis.cdslindia.com/eDIS/VerifyDIS/", form.EdisFormHtml, StringComparison.Ordinal);
        Assert.Contains(RelianceIsin, form.EdisFormHtml, StringComparison.Ordinal);
        Assert.Equal(10, after.TotalQuantity);
        Assert.Equal(4, after.ApprovedQuantity);
    }

    [Fact]
    public async Task A_bulk_edis_form_authorises_every_listed_holding_in_full()
    {
        await using var h = await DhanSandboxHarness.StartAsync();

        var form = await h.Client.Edis.GetBulkFormAsync([RelianceIsin], DhanEdisExchange.Nse);
        var all = await h.Client.Edis.InquireAsync("ALL");

        Assert.False(string.IsNullOrEmpty(form.EdisFormHtml));
        Assert.Equal(10, all.ApprovedQuantity);
        Assert.Equal(10, all.TotalQuantity);
    }

    [Fact]
    public async Task An_edis_form_for_more_than_is_held_is_refused()
    {
        await using var h = await DhanSandboxHarness.StartAsync();

        var error = await Assert.ThrowsAnyAsync<Broker.Errors.BrokerApiException>(() =>
            h.Client.Edis.GetFormAsync(new DhanEdisFormRequest { Isin = RelianceIsin, Quantity = 11, Exchange = DhanEdisExchange.Nse }));

        Assert.Equal("DH-905", error.BrokerErrorCode);
    }

    [Fact]
    public async Task The_multi_margin_calculator_adds_each_order_and_the_open_positions()
    {
        await using var h = await DhanSandboxHarness.StartAsync();
        h.Sandbox.Market.SetPrice("INFY", 1500m);
        await h.Client.Orders.PlaceOrderAsync(DhanOrders.Market(DhanOrders.Infy, 10));
        DhanMarginRequest Leg(string securityId, long quantity, decimal price, DhanProductType product) => new()
        {
            SecurityId = securityId, ExchangeSegment = DhanExchangeSegment.NseEquity, TransactionType = DhanTransactionType.Buy,
            Quantity = quantity, ProductType = product, Price = price,
        };

        var alone = await h.Client.Funds.CalculateMultiMarginAsync([Leg(DhanOrders.Tcs, 2, 3000m, DhanProductType.Cnc), Leg(DhanOrders.HdfcBank, 10, 1000m, DhanProductType.Intraday)]);
        var withPositions = await h.Client.Funds.CalculateMultiMarginAsync([Leg(DhanOrders.Tcs, 2, 3000m, DhanProductType.Cnc)], includePositions: true);

        Assert.Equal(h.Account.ClientId, alone.ClientId);
        Assert.Equal(6000m + 2000m, alone.TotalMargin);
        Assert.Equal(alone.TotalMargin, alone.EquityMargin);
        Assert.Equal(0m, alone.FoMargin);
        Assert.Equal(6000m + 3000m, withPositions.TotalMargin);
    }

    [Fact]
    public async Task Converting_an_intraday_position_to_delivery_moves_it_into_the_holdings()
    {
        await using var h = await DhanSandboxHarness.StartAsync();
        h.Sandbox.Market.SetPrice("TCS", 3150m);
        await h.Client.Orders.PlaceOrderAsync(DhanOrders.Market(DhanOrders.Tcs, 5));

        await h.Client.Portfolio.ConvertPositionAsync(new DhanConvertPositionRequest
        {
            FromProductType = DhanProductType.Intraday, ToProductType = DhanProductType.Cnc, ExchangeSegment = DhanExchangeSegment.NseEquity,
            PositionType = DhanPositionType.LongPosition, SecurityId = DhanOrders.Tcs, ConvertQuantity = 3,
        });
        var positions = await h.Client.Portfolio.GetPositionsAsync();
        var holdings = await h.Client.Portfolio.GetHoldingsAsync();

        Assert.Equal(2, Assert.Single(positions, p => p.ProductType == DhanProductType.Intraday).NetQuantity);
        var delivery = Assert.Single(positions, p => p.ProductType == DhanProductType.Cnc);
        Assert.Equal(3, delivery.NetQuantity);
        Assert.Equal(3150m, delivery.BuyAvg);
        Assert.Equal(3, Assert.Single(holdings, x => x.SecurityId == DhanOrders.Tcs).T1Quantity);
    }

    [Fact]
    public async Task Converting_more_than_the_open_quantity_is_refused()
    {
        await using var h = await DhanSandboxHarness.StartAsync();
        await h.Client.Orders.PlaceOrderAsync(DhanOrders.Market(DhanOrders.Tcs, 1));

        var error = await Assert.ThrowsAnyAsync<Broker.Errors.BrokerApiException>(() => h.Client.Portfolio.ConvertPositionAsync(new DhanConvertPositionRequest
        {
            FromProductType = DhanProductType.Intraday, ToProductType = DhanProductType.Cnc, ExchangeSegment = DhanExchangeSegment.NseEquity,
            PositionType = DhanPositionType.LongPosition, SecurityId = DhanOrders.Tcs, ConvertQuantity = 2,
        }));

        Assert.Equal(400, error.StatusCode);
        Assert.Equal(1, Assert.Single(await h.Client.Portfolio.GetPositionsAsync()).NetQuantity);
    }

    [Fact]
    public async Task A_pnl_exit_reads_back_as_configured_and_stops()
    {
        await using var h = await DhanSandboxHarness.StartAsync();

        var set = await h.Client.TradersControl.SetPnlExitAsync(new DhanPnlExitRequest
        {
            ProfitValue = 1500m, LossValue = 500m, ProductTypes = [DhanPnlExitProductType.Intraday, DhanPnlExitProductType.Delivery], EnableKillSwitch = true,
        });
        var configured = await h.Client.TradersControl.GetPnlExitAsync();
        var stopped = await h.Client.TradersControl.StopPnlExitAsync();
        var after = await h.Client.TradersControl.GetPnlExitAsync();

        Assert.Equal(DhanPnlExitStatus.Active, set.PnlExitStatus);
        Assert.Equal(DhanPnlExitStatus.Active, configured.PnlExitStatus);
        Assert.Equal(1500m, configured.Profit);
        Assert.Equal(500m, configured.Loss);
        Assert.Equal([DhanPnlExitProductType.Intraday, DhanPnlExitProductType.Delivery], configured.ProductType);
        Assert.True(configured.EnableKillSwitch);
        Assert.Equal(DhanPnlExitStatus.Disabled, stopped.PnlExitStatus);
        Assert.Equal(DhanPnlExitStatus.Disabled, after.PnlExitStatus);
    }

    [Fact]
    public async Task A_loss_past_the_pnl_exit_squares_off_and_turns_the_kill_switch_on()
    {
        await using var h = await DhanSandboxHarness.StartAsync();
        h.Sandbox.Market.SetPrice("TCS", 3150m);
        await h.Client.Orders.PlaceOrderAsync(DhanOrders.Market(DhanOrders.Tcs, 10));
        await h.Client.TradersControl.SetPnlExitAsync(new DhanPnlExitRequest
        {
            ProfitValue = 1000m, LossValue = 500m, ProductTypes = [DhanPnlExitProductType.Intraday], EnableKillSwitch = true,
        });

        h.Sandbox.Market.SetPrice("TCS", 3120m);
        var before = Assert.Single(await h.Client.Portfolio.GetPositionsAsync()).NetQuantity;
        h.Sandbox.Market.SetPrice("TCS", 3095m);
        var position = Assert.Single(await h.Client.Portfolio.GetPositionsAsync());
        var exit = await h.Client.TradersControl.GetPnlExitAsync();
        var killSwitch = await h.Client.TradersControl.GetKillSwitchStatusAsync();

        Assert.Equal(10, before);
        Assert.Equal(0, position.NetQuantity);
        Assert.Equal(-550m, position.RealizedProfit);
        Assert.Equal(DhanPnlExitStatus.Inactive, exit.PnlExitStatus);
        Assert.True(killSwitch.IsActive);
    }

    private const long Nifty = 13;

    [Fact]
    public async Task The_expiry_list_has_weekly_and_monthly_thursdays_from_today()
    {
        await using var h = await DhanSandboxHarness.StartAsync();

        var expiries = await h.Client.OptionChain.GetExpiriesAsync(Nifty, DhanExchangeSegment.Index);

        Assert.InRange(expiries.Count, 5, 7);
        Assert.All(expiries, e => Assert.Equal(DayOfWeek.Thursday, e.DayOfWeek));
        Assert.True(expiries[0] >= Today(h) && expiries[0] < Today(h).AddDays(7));
        Assert.Equal(expiries.Order(), expiries);
    }

    [Fact]
    public async Task The_option_chain_centres_its_strikes_on_the_underlying_price()
    {
        await using var h = await DhanSandboxHarness.StartAsync();
        var expiry = (await h.Client.OptionChain.GetExpiriesAsync(Nifty, DhanExchangeSegment.Index))[0];
        h.Sandbox.Market.SetPrice("NIFTY", 25_860m);

        var chain = await h.Client.OptionChain.GetOptionChainAsync(Nifty, DhanExchangeSegment.Index, expiry);

        Assert.Equal(25_860m, chain.UnderlyingLastPrice);
        Assert.Equal(21, chain.Strikes.Count);
        Assert.Equal(25_850m, chain.Strikes[10].Strike);
        Assert.All(chain.Strikes.Zip(chain.Strikes.Skip(1)), p => Assert.Equal(50m, p.Second.Strike - p.First.Strike));
        var atm = chain.Strikes[10];
        Assert.InRange(atm.Call!.Greeks!.Delta, 0.4m, 0.65m);
        Assert.InRange(atm.Put!.Greeks!.Delta, -0.6m, -0.35m);
        Assert.True(atm.Call.ImpliedVolatility > 0m);
        Assert.NotNull(atm.Call.SecurityId);
        Assert.All(chain.Strikes.Zip(chain.Strikes.Skip(1)), p => Assert.True(p.First.Call!.LastPrice >= p.Second.Call!.LastPrice));
        Assert.All(chain.Strikes.Zip(chain.Strikes.Skip(1)), p => Assert.True(p.First.Put!.LastPrice <= p.Second.Put!.LastPrice));
    }

    [Fact]
    public async Task Option_prices_keep_put_call_parity_within_a_tick()
    {
        await using var h = await DhanSandboxHarness.StartAsync();
        var expiries = await h.Client.OptionChain.GetExpiriesAsync(Nifty, DhanExchangeSegment.Index);

        var chain = await h.Client.OptionChain.GetOptionChainAsync(Nifty, DhanExchangeSegment.Index, expiries[^1]);

        Assert.All(chain.Strikes, s => Assert.InRange(
            s.Call!.LastPrice - s.Put!.LastPrice - (chain.UnderlyingLastPrice - s.Strike), -0.1m, 0.1m));
    }

    [Fact]
    public async Task An_option_chain_for_a_date_that_is_not_an_expiry_is_refused()
    {
        await using var h = await DhanSandboxHarness.StartAsync();
        var expiry = (await h.Client.OptionChain.GetExpiriesAsync(Nifty, DhanExchangeSegment.Index))[0];

        var error = await Assert.ThrowsAnyAsync<Broker.Errors.BrokerApiException>(() =>
            h.Client.OptionChain.GetOptionChainAsync(Nifty, DhanExchangeSegment.Index, expiry.AddDays(1)));

        Assert.Equal("811", error.BrokerErrorCode);
    }

    private static DhanExpiredOptionsRequest NiftyWeeklyCalls(DateOnly from, DateOnly to) => new()
    {
        UnderlyingSecurityId = Nifty,
        ExchangeSegment = DhanExchangeSegment.NseFno,
        Instrument = DhanInstrumentType.OptionIndex,
        ExpiryFlag = DhanExpiryFlag.Week,
        OptionType = DhanOptionType.Call,
        Strike = "ATM+2",
        IntervalMinutes = 60,
        FromDate = from,
        ToDate = to,
    };

    [Fact]
    public async Task Expired_options_fill_the_requested_side_with_hourly_candles()
    {
        await using var h = await DhanSandboxHarness.StartAsync();

        var data = await h.Client.Historical.GetExpiredOptionsAsync(NiftyWeeklyCalls(new DateOnly(2025, 3, 3), new DateOnly(2025, 3, 5)));

        Assert.Empty(data.Put);
        Assert.Equal(14, data.Call.Count);
        Assert.All(data.Call, c =>
        {
            Assert.Equal(0m, c.Strike!.Value % 50m);
            Assert.InRange(c.Strike.Value - c.Spot!.Value, 75m, 125m);
            Assert.True(c.Low <= c.Open && c.Open <= c.High && c.Low <= c.Close && c.Close <= c.High);
            Assert.True(c.ImpliedVolatility > 0m);
        });
        Assert.Equal(new DateTimeOffset(2025, 3, 3, 9, 15, 0, Broker.Time.IndianTime.Offset), data.Call[0].Time);
    }

    [Fact]
    public async Task A_long_expired_options_range_is_fetched_in_thirty_day_parts_and_joined()
    {
        await using var h = await DhanSandboxHarness.StartAsync();
        var from = new DateOnly(2025, 3, 3);
        var to = new DateOnly(2025, 4, 12);
        var weekdays = Enumerable.Range(0, to.DayNumber - from.DayNumber).Select(from.AddDays).Count(d => d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday));

        var data = await h.Client.Historical.GetExpiredOptionsAsync(NiftyWeeklyCalls(from, to));

        Assert.Equal(weekdays * 7, data.Call.Count);
        Assert.Equal(2, h.Sandbox.Requests.ForEndpoint(Broker.Sandbox.SandboxEndpointNames.DhanChartsRollingOption).Count);
    }
}
