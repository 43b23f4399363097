using Broker.DependencyInjection;
using Broker.Groww.Historical;
using Broker.Groww.Instruments;
using Broker.Groww.Http;
using Broker.Groww.LiveData;
using Broker.Groww.Margins;
using Broker.Groww.Orders;
using Broker.Groww.Portfolio;
using Broker.Groww.SmartOrders;
using Broker.Groww.Users;
using Broker.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Broker.Groww;

/// <summary>
/// The Groww client of one account. With dependency injection, register it with
/// <c>services.AddGrowwClient(…)</c> and inject <see cref="IGrowwClient"/>; in scripts and console apps create one
/// with <see cref="Create(GrowwClientOptions, ILoggerFactory?, Action{GrowwClientBuilder}?)"/> and dispose it at the end.
/// </summary>
public sealed class GrowwClient : IGrowwClient, IDisposable
{
    private readonly IDisposable? _ownedServices;

    private GrowwClient(GrowwApi api, ILogger logger, IDisposable? ownedServices)
    {
        _ownedServices = ownedServices;
        Orders = new GrowwOrdersClient(api, logger);
        SmartOrders = new GrowwSmartOrdersClient(api);
        Portfolio = new GrowwPortfolioClient(api);
        Margins = new GrowwMarginsClient(api);
        LiveData = new GrowwLiveDataClient(api, logger);
        Historical = new GrowwHistoricalClient(api);
        User = new GrowwUserClient(api);
    }

    /// <inheritdoc />
    public IGrowwOrdersClient Orders { get; }

    /// <inheritdoc />
    public IGrowwSmartOrdersClient SmartOrders { get; }

    /// <inheritdoc />
    public IGrowwPortfolioClient Portfolio { get; }

    /// <inheritdoc />
    public IGrowwMarginsClient Margins { get; }

    /// <inheritdoc />
    public IGrowwLiveDataClient LiveData { get; }

    /// <inheritdoc />
    public IGrowwHistoricalClient Historical { get; }

    /// <inheritdoc />
    public IGrowwUserClient User { get; }

    /// <summary>
    /// Creates a client without a host: for scripts and console apps. It owns its token cache and rate limiter, so
    /// create one per account and reuse it; dispose it when done.
    /// </summary>
    /// <param name="options">The account's settings; validated now.</param>
    /// <param name="loggerFactory">Where to log; nothing is logged when <see langword="null"/>.</param>
    /// <param name="configure">Further configuration, such as <c>b =&gt; b.HttpClientBuilder.AddHttpMessageHandler(…)</c>.</param>
    /// <returns>The client.</returns>
    /// <exception cref="OptionsValidationException">The options are invalid; the message says what to fix.</exception>
    public static GrowwClient Create(GrowwClientOptions options, ILoggerFactory? loggerFactory = null, Action<GrowwClientBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var services = new ServiceCollection();
        if (loggerFactory is not null)
        {
            services.AddSingleton(loggerFactory);
            services.AddSingleton(typeof(ILogger<>), typeof(Logger<>));
        }

        var builder = services.AddGrowwClient(options.CopyTo);
        configure?.Invoke(builder);
        var provider = services.BuildServiceProvider();
        try
        {
            return FromServices(provider, builder.Key, provider);
        }
        catch
        {
            provider.Dispose();
            throw;
        }
    }

    /// <summary>Builds the client of a registered account.</summary>
    internal static GrowwClient FromServices(IServiceProvider services, BrokerAccountKey key, IDisposable? ownedServices)
    {
        var options = BrokerServiceCollectionExtensions.OptionsOf<GrowwClientOptions>(services, key);
        var timeProvider = services.GetRequiredService<TimeProvider>();
        var logger = (ILogger?)services.GetService<ILoggerFactory>()?.CreateLogger("Broker.Groww") ?? NullLogger.Instance;
        var httpClient = services.GetRequiredService<IHttpClientFactory>().CreateClient(key.HttpClientName);
        var invoker = new BrokerHttpInvoker(httpClient, services.GetRequiredKeyedService<BrokerResponseClassifier>(key), timeProvider, logger);
        return new GrowwClient(new GrowwApi(invoker, options, timeProvider, services.GetService<GrowwInstrumentCatalog>()), logger, ownedServices);
    }

    /// <summary>Releases the services of a client made by <see cref="Create(GrowwClientOptions, ILoggerFactory?, Action{GrowwClientBuilder}?)"/>; does nothing for an injected client.</summary>
    public void Dispose() => _ownedServices?.Dispose();
}
