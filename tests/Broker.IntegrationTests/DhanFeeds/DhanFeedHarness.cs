using Broker.Authentication;
using Broker.Dhan;
using Broker.Dhan.Feeds;
using Broker.Sandbox;
using Microsoft.Extensions.DependencyInjection;

namespace Broker.IntegrationTests.DhanFeeds;

/// <summary>A sandbox and a Dhan account (PIN + TOTP against the sandbox, on the sandbox's clock) with AddFeeds pointed at the sandbox's sockets.</summary>
internal sealed class DhanFeedHarness : IAsyncDisposable
{
    private ServiceProvider? _services;

    private DhanFeedHarness(BrokerSandbox sandbox, DhanSandboxAccount account)
    {
        Sandbox = sandbox;
        Account = account;
    }

    public static readonly DhanInstrument Reliance = new(DhanExchangeSegment.NseEquity, "2885");
    public static readonly DhanInstrument Tcs = new(DhanExchangeSegment.NseEquity, "11536");

    public BrokerSandbox Sandbox { get; }

    public DhanSandboxAccount Account { get; }

    public DhanFeedFactory Feeds { get; private set; } = null!;

    public IDhanClient Client { get; private set; } = null!;

    public TokenManager Tokens { get; private set; } = null!;

    /// <summary>The provider's meter factory: the SDK's meters created from it record this harness's calls alone.</summary>
    public System.Diagnostics.Metrics.IMeterFactory MeterFactory => _services!.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>();

    public static async Task<DhanFeedHarness> StartAsync(Action<DhanFeedOptions>? configure = null)
    {
        var sandboxOptions = new SandboxOptions();
        var harness = new DhanFeedHarness(await BrokerSandbox.StartAsync(sandboxOptions), sandboxOptions.Dhan.Accounts[0]);
        var sandbox = harness.Sandbox;
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddMetrics();
        services.AddSingleton<TimeProvider>(sandbox.Clock);
        services.AddDhanClient(o =>
        {
            o.Environment = new DhanEnvironment("Loopback", sandbox.DhanApiBaseUri, sandbox.DhanAuthBaseUri);
            o.ClientId = harness.Account.ClientId;
            o.Pin = harness.Account.Pin;
            o.TotpSecret = harness.Account.TotpSecret;
        }).AddFeeds(o =>
        {
            Point(o, sandbox);
            configure?.Invoke(o);
        });
        harness._services = services.BuildServiceProvider();
        harness.Feeds = harness._services.GetRequiredService<DhanFeedFactory>();
        harness.Client = harness._services.GetRequiredService<IDhanClient>();
        harness.Tokens = harness.Feeds.Tokens;
        return harness;
    }

    /// <summary>A factory for the sandbox account whose tokens come from <paramref name="provider"/>.</summary>
    public DhanFeedFactory FactoryWith(IAccessTokenProvider provider, Action<DhanFeedOptions>? configure = null)
    {
        var options = new DhanFeedOptions { ClientId = Account.ClientId };
        Point(options, Sandbox);
        configure?.Invoke(options);
        return new DhanFeedFactory(options, new TokenManager("test", provider, timeProvider: Sandbox.Clock), Sandbox.Clock);
    }

    /// <summary>Sandbox hosts and test-speed timings.</summary>
    public static void Point(DhanFeedOptions o, BrokerSandbox sandbox)
    {
        o.MarketFeedUri = sandbox.DhanMarketFeedUri;
        o.TwentyDepthUri = sandbox.DhanTwentyDepthUri;
        o.TwoHundredDepthUri = sandbox.DhanTwoHundredDepthUri;
        o.OrderUpdateUri = sandbox.DhanOrderUpdateUri;
        o.ReconnectBaseDelay = TimeSpan.FromMilliseconds(10);
        o.ReconnectMaxDelay = TimeSpan.FromMilliseconds(50);
        o.TooManyConnectionsDelay = TimeSpan.FromMilliseconds(50);
        o.CloseTimeout = TimeSpan.FromMilliseconds(300);
        o.ConnectTimeout = TimeSpan.FromSeconds(2);
    }

    public async ValueTask DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }

        await Sandbox.DisposeAsync();
    }
}
