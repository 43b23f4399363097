using Broker.Errors;
using Broker.Groww;
using Broker.Groww.Authentication;
using Broker.Groww.Orders;
using Broker.IntegrationTests.Groww;
using Broker.Sandbox;
using Broker.Testing;
using Microsoft.Extensions.Logging.Testing;

namespace Broker.IntegrationTests.Faults;

internal sealed class GrowwFaultTarget(GrowwSandboxHarness harness) : IFaultTarget
{
    public string Broker => SandboxBrokers.Groww;

    public BrokerSandbox Sandbox => harness.Sandbox;

    public FakeLogCollector Logs => harness.Logs;

    public string CreateEndpoint => SandboxEndpointNames.GrowwOrdersCreate;

    public string ReadEndpoint => SandboxEndpointNames.GrowwPositions;

    public string ReadCategory => GrowwRateCategories.NonTrading;

    public string MintEndpoint => SandboxEndpointNames.GrowwAuthToken;

    public int ServerOrderCount => Sandbox.Groww.DefaultAccount.Orders.Count;

    public int TokensMinted => Sandbox.Groww.DefaultAccount.TokensMinted;

    public static async Task<IFaultTarget> StartAsync(FaultTargetSettings settings) =>
        new GrowwFaultTarget(await GrowwSandboxHarness.StartAsync(
            settings.Flow is null ? GrowwAuthenticationMode.Totp : Enum.Parse<GrowwAuthenticationMode>(settings.Flow),
            configure: o =>
            {
                settings.Client?.Invoke(o);
                if (settings.WrongTotpSecret)
                {
                    o.Credentials.TotpSecret = FaultTargets.UnknownTotpSecret;
                }

                if (settings.ReadLimitPerSecond is { } limit)
                {
                    o.RateLimits.NonTrading = $"{limit}/s";
                }
            },
            configureSandbox: settings.Sandbox));

    public IEnumerable<string> Secrets() => harness.Secrets();

    public async Task<string> PlaceAsync(string reference, CancellationToken cancellationToken = default)
    {
        var placement = await harness.Client.Orders.PlaceOrderAsync(Order(reference), cancellationToken);
        return placement.GrowwOrderId!;
    }

    public async Task<(string OrderId, bool AlreadyPlaced)> PlaceIdempotentAsync(string reference, OrderOutcomeUnknownException? previousAttempt, CancellationToken cancellationToken = default)
    {
        var placement = await harness.Client.Orders.PlaceOrderIdempotentAsync(Order(reference), previousAttempt, cancellationToken);
        return (placement.GrowwOrderId!, placement.AlreadyPlaced);
    }

    public async Task<string?> FindByReferenceAsync(string reference, CancellationToken cancellationToken = default)
    {
        var status = await harness.Client.Orders.FindOrderByReferenceAsync(reference, GrowwSegment.Cash, cancellationToken);
        return status?.GrowwOrderId;
    }

    public Task ReadAsync(CancellationToken cancellationToken = default) =>
        harness.Client.Portfolio.GetPositionsAsync(cancellationToken: cancellationToken);

    // Groww tokens die at 06:00 IST every day: a day later is always past it.
    public void ExpireToken() => Sandbox.Clock.Advance(TimeSpan.FromDays(1));

    public ValueTask DisposeAsync() => harness.DisposeAsync();

    private static GrowwPlaceOrderRequest Order(string reference) =>
        GrowwSandboxTests.Limit("RELIANCE", 1, 1200m) with { OrderReferenceId = reference };
}
