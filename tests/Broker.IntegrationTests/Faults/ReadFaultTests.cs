using Broker.Errors;
using Broker.Sandbox;

namespace Broker.IntegrationTests.Faults;

/// <summary>Fault matrix rows 5 and 6: reads retry through transient failures, boundedly; a 429 pauses the category.</summary>
public class ReadFaultTests
{
    public static TheoryData<string, string> TransientFaults
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var broker in new[] { SandboxBrokers.Groww, SandboxBrokers.Dhan })
            {
                foreach (var fault in new[] { "502", "503", "504", "reset" })
                {
                    data.Add(broker, fault);
                }
            }

            return data;
        }
    }

    public static TheoryData<string> Brokers => FaultTargets.Brokers;

    [Theory]
    [MemberData(nameof(TransientFaults))]
    public async Task A_read_is_retried_through_transient_failures_and_succeeds(string broker, string fault)
    {
        await using var target = await FaultTargets.StartAsync(broker, new FaultTargetSettings { Client = o => o.Retry.MaxRetryAttempts = 3 });
        target.Sandbox.Faults.Inject(target.ReadEndpoint, fault == "reset" ? Fault.ResetBeforeResponse : Fault.Status(int.Parse(fault, System.Globalization.CultureInfo.InvariantCulture)), count: 2);

        await target.ReadAsync();

        Assert.Equal(3, target.Arrivals(target.ReadEndpoint));
    }

    [Theory]
    [MemberData(nameof(Brokers))]
    public async Task Read_retries_are_bounded_by_the_option_and_the_last_failure_surfaces_typed(string broker)
    {
        await using var target = await FaultTargets.StartAsync(broker, new FaultTargetSettings { Client = o => o.Retry.MaxRetryAttempts = 2 });
        target.Sandbox.Faults.Inject(target.ReadEndpoint, Fault.Status(503), count: 10);

        var failure = await Assert.ThrowsAsync<BrokerApiException>(() => target.ReadAsync());

        Assert.Equal(503, failure.StatusCode);
        Assert.Equal(ErrorCategory.Server, failure.Category);
        Assert.False(string.IsNullOrEmpty(failure.BrokerErrorCode));
        Assert.Equal(3, target.Arrivals(target.ReadEndpoint));
    }

    [Theory]
    [MemberData(nameof(Brokers))]
    public async Task A_read_that_keeps_resetting_surfaces_as_a_transport_error_after_the_bounded_retries(string broker)
    {
        await using var target = await FaultTargets.StartAsync(broker, new FaultTargetSettings { Client = o => o.Retry.MaxRetryAttempts = 1 });
        target.Sandbox.Faults.Inject(target.ReadEndpoint, Fault.ResetBeforeResponse, count: 10);

        await Assert.ThrowsAsync<BrokerTransportException>(() => target.ReadAsync());

        Assert.Equal(2, target.Arrivals(target.ReadEndpoint));
    }

    [Theory]
    [MemberData(nameof(Brokers))]
    public async Task A_server_429_pauses_the_category_so_no_request_of_it_follows_within_the_pause_and_the_read_succeeds(string broker)
    {
        var pause = TimeSpan.FromMilliseconds(600);
        await using var target = await FaultTargets.StartAsync(broker, new FaultTargetSettings { Client = o => o.ServerThrottlePause = pause });
        await target.ReadAsync();
        target.Sandbox.Requests.Clear();
        target.Sandbox.Faults.Inject(target.ReadEndpoint, Fault.TooManyRequests);

        await target.ReadAsync();

        var record = target.Sandbox.Requests.ForEndpoint(target.ReadEndpoint);
        Assert.Equal([429, 200], record.Select(r => r.StatusCode));
        Assert.True(record[1].Elapsed - record[0].Elapsed >= pause, $"the retry came {(record[1].Elapsed - record[0].Elapsed).TotalMilliseconds} ms after the 429");
    }

    [Theory]
    [MemberData(nameof(Brokers))]
    public async Task A_client_limit_above_the_servers_meets_429s_in_waves_not_a_storm_and_every_read_succeeds(string broker)
    {
        // The client believes 40/s; the server allows 20/s. Each 429 pauses the category for a second.
        await using var target = await FaultTargets.StartAsync(broker, new FaultTargetSettings
        {
            ReadLimitPerSecond = 40,
            Client = o => o.Retry.MaxRetryAttempts = 5,
        });
        const int callers = 8;
        const int reads = 60;
        var remaining = reads;

        await Task.WhenAll(Enumerable.Range(0, callers).Select(async _ =>
        {
            while (Interlocked.Decrement(ref remaining) >= 0)
            {
                await target.ReadAsync();
            }
        }));

        var record = target.Sandbox.Requests.ForCategory(target.Broker, target.ReadCategory);
        var throttled = record.Count(r => r.StatusCode == 429);
        Assert.Equal(reads, record.Count(r => r.StatusCode == 200));

        // Only requests already in flight when a 429 arrives can meet one: a pause caps each wave at the callers.
        var elapsed = record[^1].Elapsed - record[0].Elapsed;
        var waves = (int)Math.Ceiling(elapsed.TotalSeconds) + 1;
        Assert.True(throttled <= waves * callers, $"{throttled} throttled answers over {elapsed.TotalSeconds:0.0} s");
    }
}
