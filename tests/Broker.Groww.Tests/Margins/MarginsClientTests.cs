using Broker.Groww.Margins;
using Broker.Groww.Tests.Infrastructure;

namespace Broker.Groww.Tests.Margins;

public sealed class MarginsClientTests : IDisposable
{
    private readonly GrowwFixture _groww = GrowwFixture.Create();

    public void Dispose() => _groww.Dispose();

    [Fact]
    public async Task GetAvailableMarginAsync_parses_every_section()
    {
        _groww.ExpectSuccess(HttpMethod.Get, "/v1/margins/detail/user", """
            {"clear_cash":100000.5,"net_margin_used":2500,"brokerage_and_charges":20.75,"collateral_used":0,"collateral_available":5000,"adhoc_margin":0,
             "fno_margin_details":{"net_fno_margin_used":1500,"span_margin_used":1000,"exposure_margin_used":500,"future_balance_available":90000,
               "option_buy_balance_available":95000,"option_sell_balance_available":90000},
             "equity_margin_details":{"net_equity_margin_used":1000,"cnc_margin_used":800,"mis_margin_used":200,"cnc_balance_available":97000,"mis_balance_available":97500},
             "commodity_margin_details":{"commodity_span_margin":0,"commodity_exposure_margin":0,"commodity_tender_margin":0,"commodity_special_margin":0,
               "commodity_additional_margin":0,"commodity_unrealised_m2m":-12.5,"commodity_realised_m2m":3}}
            """);

        var margin = await _groww.Client.Margins.GetAvailableMarginAsync();

        Assert.Equal("/v1/margins/detail/user", _groww.Requests[0].PathAndQuery);
        _groww.Requests[0].AssertStandardHeaders();
        Assert.Equal(100000.5m, margin.ClearCash);
        Assert.Equal(2500m, margin.NetMarginUsed);
        Assert.Equal(20.75m, margin.BrokerageAndCharges);
        Assert.Equal(5000m, margin.CollateralAvailable);
        Assert.Equal(new GrowwFnoMarginDetails
        {
            NetFnoMarginUsed = 1500m, SpanMarginUsed = 1000m, ExposureMarginUsed = 500m, FutureBalanceAvailable = 90000m,
            OptionBuyBalanceAvailable = 95000m, OptionSellBalanceAvailable = 90000m,
        }, margin.FnoMarginDetails);
        Assert.Equal(new GrowwEquityMarginDetails
        {
            NetEquityMarginUsed = 1000m, CncMarginUsed = 800m, MisMarginUsed = 200m, CncBalanceAvailable = 97000m, MisBalanceAvailable = 97500m,
        }, margin.EquityMarginDetails);
        Assert.Equal(-12.5m, margin.CommodityMarginDetails!.CommodityUnrealisedM2m);
        Assert.Equal(3m, margin.CommodityMarginDetails.CommodityRealisedM2m);
    }

    [Fact]
    public async Task GetRequiredMarginAsync_posts_the_basket_as_an_array_with_segment_in_the_query()
    {
        _groww.ExpectSuccess(HttpMethod.Post, "/v1/margins/detail/orders", """
            {"exposure_required":3000.5,"span_required":12000,"option_buy_premium":0,"brokerage_and_charges":40,"total_requirement":15040.5,
             "cash_cnc_margin_required":0,"physical_delivery_margin_requirement":0}
            """);

        var margin = await _groww.Client.Margins.GetRequiredMarginAsync(GrowwSegment.Fno,
        [
            new GrowwMarginOrder { TradingSymbol = "NIFTY25DECFUT", TransactionType = GrowwTransactionType.Buy, Quantity = 75, OrderType = GrowwOrderType.Market, Product = GrowwProduct.Nrml, Exchange = GrowwExchange.Nse },
            new GrowwMarginOrder { TradingSymbol = "NIFTY25DEC24000PE", TransactionType = GrowwTransactionType.Sell, Quantity = 75, Price = 120.5m, OrderType = GrowwOrderType.Limit, Product = GrowwProduct.Nrml, Exchange = GrowwExchange.Nse },
        ]);

        var request = Assert.Single(_groww.Requests);
        Assert.Equal("/v1/margins/detail/orders?segment=FNO", request.PathAndQuery);
        request.AssertStandardHeaders();
        request.AssertJsonBody("""
            [{"trading_symbol":"NIFTY25DECFUT","transaction_type":"BUY","quantity":75,"order_type":"MARKET","product":"NRML","exchange":"NSE"},
             {"trading_symbol":"NIFTY25DEC24000PE","transaction_type":"SELL","quantity":75,"price":120.5,"order_type":"LIMIT","product":"NRML","exchange":"NSE"}]
            """);
        Assert.Equal(new GrowwRequiredMargin
        {
            ExposureRequired = 3000.5m, SpanRequired = 12000m, OptionBuyPremium = 0m, BrokerageAndCharges = 40m, TotalRequirement = 15040.5m,
            CashCncMarginRequired = 0m, CashMisMarginRequired = null, PhysicalDeliveryMarginRequirement = 0m,
        }, margin);
    }
}
