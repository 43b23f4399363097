using System.Net;
using System.Text.Json.Nodes;
using Broker.Sandbox.Tests.Support;
using static Broker.Sandbox.Tests.Support.SandboxTestContext;

namespace Broker.Sandbox.Tests.Infrastructure;

public sealed class InstrumentAndHistoryTests
{
    [Fact]
    public async Task Groww_instrument_master_has_the_observed_21_columns_and_a_row_per_instrument_without_auth()
    {
        await using var t = await StartAsync();

        using var response = await t.Http.GetAsync(t.Sandbox.GrowwInstrumentsUri);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var lines = (await response.TextAsync()).TrimEnd('\n').Split('\n');
        Assert.Equal(21, lines[0].Split(',').Length);
        Assert.StartsWith("exchange,exchange_token,trading_symbol,groww_symbol,", lines[0], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.StartsWith("NSE,2885,RELIANCE,NSE-RELIANCE,RELIANCE INDUSTRIES LTD,EQ,CASH,EQ,INE002A01018,", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("NSE,NIFTY,NIFTY,NSE-NIFTY,NIFTY 50,IDX,CASH,", StringComparison.Ordinal));
        Assert.All(lines, l => Assert.Equal(21, l.Split(',').Length));
    }

    [Fact]
    public async Task Dhan_scrip_masters_have_the_observed_headers_and_ids()
    {
        await using var t = await StartAsync();

        using var compact = await t.Http.GetAsync(t.Sandbox.DhanScripMasterUri);
        using var detailed = await t.Http.GetAsync(t.Sandbox.DhanScripMasterDetailedUri);
        using var segment = await t.DhanAsync(HttpMethod.Get, "instrument/IDX_I");

        var compactLines = (await compact.TextAsync()).TrimEnd('\n').Split('\n');
        Assert.Equal(16, compactLines[0].Split(',').Length);
        Assert.Contains(compactLines, l => l.StartsWith("NSE,E,2885,EQUITY,0,RELIANCE,1.0,", StringComparison.Ordinal));
        var detailedLines = (await detailed.TextAsync()).TrimEnd('\n').Split('\n');
        Assert.EndsWith("SM_FREEZE_QTY,", detailedLines[0], StringComparison.Ordinal);
        Assert.All(detailedLines, l => Assert.Equal(33, l.Split(',').Length));
        var segmentLines = (await segment.TextAsync()).TrimEnd('\n').Split('\n');
        Assert.Equal(2, segmentLines.Length);
        Assert.StartsWith("NSE,I,13,NA,INDEX,", segmentLines[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Groww_candles_cover_the_session_in_ist_and_are_repeatable()
    {
        await using var t = await StartAsync();
        const string query = "historical/candles?exchange=NSE&segment=CASH&groww_symbol=NSE-TCS&start_time=2026-11-20%2009:15:00&end_time=2026-11-20%2015:30:00&candle_interval=1hour";

        using var first = await t.GrowwAsync(HttpMethod.Get, query);
        using var second = await t.GrowwAsync(HttpMethod.Get, query);

        var payload = (await first.ReadAsync())["payload"]!;
        var candles = payload["candles"]!.AsArray();
        Assert.Equal(7, candles.Count); // 09:15, 10:15 ... 15:15
        Assert.Equal("2026-11-20T09:15:00", candles[0]![0]!.GetValue<string>());
        Assert.Equal("2026-11-20T15:15:00", candles[6]![0]!.GetValue<string>());
        Assert.Null(candles[0]![6]);
        Assert.All(candles, c => Assert.True(c![2]!.GetValue<decimal>() >= Math.Max(c[1]!.GetValue<decimal>(), c[4]!.GetValue<decimal>())));
        Assert.Equal(60, payload.Long("interval_in_minutes"));
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Groww_candles_refuse_a_range_beyond_the_interval_maximum()
    {
        await using var t = await StartAsync();

        using var response = await t.GrowwAsync(HttpMethod.Get, "historical/candles?exchange=NSE&segment=CASH&groww_symbol=NSE-TCS&start_time=2026-01-01%2009:15:00&end_time=2026-03-01%2015:30:00&candle_interval=5minute");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("The range for candle_interval 5minute can be at most 30 days.", (await response.ReadAsync()).Str("error.message"));
    }

    [Fact]
    public async Task Dhan_daily_history_is_column_arrays_stamped_at_ist_midnight_with_to_date_exclusive()
    {
        await using var t = await StartAsync();

        using var response = await t.DhanAsync(HttpMethod.Post, "charts/historical", """
            {"securityId":"1333","exchangeSegment":"NSE_EQ","instrument":"EQUITY","expiryCode":0,"oi":false,"fromDate":"2026-11-16","toDate":"2026-11-21"}
            """);

        var body = await response.ReadAsync();
        Assert.Equal(["open", "high", "low", "close", "volume", "timestamp"], body.Keys());
        var stamps = body["timestamp"]!.AsArray().Select(n => n!.GetValue<long>()).ToArray();
        Assert.Equal(5, stamps.Length); // Monday to Friday; the 21st (Saturday) is excluded anyway, the range end is exclusive
        Assert.Equal(new DateTimeOffset(2026, 11, 16, 0, 0, 0, TimeSpan.FromHours(5.5)).ToUnixTimeSeconds(), stamps[0]);
    }

    [Fact]
    public async Task Dhan_intraday_refuses_more_than_90_days_and_answers_empty_arrays_for_an_unknown_security()
    {
        await using var t = await StartAsync();

        using var tooLong = await t.DhanAsync(HttpMethod.Post, "charts/intraday", """
            {"securityId":"1333","exchangeSegment":"NSE_EQ","instrument":"EQUITY","interval":"5","fromDate":"2026-01-01","toDate":"2026-06-01"}
            """);
        t.RateClock.Advance(TimeSpan.FromSeconds(1));
        using var unknown = await t.DhanAsync(HttpMethod.Post, "charts/intraday", """
            {"securityId":"777777","exchangeSegment":"NSE_EQ","instrument":"EQUITY","interval":5,"fromDate":"2026-11-20","toDate":"2026-11-21"}
            """);

        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Equal("Data for Intraday Charts can be fetched for 90 days at a time", (await tooLong.ReadAsync()).Str("errorMessage"));
        Assert.Equal(HttpStatusCode.OK, unknown.StatusCode);
        Assert.Empty((await unknown.ReadAsync())["open"]!.AsArray());
    }

    [Fact]
    public async Task Dhan_intraday_returns_75_five_minute_candles_for_a_session()
    {
        await using var t = await StartAsync();

        using var response = await t.DhanAsync(HttpMethod.Post, "charts/intraday", """
            {"securityId":"13","exchangeSegment":"IDX_I","instrument":"INDEX","interval":"5","oi":true,"fromDate":"2026-11-20 09:15:00","toDate":"2026-11-20 15:30:00"}
            """);

        var body = await response.ReadAsync();
        Assert.Equal(75, body["close"]!.AsArray().Count);
        Assert.Equal(75, body["open_interest"]!.AsArray().Count);
        Assert.All(body["volume"]!.AsArray(), v => Assert.Equal(0, v!.GetValue<long>()));
    }
}
