using Broker.Groww.Portfolio;
using Broker.Groww.Tests.Infrastructure;

namespace Broker.Groww.Tests.Portfolio;

public sealed class PortfolioClientTests : IDisposable
{
    private readonly GrowwFixture _groww = GrowwFixture.Create();

    public void Dispose() => _groww.Dispose();

    private const string PositionJson = """
        {"trading_symbol":"RELIANCE","segment":"CASH","credit_quantity":10,"credit_price":2900.5,"debit_quantity":4,"debit_price":2910.25,
         "carry_forward_credit_quantity":2,"carry_forward_credit_price":2850,"carry_forward_debit_quantity":0,"carry_forward_debit_price":0,
         "exchange":"NSE","symbol_isin":"INE002A01018","quantity":8,"product":"MIS","net_carry_forward_quantity":2,"net_price":2890.1,
         "net_carry_forward_price":2850,"realised_pnl":39}
        """;

    private static readonly GrowwPosition Position = new()
    {
        TradingSymbol = "RELIANCE",
        Segment = GrowwSegment.Cash,
        CreditQuantity = 10,
        CreditPrice = 2900.5m,
        DebitQuantity = 4,
        DebitPrice = 2910.25m,
        CarryForwardCreditQuantity = 2,
        CarryForwardCreditPrice = 2850m,
        CarryForwardDebitQuantity = 0,
        CarryForwardDebitPrice = 0m,
        Exchange = GrowwExchange.Nse,
        SymbolIsin = "INE002A01018",
        Quantity = 8,
        Product = GrowwProduct.Mis,
        NetCarryForwardQuantity = 2,
        NetPrice = 2890.1m,
        NetCarryForwardPrice = 2850m,
        RealisedPnl = 39m,
    };

    [Fact]
    public async Task GetHoldingsAsync_parses_every_field()
    {
        _groww.ExpectSuccess(HttpMethod.Get, "/v1/holdings/user", """
            {"holdings":[{"isin":"INE075A01022","trading_symbol":"WIPRO","quantity":12.0,"average_price":245.35,"pledge_quantity":1,
              "demat_locked_quantity":0,"groww_locked_quantity":2,"repledge_quantity":0,"t1_quantity":3,"demat_free_quantity":6,
              "corporate_action_additional_quantity":0,"active_demat_transfer_quantity":0,"tradable_exchanges":["NSE","BSE"]}]}
            """);

        var holdings = await _groww.Client.Portfolio.GetHoldingsAsync();

        var request = Assert.Single(_groww.Requests);
        Assert.Equal("/v1/holdings/user", request.PathAndQuery);
        request.AssertStandardHeaders();
        var holding = Assert.Single(holdings);
        Assert.Equal("INE075A01022", holding.Isin);
        Assert.Equal("WIPRO", holding.TradingSymbol);
        Assert.Equal(12m, holding.Quantity);
        Assert.Equal(245.35m, holding.AveragePrice);
        Assert.Equal(1m, holding.PledgeQuantity);
        Assert.Equal(2m, holding.GrowwLockedQuantity);
        Assert.Equal(3m, holding.T1Quantity);
        Assert.Equal(6m, holding.DematFreeQuantity);
        Assert.Equal(["NSE", "BSE"], holding.TradableExchanges);
    }

    [Fact]
    public async Task GetPositionsAsync_for_all_segments_sends_no_query()
    {
        _groww.ExpectSuccess(HttpMethod.Get, "/v1/positions/user", $$"""{"positions":[{{PositionJson}}]}""");

        var positions = await _groww.Client.Portfolio.GetPositionsAsync();

        Assert.Equal("/v1/positions/user", _groww.Requests[0].PathAndQuery);
        _groww.Requests[0].AssertStandardHeaders();
        Assert.Equal(Position, Assert.Single(positions));
    }

    [Fact]
    public async Task GetPositionsAsync_for_one_segment_sends_it()
    {
        _groww.ExpectSuccess(HttpMethod.Get, "/v1/positions/user", """{"positions":[]}""");

        var positions = await _groww.Client.Portfolio.GetPositionsAsync(GrowwSegment.Fno);

        Assert.Equal("/v1/positions/user?segment=FNO", _groww.Requests[0].PathAndQuery);
        Assert.Empty(positions);
    }

    [Fact]
    public async Task GetPositionsForSymbolAsync_sends_symbol_and_segment()
    {
        _groww.ExpectSuccess(HttpMethod.Get, "/v1/positions/trading-symbol", $$"""{"positions":[{{PositionJson}}]}""");

        var positions = await _groww.Client.Portfolio.GetPositionsForSymbolAsync("RELIANCE", GrowwSegment.Cash);

        Assert.Equal("/v1/positions/trading-symbol?trading_symbol=RELIANCE&segment=CASH", _groww.Requests[0].PathAndQuery);
        _groww.Requests[0].AssertStandardHeaders();
        Assert.Equal(Position, Assert.Single(positions));
    }
}
