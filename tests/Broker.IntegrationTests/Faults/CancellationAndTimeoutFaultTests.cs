using Broker.Errors;
using Broker.Http;
using Broker.Sandbox;

namespace Broker.IntegrationTests.Faults;

/// <summary>Fault matrix rows 9 and 10: cancellation while waiting and in flight; a server slower than the timeout.</summary>
public class CancellationAndTimeoutFaultTests
{
    public static TheoryData<string> Brokers => FaultTargets.Brokers;

    [Theory]
    [MemberData(nameof(Brokers))]
    public async Task Cancelling_while_waiting_for_a_rate_limit_permit_is_prompt_and_sends_nothing(string broker)
    {
        await using var target = await FaultTargets.StartAsync(broker, new FaultTargetSettings { ReadLimitPerSecond = 1 });
        await target.ReadAsync();
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => target.ReadAsync(cancel.Token));

        Assert.Equal(1, target.Arrivals(target.ReadEndpoint));

        // The cancelled wait took no permit: the next read goes out as soon as the first one's window ends.
        await target.ReadAsync();
        var record = target.Sandbox.Requests.ForEndpoint(target.ReadEndpoint);
        Assert.Equal(2, record.Count);
        Assert.True(record[1].Elapsed - record[0].Elapsed < TimeSpan.FromSeconds(1.9));
    }

    [Theory]
    [MemberData(nameof(Brokers))]
    public async Task Cancelling_a_read_in_flight_is_a_plain_cancellation(string broker)
    {
        await using var target = await FaultTargets.StartAsync(broker);
        await target.ReadAsync();
        target.Sandbox.Faults.Inject(target.ReadEndpoint, Fault.Delay(TimeSpan.FromSeconds(10)));
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        var cancelled = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => target.ReadAsync(cancel.Token));

        Assert.Null(cancelled.InnerException as OrderOutcomeUnknownException);
        Assert.Equal(2, await target.SettledArrivalsAsync(target.ReadEndpoint, 2));
    }

    [Theory]
    [MemberData(nameof(Brokers))]
    public async Task Cancelling_an_order_create_in_flight_says_the_outcome_is_unknown_and_carries_the_reference(string broker)
    {
        await using var target = await FaultTargets.StartAsync(broker);
        await target.ReadAsync();
        var reference = ClientReference.New();
        target.Sandbox.Faults.Inject(target.CreateEndpoint, Fault.Delay(TimeSpan.FromSeconds(10)));
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        var cancelled = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => target.PlaceAsync(reference, cancel.Token));

        var unknown = Assert.IsType<OrderOutcomeUnknownException>(cancelled.InnerException);
        Assert.Equal(reference, unknown.ClientReference);
        Assert.Equal(1, await target.SettledArrivalsAsync(target.CreateEndpoint, 1));
        var resent = await target.PlaceIdempotentAsync(reference, unknown);
        Assert.Equal(1, target.ServerOrderCount);
        Assert.Equal(resent.OrderId, await target.FindByReferenceAsync(reference));
    }

    [Theory]
    [MemberData(nameof(Brokers))]
    public async Task A_server_slower_than_the_timeout_raises_a_timeout_naming_the_endpoint_and_the_limit(string broker)
    {
        await using var target = await FaultTargets.StartAsync(broker, new FaultTargetSettings
        {
            Client = o =>
            {
                o.RequestTimeout = TimeSpan.FromSeconds(1.25);
                o.Retry.MaxRetryAttempts = 0;
            },
        });
        await target.ReadAsync();
        target.Sandbox.Faults.Inject(target.ReadEndpoint, Fault.Delay(TimeSpan.FromSeconds(10)));

        var timeout = await Assert.ThrowsAsync<BrokerTimeoutException>(() => target.ReadAsync());

        Assert.Equal(TimeSpan.FromSeconds(1.25), timeout.Timeout);
        Assert.False(string.IsNullOrEmpty(timeout.Endpoint));
        Assert.Contains(timeout.Endpoint!, timeout.Message, StringComparison.Ordinal);
        Assert.Contains("1.25 s", timeout.Message, StringComparison.Ordinal);
    }
}
