using Broker.DependencyInjection;
using Broker.Dhan;
using Broker.Dhan.Feeds;
using Broker.Dhan.Instruments;
using Broker.Groww;
using Broker.Groww.Instruments;
using Broker.Sandbox;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Broker.IntegrationTests.Sandbox;

/// <summary><c>UseSandbox(sandbox)</c>: one call points a registered account at a running sandbox.</summary>
public sealed class UseSandboxTests : IAsyncLifetime
{
    private readonly SandboxOptions _options = new();
    private BrokerSandbox _sandbox = null!;

    public async Task InitializeAsync()
    {
        _options.Groww.Accounts.Add(new GrowwSandboxAccount { Ucc = "SBXGW0002", TotpToken = "second-totp-token", TotpSecret = "KRSXG5CTMVRXEZLU" });
        _sandbox = await BrokerSandbox.StartAsync(_options);
    }

    public async Task DisposeAsync() => await _sandbox.DisposeAsync();

    [Fact]
    public async Task A_groww_account_with_no_settings_logs_in_to_the_sandboxs_first_account()
    {
        var services = new ServiceCollection();
        services.AddGrowwClient(_ => { }).UseSandbox(_sandbox);
        await using var provider = services.BuildServiceProvider();

        var profile = await provider.GetRequiredService<IGrowwClient>().User.GetProfileAsync();

        Assert.Equal("SBXGW0001", profile.Ucc);
    }

    [Fact]
    public async Task A_groww_account_can_name_which_sandbox_account_it_uses()
    {
        var services = new ServiceCollection();
        services.AddGrowwClient(_ => { }).UseSandbox(_sandbox, ucc: "SBXGW0002");
        await using var provider = services.BuildServiceProvider();

        var profile = await provider.GetRequiredService<IGrowwClient>().User.GetProfileAsync();

        Assert.Equal("SBXGW0002", profile.Ucc);
    }

    [Fact]
    public async Task Credentials_the_user_configured_are_kept_whatever_the_order_of_calls()
    {
        var second = _options.Groww.Accounts[1];
        var services = new ServiceCollection();
        services.AddGrowwClient(o => o.Credentials.AccessToken = null).UseSandbox(_sandbox);
        services.Configure<GrowwClientOptions>(BrokerAccountKey.DefaultName, o =>
        {
            o.Credentials.TotpToken = second.TotpToken;
            o.Credentials.TotpSecret = second.TotpSecret;
            o.BaseAddress = new Uri("https://api.groww.in/");
        });
        await using var provider = services.BuildServiceProvider();

        var profile = await provider.GetRequiredService<IGrowwClient>().User.GetProfileAsync();

        Assert.Equal("SBXGW0002", profile.Ucc);
    }

    [Fact]
    public async Task The_groww_instrument_catalogue_downloads_from_the_sandbox()
    {
        var services = new ServiceCollection();
        services.AddGrowwClient(_ => { }).UseSandbox(_sandbox).AddInstruments();
        await using var provider = services.BuildServiceProvider();

        var snapshot = await provider.GetRequiredService<GrowwInstrumentCatalog>().GetSnapshotAsync();

        Assert.Equal(_sandbox.GrowwInstrumentsUri, provider.GetRequiredService<IOptions<GrowwInstrumentsOptions>>().Value.Address);
        Assert.True(snapshot.Count > 0);
    }

    [Fact]
    public void The_groww_client_takes_the_sandboxs_rate_limits()
    {
        _options.Groww.RateLimits[GrowwRateCategories.Orders] = [new(7, TimeSpan.FromSeconds(1))];
        var services = new ServiceCollection();
        services.AddGrowwClient(_ => { }).UseSandbox(_sandbox);
        using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<IOptionsMonitor<GrowwClientOptions>>().Get(BrokerAccountKey.DefaultName);

        Assert.Equal("7/s", options.RateLimits.Orders);
        Assert.Equal(_sandbox.GrowwBaseAddress, options.BaseAddress);
    }

    [Fact]
    public async Task A_dhan_account_with_no_settings_logs_in_to_the_sandboxs_first_account()
    {
        var services = new ServiceCollection();
        services.AddDhanClient(_ => { }).UseSandbox(_sandbox);
        await using var provider = services.BuildServiceProvider();

        var profile = await provider.GetRequiredService<IDhanClient>().Profile.GetProfileAsync();

        Assert.Equal(_options.Dhan.Accounts[0].ClientId, profile.DhanClientId);
    }

    [Fact]
    public async Task A_named_dhan_account_gets_the_sandboxs_feed_and_scrip_master_addresses()
    {
        var services = new ServiceCollection();
        services.AddDhanClient("paper", _ => { }).AddFeeds().UseSandbox(_sandbox).AddInstruments();
        await using var provider = services.BuildServiceProvider();

        var feed = provider.GetRequiredService<IOptionsMonitor<DhanFeedOptions>>().Get("paper");
        var instruments = provider.GetRequiredService<IOptions<DhanInstrumentsOptions>>().Value;
        var client = provider.GetRequiredKeyedService<IDhanClient>("paper");

        Assert.Equal(_sandbox.DhanMarketFeedUri, feed.MarketFeedUri);
        Assert.Equal(_sandbox.DhanTwentyDepthUri, feed.TwentyDepthUri);
        Assert.Equal(_sandbox.DhanTwoHundredDepthUri, feed.TwoHundredDepthUri);
        Assert.Equal(_sandbox.DhanOrderUpdateUri, feed.OrderUpdateUri);
        Assert.Equal(_sandbox.DhanScripMasterUri, instruments.CompactAddress);
        Assert.Equal(_sandbox.DhanScripMasterDetailedUri, instruments.DetailedAddress);
        Assert.Equal(_options.Dhan.Accounts[0].ClientId, (await client.Profile.GetProfileAsync()).DhanClientId);
    }

    [Fact]
    public void An_unknown_sandbox_account_is_refused_at_registration()
    {
        var services = new ServiceCollection();

        var error = Assert.Throws<ArgumentException>(() => services.AddGrowwClient(_ => { }).UseSandbox(_sandbox, ucc: "NOSUCH"));

        Assert.Contains("NOSUCH", error.Message, StringComparison.Ordinal);
    }
}
