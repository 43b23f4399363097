using Broker.DependencyInjection;
using Broker.Dhan;
using Broker.Dhan.Instruments;
using Broker.Instruments;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the Dhan instrument catalogue.</summary>
public static class DhanInstrumentsServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="DhanInstrumentCatalog"/> as a singleton, with its own download client
    /// (<see cref="DhanInstrumentCatalog.HttpClientName"/>). The compact and detailed masters need no Dhan account;
    /// <see cref="DhanScripMasterSource.Segments"/> uses the account named by <see cref="DhanInstrumentsOptions.AccountName"/>.
    /// Calling it again only adds more configuration.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Adjusts the settings (source, rollover time, cache file, size cap…), if needed.</param>
    /// <returns>A builder exposing the download client's <see cref="IHttpClientBuilder"/>.</returns>
    public static DhanInstrumentsBuilder AddDhanInstruments(this IServiceCollection services, Action<DhanInstrumentsOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<DhanInstrumentsOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        var httpClientBuilder = services.AddHttpClient(DhanInstrumentCatalog.HttpClientName);
        if (services.Any(static d => d.ServiceType == typeof(DhanInstrumentCatalog)))
        {
            return new DhanInstrumentsBuilder(services, httpClientBuilder);
        }

        options.ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DhanInstrumentsOptions>>(
            new InstrumentCatalogOptionsValidator<DhanInstrumentsOptions>("Dhan instruments")));
        httpClientBuilder.AddInstrumentDownloadPipeline(static sp => sp.GetRequiredService<IOptions<DhanInstrumentsOptions>>().Value.Retry, Broker.Dhan.Errors.DhanErrorReader.Broker);
        services.AddSingleton(static sp => Create(sp));
        return new DhanInstrumentsBuilder(services, httpClientBuilder);
    }

    /// <summary>
    /// Registers the Dhan instrument catalogue next to a Dhan client (see <see cref="AddDhanInstruments"/>); with
    /// <see cref="DhanScripMasterSource.Segments"/> the per-segment lists are fetched through this account.
    /// </summary>
    /// <param name="builder">The client's builder.</param>
    /// <param name="configure">Adjusts the settings, if needed.</param>
    /// <returns>A builder exposing the download client's <see cref="IHttpClientBuilder"/>.</returns>
    public static DhanInstrumentsBuilder AddInstruments(this DhanClientBuilder builder, Action<DhanInstrumentsOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var name = builder.Name;
        return builder.Services.AddDhanInstruments(options =>
        {
            options.AccountName = name;
            configure?.Invoke(options);
        });
    }

    private static DhanInstrumentCatalog Create(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<DhanInstrumentsOptions>>().Value;
        var factory = services.GetRequiredService<IHttpClientFactory>();
        HttpClient? apiClient = null;
        Uri? apiBase = null;
        if (options.Source == DhanScripMasterSource.Segments)
        {
            var key = DhanServiceKeys.For(options.AccountName);
            apiBase = BrokerServiceCollectionExtensions.OptionsOf<DhanClientOptions>(services, key).Environment.ApiBaseAddress;
            apiClient = factory.CreateClient(key.HttpClientName);
        }

        return new DhanInstrumentCatalog(
            factory.CreateClient(DhanInstrumentCatalog.HttpClientName),
            options,
            services.GetRequiredService<TimeProvider>(),
            services.GetService<ILogger<DhanInstrumentCatalog>>(),
            apiClient,
            apiBase);
    }
}
