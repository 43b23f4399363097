using Broker.Sandbox;
using Broker.Trading;
using Microsoft.Extensions.DependencyInjection;

namespace Broker.IntegrationTests.Trading;

/// <summary>The neutral client over Groww, registered with AddGrowwClient and pointed at the sandbox.</summary>
internal sealed class GrowwTradingHarness : TradingSandboxHarness
{
    private readonly GrowwSandboxAccount _account;

    private GrowwTradingHarness(BrokerSandbox sandbox, GrowwSandboxAccount account)
        : base(sandbox)
    {
        _account = account;
    }

    public override string ClientId => _account.Ucc;

    public override decimal OpeningBalance => _account.OpeningBalance;

    public static async Task<TradingSandboxHarness> StartAsync()
    {
        var options = new SandboxOptions();
        var harness = new GrowwTradingHarness(await BrokerSandbox.StartAsync(options), options.Groww.Accounts[0]);
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(harness.Sandbox.Clock);
        services.AddGrowwClient(o =>
        {
            o.BaseAddress = harness.Sandbox.BaseAddress;
            o.Retry.BaseDelay = TimeSpan.FromMilliseconds(1);
            o.RateLimits.Orders = "10/s, 250/min";
            o.Credentials.AccessToken = harness._account.AccessToken;
        });
        harness.Build(services);
        return harness;
    }

    /// <summary>Groww orders are valid for the day only: it has no IOC.</summary>
    public override TradingOrderRequest MakeUnexpressible(TradingOrderRequest order) => order with { Validity = TradingValidity.ImmediateOrCancel };
}
