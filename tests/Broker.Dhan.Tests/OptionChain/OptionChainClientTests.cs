using Microsoft.Extensions.DependencyInjection;
using Broker.Dhan.OptionChain;
using Broker.Dhan.Tests.TestSupport;
using Broker.Testing;

namespace Broker.Dhan.Tests.OptionChain;

public sealed class OptionChainClientTests : IDisposable
{
    private const string Chain = """
        {"data":{"last_price":25642.8,"oc":{
          "25700.000000":{"ce":{"average_price":100.5,"greeks":{"delta":0.45,"theta":-12.1,"gamma":0.0012,"vega":10.5},"implied_volatility":12.3,
                          "last_price":101.2,"oi":150000,"previous_close_price":95,"previous_oi":140000,"previous_volume":900000,"security_id":42528,
                          "top_ask_price":101.5,"top_ask_quantity":75,"top_bid_price":101,"top_bid_quantity":150,"volume":1000000}},
          "25650.000000":{"ce":{"last_price":130,"security_id":42527},"pe":{"last_price":120,"security_id":42526}}}},"status":"success"}
        """;

    private readonly DhanTestHost _host = new();

    [Fact]
    public async Task Get_posts_pascal_case_body_and_returns_strikes_lowest_first()
    {
        _host.Respond(HttpMethod.Post, DhanTestHost.Api + "optionchain", Chain);

        var chain = await _host.Client.OptionChain.GetOptionChainAsync(13, DhanExchangeSegment.Index, new DateOnly(2024, 10, 31));

        _host.AssertAuthenticatedHeaders(_host.Single);
        _host.Single.AssertJson("""{"UnderlyingScrip":13,"UnderlyingSeg":"IDX_I","Expiry":"2024-10-31"}""");
        Assert.Equal(25642.8m, chain.UnderlyingLastPrice);
        Assert.Equal([25650m, 25700m], chain.Strikes.Select(s => s.Strike));
        Assert.Equal("42526", chain.Strikes[0].Put!.SecurityId);
        Assert.Null(chain.Strikes[1].Put);
        var call = chain.Strikes[1].Call!;
        Assert.Equal(100.5m, call.AveragePrice);
        Assert.Equal(0.45m, call.Greeks!.Delta);
        Assert.Equal(-12.1m, call.Greeks.Theta);
        Assert.Equal(0.0012m, call.Greeks.Gamma);
        Assert.Equal(10.5m, call.Greeks.Vega);
        Assert.Equal(12.3m, call.ImpliedVolatility);
        Assert.Equal(101.2m, call.LastPrice);
        Assert.Equal(150000, call.OpenInterest);
        Assert.Equal(95m, call.PreviousClosePrice);
        Assert.Equal(140000, call.PreviousOpenInterest);
        Assert.Equal(900000, call.PreviousVolume);
        Assert.Equal("42528", call.SecurityId);
        Assert.Equal(101.5m, call.TopAskPrice);
        Assert.Equal(75, call.TopAskQuantity);
        Assert.Equal(101m, call.TopBidPrice);
        Assert.Equal(150, call.TopBidQuantity);
        Assert.Equal(1000000, call.Volume);
    }

    [Fact]
    public async Task GetExpiriesAsync_posts_underlying_and_returns_sorted_dates()
    {
        _host.Respond(HttpMethod.Post, DhanTestHost.Api + "optionchain/expirylist", """{"data":["2024-10-24","2024-10-17","2024-10-31"],"status":"success"}""");

        var expiries = await _host.Client.OptionChain.GetExpiriesAsync(13, DhanExchangeSegment.Index);

        _host.Single.AssertJson("""{"UnderlyingScrip":13,"UnderlyingSeg":"IDX_I"}""");
        Assert.Equal([new DateOnly(2024, 10, 17), new DateOnly(2024, 10, 24), new DateOnly(2024, 10, 31)], expiries);
    }

    [Fact]
    public async Task The_same_request_within_3_seconds_waits_for_the_interval()
    {
        using var host = HostWhoseOnlyTimerIsTheGate();
        host.Respond(HttpMethod.Post, DhanTestHost.Api + "optionchain", Chain);
        var expiry = new DateOnly(2024, 10, 31);
        await host.Client.OptionChain.GetOptionChainAsync(13, DhanExchangeSegment.Index, expiry);

        var repeat = host.Client.OptionChain.GetOptionChainAsync(13, DhanExchangeSegment.Index, expiry);
        Assert.Equal(1, host.Time.ActiveTimerCount);
        host.Time.Advance(TimeSpan.FromSeconds(3) - TimeSpan.FromTicks(1));
        Assert.Equal(1, host.Time.ActiveTimerCount);
        Assert.Single(host.Requests);

        host.Time.Advance(TimeSpan.FromTicks(1));
        Assert.Equal(0, host.Time.ActiveTimerCount);
        await repeat.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(2, host.Requests.Count);
        Assert.Single(host.Logs.WithEventId(5000));
    }

    [Fact]
    public async Task A_different_expiry_goes_at_once()
    {
        _host.Respond(HttpMethod.Post, DhanTestHost.Api + "optionchain", Chain);
        await _host.Client.OptionChain.GetOptionChainAsync(13, DhanExchangeSegment.Index, new DateOnly(2024, 10, 31));

        await _host.Client.OptionChain.GetOptionChainAsync(13, DhanExchangeSegment.Index, new DateOnly(2024, 11, 7)).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(2, _host.Requests.Count);
    }

    [Fact]
    public async Task The_gate_is_shared_by_every_client_of_the_account()
    {
        using var host = HostWhoseOnlyTimerIsTheGate();
        host.Respond(HttpMethod.Post, DhanTestHost.Api + "optionchain/expirylist", """{"data":[],"status":"success"}""");
        await host.Client.OptionChain.GetExpiriesAsync(13, DhanExchangeSegment.Index);

        var again = host.Services.GetRequiredKeyedService<IDhanClient>(host.Key).OptionChain.GetExpiriesAsync(13, DhanExchangeSegment.Index);
        Assert.Equal(1, host.Time.ActiveTimerCount);
        host.Time.Advance(TimeSpan.FromSeconds(3) - TimeSpan.FromTicks(1));
        Assert.Equal(1, host.Time.ActiveTimerCount);
        Assert.Single(host.Requests);

        host.Time.Advance(TimeSpan.FromTicks(1));
        Assert.Equal(0, host.Time.ActiveTimerCount);
        await again.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(2, host.Requests.Count);
    }

    /// <summary>
    /// A host without request timeouts (and without the rate limiter), so the fake clock's only timer is the gate's:
    /// while it is pending the call is held before anything is sent, and it is due exactly when the interval ends.
    /// </summary>
    private static DhanTestHost HostWhoseOnlyTimerIsTheGate() => new(o => o.RequestTimeout = Timeout.InfiniteTimeSpan);

    public void Dispose() => _host.Dispose();
}
