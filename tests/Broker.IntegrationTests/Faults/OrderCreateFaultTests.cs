using Broker.Errors;
using Broker.Http;
using Broker.Sandbox;

namespace Broker.IntegrationTests.Faults;

/// <summary>
/// Fault matrix rows 1–4: an order create that meets a fault is sent exactly once, reported as
/// <see cref="OrderOutcomeUnknownException"/> carrying its reference, and reconciled by that reference so that the
/// account ends with exactly one order, never two.
/// </summary>
public class OrderCreateFaultTests
{
    public static TheoryData<string> Brokers => FaultTargets.Brokers;

    [Theory]
    [MemberData(nameof(Brokers))]
    public async Task Create_reset_before_any_response_is_outcome_unknown_and_the_idempotent_resend_leaves_exactly_one_order(string broker)
    {
        await using var target = await FaultTargets.StartAsync(broker);
        var reference = ClientReference.New();
        target.Sandbox.Faults.Inject(target.CreateEndpoint, Fault.ResetBeforeResponse);

        var unknown = await Assert.ThrowsAsync<OrderOutcomeUnknownException>(() => target.PlaceAsync(reference));

        Assert.Equal(reference, unknown.ClientReference);
        Assert.Equal(1, await target.SettledArrivalsAsync(target.CreateEndpoint, 1));
        Assert.Null(await target.FindByReferenceAsync(reference));
        var resent = await target.PlaceIdempotentAsync(reference, unknown);
        Assert.False(resent.AlreadyPlaced);
        Assert.Equal(1, target.ServerOrderCount);
        Assert.Equal(resent.OrderId, await target.FindByReferenceAsync(reference));
    }

    [Theory]
    [MemberData(nameof(Brokers))]
    public async Task Create_accepted_then_dropped_is_outcome_unknown_and_the_reference_finds_the_one_order(string broker)
    {
        await using var target = await FaultTargets.StartAsync(broker);
        var reference = ClientReference.New();
        target.Sandbox.Faults.Inject(target.CreateEndpoint, Fault.AcceptThenDrop);

        var unknown = await Assert.ThrowsAsync<OrderOutcomeUnknownException>(() => target.PlaceAsync(reference));

        Assert.Equal(reference, unknown.ClientReference);
        Assert.Equal(1, target.Arrivals(target.CreateEndpoint));
        Assert.Equal(1, target.ServerOrderCount);
        var found = await target.FindByReferenceAsync(reference);
        Assert.NotNull(found);
        var resent = await target.PlaceIdempotentAsync(reference, unknown);
        Assert.True(resent.AlreadyPlaced);
        Assert.Equal(found, resent.OrderId);
        Assert.Equal(1, target.ServerOrderCount);
    }

    [Theory]
    [MemberData(nameof(Brokers))]
    public async Task Create_answered_503_is_sent_once_reported_outcome_unknown_and_reconcilable(string broker)
    {
        await using var target = await FaultTargets.StartAsync(broker);
        var reference = ClientReference.New();
        target.Sandbox.Faults.Inject(target.CreateEndpoint, Fault.Status(503));

        var unknown = await Assert.ThrowsAsync<OrderOutcomeUnknownException>(() => target.PlaceAsync(reference));

        Assert.Equal(reference, unknown.ClientReference);
        Assert.Equal(503, unknown.StatusCode);
        Assert.Equal(1, target.Arrivals(target.CreateEndpoint));
        Assert.Null(await target.FindByReferenceAsync(reference));
        await target.PlaceIdempotentAsync(reference, unknown);
        Assert.Equal(1, target.ServerOrderCount);
    }

    [Theory]
    [MemberData(nameof(Brokers))]
    public async Task Create_timing_out_is_sent_once_reported_outcome_unknown_and_reconcilable(string broker)
    {
        await using var target = await FaultTargets.StartAsync(broker, new FaultTargetSettings { Client = o => o.RequestTimeout = TimeSpan.FromSeconds(1.5) });
        await target.ReadAsync();
        var reference = ClientReference.New();
        target.Sandbox.Faults.Inject(target.CreateEndpoint, Fault.Delay(TimeSpan.FromSeconds(10)));

        var unknown = await Assert.ThrowsAsync<OrderOutcomeUnknownException>(() => target.PlaceAsync(reference));

        Assert.Equal(reference, unknown.ClientReference);
        Assert.IsType<BrokerTimeoutException>(unknown.InnerException);
        Assert.Equal(1, await target.SettledArrivalsAsync(target.CreateEndpoint, 1));
        var resent = await target.PlaceIdempotentAsync(reference, unknown);
        Assert.Equal(1, target.ServerOrderCount);
        Assert.Equal(resent.OrderId, await target.FindByReferenceAsync(reference));
    }

    [Theory]
    [MemberData(nameof(Brokers))]
    public async Task Resending_with_the_same_reference_after_an_unknown_outcome_reports_already_placed_not_a_rejection(string broker)
    {
        await using var target = await FaultTargets.StartAsync(broker);
        var reference = ClientReference.New();
        target.Sandbox.Faults.Inject(target.CreateEndpoint, Fault.AcceptThenDrop);
        await Assert.ThrowsAsync<OrderOutcomeUnknownException>(() => target.PlaceAsync(reference));

        // No previous attempt passed: Groww answers the resend GA007, Dhan's placement finds the correlation id first.
        var resent = await target.PlaceIdempotentAsync(reference, previousAttempt: null);

        Assert.True(resent.AlreadyPlaced);
        Assert.Equal(await target.FindByReferenceAsync(reference), resent.OrderId);
        Assert.Equal(1, target.ServerOrderCount);
    }

    [Theory]
    [MemberData(nameof(Brokers))]
    public async Task A_server_429_on_create_is_not_retried_and_surfaces_as_a_rate_limit_error(string broker)
    {
        await using var target = await FaultTargets.StartAsync(broker);
        var reference = ClientReference.New();
        target.Sandbox.Faults.Inject(target.CreateEndpoint, Fault.TooManyRequests);

        var refused = await Assert.ThrowsAsync<BrokerRateLimitException>(() => target.PlaceAsync(reference));

        Assert.False(refused.IsClientSide);
        Assert.Equal(1, target.Arrivals(target.CreateEndpoint));
        Assert.Equal(0, target.ServerOrderCount);
    }

    [Theory]
    [MemberData(nameof(Brokers))]
    public async Task A_create_answered_with_malformed_json_is_outcome_unknown_because_the_order_may_exist(string broker)
    {
        await using var target = await FaultTargets.StartAsync(broker);
        var reference = ClientReference.New();
        target.Sandbox.Faults.Inject(target.CreateEndpoint, Fault.MalformedJson);

        var unknown = await Assert.ThrowsAsync<OrderOutcomeUnknownException>(() => target.PlaceAsync(reference));

        Assert.Equal(reference, unknown.ClientReference);
        Assert.Equal(1, target.Arrivals(target.CreateEndpoint));
        var resent = await target.PlaceIdempotentAsync(reference, unknown);
        Assert.True(resent.AlreadyPlaced);
        Assert.Equal(1, target.ServerOrderCount);
    }
}
