using Broker.Groww;
using Broker.Groww.Authentication;
using Broker.Sandbox;
using Broker.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace Broker.IntegrationTests.Groww;

/// <summary>A sandbox and a Groww client registered through AddGrowwClient and pointed at it, sharing its clock.</summary>
internal sealed class GrowwSandboxHarness : IAsyncDisposable
{
    private ServiceProvider? _services;

    private GrowwSandboxHarness(BrokerSandbox sandbox, GrowwSandboxAccount account)
    {
        Sandbox = sandbox;
        Account = account;
    }

    public BrokerSandbox Sandbox { get; }

    public GrowwSandboxAccount Account { get; }

    public FakeLogCollector Logs { get; } = new();

    public IGrowwClient Client { get; private set; } = null!;

    public static async Task<GrowwSandboxHarness> StartAsync(
        GrowwAuthenticationMode mode = GrowwAuthenticationMode.Totp,
        Action<GrowwClientOptions>? configure = null,
        Action<SandboxOptions>? configureSandbox = null)
    {
        var sandboxOptions = new SandboxOptions();
        configureSandbox?.Invoke(sandboxOptions);
        var harness = new GrowwSandboxHarness(await BrokerSandbox.StartAsync(sandboxOptions), sandboxOptions.Groww.Accounts[0]);
        var account = harness.Account;
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(new FakeLoggerProvider(harness.Logs)));
        services.AddSingleton<TimeProvider>(harness.Sandbox.Clock);
        services.AddGrowwClient(o =>
        {
            o.BaseAddress = harness.Sandbox.BaseAddress;
            o.Retry.BaseDelay = TimeSpan.FromMilliseconds(1);

            // The sandbox enforces the newer 10/s order limit.
            o.RateLimits.Orders = "10/s, 250/min";
            switch (mode)
            {
                case GrowwAuthenticationMode.Totp:
                    o.Credentials.TotpToken = account.TotpToken;
                    o.Credentials.TotpSecret = account.TotpSecret;
                    break;
                case GrowwAuthenticationMode.Approval:
                    o.Credentials.ApiKey = account.ApiKey;
                    o.Credentials.ApiSecret = account.ApiSecret;
                    break;
                default:
                    o.Credentials.AccessToken = account.AccessToken;
                    break;
            }

            configure?.Invoke(o);
        });
        harness._services = services.BuildServiceProvider();
        harness.Client = harness._services.GetRequiredService<IGrowwClient>();
        return harness;
    }

    /// <summary>Every secret the account and the minted tokens use.</summary>
    public IEnumerable<string> Secrets()
    {
        var account = Account;
        string?[] all = [account.ApiKey, account.ApiSecret, account.TotpToken, account.TotpSecret, account.AccessToken, Sandbox.Groww.DefaultAccount.ActiveAccessToken];
        return all.Where(s => !string.IsNullOrEmpty(s))!;
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
