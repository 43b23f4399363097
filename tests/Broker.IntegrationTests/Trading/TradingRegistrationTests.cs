using Broker.Dhan.Trading;
using Broker.Groww.Trading;
using Broker.Trading;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Broker.IntegrationTests.Trading;

public sealed class TradingRegistrationTests
{
    [Fact]
    public void Default_groww_and_dhan_accounts_are_both_enumerable_as_neutral_clients()
    {
        var services = new ServiceCollection();
        services.AddGrowwClient(o => o.Credentials.AccessToken = "groww-token-123456");
        services.AddDhanClient(o => { o.ClientId = "1000000001"; o.AccessToken = "dhan-token-123456"; });
        using var provider = services.BuildServiceProvider();

        var all = provider.GetServices<ITradingClient>().ToList();

        Assert.Equal(2, all.Count);
        Assert.Single(all.OfType<GrowwTradingClient>());
        Assert.Single(all.OfType<DhanTradingClient>());
    }

    [Fact]
    public void Named_accounts_on_two_brokers_resolve_by_their_names()
    {
        var services = new ServiceCollection();
        services.AddGrowwClient("long-term", o => o.Credentials.AccessToken = "groww-token-123456");
        services.AddDhanClient("scalping", o => { o.ClientId = "1000000001"; o.AccessToken = "dhan-token-123456"; });
        using var provider = services.BuildServiceProvider();

        Assert.Equal("Groww", provider.GetRequiredKeyedService<ITradingClient>("long-term").BrokerName);
        Assert.Equal("Dhan", provider.GetRequiredKeyedService<ITradingClient>("scalping").BrokerName);
        Assert.Null(provider.GetService<ITradingClient>());
    }
}
