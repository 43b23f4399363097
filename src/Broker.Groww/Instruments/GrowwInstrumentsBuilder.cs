using Microsoft.Extensions.DependencyInjection;

namespace Broker.Groww.Instruments;

/// <summary>What <c>AddGrowwInstruments</c> registered, for further configuration.</summary>
public sealed class GrowwInstrumentsBuilder
{
    internal GrowwInstrumentsBuilder(IServiceCollection services, IHttpClientBuilder httpClientBuilder)
    {
        Services = services;
        HttpClientBuilder = httpClientBuilder;
    }

    /// <summary>The service collection.</summary>
    public IServiceCollection Services { get; }

    /// <summary>
    /// The HTTP client that downloads the master (<see cref="GrowwInstrumentCatalog.HttpClientName"/>): replace its
    /// primary handler for a proxy or in tests. It is separate from the account's client: it carries no token.
    /// </summary>
    public IHttpClientBuilder HttpClientBuilder { get; }
}
