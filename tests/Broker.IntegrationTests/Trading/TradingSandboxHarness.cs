using Broker.Sandbox;
using Broker.Trading;
using Microsoft.Extensions.DependencyInjection;

namespace Broker.IntegrationTests.Trading;

/// <summary>
/// A sandbox and one broker's <see cref="ITradingClient"/>, resolved from DI exactly as an application would get it.
/// The shared suite sees only this; each broker supplies its wiring and the one order it cannot express.
/// </summary>
internal abstract class TradingSandboxHarness : IAsyncDisposable
{
    private ServiceProvider? _services;

    protected TradingSandboxHarness(BrokerSandbox sandbox)
    {
        Sandbox = sandbox;
    }

    public BrokerSandbox Sandbox { get; }

    public ITradingClient Client { get; private set; } = null!;

    /// <summary>The account's client id as the broker reports it in the profile.</summary>
    public abstract string ClientId { get; }

    /// <summary>The cash the sandbox account starts with.</summary>
    public abstract decimal OpeningBalance { get; }

    /// <summary>Rewrites a valid order into one this broker cannot express.</summary>
    public abstract TradingOrderRequest MakeUnexpressible(TradingOrderRequest order);

    /// <summary>The requests the sandbox has seen for this broker.</summary>
    public int RequestCount(string broker) => Sandbox.Requests.Snapshot().Count(r => r.Broker == broker);

    public async ValueTask DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }

        await Sandbox.DisposeAsync();
    }

    protected void Build(IServiceCollection services)
    {
        _services = services.BuildServiceProvider();
        Client = _services.GetRequiredService<ITradingClient>();
    }
}
