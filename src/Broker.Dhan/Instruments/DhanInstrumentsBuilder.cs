using Microsoft.Extensions.DependencyInjection;

namespace Broker.Dhan.Instruments;

/// <summary>What <c>AddDhanInstruments</c> registered, for further configuration.</summary>
public sealed class DhanInstrumentsBuilder
{
    internal DhanInstrumentsBuilder(IServiceCollection services, IHttpClientBuilder httpClientBuilder)
    {
        Services = services;
        HttpClientBuilder = httpClientBuilder;
    }

    /// <summary>The service collection.</summary>
    public IServiceCollection Services { get; }

    /// <summary>
    /// The HTTP client that downloads the scrip-master files (<see cref="DhanInstrumentCatalog.HttpClientName"/>):
    /// replace its primary handler for a proxy or in tests. It carries no token. (Per-segment downloads use the
    /// account's own client instead.)
    /// </summary>
    public IHttpClientBuilder HttpClientBuilder { get; }
}
