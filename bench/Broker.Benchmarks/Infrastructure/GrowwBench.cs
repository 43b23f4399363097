using Broker.DependencyInjection;
using Broker.Groww;
using Broker.RateLimiting;
using Broker.Sandbox;
using Microsoft.Extensions.DependencyInjection;

namespace Broker.Benchmarks.Infrastructure;

/// <summary>
/// A sandbox on loopback and a Groww client built by AddGrowwClient (the full pipeline: resilience, authentication,
/// rate limiter, attempt timeout, JSON), plus the services behind it.
/// </summary>
public sealed class GrowwBench : IAsyncDisposable
{
    /// <summary>A limit no benchmark reaches, so the limiter runs its bookkeeping but never waits.</summary>
    public const string GenerousLimit = "100000000/s";

    private readonly ServiceProvider _services;

    private GrowwBench(BrokerSandbox sandbox, GrowwSandboxAccount account, ServiceProvider services)
    {
        Sandbox = sandbox;
        Account = account;
        _services = services;
        Client = services.GetRequiredService<IGrowwClient>();
    }

    /// <summary>The sandbox.</summary>
    public BrokerSandbox Sandbox { get; }

    /// <summary>The demo account the client signs in as.</summary>
    public GrowwSandboxAccount Account { get; }

    /// <summary>The DI-built client.</summary>
    public IGrowwClient Client { get; }

    /// <summary>The account key of the default Groww registration.</summary>
    public static BrokerAccountKey Key { get; } = new("Groww", BrokerAccountKey.DefaultName);

    /// <summary>The DI container.</summary>
    public IServiceProvider Services => _services;

    /// <summary>Starts a sandbox and a client.</summary>
    /// <param name="configureSandbox">Adjusts the sandbox options (after the generous defaults are set).</param>
    /// <param name="configureClient">Adjusts the client options (after the generous defaults are set).</param>
    /// <param name="clientClock">Picks the client's clock (for example the sandbox's own); the system clock when null.</param>
    /// <returns>The running pair.</returns>
    public static async Task<GrowwBench> StartAsync(
        Action<SandboxOptions>? configureSandbox = null,
        Action<GrowwClientOptions>? configureClient = null,
        Func<BrokerSandbox, TimeProvider>? clientClock = null)
    {
        var sandboxOptions = CreateSandboxOptions();
        var account = sandboxOptions.Groww.Accounts[0];
        configureSandbox?.Invoke(sandboxOptions);
        var sandbox = await BrokerSandbox.StartAsync(sandboxOptions).ConfigureAwait(false);
        var services = CreateClientServices(sandbox.BaseAddress, account, clientClock?.Invoke(sandbox), configureClient);
        return new GrowwBench(sandbox, account, services);
    }

    /// <summary>
    /// Sandbox options with every Groww rate limit raised out of reach and the demo account's balance raised so that
    /// thousands of market buys never run out of funds.
    /// </summary>
    /// <returns>The options.</returns>
    public static SandboxOptions CreateSandboxOptions()
    {
        var sandboxOptions = new SandboxOptions();
        sandboxOptions.Groww.Accounts[0].OpeningBalance = 1_000_000_000_000m;
        var huge = new RateLimitWindow(1_000_000, TimeSpan.FromSeconds(1));
        foreach (var category in sandboxOptions.Groww.RateLimits.Keys.ToList())
        {
            sandboxOptions.Groww.RateLimits[category] = [huge];
        }

        return sandboxOptions;
    }

    /// <summary>A DI container with a Groww client (TOTP flow) pointed at a sandbox, with limits it never reaches.</summary>
    /// <param name="baseAddress">The sandbox's address.</param>
    /// <param name="account">The account to sign in as.</param>
    /// <param name="clock">The client's clock; the system clock when null.</param>
    /// <param name="configureClient">Adjusts the client options.</param>
    /// <returns>The container; resolve <see cref="IGrowwClient"/> from it.</returns>
    public static ServiceProvider CreateClientServices(Uri baseAddress, GrowwSandboxAccount account, TimeProvider? clock = null, Action<GrowwClientOptions>? configureClient = null)
    {
        ArgumentNullException.ThrowIfNull(account);
        var services = new ServiceCollection();
        if (clock is not null)
        {
            services.AddSingleton(clock);
        }

        services.AddGrowwClient(o =>
        {
            o.BaseAddress = baseAddress;
            o.Credentials.TotpToken = account.TotpToken;
            o.Credentials.TotpSecret = account.TotpSecret;
            o.RateLimits.Orders = GenerousLimit;
            o.RateLimits.NonTrading = GenerousLimit;
            o.RateLimits.LiveData = GenerousLimit;
            o.RateLimits.Historical = GenerousLimit;
            configureClient?.Invoke(o);
        });
        return services.BuildServiceProvider();
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync().ConfigureAwait(false);
        await Sandbox.DisposeAsync().ConfigureAwait(false);
    }
}
