using Broker.Errors;
using Broker.IntegrationTests.Dhan;
using Broker.Sandbox;
using Broker.Testing;
using Microsoft.Extensions.Logging.Testing;

namespace Broker.IntegrationTests.Faults;

internal sealed class DhanFaultTarget(DhanSandboxHarness harness) : IFaultTarget
{
    public string Broker => SandboxBrokers.Dhan;

    public BrokerSandbox Sandbox => harness.Sandbox;

    public FakeLogCollector Logs => harness.Logs;

    public string CreateEndpoint => SandboxEndpointNames.DhanOrdersCreate;

    public string ReadEndpoint => SandboxEndpointNames.DhanPositions;

    public string ReadCategory => DhanRateCategories.NonTrading;

    public string MintEndpoint => SandboxEndpointNames.DhanGenerateToken;

    public int ServerOrderCount => harness.ServerAccount.Orders.Count;

    public int TokensMinted => harness.ServerAccount.TokensMinted;

    public static async Task<IFaultTarget> StartAsync(FaultTargetSettings settings) =>
        new DhanFaultTarget(await DhanSandboxHarness.StartAsync(
            settings.Flow is null ? DhanSandboxLogin.PinTotp : Enum.Parse<DhanSandboxLogin>(settings.Flow),
            configure: o =>
            {
                settings.Client?.Invoke(o);
                if (settings.WrongTotpSecret)
                {
                    o.TotpSecret = FaultTargets.UnknownTotpSecret;
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
        var placement = await harness.Client.Orders.PlaceOrderAsync(DhanOrders.Limit(DhanOrders.Reliance, 1, 1200m, reference), cancellationToken);
        return placement.OrderId;
    }

    public async Task<(string OrderId, bool AlreadyPlaced)> PlaceIdempotentAsync(string reference, OrderOutcomeUnknownException? previousAttempt, CancellationToken cancellationToken = default)
    {
        // With the previous attempt, Dhan's idempotent placement also waits out the settle window before placing again.
        var placement = await harness.Client.Orders.PlaceOrderIdempotentAsync(DhanOrders.Limit(DhanOrders.Reliance, 1, 1200m, reference), previousAttempt, cancellationToken);
        return (placement.OrderId, placement.AlreadyPlaced);
    }

    public async Task<string?> FindByReferenceAsync(string reference, CancellationToken cancellationToken = default) =>
        (await harness.Client.Orders.FindOrderByReferenceAsync(reference, cancellationToken))?.OrderId;

    public Task ReadAsync(CancellationToken cancellationToken = default) => harness.Client.Portfolio.GetPositionsAsync(cancellationToken);

    // Dhan tokens live 24 hours.
    public void ExpireToken() => Sandbox.Clock.Advance(TimeSpan.FromHours(25));

    public ValueTask DisposeAsync() => harness.DisposeAsync();
}
