using System.Net;
using Broker.Dhan.Historical;
using Broker.Dhan.Tests.TestSupport;
using Broker.Errors;

namespace Broker.Dhan.Tests.Historical;

public sealed class HistoricalClientTests : IDisposable
{
    private static readonly TimeSpan Ist = TimeSpan.FromHours(5.5);
    private readonly DhanTestHost _host = new();

    [Fact]
    public async Task GetDailyCandles_posts_the_request_and_turns_columns_into_candles()
    {
        _host.Respond(HttpMethod.Post, DhanTestHost.Api + "charts/historical", """
            {"open":[3978,3856],"high":[3978,3925],"low":[3861,3856],"close":[3879.85,3915.9],"volume":[3937092,1906106],
             "timestamp":[1326220200,1326306600],"open_interest":[0,5]}
            """);

        var candles = await _host.Client.Historical.GetDailyCandlesAsync(new DhanDailyCandlesRequest
        {
            SecurityId = "1333",
            ExchangeSegment = DhanExchangeSegment.NseEquity,
            Instrument = DhanInstrumentType.Equity,
            ExpiryCode = 0,
            IncludeOpenInterest = true,
            FromDate = new DateOnly(2012, 1, 11),
            ToDate = new DateOnly(2012, 1, 13),
        });

        _host.AssertAuthenticatedHeaders(_host.Single);
        _host.Single.AssertJson("""
            {"securityId":"1333","exchangeSegment":"NSE_EQ","instrument":"EQUITY","expiryCode":0,"oi":true,"fromDate":"2012-01-11","toDate":"2012-01-13"}
            """);
        Assert.Equal(
            [
                new DhanCandle(new DateTimeOffset(2012, 1, 11, 0, 0, 0, Ist), 3978m, 3978m, 3861m, 3879.85m, 3937092, 0),
                new DhanCandle(new DateTimeOffset(2012, 1, 12, 0, 0, 0, Ist), 3856m, 3925m, 3856m, 3915.9m, 1906106, 5),
            ],
            candles);
    }

    [Fact]
    public async Task GetDailyCandles_with_empty_arrays_returns_no_candles()
    {
        _host.Respond(HttpMethod.Post, DhanTestHost.Api + "charts/historical", """{"open":[],"high":[],"low":[],"close":[],"volume":[],"timestamp":[]}""");

        Assert.Empty(await _host.Client.Historical.GetDailyCandlesAsync(Daily(new DateOnly(2024, 1, 1), new DateOnly(2024, 1, 2))));
    }

    [Fact]
    public async Task GetDailyCandles_with_equal_dates_is_refused_because_to_date_is_exclusive()
    {
        var ex = await Assert.ThrowsAsync<BrokerValidationException>(() => _host.Client.Historical.GetDailyCandlesAsync(Daily(new DateOnly(2024, 1, 1), new DateOnly(2024, 1, 1))));
        Assert.Equal("ToDate", ex.ParameterName);
    }

    [Fact]
    public async Task Arrays_of_different_lengths_are_an_invalid_response()
    {
        _host.Respond(HttpMethod.Post, DhanTestHost.Api + "charts/historical", """{"open":[1],"high":[1],"low":[1],"close":[],"volume":[1],"timestamp":[1326220200]}""");

        var ex = await Assert.ThrowsAsync<BrokerApiException>(() => _host.Client.Historical.GetDailyCandlesAsync(Daily(new DateOnly(2024, 1, 1), new DateOnly(2024, 1, 2))));

        Assert.Equal(ErrorCategory.InvalidResponse, ex.Category);
    }

    [Fact]
    public async Task GetIntradayCandles_sends_ist_wall_clock_times_and_interval_as_text()
    {
        _host.Respond(HttpMethod.Post, DhanTestHost.Api + "charts/intraday", """
            {"open":[100],"high":[101],"low":[99],"close":[100.5],"volume":[1200],"timestamp":[1727754300]}
            """);

        var candles = await _host.Client.Historical.GetIntradayCandlesAsync(new DhanIntradayCandlesRequest
        {
            SecurityId = "13",
            ExchangeSegment = DhanExchangeSegment.Index,
            Instrument = DhanInstrumentType.Index,
            IntervalMinutes = 5,
            From = new DateTimeOffset(2024, 10, 1, 3, 45, 0, TimeSpan.Zero),
            To = new DateTimeOffset(2024, 10, 1, 15, 30, 0, Ist),
        });

        _host.Single.AssertJson("""
            {"securityId":"13","exchangeSegment":"IDX_I","instrument":"INDEX","interval":"5","oi":false,"fromDate":"2024-10-01 09:15:00","toDate":"2024-10-01 15:30:00"}
            """);
        Assert.Equal(new DhanCandle(new DateTimeOffset(2024, 10, 1, 9, 15, 0, Ist), 100m, 101m, 99m, 100.5m, 1200, null), Assert.Single(candles));
    }

    [Fact]
    public async Task GetIntradayCandles_splits_ranges_over_90_days_and_joins_the_results()
    {
        var index = 0;
        string[] answers =
        [
            """{"open":[1],"high":[1],"low":[1],"close":[1],"volume":[1],"timestamp":[1704080700]}""",
            """{"open":[2,2],"high":[2,2],"low":[2,2],"close":[2,2],"volume":[2,2],"timestamp":[1711856700,1711943100]}""",
            """{"open":[3],"high":[3],"low":[3],"close":[3],"volume":[3],"timestamp":[1711943100]}""",
        ];
        _host.Mock.When(HttpMethod.Post, DhanTestHost.Api + "charts/intraday").Respond(req => _host.Answer(req, HttpStatusCode.OK, answers[index++], "application/json"));
        var from = new DateTimeOffset(2024, 1, 1, 9, 15, 0, Ist);

        var candles = await _host.Client.Historical.GetIntradayCandlesAsync(new DhanIntradayCandlesRequest
        {
            SecurityId = "1333",
            ExchangeSegment = DhanExchangeSegment.NseEquity,
            Instrument = DhanInstrumentType.Equity,
            From = from,
            To = from.AddDays(200),
        });

        Assert.Equal(
            [
                ("2024-01-01 09:15:00", "2024-03-31 09:15:00"),
                ("2024-03-31 09:15:00", "2024-06-29 09:15:00"),
                ("2024-06-29 09:15:00", "2024-07-19 09:15:00"),
            ],
            _host.Requests.Select(r => (Field(r.Body, "fromDate"), Field(r.Body, "toDate"))));
        Assert.Equal([1m, 2m, 2m], candles.Select(c => c.Open));
        Assert.True(candles.Zip(candles.Skip(1)).All(p => p.First.Time < p.Second.Time));
    }

    [Fact]
    public async Task GetIntradayCandles_with_end_before_start_is_refused()
    {
        var at = new DateTimeOffset(2024, 1, 1, 9, 15, 0, Ist);
        var ex = await Assert.ThrowsAsync<BrokerValidationException>(() => _host.Client.Historical.GetIntradayCandlesAsync(new DhanIntradayCandlesRequest
        {
            SecurityId = "1333",
            ExchangeSegment = DhanExchangeSegment.NseEquity,
            Instrument = DhanInstrumentType.Equity,
            From = at,
            To = at.AddMinutes(-1),
        }));
        Assert.Equal("To", ex.ParameterName);
    }

    [Fact]
    public async Task GetExpiredOptions_posts_the_rolling_request_and_reads_the_call_side()
    {
        _host.Respond(HttpMethod.Post, DhanTestHost.Api + "charts/rollingoption", """
            {"data":{"ce":{"iv":[15.2],"oi":[1200],"strike":[25000],"spot":[24990.5],"open":[120],"high":[130],"low":[110],"close":[125],"volume":[5000],
                           "timestamp":[1727754300]},"pe":null}}
            """);

        var data = await _host.Client.Historical.GetExpiredOptionsAsync(new DhanExpiredOptionsRequest
        {
            UnderlyingSecurityId = 13,
            ExchangeSegment = DhanExchangeSegment.NseFno,
            Instrument = DhanInstrumentType.OptionIndex,
            ExpiryFlag = DhanExpiryFlag.Week,
            OptionType = DhanOptionType.Call,
            Strike = "ATM+1",
            FromDate = new DateOnly(2024, 10, 1),
            ToDate = new DateOnly(2024, 10, 2),
        });

        _host.Single.AssertJson("""
            {"exchangeSegment":"NSE_FNO","interval":"1","securityId":13,"instrument":"OPTIDX","expiryFlag":"WEEK","expiryCode":1,"strike":"ATM+1",
             "drvOptionType":"CALL","requiredData":["open","high","low","close","iv","volume","strike","oi","spot"],"fromDate":"2024-10-01","toDate":"2024-10-02"}
            """);
        Assert.Empty(data.Put);
        var candle = Assert.Single(data.Call);
        Assert.Equal(new DateTimeOffset(2024, 10, 1, 9, 15, 0, Ist), candle.Time);
        Assert.Equal((120m, 130m, 110m, 125m), (candle.Open, candle.High, candle.Low, candle.Close));
        Assert.Equal(5000, candle.Volume);
        Assert.Equal(1200, candle.OpenInterest);
        Assert.Equal(15.2m, candle.ImpliedVolatility);
        Assert.Equal(25000m, candle.Strike);
        Assert.Equal(24990.5m, candle.Spot);
    }

    [Fact]
    public async Task GetExpiredOptions_reads_only_the_requested_columns_when_the_others_come_back_empty()
    {
        _host.Respond(HttpMethod.Post, DhanTestHost.Api + "charts/rollingoption", """
            {"data":{"ce":{"iv":[],"oi":[],"strike":[],"spot":[],"open":[],"high":[],"low":[],"close":[125.5,126],"volume":[],
                           "timestamp":[1727754300,1727754360]},"pe":null}}
            """);

        var data = await _host.Client.Historical.GetExpiredOptionsAsync(new DhanExpiredOptionsRequest
        {
            UnderlyingSecurityId = 13,
            ExchangeSegment = DhanExchangeSegment.NseFno,
            Instrument = DhanInstrumentType.OptionIndex,
            ExpiryFlag = DhanExpiryFlag.Week,
            OptionType = DhanOptionType.Call,
            RequiredData = ["close"],
            FromDate = new DateOnly(2024, 10, 1),
            ToDate = new DateOnly(2024, 10, 2),
        });

        Assert.Equal([125.5m, 126m], data.Call.Select(c => c.Close));
        Assert.All(data.Call, c => Assert.Null(c.Open));
    }

    [Fact]
    public async Task GetExpiredOptions_splits_ranges_into_30_day_calls()
    {
        _host.Respond(HttpMethod.Post, DhanTestHost.Api + "charts/rollingoption", """{"data":{"ce":null,"pe":{"close":[],"timestamp":[]}}}""");

        await _host.Client.Historical.GetExpiredOptionsAsync(new DhanExpiredOptionsRequest
        {
            UnderlyingSecurityId = 13,
            ExchangeSegment = DhanExchangeSegment.NseFno,
            Instrument = DhanInstrumentType.OptionIndex,
            ExpiryFlag = DhanExpiryFlag.Month,
            OptionType = DhanOptionType.Put,
            RequiredData = ["close"],
            FromDate = new DateOnly(2024, 1, 1),
            ToDate = new DateOnly(2024, 3, 1),
        });

        Assert.Equal(
            [("2024-01-01", "2024-01-31"), ("2024-01-31", "2024-03-01")],
            _host.Requests.Select(r => (Field(r.Body, "fromDate"), Field(r.Body, "toDate"))));
    }

    private static DhanDailyCandlesRequest Daily(DateOnly from, DateOnly to) => new()
    {
        SecurityId = "1333",
        ExchangeSegment = DhanExchangeSegment.NseEquity,
        Instrument = DhanInstrumentType.Equity,
        FromDate = from,
        ToDate = to,
    };

    private static string Field(string json, string name) => System.Text.Json.Nodes.JsonNode.Parse(json)![name]!.GetValue<string>();

    public void Dispose() => _host.Dispose();
}
