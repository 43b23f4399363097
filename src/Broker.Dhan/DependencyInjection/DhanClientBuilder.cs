using Broker.DependencyInjection;
using Microsoft.Extensions.DependencyInjection;

namespace Broker.Dhan;

/// <summary>What <c>AddDhanClient</c> registered, for further configuration (extra handlers, a different primary handler).</summary>
public sealed class DhanClientBuilder
{
    internal DhanClientBuilder(IServiceCollection services, BrokerAccountKey key, IHttpClientBuilder httpClientBuilder)
    {
        Services = services;
        Key = key;
        HttpClientBuilder = httpClientBuilder;
    }

    /// <summary>The service collection.</summary>
    public IServiceCollection Services { get; }

    /// <summary>The registration name.</summary>
    public string Name => Key.Name;

    /// <summary>The DI key of the account's singletons, including its <see cref="IDhanClient"/> (keyed service).</summary>
    public BrokerAccountKey Key { get; }

    /// <summary>The account's named HTTP client, for adding handlers or replacing the primary handler in tests.</summary>
    public IHttpClientBuilder HttpClientBuilder { get; }
}
