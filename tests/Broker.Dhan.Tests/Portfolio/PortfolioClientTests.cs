using System.Net;
using Broker.Dhan.Portfolio;
using Broker.Dhan.Tests.TestSupport;
using Broker.Errors;

namespace Broker.Dhan.Tests.Portfolio;

public sealed class PortfolioClientTests : IDisposable
{
    private readonly DhanTestHost _host = new();

    [Fact]
    public async Task GetHoldings_parses_every_field_including_snake_case_mtf_quantities()
    {
        _host.Respond(HttpMethod.Get, DhanTestHost.Api + "holdings", """
            [{"exchange":"ALL","tradingSymbol":"HDFC","securityId":"1330","isin":"INE001A01036","totalQty":1000,"dpQty":900,"t1Qty":100,
              "mtf_t1_qty":3,"mtf_qty":7,"availableQty":1000,"collateralQty":50,"avgCostPrice":2655.0,"lastTradedPrice":2700.25}]
            """);

        var holding = Assert.Single(await _host.Client.Portfolio.GetHoldingsAsync());

        _host.AssertAuthenticatedHeaders(_host.Single);
        Assert.Equal(HttpMethod.Get, _host.Single.Method);
        Assert.Equal("ALL", holding.Exchange);
        Assert.Equal("HDFC", holding.TradingSymbol);
        Assert.Equal("1330", holding.SecurityId);
        Assert.Equal("INE001A01036", holding.Isin);
        Assert.Equal(1000, holding.TotalQuantity);
        Assert.Equal(900, holding.DpQuantity);
        Assert.Equal(100, holding.T1Quantity);
        Assert.Equal(3, holding.MtfT1Quantity);
        Assert.Equal(7, holding.MtfQuantity);
        Assert.Equal(1000, holding.AvailableQuantity);
        Assert.Equal(50, holding.CollateralQuantity);
        Assert.Equal(2655m, holding.AvgCostPrice);
        Assert.Equal(2700.25m, holding.LastTradedPrice);
    }

    [Fact]
    public async Task GetHoldings_maps_DH1111_no_holdings_to_an_empty_list_without_retrying()
    {
        _host.Respond(HttpMethod.Get, DhanTestHost.Api + "holdings",
            """{"errorType":"HOLDING_ERROR","errorCode":"DH-1111","errorMessage":"No holdings available"}""", HttpStatusCode.InternalServerError);

        Assert.Empty(await _host.Client.Portfolio.GetHoldingsAsync());
        Assert.Single(_host.Requests);
    }

    [Fact]
    public async Task GetPositions_parses_every_field()
    {
        _host.Respond(HttpMethod.Get, DhanTestHost.Api + "positions", """
            [{"dhanClientId":"1000000009","tradingSymbol":"TCS","securityId":"11536","positionType":"LONG","exchangeSegment":"NSE_EQ","productType":"CNC",
              "buyAvg":3345.8,"costPrice":3215.0,"buyQty":40,"sellAvg":0.0,"sellQty":0,"netQty":40,"realizedProfit":0.0,"unrealizedProfit":6122.0,
              "rbiReferenceRate":1.0,"multiplier":1,"carryForwardBuyQty":0,"carryForwardSellQty":0,"carryForwardBuyValue":0.0,"carryForwardSellValue":0.0,
              "dayBuyQty":40,"daySellQty":0,"dayBuyValue":133832.0,"daySellValue":0.0,"drvExpiryDate":"0001-01-01","drvOptionType":null,
              "drvStrikePrice":0.0,"crossCurrency":false}]
            """);

        var position = Assert.Single(await _host.Client.Portfolio.GetPositionsAsync());

        Assert.Equal("1000000009", position.DhanClientId);
        Assert.Equal("TCS", position.TradingSymbol);
        Assert.Equal("11536", position.SecurityId);
        Assert.Equal(DhanPositionType.LongPosition, position.PositionType);
        Assert.Equal(DhanExchangeSegment.NseEquity, position.ExchangeSegment);
        Assert.Equal(DhanProductType.Cnc, position.ProductType);
        Assert.Equal(3345.8m, position.BuyAvg);
        Assert.Equal(3215m, position.CostPrice);
        Assert.Equal(40, position.BuyQuantity);
        Assert.Equal(0m, position.SellAvg);
        Assert.Equal(0, position.SellQuantity);
        Assert.Equal(40, position.NetQuantity);
        Assert.Equal(0m, position.RealizedProfit);
        Assert.Equal(6122m, position.UnrealizedProfit);
        Assert.Equal(1m, position.RbiReferenceRate);
        Assert.Equal(1, position.Multiplier);
        Assert.Equal(0, position.CarryForwardBuyQuantity);
        Assert.Equal(0, position.CarryForwardSellQuantity);
        Assert.Equal(0m, position.CarryForwardBuyValue);
        Assert.Equal(0m, position.CarryForwardSellValue);
        Assert.Equal(40, position.DayBuyQuantity);
        Assert.Equal(0, position.DaySellQuantity);
        Assert.Equal(133832m, position.DayBuyValue);
        Assert.Equal(0m, position.DaySellValue);
        Assert.Null(position.DrvExpiryDate);
        Assert.Null(position.DrvOptionType);
        Assert.Equal(0m, position.DrvStrikePrice);
        Assert.False(position.CrossCurrency);
    }

    [Fact]
    public async Task ConvertPosition_posts_the_documented_body_and_accepts_202_without_body()
    {
        _host.Respond(HttpMethod.Post, DhanTestHost.Api + "positions/convert", null, HttpStatusCode.Accepted);

        await _host.Client.Portfolio.ConvertPositionAsync(new DhanConvertPositionRequest
        {
            FromProductType = DhanProductType.Intraday,
            ToProductType = DhanProductType.Cnc,
            ExchangeSegment = DhanExchangeSegment.NseEquity,
            PositionType = DhanPositionType.LongPosition,
            SecurityId = "11536",
            ConvertQuantity = 40,
        });

        _host.AssertAuthenticatedHeaders(_host.Single);
        _host.Single.AssertJson("""
            {"dhanClientId":"1000000001","fromProductType":"INTRADAY","exchangeSegment":"NSE_EQ","positionType":"LONG","securityId":"11536",
             "convertQty":40,"toProductType":"CNC"}
            """);
    }

    [Fact]
    public async Task ConvertPosition_to_the_same_product_is_refused()
    {
        var ex = await Assert.ThrowsAsync<BrokerValidationException>(() => _host.Client.Portfolio.ConvertPositionAsync(new DhanConvertPositionRequest
        {
            FromProductType = DhanProductType.Cnc,
            ToProductType = DhanProductType.Cnc,
            ExchangeSegment = DhanExchangeSegment.NseEquity,
            PositionType = DhanPositionType.LongPosition,
            SecurityId = "11536",
            ConvertQuantity = 40,
        }));
        Assert.Equal("ToProductType", ex.ParameterName);
    }

    [Fact]
    public async Task ExitAllPositions_deletes_positions_and_reads_the_message()
    {
        _host.Respond(HttpMethod.Delete, DhanTestHost.Api + "positions", """{"status":"SUCCESS","message":"All orders and positions exited successfully"}""");

        var result = await _host.Client.Portfolio.ExitAllPositionsAsync();

        Assert.Equal(HttpMethod.Delete, _host.Single.Method);
        Assert.Equal(("SUCCESS", "All orders and positions exited successfully"), (result.Status, result.Message));
    }

    [Fact]
    public async Task ExitAllPositions_is_not_retried_on_503()
    {
        _host.Respond(HttpMethod.Delete, DhanTestHost.Api + "positions", null, HttpStatusCode.ServiceUnavailable);

        await Assert.ThrowsAsync<BrokerApiException>(() => _host.Client.Portfolio.ExitAllPositionsAsync());

        Assert.Single(_host.Requests);
    }

    public void Dispose() => _host.Dispose();
}
