using Broker.Groww;
using Broker.Groww.Instruments;
using Broker.Instruments;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the Groww instrument catalogue.</summary>
public static class GrowwInstrumentsServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="GrowwInstrumentCatalog"/> as a singleton, with its own download client
    /// (<see cref="GrowwInstrumentCatalog.HttpClientName"/>). The master needs no Groww account, so this works with or
    /// without <c>AddGrowwClient</c>. Calling it again only adds more configuration.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Adjusts the settings (rollover time, cache file, size cap…), if needed.</param>
    /// <returns>A builder exposing the download client's <see cref="IHttpClientBuilder"/>.</returns>
    public static GrowwInstrumentsBuilder AddGrowwInstruments(this IServiceCollection services, Action<GrowwInstrumentsOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<GrowwInstrumentsOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        var httpClientBuilder = services.AddHttpClient(GrowwInstrumentCatalog.HttpClientName);
        if (services.Any(static d => d.ServiceType == typeof(GrowwInstrumentCatalog)))
        {
            return new GrowwInstrumentsBuilder(services, httpClientBuilder);
        }

        options.ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<GrowwInstrumentsOptions>>(
            new InstrumentCatalogOptionsValidator<GrowwInstrumentsOptions>("Groww instruments")));
        httpClientBuilder.AddInstrumentDownloadPipeline(static sp => sp.GetRequiredService<IOptions<GrowwInstrumentsOptions>>().Value.Retry, GrowwServiceKeys.Broker);
        services.AddSingleton(static sp => new GrowwInstrumentCatalog(
            sp.GetRequiredService<IHttpClientFactory>().CreateClient(GrowwInstrumentCatalog.HttpClientName),
            sp.GetRequiredService<IOptions<GrowwInstrumentsOptions>>().Value,
            sp.GetRequiredService<TimeProvider>(),
            sp.GetService<ILogger<GrowwInstrumentCatalog>>()));
        return new GrowwInstrumentsBuilder(services, httpClientBuilder);
    }

    /// <summary>Registers the Groww instrument catalogue next to a Groww client (see <see cref="AddGrowwInstruments"/>).</summary>
    /// <param name="builder">The client's builder.</param>
    /// <param name="configure">Adjusts the settings, if needed.</param>
    /// <returns>A builder exposing the download client's <see cref="IHttpClientBuilder"/>.</returns>
    public static GrowwInstrumentsBuilder AddInstruments(this GrowwClientBuilder builder, Action<GrowwInstrumentsOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Services.AddGrowwInstruments(configure);
    }
}
