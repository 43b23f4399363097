using Broker.Dhan.Funds;
using Broker.Dhan.Tests.TestSupport;
using Broker.Errors;

namespace Broker.Dhan.Tests.Funds;

public sealed class FundsClientTests : IDisposable
{
    private readonly DhanTestHost _host = new();

    private static DhanMarginRequest Margin => new()
    {
        SecurityId = "49081",
        ExchangeSegment = DhanExchangeSegment.NseFno,
        TransactionType = DhanTransactionType.Sell,
        Quantity = 75,
        ProductType = DhanProductType.Margin,
        Price = 0m,
    };

    [Fact]
    public async Task GetFundLimit_maps_the_misspelled_wire_fields()
    {
        _host.Respond(HttpMethod.Get, DhanTestHost.Api + "fundlimit", """
            {"dhanClientId":"1000000009","availabelBalance":98440.0,"sodLimit":113642,"collateralAmount":0.0,"receiveableAmount":12.5,
             "utilizedAmount":15202.0,"blockedPayoutAmount":0.0,"withdrawableBalance":98310.0}
            """);

        var funds = await _host.Client.Funds.GetFundLimitAsync();

        _host.AssertAuthenticatedHeaders(_host.Single);
        Assert.Equal("1000000009", funds.DhanClientId);
        Assert.Equal(98440m, funds.AvailableBalance);
        Assert.Equal(113642m, funds.SodLimit);
        Assert.Equal(0m, funds.CollateralAmount);
        Assert.Equal(12.5m, funds.ReceivableAmount);
        Assert.Equal(15202m, funds.UtilizedAmount);
        Assert.Equal(0m, funds.BlockedPayoutAmount);
        Assert.Equal(98310m, funds.WithdrawableBalance);
    }

    [Fact]
    public async Task CalculateMargin_posts_the_order_and_parses_the_margin()
    {
        _host.Respond(HttpMethod.Post, DhanTestHost.Api + "margincalculator", """
            {"totalMargin":2800.00,"spanMargin":1200.00,"exposureMargin":1003.00,"availableBalance":10500.00,"variableMargin":1000.00,
             "insufficientBalance":0.00,"brokerage":20.00,"leverage":"4.00"}
            """);

        var margin = await _host.Client.Funds.CalculateMarginAsync(Margin);

        _host.Single.AssertJson("""
            {"dhanClientId":"1000000001","exchangeSegment":"NSE_FNO","transactionType":"SELL","quantity":75,"productType":"MARGIN","securityId":"49081","price":0}
            """);
        Assert.Equal(2800m, margin.TotalMargin);
        Assert.Equal(1200m, margin.SpanMargin);
        Assert.Equal(1003m, margin.ExposureMargin);
        Assert.Equal(10500m, margin.AvailableBalance);
        Assert.Equal(1000m, margin.VariableMargin);
        Assert.Equal(0m, margin.InsufficientBalance);
        Assert.Equal(20m, margin.Brokerage);
        Assert.Equal("4.00", margin.Leverage);
    }

    [Fact]
    public async Task CalculateMultiMargin_posts_the_scrip_list_and_parses_the_total()
    {
        _host.Respond(HttpMethod.Post, DhanTestHost.Api + "margincalculator/multi", """
            {"clientId":"1000000001","totalMargin":150000.5,"spanMargin":100000,"exposure":50000.5,"equityMargin":0,"foMargin":150000.5,"commodity":0,"currency":0}
            """);

        var margin = await _host.Client.Funds.CalculateMultiMarginAsync([Margin], includePositions: true);

        _host.Single.AssertJson("""
            {"dhanClientId":"1000000001","includePosition":true,"includeOrder":false,
             "scripList":[{"exchangeSegment":"NSE_FNO","transactionType":"SELL","quantity":75,"productType":"MARGIN","securityId":"49081","price":0}]}
            """);
        Assert.Equal("1000000001", margin.ClientId);
        Assert.Equal(150000.5m, margin.TotalMargin);
        Assert.Equal(100000m, margin.SpanMargin);
        Assert.Equal(50000.5m, margin.Exposure);
        Assert.Equal(0m, margin.EquityMargin);
        Assert.Equal(150000.5m, margin.FoMargin);
        Assert.Equal(0m, margin.Commodity);
        Assert.Equal(0m, margin.Currency);
        Assert.Null(margin.CurrencyCode);
        Assert.Null(margin.HedgeBenefit);
    }

    [Fact]
    public async Task CalculateMultiMargin_reads_the_classic_docs_answer_with_snake_case_strings_and_an_INR_currency()
    {
        _host.Respond(HttpMethod.Post, DhanTestHost.Api + "margincalculator/multi", """
            {"total_margin":"150000.00","span_margin":"50000.00","exposure_margin":"30000.00","equity_margin":"70000.00",
             "fo_margin":"0.00","commodity_margin":"0.00","currency":"INR","hedge_benefit":""}
            """);

        var margin = await _host.Client.Funds.CalculateMultiMarginAsync([Margin]);

        Assert.Equal(150000.00m, margin.TotalMargin);
        Assert.Equal(50000.00m, margin.SpanMargin);
        Assert.Equal(30000.00m, margin.Exposure);
        Assert.Equal(70000.00m, margin.EquityMargin);
        Assert.Equal(0m, margin.FoMargin);
        Assert.Equal(0m, margin.Commodity);
        Assert.Null(margin.Currency);
        Assert.Equal("INR", margin.CurrencyCode);
        Assert.Null(margin.HedgeBenefit);
    }

    [Fact]
    public async Task CalculateMultiMargin_reads_a_numeric_currency_margin_and_a_hedge_benefit_in_the_snake_case_form()
    {
        _host.Respond(HttpMethod.Post, DhanTestHost.Api + "margincalculator/multi", """
            {"total_margin":"25000.50","span_margin":"20000.00","exposure_margin":"5000.50","equity_margin":"15000.00",
             "fo_margin":"10000.50","commodity_margin":"0.00","currency":"0.00","hedge_benefit":"3500.00"}
            """);

        var margin = await _host.Client.Funds.CalculateMultiMarginAsync([Margin]);

        Assert.Equal(25000.50m, margin.TotalMargin);
        Assert.Equal(10000.50m, margin.FoMargin);
        Assert.Equal(0m, margin.Currency);
        Assert.Null(margin.CurrencyCode);
        Assert.Equal(3500.00m, margin.HedgeBenefit);
    }

    [Fact]
    public async Task Margin_request_with_zero_quantity_is_refused_naming_the_entry()
    {
        var bad = new DhanMarginRequest { SecurityId = "1", ExchangeSegment = DhanExchangeSegment.NseEquity, TransactionType = DhanTransactionType.Buy, Quantity = 0, ProductType = DhanProductType.Cnc };

        var ex = await Assert.ThrowsAsync<BrokerValidationException>(() => _host.Client.Funds.CalculateMultiMarginAsync([Margin, bad]));

        Assert.Equal("Requests[1].Quantity", ex.ParameterName);
    }

    public void Dispose() => _host.Dispose();
}
