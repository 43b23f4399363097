using Broker.Errors;
using Broker.Groww.LiveData;
using Broker.Groww.Tests.Infrastructure;

namespace Broker.Groww.Tests.LiveData;

public sealed class LiveDataClientTests : IDisposable
{
    private readonly GrowwFixture _groww = GrowwFixture.Create();

    public void Dispose() => _groww.Dispose();

    [Fact]
    public async Task GetQuoteAsync_sends_exchange_segment_symbol_and_parses_the_quote()
    {
        _groww.ExpectSuccess(HttpMethod.Get, "/v1/live-data/quote", """
            {"average_price":150.25,"bid_quantity":1000,"bid_price":149.5,"day_change":-0.5,"day_change_perc":-0.33,"upper_circuit_limit":165,
             "lower_circuit_limit":135,"ohlc":{"open":149.5,"high":150.5,"low":148.5,"close":149.5},
             "depth":{"buy":[{"price":149.5,"quantity":1000},{"price":149.45,"quantity":20}],"sell":[{"price":149.55,"quantity":800,"orderCount":3}]},
             "high_trade_range":164.7,"implied_volatility":null,"last_trade_quantity":25,"last_trade_time":1795929300000,"low_trade_range":135.3,
             "last_price":149.5,"market_cap":5000000000,"offer_price":149.55,"offer_quantity":800,"oi_day_change":0,"oi_day_change_percentage":0,
             "open_interest":null,"previous_open_interest":null,"total_buy_quantity":50000,"total_sell_quantity":60000,"volume":123456,
             "week_52_high":180,"week_52_low":120}
            """);

        var quote = await _groww.Client.LiveData.GetQuoteAsync(GrowwExchange.Nse, GrowwSegment.Cash, "NIFTY");

        Assert.Equal("/v1/live-data/quote?exchange=NSE&segment=CASH&trading_symbol=NIFTY", _groww.Requests[0].PathAndQuery);
        _groww.Requests[0].AssertStandardHeaders();
        Assert.Equal(150.25m, quote.AveragePrice);
        Assert.Equal(1000, quote.BidQuantity);
        Assert.Equal(-0.33m, quote.DayChangePercent);
        Assert.Equal(new GrowwOhlc { Open = 149.5m, High = 150.5m, Low = 148.5m, Close = 149.5m }, quote.Ohlc);
        Assert.Equal([new GrowwDepthLevel { Price = 149.5m, Quantity = 1000 }, new GrowwDepthLevel { Price = 149.45m, Quantity = 20 }], quote.Depth!.Buy);
        Assert.Equal(new GrowwDepthLevel { Price = 149.55m, Quantity = 800, OrderCount = 3 }, Assert.Single(quote.Depth.Sell!));
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1795929300000), quote.LastTradeTime);
        Assert.Equal(TimeSpan.FromHours(5.5), quote.LastTradeTime!.Value.Offset);
        Assert.Null(quote.ImpliedVolatility);
        Assert.Equal(149.5m, quote.LastPrice);
        Assert.Equal(123456, quote.Volume);
        Assert.Equal(180m, quote.Week52High);
        Assert.Equal(120m, quote.Week52Low);
    }

    [Fact]
    public async Task GetQuoteAsync_reads_ohlc_written_as_a_string_and_last_trade_time_in_seconds()
    {
        _groww.ExpectSuccess(HttpMethod.Get, "/v1/live-data/quote",
            """{"ohlc":"{open: 149.50,high: 150.50,low: 148.50,close: 149.50}","last_trade_time":1795929300,"last_price":149.5}""");

        var quote = await _groww.Client.LiveData.GetQuoteAsync(GrowwExchange.Nse, GrowwSegment.Cash, "WIPRO");

        Assert.Equal(new GrowwOhlc { Open = 149.50m, High = 150.50m, Low = 148.50m, Close = 149.50m }, quote.Ohlc);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1795929300), quote.LastTradeTime);
    }

    [Fact]
    public async Task GetLtpAsync_sends_comma_joined_symbols_and_parses_the_map()
    {
        _groww.ExpectSuccess(HttpMethod.Get, "/v1/live-data/ltp", """{"NSE_RELIANCE":2334.2,"BSE_SENSEX":"73243.4"}""");

        var ltp = await _groww.Client.LiveData.GetLtpAsync(GrowwSegment.Cash, ["NSE_RELIANCE", "BSE_SENSEX"]);

        Assert.Equal("/v1/live-data/ltp?segment=CASH&exchange_symbols=NSE_RELIANCE,BSE_SENSEX", _groww.Requests[0].PathAndQuery);
        _groww.Requests[0].AssertStandardHeaders();
        Assert.Equal(2334.2m, ltp["NSE_RELIANCE"]);
        Assert.Equal(73243.4m, ltp["BSE_SENSEX"]);
    }

    [Fact]
    public async Task GetLtpAsync_splits_more_than_50_instruments_into_calls_of_50_and_merges_them()
    {
        var symbols = Enumerable.Range(1, 120).Select(i => $"NSE_S{i}").ToArray();
        foreach (var batch in symbols.Chunk(50))
        {
            _groww.ExpectSuccess(HttpMethod.Get, "/v1/live-data/ltp", "{" + string.Join(",", batch.Select(s => $"\"{s}\":{s[5..]}")) + "}");
        }

        var ltp = await _groww.Client.LiveData.GetLtpAsync(GrowwSegment.Cash, symbols);

        Assert.Equal(3, _groww.Requests.Count);
        Assert.Equal("/v1/live-data/ltp?segment=CASH&exchange_symbols=" + string.Join(",", symbols[100..]), _groww.Requests[2].PathAndQuery);
        Assert.Equal(120, ltp.Count);
        Assert.Equal(77m, ltp["NSE_S77"]);
    }

    [Fact]
    public async Task GetLtpAsync_can_repeat_the_parameter_when_configured()
    {
        using var groww = GrowwFixture.Create(o => o.RepeatExchangeSymbolsParameter = true);
        groww.ExpectSuccess(HttpMethod.Get, "/v1/live-data/ltp", """{"NSE_RELIANCE":1,"NSE_TCS":2}""");

        await groww.Client.LiveData.GetLtpAsync(GrowwSegment.Cash, ["NSE_RELIANCE", "NSE_TCS"]);

        Assert.Equal("/v1/live-data/ltp?segment=CASH&exchange_symbols=NSE_RELIANCE&exchange_symbols=NSE_TCS", groww.Requests[0].PathAndQuery);
    }

    [Fact]
    public async Task GetOhlcAsync_parses_objects_and_strings()
    {
        _groww.ExpectSuccess(HttpMethod.Get, "/v1/live-data/ohlc",
            """{"NSE_RELIANCE":{"open":2900,"high":2950.5,"low":2890,"close":2934.2},"NSE_TCS":"{open: 4000,high: 4010,low: 3990,close: 4005}"}""");

        var ohlc = await _groww.Client.LiveData.GetOhlcAsync(GrowwSegment.Cash, ["NSE_RELIANCE", "NSE_TCS"]);

        Assert.Equal("/v1/live-data/ohlc?segment=CASH&exchange_symbols=NSE_RELIANCE,NSE_TCS", _groww.Requests[0].PathAndQuery);
        _groww.Requests[0].AssertStandardHeaders();
        Assert.Equal(new GrowwOhlc { Open = 2900m, High = 2950.5m, Low = 2890m, Close = 2934.2m }, ohlc["NSE_RELIANCE"]);
        Assert.Equal(new GrowwOhlc { Open = 4000m, High = 4010m, Low = 3990m, Close = 4005m }, ohlc["NSE_TCS"]);
    }

    [Fact]
    public async Task GetOhlcAsync_splits_more_than_50_instruments_into_calls_of_50_and_merges_them_as_ltp_does()
    {
        var symbols = Enumerable.Range(1, 51).Select(i => $"NSE_S{i}").ToArray();
        foreach (var batch in symbols.Chunk(50))
        {
            _groww.ExpectSuccess(HttpMethod.Get, "/v1/live-data/ohlc",
                "{" + string.Join(",", batch.Select(s => $"\"{s}\":{{\"open\":{s[5..]},\"high\":{s[5..]},\"low\":{s[5..]},\"close\":{s[5..]}}}")) + "}");
        }

        var ohlc = await _groww.Client.LiveData.GetOhlcAsync(GrowwSegment.Cash, symbols);

        Assert.Equal(2, _groww.Requests.Count);
        Assert.Equal("/v1/live-data/ohlc?segment=CASH&exchange_symbols=" + string.Join(",", symbols[..50]), _groww.Requests[0].PathAndQuery);
        Assert.Equal("/v1/live-data/ohlc?segment=CASH&exchange_symbols=NSE_S51", _groww.Requests[1].PathAndQuery);
        Assert.Equal(51, ohlc.Count);
        Assert.Equal(51m, ohlc["NSE_S51"].Close);
    }

    [Fact]
    public async Task GetOptionChainAsync_reads_the_chain_by_strike()
    {
        _groww.ExpectSuccess(HttpMethod.Get, "/v1/option-chain/exchange/NSE/underlying/NIFTY", """
            {"underlying_ltp":24050.35,"strikes":{"24000":{
              "CE":{"greeks":{"delta":0.55,"gamma":0.0012,"theta":-12.5,"vega":8.1,"rho":0.9,"iv":14.2},"trading_symbol":"NIFTY25DEC24000CE","ltp":180.5,"open_interest":123450,"volume":99000},
              "PE":{"greeks":{"delta":-0.45,"gamma":0.0012,"theta":-11,"vega":8,"rho":-0.8,"iv":15.1},"trading_symbol":"NIFTY25DEC24000PE","ltp":120.25,"open_interest":100000,"volume":88000}},
             "24100":{"CE":{"trading_symbol":"NIFTY25DEC24100CE","ltp":130}}}}
            """);

        var chain = await _groww.Client.LiveData.GetOptionChainAsync(GrowwExchange.Nse, "NIFTY", new DateOnly(2025, 12, 30));

        Assert.Equal("/v1/option-chain/exchange/NSE/underlying/NIFTY?expiry_date=2025-12-30", _groww.Requests[0].PathAndQuery);
        _groww.Requests[0].AssertStandardHeaders();
        Assert.Equal(24050.35m, chain.UnderlyingLtp);
        var strike = chain.Strikes!["24000"];
        Assert.Equal(new GrowwGreeks { Delta = 0.55m, Gamma = 0.0012m, Theta = -12.5m, Vega = 8.1m, Rho = 0.9m, Iv = 14.2m }, strike.Call!.Greeks);
        Assert.Equal("NIFTY25DEC24000CE", strike.Call.TradingSymbol);
        Assert.Equal(123450, strike.Call.OpenInterest);
        Assert.Equal(120.25m, strike.Put!.Ltp);
        Assert.Null(chain.Strikes["24100"].Put);
    }

    [Fact]
    public async Task GetGreeksAsync_uses_the_path_parameters_and_unwraps_greeks()
    {
        _groww.ExpectSuccess(HttpMethod.Get, "/v1/live-data/greeks/exchange/NSE/underlying/NIFTY/trading_symbol/NIFTY25DEC24000CE/expiry/2025-12-30",
            """{"greeks":{"delta":0.55,"gamma":0.0012,"theta":-12.5,"vega":8.1,"rho":0.9,"iv":14.2}}""");

        var greeks = await _groww.Client.LiveData.GetGreeksAsync(GrowwExchange.Nse, "NIFTY", "NIFTY25DEC24000CE", new DateOnly(2025, 12, 30));

        _groww.Requests[0].AssertStandardHeaders();
        Assert.Equal(new GrowwGreeks { Delta = 0.55m, Gamma = 0.0012m, Theta = -12.5m, Vega = 8.1m, Rho = 0.9m, Iv = 14.2m }, greeks);
    }
}
