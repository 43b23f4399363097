using Broker.Dhan;
using Broker.Dhan.Instruments;
using Broker.Sandbox;
using Broker.Trading;
using Microsoft.Extensions.DependencyInjection;

namespace Broker.IntegrationTests.Trading;

/// <summary>
/// The neutral client over Dhan, registered with AddDhanClient and pointed at the sandbox, with the Dhan instrument
/// catalogue reading the sandbox's scrip master so symbols resolve to security ids.
/// </summary>
internal sealed class DhanTradingHarness : TradingSandboxHarness
{
    private readonly DhanSandboxAccount _account;

    private DhanTradingHarness(BrokerSandbox sandbox, DhanSandboxAccount account)
        : base(sandbox)
    {
        _account = account;
    }

    public override string ClientId => _account.ClientId;

    public override decimal OpeningBalance => _account.OpeningBalance;

    public static async Task<TradingSandboxHarness> StartAsync()
    {
        var options = new SandboxOptions();
        var harness = new DhanTradingHarness(await BrokerSandbox.StartAsync(options), options.Dhan.Accounts[0]);
        var sandbox = harness.Sandbox;
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(sandbox.Clock);
        services.AddDhanClient(o =>
            {
                o.Environment = new DhanEnvironment("Broker.Sandbox", sandbox.DhanApiBaseUri, sandbox.DhanAuthBaseUri);
                o.ClientId = harness._account.ClientId;
                o.Retry.BaseDelay = TimeSpan.FromMilliseconds(1);
                o.AuthenticationMode = DhanAuthenticationMode.AccessToken;
                o.AccessToken = harness._account.AccessToken;
            })
            .AddInstruments(o =>
            {
                o.Source = DhanScripMasterSource.Compact;
                o.CompactAddress = sandbox.DhanScripMasterUri;
                o.AutoRefresh = false;
            });
        harness.Build(services);
        return harness;
    }

    /// <summary>Dhan takes a correlation id of at most 25 characters.</summary>
    public override TradingOrderRequest MakeUnexpressible(TradingOrderRequest order) => order with { ClientReference = new string('R', 30) };
}
