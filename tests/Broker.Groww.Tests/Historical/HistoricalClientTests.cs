using Broker.Errors;
using Broker.Groww.Historical;
using Broker.Groww.Tests.Infrastructure;

namespace Broker.Groww.Tests.Historical;

public sealed class HistoricalClientTests : IDisposable
{
    private static readonly TimeSpan Ist = TimeSpan.FromHours(5.5);
    private readonly GrowwFixture _groww = GrowwFixture.Create();

    public void Dispose() => _groww.Dispose();

    private static GrowwCandlesRequest Request(GrowwCandleInterval interval, TimeSpan length) => new()
    {
        Exchange = GrowwExchange.Nse,
        Segment = GrowwSegment.Cash,
        GrowwSymbol = "NSE-WIPRO",
        StartTime = new DateTimeOffset(2025, 9, 1, 9, 15, 0, Ist),
        EndTime = new DateTimeOffset(2025, 9, 1, 9, 15, 0, Ist) + length,
        CandleInterval = interval,
    };

    [Fact]
    public async Task GetCandlesAsync_sends_ist_times_and_parses_nullable_candles()
    {
        _groww.ExpectSuccess(HttpMethod.Get, "/v1/historical/candles", """
            {"candles":[["2025-09-24T10:30:00",245.5,246.1,245.2,245.9,120034,null],["2025-09-24 10:35:00",null,246.2,null,246,"1200.0",null]],
             "closing_price":246.0,"start_time":"2025-09-24 10:30:00","end_time":"2025-09-24 10:40:00","interval_in_minutes":5}
            """);
        var request = Request(GrowwCandleInterval.FiveMinutes, TimeSpan.FromHours(6)) with
        {
            StartTime = new DateTimeOffset(2025, 9, 1, 3, 45, 0, TimeSpan.Zero),
        };

        var candles = await _groww.Client.Historical.GetCandlesAsync(request);

        Assert.Equal(
            "/v1/historical/candles?exchange=NSE&segment=CASH&groww_symbol=NSE-WIPRO&start_time=2025-09-01%2009%3A15%3A00&end_time=2025-09-01%2015%3A15%3A00&candle_interval=5minute",
            _groww.Requests[0].PathAndQuery);
        _groww.Requests[0].AssertStandardHeaders();
        Assert.Equal(new GrowwCandle { Timestamp = new DateTimeOffset(2025, 9, 24, 10, 30, 0, Ist), Open = 245.5m, High = 246.1m, Low = 245.2m, Close = 245.9m, Volume = 120034 }, candles.Candles![0]);
        Assert.Equal(new GrowwCandle { Timestamp = new DateTimeOffset(2025, 9, 24, 10, 35, 0, Ist), High = 246.2m, Close = 246m, Volume = 1200 }, candles.Candles[1]);
        Assert.Equal(246.0m, candles.ClosingPrice);
        Assert.Equal(new DateTimeOffset(2025, 9, 24, 10, 30, 0, Ist), candles.StartTime);
        Assert.Equal(5, candles.IntervalInMinutes);
    }

    [Theory]
    [InlineData("1minute", 30)]
    [InlineData("5minute", 30)]
    [InlineData("10minute", 90)]
    [InlineData("30minute", 90)]
    [InlineData("1hour", 180)]
    [InlineData("1day", 180)]
    [InlineData("1month", 180)]
    public async Task GetCandlesAsync_refuses_a_range_longer_than_groww_serves_for_the_interval(string interval, int maxDays)
    {
        var ex = await Assert.ThrowsAsync<BrokerValidationException>(() =>
            _groww.Client.Historical.GetCandlesAsync(Request(new GrowwCandleInterval(interval), TimeSpan.FromDays(maxDays) + TimeSpan.FromMinutes(1))));

        Assert.Equal("EndTime", ex.ParameterName);
        Assert.Contains($"at most {maxDays} days", ex.Message, StringComparison.Ordinal);
        Assert.Empty(_groww.Requests);
    }

    [Fact]
    public async Task GetCandlesAsync_accepts_exactly_the_maximum_range()
    {
        _groww.ExpectSuccess(HttpMethod.Get, "/v1/historical/candles", """{"candles":[]}""");

        var candles = await _groww.Client.Historical.GetCandlesAsync(Request(GrowwCandleInterval.OneMinute, TimeSpan.FromDays(30)));

        Assert.Empty(candles.Candles!);
    }

    [Fact]
    public async Task GetCandlesAsync_refuses_an_end_before_the_start()
    {
        var ex = await Assert.ThrowsAsync<BrokerValidationException>(() =>
            _groww.Client.Historical.GetCandlesAsync(Request(GrowwCandleInterval.OneDay, TimeSpan.FromDays(-1))));

        Assert.Equal("EndTime", ex.ParameterName);
    }

    [Fact]
    public async Task GetExpiriesAsync_sends_year_and_month_and_parses_dates()
    {
        _groww.ExpectSuccess(HttpMethod.Get, "/v1/historical/expiries", """{"expiries":["2024-01-04","2024-01-25"]}""");

        var expiries = await _groww.Client.Historical.GetExpiriesAsync(GrowwExchange.Nse, "NIFTY", 2024, 1);

        Assert.Equal("/v1/historical/expiries?exchange=NSE&underlying_symbol=NIFTY&year=2024&month=1", _groww.Requests[0].PathAndQuery);
        _groww.Requests[0].AssertStandardHeaders();
        Assert.Equal([new DateOnly(2024, 1, 4), new DateOnly(2024, 1, 25)], expiries);
    }

    [Theory]
    [InlineData(2019)]
    [InlineData(2027)]
    public async Task GetExpiriesAsync_refuses_a_year_outside_2020_to_the_current_year_before_sending(int year)
    {
        var ex = await Assert.ThrowsAsync<BrokerValidationException>(() => _groww.Client.Historical.GetExpiriesAsync(GrowwExchange.Nse, "NIFTY", year));

        Assert.Equal("year", ex.ParameterName);
        Assert.Empty(_groww.Requests);
    }

    [Fact]
    public async Task GetExpiriesAsync_accepts_the_current_year_in_ist()
    {
        _groww.ExpectSuccess(HttpMethod.Get, "/v1/historical/expiries", """{"expiries":["2026-12-29"]}""");

        var expiries = await _groww.Client.Historical.GetExpiriesAsync(GrowwExchange.Nse, "NIFTY", 2026);

        Assert.Equal([new DateOnly(2026, 12, 29)], expiries);
    }

    [Fact]
    public async Task GetExpiriesAsync_accepts_next_year_when_a_year_ahead_is_configured()
    {
        using var groww = GrowwFixture.Create(o => o.ExpiryYearsAhead = 1);
        groww.ExpectSuccess(HttpMethod.Get, "/v1/historical/expiries", """{"expiries":["2027-01-28"]}""");

        var next = await groww.Client.Historical.GetExpiriesAsync(GrowwExchange.Nse, "NIFTY", 2027, 1);

        Assert.Equal("/v1/historical/expiries?exchange=NSE&underlying_symbol=NIFTY&year=2027&month=1", groww.Requests[0].PathAndQuery);
        Assert.Equal([new DateOnly(2027, 1, 28)], next);
    }

    [Fact]
    public async Task GetContractsAsync_sends_the_expiry_and_returns_groww_symbols()
    {
        _groww.ExpectSuccess(HttpMethod.Get, "/v1/historical/contracts", """{"contracts":["NSE-NIFTY-02Jan25-28500-PE","NSE-NIFTY-02Jan25-28500-CE"]}""");

        var contracts = await _groww.Client.Historical.GetContractsAsync(GrowwExchange.Nse, "NIFTY", new DateOnly(2025, 1, 2));

        Assert.Equal("/v1/historical/contracts?exchange=NSE&underlying_symbol=NIFTY&expiry_date=2025-01-02", _groww.Requests[0].PathAndQuery);
        Assert.Equal(["NSE-NIFTY-02Jan25-28500-PE", "NSE-NIFTY-02Jan25-28500-CE"], contracts);
    }
}
