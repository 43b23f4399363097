using Broker.Authentication;
using Broker.Dhan.Feeds;
using Broker.Testing;
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
        services.AddSingleton<TimeProvider>(new FakeTimeProvider());
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
}
