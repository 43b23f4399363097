using System.Net;
using Broker.Sandbox.Tests.Support;
using static Broker.Sandbox.Tests.Support.SandboxTestContext;

namespace Broker.Sandbox.Tests.Infrastructure;

public sealed class RateLimitTests
{
    [Fact]
    public async Task Groww_answers_429_with_a_failure_envelope_once_a_category_window_is_full()
    {
        await using var t = await StartAsync(o => o.Groww.RateLimits[GrowwRateCategories.NonTrading] = Limit(2, TimeSpan.FromMinutes(1)));

        using var first = await t.GrowwAsync(HttpMethod.Get, "holdings/user");
        using var second = await t.GrowwAsync(HttpMethod.Get, "positions/user");
        using var third = await t.GrowwAsync(HttpMethod.Get, "margins/detail/user");

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        var body = await third.ReadAsync();
        Assert.Equal("FAILURE", body.Str("status"));
        Assert.Equal("GA003", body.Str("error.code"));
    }

    [Fact]
    public async Task The_window_slides_so_a_request_is_admitted_again_once_the_oldest_leaves_it()
    {
        await using var t = await StartAsync(o => o.Groww.RateLimits[GrowwRateCategories.NonTrading] = Limit(1, TimeSpan.FromSeconds(1)));
        using var first = await t.GrowwAsync(HttpMethod.Get, "holdings/user");
        t.RateClock.Advance(TimeSpan.FromMilliseconds(999));
        using var tooSoon = await t.GrowwAsync(HttpMethod.Get, "holdings/user");
        t.RateClock.Advance(TimeSpan.FromMilliseconds(1));

        using var onTime = await t.GrowwAsync(HttpMethod.Get, "holdings/user");

        Assert.Equal(HttpStatusCode.TooManyRequests, tooSoon.StatusCode);
        Assert.Equal(HttpStatusCode.OK, onTime.StatusCode);
    }

    [Fact]
    public async Task Categories_are_limited_separately()
    {
        await using var t = await StartAsync(o => o.Groww.RateLimits[GrowwRateCategories.NonTrading] = Limit(1, TimeSpan.FromMinutes(1)));
        using var nonTrading = await t.GrowwAsync(HttpMethod.Get, "holdings/user");

        using var liveData = await t.GrowwAsync(HttpMethod.Get, "live-data/ltp?segment=CASH&exchange_symbols=NSE_TCS");

        Assert.Equal(HttpStatusCode.OK, liveData.StatusCode);
    }

    [Fact]
    public async Task Dhan_trading_apis_answer_429_DH904()
    {
        await using var t = await StartAsync(o => o.Dhan.RateLimits[DhanRateCategories.NonTrading] = Limit(1, TimeSpan.FromMinutes(1)));
        using var first = await t.DhanAsync(HttpMethod.Get, "orders");

        using var second = await t.DhanAsync(HttpMethod.Get, "positions");

        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
        Assert.Equal(
            """{"errorType":"Rate_Limit","errorCode":"DH-904","errorMessage":"Too many requests on server from single user breaching rate limits. Try throttling API calls."}""",
            await second.TextAsync());
        Assert.False(second.Headers.Contains("Retry-After"));
    }

    [Fact]
    public async Task Dhan_quote_apis_answer_429_with_the_805_data_body_at_the_default_one_per_second()
    {
        await using var t = await StartAsync();
        const string body = """{"NSE_EQ":[11536]}""";
        using var first = await t.DhanAsync(HttpMethod.Post, "marketfeed/ltp", body);

        using var second = await t.DhanAsync(HttpMethod.Post, "marketfeed/quote", body);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
        Assert.Equal("""{"data":{"805":"Too many requests. Further requests may result in the user being blocked."},"status":"failed"}""", await second.TextAsync());
    }

    [Fact]
    public async Task Every_window_of_a_category_applies()
    {
        await using var t = await StartAsync(o => o.Dhan.RateLimits[DhanRateCategories.Order] =
            [new(10, TimeSpan.FromSeconds(1)), new(3, TimeSpan.FromMinutes(1))]);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            t.RateClock.Advance(TimeSpan.FromSeconds(2));
            using var response = await t.DhanAsync(HttpMethod.Delete, "orders/112999999999");
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task Limits_are_not_enforced_when_switched_off_but_requests_are_still_recorded()
    {
        await using var t = await StartAsync(o =>
        {
            o.EnforceRateLimits = false;
            o.Groww.RateLimits[GrowwRateCategories.NonTrading] = Limit(1, TimeSpan.FromMinutes(1));
        });

        using var first = await t.GrowwAsync(HttpMethod.Get, "holdings/user");
        using var second = await t.GrowwAsync(HttpMethod.Get, "holdings/user");

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(2, t.Sandbox.Requests.MaxInAnyWindow(SandboxBrokers.Groww, GrowwRateCategories.NonTrading, TimeSpan.FromMinutes(1)));
    }

    [Fact]
    public async Task The_request_record_has_arrival_time_broker_endpoint_category_method_path_status_and_account()
    {
        await using var t = await StartAsync(o => o.Groww.RateLimits[GrowwRateCategories.NonTrading] = Limit(1, TimeSpan.FromMinutes(1)));
        using var first = await t.GrowwAsync(HttpMethod.Get, "holdings/user");
        t.RateClock.Advance(TimeSpan.FromMilliseconds(250));
        using var second = await t.GrowwAsync(HttpMethod.Get, "order/list?segment=CASH");

        var requests = t.Sandbox.Requests.Snapshot();

        Assert.Equal(2, requests.Count);
        var (a, b) = (requests[0], requests[1]);
        Assert.Equal((SandboxBrokers.Groww, SandboxEndpointNames.GrowwHoldings, GrowwRateCategories.NonTrading, "GET", "/v1/holdings/user", 200, GrowwUcc, false),
            (a.Broker, a.Endpoint, a.Category, a.Method, a.Path, a.StatusCode, a.Account, a.RateLimited));
        Assert.Equal((SandboxEndpointNames.GrowwOrdersList, "/v1/order/list", 429, true), (b.Endpoint, b.Path, b.StatusCode, b.RateLimited));
        Assert.Equal(TimeSpan.FromMilliseconds(250), b.Elapsed - a.Elapsed);
        Assert.Equal(t.ServerTime.GetUtcNow(), a.ArrivedAt);
    }

    [Fact]
    public async Task MaxInAnyWindow_counts_the_busiest_interval_of_arrivals()
    {
        await using var t = await StartAsync(o => o.EnforceRateLimits = false);
        foreach (var gap in new[] { 0, 100, 100, 900, 50 })
        {
            t.RateClock.Advance(TimeSpan.FromMilliseconds(gap));
            using var response = await t.DhanAsync(HttpMethod.Get, "orders");
        }

        // Arrivals at 0, 100, 200, 1100, 1150 ms: any 1 s interval holds at most 3.
        Assert.Equal(3, t.Sandbox.Requests.MaxInAnyWindow(SandboxBrokers.Dhan, DhanRateCategories.NonTrading, TimeSpan.FromSeconds(1)));
        Assert.Equal(5, t.Sandbox.Requests.MaxInAnyWindow(SandboxBrokers.Dhan, DhanRateCategories.NonTrading, TimeSpan.FromSeconds(2)));
    }

    [Fact]
    public async Task Unauthenticated_requests_are_recorded_but_take_no_permit()
    {
        await using var t = await StartAsync(o => o.Dhan.RateLimits[DhanRateCategories.NonTrading] = Limit(1, TimeSpan.FromMinutes(1)));
        using var refused = await t.DhanAsync(HttpMethod.Get, "orders", token: "nope");

        using var admitted = await t.DhanAsync(HttpMethod.Get, "orders");

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, admitted.StatusCode);
        Assert.Equal(2, t.Sandbox.Requests.ForCategory(SandboxBrokers.Dhan, DhanRateCategories.NonTrading).Count);
    }

    [Fact]
    public async Task The_request_record_keeps_only_the_newest_requests_beyond_its_capacity()
    {
        await using var t = await StartAsync(o =>
        {
            o.MaxRecordedRequests = 2;
            o.EnforceRateLimits = false;
        });

        for (var i = 0; i < 3; i++)
        {
            using var response = await t.GrowwAsync(HttpMethod.Get, "holdings/user");
        }

        Assert.Equal([2L, 3L], t.Sandbox.Requests.Snapshot().Select(r => r.Sequence));
    }
}
