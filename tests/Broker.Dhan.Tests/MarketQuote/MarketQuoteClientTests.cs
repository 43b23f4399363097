using Broker.Dhan.MarketQuote;
using Broker.Dhan.Tests.TestSupport;
using Broker.Errors;
using Broker.RateLimiting;
using Microsoft.Extensions.DependencyInjection;

namespace Broker.Dhan.Tests.MarketQuote;

public sealed class MarketQuoteClientTests : IDisposable
{
    private readonly DhanTestHost _host = new();

    private static readonly DhanInstrument Tcs = new(DhanExchangeSegment.NseEquity, "11536");
    private static readonly DhanInstrument Future = new(DhanExchangeSegment.NseFno, "49081");

    [Fact]
    public async Task GetLtp_posts_segments_with_numeric_ids_and_sends_client_id()
    {
        _host.Respond(HttpMethod.Post, DhanTestHost.Api + "marketfeed/ltp", """
            {"data":{"NSE_EQ":{"11536":{"last_price":4520}},"NSE_FNO":{"49081":{"last_price":368.15}}},"status":"success"}
            """);

        var prices = await _host.Client.MarketQuote.GetLtpAsync([Tcs, Future]);

        _host.AssertAuthenticatedHeaders(_host.Single);
        _host.Single.AssertJson("""{"NSE_EQ":[11536],"NSE_FNO":[49081]}""");
        Assert.Equal(4520m, prices[Tcs].LastPrice);
        Assert.Equal(368.15m, prices[Future].LastPrice);
    }

    [Fact]
    public async Task GetOhlc_parses_last_price_and_ohlc()
    {
        _host.Respond(HttpMethod.Post, DhanTestHost.Api + "marketfeed/ohlc", """
            {"data":{"NSE_EQ":{"11536":{"last_price":4525.55,"ohlc":{"open":4521.45,"close":4507.85,"high":4530,"low":4500}}}},"status":"success"}
            """);

        var quote = (await _host.Client.MarketQuote.GetOhlcAsync([Tcs]))[Tcs];

        Assert.Equal(DhanTestHost.Api + "marketfeed/ohlc", _host.Single.Uri.ToString());
        Assert.Equal(4525.55m, quote.LastPrice);
        Assert.Equal(4521.45m, quote.Ohlc!.Open);
        Assert.Equal(4507.85m, quote.Ohlc.Close);
        Assert.Equal(4530m, quote.Ohlc.High);
        Assert.Equal(4500m, quote.Ohlc.Low);
    }

    [Fact]
    public async Task GetQuote_parses_the_full_quote_with_depth()
    {
        _host.Respond(HttpMethod.Post, DhanTestHost.Api + "marketfeed/quote", """
            {"data":{"NSE_FNO":{"49081":{"average_price":0,"buy_quantity":1825,"depth":{"buy":[{"quantity":1800,"orders":1,"price":77},{"quantity":25,"orders":1,"price":50}],
              "sell":[{"quantity":0,"orders":0,"price":0}]},"last_price":368.15,"last_quantity":0,"last_trade_time":"01/01/1980 00:00:00",
              "lower_circuit_limit":48.25,"net_change":0,"ohlc":{"open":0,"close":368.15,"high":0,"low":0},"oi":12,"oi_day_high":20,"oi_day_low":10,
              "sell_quantity":0,"upper_circuit_limit":510.85,"volume":0}}},"status":"success"}
            """);

        var quote = (await _host.Client.MarketQuote.GetQuoteAsync([Future]))[Future];

        Assert.Equal(0m, quote.AveragePrice);
        Assert.Equal(1825, quote.BuyQuantity);
        Assert.Equal(0, quote.SellQuantity);
        Assert.Equal(368.15m, quote.LastPrice);
        Assert.Equal(0, quote.LastQuantity);
        Assert.Null(quote.LastTradeTime);
        Assert.Equal(48.25m, quote.LowerCircuitLimit);
        Assert.Equal(510.85m, quote.UpperCircuitLimit);
        Assert.Equal(0m, quote.NetChange);
        Assert.Equal(368.15m, quote.Ohlc!.Close);
        Assert.Equal(12, quote.OpenInterest);
        Assert.Equal(20, quote.OpenInterestDayHigh);
        Assert.Equal(10, quote.OpenInterestDayLow);
        Assert.Equal(0, quote.Volume);
        Assert.Equal(2, quote.Depth!.Buy.Count);
        Assert.Equal((1800L, 1L, 77m), (quote.Depth.Buy[0].Quantity, quote.Depth.Buy[0].Orders, quote.Depth.Buy[0].Price));
        Assert.Single(quote.Depth.Sell);
    }

    [Fact]
    public async Task GetQuote_reads_last_trade_time_as_ist()
    {
        _host.Respond(HttpMethod.Post, DhanTestHost.Api + "marketfeed/quote",
            """{"data":{"NSE_EQ":{"11536":{"last_price":1,"last_trade_time":"12/09/2024 15:29:59"}}},"status":"success"}""");

        var quote = (await _host.Client.MarketQuote.GetQuoteAsync([Tcs]))[Tcs];

        Assert.Equal(new DateTimeOffset(2024, 9, 12, 15, 29, 59, TimeSpan.FromHours(5.5)), quote.LastTradeTime);
    }

    [Fact]
    public async Task Unknown_instruments_are_missing_from_the_result()
    {
        _host.Respond(HttpMethod.Post, DhanTestHost.Api + "marketfeed/ltp", """{"data":{"NSE_EQ":{}},"status":"success"}""");

        Assert.Empty(await _host.Client.MarketQuote.GetLtpAsync([Tcs]));
    }

    [Fact]
    public async Task Large_requests_are_split_into_batches_and_merged()
    {
        using var host = new DhanTestHost(o => o.MaxInstrumentsPerQuoteRequest = 2);
        host.RespondInTurn(HttpMethod.Post, DhanTestHost.Api + "marketfeed/ltp",
            (System.Net.HttpStatusCode.OK, """{"data":{"NSE_EQ":{"1":{"last_price":1},"2":{"last_price":2}}},"status":"success"}"""),
            (System.Net.HttpStatusCode.OK, """{"data":{"NSE_EQ":{"3":{"last_price":3}}},"status":"success"}"""));
        var instruments = new[] { "1", "2", "3" }.Select(id => new DhanInstrument(DhanExchangeSegment.NseEquity, id)).ToList();

        var prices = await host.Client.MarketQuote.GetLtpAsync(instruments);

        Assert.Equal(["""{"NSE_EQ":[1,2]}""", """{"NSE_EQ":[3]}"""], host.Requests.Select(r => r.Body));
        Assert.Equal([1m, 2m, 3m], instruments.Select(i => prices[i].LastPrice));
    }

    [Fact]
    public async Task More_than_1000_instruments_are_refused_when_splitting_is_off()
    {
        using var host = new DhanTestHost(o => o.SplitLargeQuoteRequests = false);
        var instruments = Enumerable.Range(1, 1001).Select(i => new DhanInstrument(DhanExchangeSegment.NseEquity, i.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        var ex = await Assert.ThrowsAsync<BrokerValidationException>(() => host.Client.MarketQuote.GetLtpAsync(instruments));

        Assert.Equal("Instruments", ex.ParameterName);
        Assert.Contains("1000", ex.Message, StringComparison.Ordinal);
        Assert.Empty(host.Requests);
    }

    [Fact]
    public async Task Non_numeric_security_id_is_refused()
    {
        var ex = await Assert.ThrowsAsync<BrokerValidationException>(() => _host.Client.MarketQuote.GetLtpAsync([new DhanInstrument(DhanExchangeSegment.NseEquity, "TCS")]));
        Assert.Equal("Instruments.SecurityId", ex.ParameterName);
    }

    [Fact]
    public async Task Empty_instrument_list_is_refused()
    {
        var ex = await Assert.ThrowsAsync<BrokerValidationException>(() => _host.Client.MarketQuote.GetLtpAsync([]));
        Assert.Equal("Instruments", ex.ParameterName);
    }

    [Fact]
    public async Task Quote_calls_share_one_request_per_second()
    {
        using var host = new DhanTestHost(o => o.RateLimitSafetyMargin = TimeSpan.Zero, rateLimiting: true);
        host.Respond(HttpMethod.Post, DhanTestHost.Api + "marketfeed/*", """{"data":{},"status":"success"}""");
        var limiter = host.Services.GetRequiredKeyedService<BrokerRateLimiter>(host.Key);
        await host.Client.MarketQuote.GetLtpAsync([Tcs]);

        // With the token cached, a call has taken its permit or joined the limiter's queue by the time it returns.
        var second = host.Client.MarketQuote.GetOhlcAsync([Tcs]);
        Assert.Equal(1, limiter.GetQueueLength(DhanRateLimitCategories.Quote));
        host.Time.Advance(TimeSpan.FromSeconds(1) - TimeSpan.FromTicks(1));
        Assert.Equal(1, limiter.GetQueueLength(DhanRateLimitCategories.Quote));
        Assert.Single(host.Requests);

        host.Time.Advance(TimeSpan.FromTicks(1));
        Assert.Equal(0, limiter.GetQueueLength(DhanRateLimitCategories.Quote));
        await second.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(2, host.Requests.Count);
    }

    public void Dispose() => _host.Dispose();
}
