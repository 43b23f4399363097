using Broker.Authentication;
using Broker.Dhan.Feeds;
using Broker.Dhan.Instruments;
using Broker.Testing;
using Broker.Testing.Instruments;
using Microsoft.Extensions.DependencyInjection;

namespace Broker.Dhan.Tests.Feeds;

public sealed class DhanFeedOptionsTests
{
    [Fact]
    public void Missing_client_id_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => new DhanFeedOptions().Validate());

        Assert.Contains("ClientId", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Zero_connections_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => new DhanFeedOptions { ClientId = "1", MaxConnections = 0 }.Validate());

        Assert.Contains("MaxConnections", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Defaults_follow_the_documented_hosts_and_limits()
    {
        var options = new DhanFeedOptions();

        Assert.Equal("wss://api-feed.dhan.co/", options.MarketFeedUri.AbsoluteUri);
        Assert.Equal("wss://api-order-update.dhan.co/", options.OrderUpdateUri.AbsoluteUri);
        Assert.Equal((100, 5000, 5, 50), (options.MaxInstrumentsPerMessage, options.MaxInstrumentsPerConnection, options.MaxConnections, options.MaxTwentyDepthInstrumentsPerConnection));
        Assert.Equal((new TimeOnly(9, 15), new TimeOnly(15, 30)), (options.MarketOpen, options.MarketClose));
        Assert.Equal(DhanFeedRequestCode.UnsubscribeDepth, options.DepthUnsubscribeCode);
    }

    [Fact]
    public void Add_feeds_registers_a_factory_with_the_account_client_id_and_token_manager()
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(FakeClock.Create());
        var builder = services.AddDhanClient(o =>
        {
            o.ClientId = "1000000009";
            o.AccessToken = "header.payload.signature";
        }).AddFeeds(o => o.ChannelCapacity = 64);
        using var provider = services.BuildServiceProvider();

        var factory = provider.GetRequiredService<DhanFeedFactory>();

        Assert.Same(factory, provider.GetRequiredKeyedService<DhanFeedFactory>(builder.Key));
        Assert.Same(provider.GetRequiredKeyedService<TokenManager>(builder.Key), factory.Tokens);
        Assert.Equal(("1000000009", 64), (factory.Options.ClientId, factory.Options.ChannelCapacity));
        Assert.DoesNotContain("signature", factory.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_the_instrument_catalogue_registered_feed_prices_round_to_each_instruments_tick()
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(FakeClock.Create());
        var account = services.AddDhanClient(o =>
        {
            o.ClientId = "1000000009";
            o.AccessToken = "header.payload.signature";
        });
        account.AddInstruments(o =>
        {
            o.Source = DhanScripMasterSource.Compact;
            o.AutoRefresh = false;
        });
        account.AddFeeds();
        using var provider = services.BuildServiceProvider();
        using var master = new MemoryStream(SyntheticInstrumentMasters.ToBytes(s => SyntheticInstrumentMasters.WriteDhanCompact(s, rows: 24)));
        await provider.GetRequiredService<DhanInstrumentCatalog>().LoadAsync(master);

        var resolver = provider.GetRequiredService<DhanFeedFactory>().Options.TickSizeResolver;

        Assert.NotNull(resolver);
        Assert.Equal(0.05m, resolver(new DhanInstrument(DhanExchangeSegment.NseEquity, "1000")));
        Assert.Null(resolver(new DhanInstrument(DhanExchangeSegment.NseEquity, "999999")));
    }

    [Fact]
    public void Without_the_instrument_catalogue_no_tick_resolver_is_set()
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(FakeClock.Create());
        services.AddDhanClient(o =>
        {
            o.ClientId = "1000000009";
            o.AccessToken = "header.payload.signature";
        }).AddFeeds();
        using var provider = services.BuildServiceProvider();

        Assert.Null(provider.GetRequiredService<DhanFeedFactory>().Options.TickSizeResolver);
    }

    [Fact]
    public void Authentication_options_default_to_the_previous_behaviour_and_the_observed_facts()
    {
        var options = new DhanFeedOptions();

        Assert.True(options.RenewAccountTokenOnRefusal);
        Assert.True(options.TwoHundredDepthRequiresWebToken);
        Assert.Equal([1008], options.OrderUpdateAuthFailureCloseCodes);
        Assert.Equal("auth", options.OrderUpdateAuthFailureText);
        Assert.Equal(TimeSpan.FromSeconds(3), options.OrderUpdateSilentCloseAuthFailureWindow);
    }

    [Fact]
    public void Clone_copies_the_order_update_close_codes_into_a_list_of_its_own()
    {
        var options = new DhanFeedOptions { ClientId = "1", RenewAccountTokenOnRefusal = false, OrderUpdateAuthFailureCloseCodes = [1008, 4001] };

        var copy = options.Clone();
        options.OrderUpdateAuthFailureCloseCodes.Add(4002);

        Assert.False(copy.RenewAccountTokenOnRefusal);
        Assert.Equal([1008, 4001], copy.OrderUpdateAuthFailureCloseCodes);
    }

    [Theory]
    [InlineData(-1, 1008, "OrderUpdateSilentCloseAuthFailureWindow")]
    [InlineData(0, 999, "OrderUpdateAuthFailureCloseCodes")]
    public void Out_of_range_order_update_authentication_options_are_refused(int windowSeconds, int closeCode, string name)
    {
        var options = new DhanFeedOptions { ClientId = "1", OrderUpdateSilentCloseAuthFailureWindow = TimeSpan.FromSeconds(windowSeconds), OrderUpdateAuthFailureCloseCodes = [closeCode] };

        var error = Assert.Throws<ArgumentException>(options.Validate);

        Assert.Equal(name, error.ParamName);
    }
}
