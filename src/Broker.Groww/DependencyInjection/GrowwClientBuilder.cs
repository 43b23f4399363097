using Broker.DependencyInjection;
using Microsoft.Extensions.DependencyInjection;

namespace Broker.Groww;

/// <summary>What <c>AddGrowwClient</c> registered, for further configuration.</summary>
public sealed class GrowwClientBuilder
{
    internal GrowwClientBuilder(IServiceCollection services, BrokerAccountKey key, IHttpClientBuilder httpClientBuilder)
    {
        Services = services;
        Key = key;
        HttpClientBuilder = httpClientBuilder;
    }

    /// <summary>The service collection.</summary>
    public IServiceCollection Services { get; }

    /// <summary>The registration name (<see cref="BrokerAccountKey.DefaultName"/> for a single account).</summary>
    public string Name => Key.Name;

    /// <summary>The DI key of this account's singletons and of its <see cref="IGrowwClient"/>.</summary>
    public BrokerAccountKey Key { get; }

    /// <summary>
    /// The account's HTTP client builder: add your own handlers with <c>AddHttpMessageHandler</c> (they run inside the
    /// SDK's chain), or replace the primary handler (tests, proxies).
    /// </summary>
    public IHttpClientBuilder HttpClientBuilder { get; }
}
