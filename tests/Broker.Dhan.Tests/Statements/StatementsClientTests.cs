using Broker.Dhan.Statements;
using Broker.Dhan.Tests.TestSupport;
using Broker.Errors;

namespace Broker.Dhan.Tests.Statements;

public sealed class StatementsClientTests : IDisposable
{
    private readonly DhanTestHost _host = new();

    [Fact]
    public async Task GetLedger_sends_dashed_query_parameters_and_parses_text_amounts()
    {
        _host.Respond(HttpMethod.Get, DhanTestHost.Api + "ledger*", """
            {"dhanClientId":"1000000001","narration":"FUNDS WITHDRAWAL","voucherdate":"Jun 22, 2022","exchange":"NSE-CAPITAL","voucherdesc":"PAYBNK",
             "vouchernumber":"202200036701","debit":"20000.00","credit":"0.00","runbal":"957.29"}
            """);

        var entry = Assert.Single(await _host.Client.Statements.GetLedgerAsync(new DateOnly(2022, 6, 1), new DateOnly(2022, 6, 30)));

        Assert.Equal(DhanTestHost.Api + "ledger?from-date=2022-06-01&to-date=2022-06-30", _host.Single.Uri.ToString());
        _host.AssertAuthenticatedHeaders(_host.Single);
        Assert.Equal("1000000001", entry.DhanClientId);
        Assert.Equal("FUNDS WITHDRAWAL", entry.Narration);
        Assert.Equal(new DateOnly(2022, 6, 22), entry.VoucherDate);
        Assert.Equal("NSE-CAPITAL", entry.Exchange);
        Assert.Equal("PAYBNK", entry.VoucherDescription);
        Assert.Equal("202200036701", entry.VoucherNumber);
        Assert.Equal(20000m, entry.Debit);
        Assert.Equal(0m, entry.Credit);
        Assert.Equal(957.29m, entry.RunningBalance);
    }

    [Fact]
    public async Task GetLedger_with_from_after_to_is_refused()
    {
        var ex = await Assert.ThrowsAsync<BrokerValidationException>(() => _host.Client.Statements.GetLedgerAsync(new DateOnly(2022, 6, 30), new DateOnly(2022, 6, 1)));
        Assert.Equal("ToDate", ex.ParameterName);
    }

    private const string HistoryEntry = """
        {"dhanClientId":"1000000001","orderId":"212212307731","exchangeOrderId":"76036896","exchangeTradeId":"407958","transactionType":"BUY",
         "exchangeSegment":"NSE_EQ","productType":"CNC","orderType":"MARKET","tradingSymbol":null,"customSymbol":"Tata Motors","securityId":"3456",
         "tradedQuantity":1,"tradedPrice":390.9,"isin":"INE155A01022","instrument":"EQUITY","sebiTax":0.0004,"stt":0,"brokerageCharges":0,
         "serviceTax":0.0025,"exchangeTransactionCharges":0.0135,"stampDuty":0,"createTime":"NA","updateTime":"NA","exchangeTime":"2022-12-30 10:00:46",
         "drvExpiryDate":"NA","drvOptionType":"NA","drvStrikePrice":0}
        """;

    [Fact]
    public async Task GetTradeHistoryPage_uses_path_dates_and_page_and_parses_charges()
    {
        _host.Respond(HttpMethod.Get, DhanTestHost.Api + "trades/2022-12-01/2022-12-31/2", $"[{HistoryEntry}]");

        var trade = Assert.Single(await _host.Client.Statements.GetTradeHistoryPageAsync(new DateOnly(2022, 12, 1), new DateOnly(2022, 12, 31), 2));

        Assert.Equal("212212307731", trade.OrderId);
        Assert.Equal("76036896", trade.ExchangeOrderId);
        Assert.Equal("407958", trade.ExchangeTradeId);
        Assert.Equal(DhanTransactionType.Buy, trade.TransactionType);
        Assert.Equal(DhanExchangeSegment.NseEquity, trade.ExchangeSegment);
        Assert.Equal(DhanProductType.Cnc, trade.ProductType);
        Assert.Equal(DhanOrderType.Market, trade.OrderType);
        Assert.Null(trade.TradingSymbol);
        Assert.Equal("Tata Motors", trade.CustomSymbol);
        Assert.Equal("3456", trade.SecurityId);
        Assert.Equal(1, trade.TradedQuantity);
        Assert.Equal(390.9m, trade.TradedPrice);
        Assert.Equal("INE155A01022", trade.Isin);
        Assert.Equal("EQUITY", trade.Instrument);
        Assert.Equal(0.0004m, trade.SebiTax);
        Assert.Equal(0m, trade.Stt);
        Assert.Equal(0m, trade.BrokerageCharges);
        Assert.Equal(0.0025m, trade.ServiceTax);
        Assert.Equal(0.0135m, trade.ExchangeTransactionCharges);
        Assert.Equal(0m, trade.StampDuty);
        Assert.Null(trade.CreateTime);
        Assert.Null(trade.UpdateTime);
        Assert.Equal(new DateTimeOffset(2022, 12, 30, 10, 0, 46, TimeSpan.FromHours(5.5)), trade.ExchangeTime);
        Assert.Null(trade.DrvExpiryDate);
        Assert.Null(trade.DrvOptionType);
        Assert.Equal(0m, trade.DrvStrikePrice);
    }

    [Fact]
    public async Task GetTradeHistory_reads_pages_until_an_empty_one()
    {
        _host.Respond(HttpMethod.Get, DhanTestHost.Api + "trades/2022-12-01/2022-12-31/0", $"[{HistoryEntry},{HistoryEntry}]");
        _host.Respond(HttpMethod.Get, DhanTestHost.Api + "trades/2022-12-01/2022-12-31/1", $"[{HistoryEntry}]");
        _host.Respond(HttpMethod.Get, DhanTestHost.Api + "trades/2022-12-01/2022-12-31/2", "[]");

        var trades = new List<DhanTradeHistoryEntry>();
        await foreach (var trade in _host.Client.Statements.GetTradeHistoryAsync(new DateOnly(2022, 12, 1), new DateOnly(2022, 12, 31)))
        {
            trades.Add(trade);
        }

        Assert.Equal(3, trades.Count);
        Assert.Equal(3, _host.Requests.Count);
    }

    [Fact]
    public async Task GetTradeHistoryPage_with_negative_page_is_refused()
    {
        var ex = await Assert.ThrowsAsync<BrokerValidationException>(() => _host.Client.Statements.GetTradeHistoryPageAsync(new DateOnly(2022, 12, 1), new DateOnly(2022, 12, 31), -1));
        Assert.Equal("Page", ex.ParameterName);
    }

    public void Dispose() => _host.Dispose();
}
