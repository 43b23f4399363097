using System.Diagnostics;
using Broker.Errors;
using Broker.Testing;

namespace Broker.IntegrationTests.Hostile;

/// <summary>
/// A server that closes kept-alive connections right after reading a request makes the socket handler resend a
/// request without a body on a new connection. Every such resend reaches the broker, so it must be inside a rate-limit
/// permit; and an order write (Dhan's cancel is a DELETE) must not be resent at all.
/// </summary>
public sealed class HostileConnectionTests
{
    [Theory]
    [MemberData(nameof(HostileTarget.Brokers), MemberType = typeof(HostileTarget))]
    public async Task Reads_resent_by_the_transport_stay_within_the_rate_limit(string broker)
    {
        const int limit = 4;
        HostileTarget? t = null;
        await using var target = t = HostileTarget.Create(
            broker,
            async (request, c) =>
            {
                // Every second request on a connection is read and then dropped: the transport resends it elsewhere.
                if (request.IndexOnConnection % 2 == 0)
                {
                    c.Close();
                    return;
                }

                await c.WriteAsync(RawHttpServer.Response(200, t!.ReadBody()));
            },
            o =>
            {
                o.RateLimitSafetyMargin = TimeSpan.FromMilliseconds(20);
                LimitReads(o, $"{limit}/s");
            }).Start();

        await Task.WhenAll(Enumerable.Range(0, 3 * limit).Select(_ => target.ReadAsync()));

        var arrivals = target.Server.Requests.Where(r => r.Path == target.ReadPath).Select(r => r.ArrivedAt).Order().ToArray();
        Assert.True(arrivals.Length > 3 * limit, $"the transport resent nothing ({arrivals.Length} arrivals); the test proves nothing");
        Assert.True(MaxInAnyWindow(arrivals, TimeSpan.FromSeconds(1)) <= limit, $"{MaxInAnyWindow(arrivals, TimeSpan.FromSeconds(1))} arrivals in one second for a limit of {limit}");
    }

    [Fact]
    public async Task A_dhan_cancel_is_never_resent_by_the_transport_and_its_outcome_is_unknown()
    {
        HostileTarget? t = null;
        await using var target = t = HostileTarget.Create(
            "Dhan",
            async (request, c) =>
            {
                if (request.Method == "DELETE")
                {
                    c.Close();
                    return;
                }

                await c.WriteAsync(RawHttpServer.Response(200, t!.ReadBody()));
            }).Start();
        await target.ReadAsync();

        var unknown = await Assert.ThrowsAsync<OrderOutcomeUnknownException>(() => target.CancelOrderAsync("4242"));

        Assert.Equal("4242", unknown.ClientReference);
        Assert.Single(target.Server.Requests, r => r.Method == "DELETE");
    }

    [Theory]
    [MemberData(nameof(HostileTarget.Brokers), MemberType = typeof(HostileTarget))]
    public async Task An_order_whose_kept_alive_connection_closes_after_reading_it_is_sent_once(string broker)
    {
        HostileTarget? t = null;
        await using var target = t = HostileTarget.Create(
            broker,
            async (request, c) =>
            {
                if (request.Path == t!.OrderPath)
                {
                    c.Close();
                    return;
                }

                await c.WriteAsync(RawHttpServer.Response(200, t.ReadBody()));
            }).Start();
        await target.ReadAsync();

        await Assert.ThrowsAsync<OrderOutcomeUnknownException>(() => target.PlaceOrderAsync("KEPTALIVE001"));

        Assert.Single(target.Server.Requests, r => r.Path == target.OrderPath);
    }

    private static void LimitReads(Broker.DependencyInjection.BrokerClientOptions options, string limit)
    {
        switch (options)
        {
            case Broker.Groww.GrowwClientOptions groww:
                groww.RateLimits.NonTrading = limit;
                break;
            case Broker.Dhan.DhanClientOptions dhan:
                dhan.RateLimits.NonTrading = limit;
                break;
        }
    }

    private static int MaxInAnyWindow(long[] timestamps, TimeSpan window)
    {
        var ticks = (long)(window.TotalSeconds * Stopwatch.Frequency);
        var max = 0;
        for (int start = 0, end = 0; end < timestamps.Length; end++)
        {
            while (timestamps[end] - timestamps[start] >= ticks)
            {
                start++;
            }

            max = Math.Max(max, end - start + 1);
        }

        return max;
    }
}
