using Broker.DependencyInjection;
using Broker.Groww.Historical;
using Broker.Groww.Instruments;
using Broker.Groww.Sending;
using Broker.Authentication;
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
/// with <see cref="Create(GrowwClientOptions, ILoggerFactory?, TimeProvider?, Action{GrowwClientBuilder}?)"/> and dispose it at the end.
/// </summary>
public sealed class GrowwClient : IGrowwClient, IDisposable, IAsyncDisposable
{
    private readonly IDisposable? _ownedServices;

    private GrowwClient(GrowwSender sender, GrowwClientOptions options, GrowwInstrumentCatalog? instruments, TokenManager tokens, TimeProvider timeProvider, ILogger logger, IDisposable? ownedServices)
    {
        _ownedServices = ownedServices;
        Tokens = tokens;
        Orders = new GrowwOrdersClient(sender, options, instruments, logger);
        SmartOrders = new GrowwSmartOrdersClient(sender);
        Portfolio = new GrowwPortfolioClient(sender);
        Margins = new GrowwMarginsClient(sender);
        LiveData = new GrowwLiveDataClient(sender, options, logger);
        Historical = new GrowwHistoricalClient(sender, options, timeProvider);
        User = new GrowwUserClient(sender);
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

    /// <inheritdoc />
    public TokenManager Tokens { get; }

    /// <summary>
    /// Creates a client without a host: for scripts and console apps. It owns its token cache and rate limiter, so
    /// create one per account and reuse it; dispose it when done.
    /// </summary>
    /// <param name="options">The account's settings; validated now.</param>
    /// <param name="loggerFactory">Where to log; nothing is logged when <see langword="null"/>.</param>
    /// <param name="timeProvider">The clock; the system clock when <see langword="null"/>.</param>
    /// <param name="configure">Further configuration, such as <c>b =&gt; b.HttpClientBuilder.AddHttpMessageHandler(…)</c>.</param>
    /// <returns>The client.</returns>
    /// <exception cref="OptionsValidationException">The options are invalid; the message says what to fix.</exception>
    public static GrowwClient Create(GrowwClientOptions options, ILoggerFactory? loggerFactory = null, TimeProvider? timeProvider = null, Action<GrowwClientBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        return BrokerServiceCollectionExtensions.CreateStandalone(
            loggerFactory, timeProvider, services => services.AddGrowwClient(options.CopyTo), configure, static (provider, builder, owned) => FromServices(provider, builder.Key, owned));
    }

    /// <summary>Builds the client of a registered account.</summary>
    internal static GrowwClient FromServices(IServiceProvider services, BrokerAccountKey key, IDisposable? ownedServices)
    {
        var options = BrokerServiceCollectionExtensions.OptionsOf<GrowwClientOptions>(services, key);
        var logger = (ILogger?)services.GetService<ILoggerFactory>()?.CreateLogger("Broker.Groww") ?? NullLogger.Instance;
        return new GrowwClient(
            new GrowwSender(BrokerHttpInvoker.ForAccount(services, key, logger), options.BaseAddress),
            options,
            services.GetService<GrowwInstrumentCatalog>(),
            services.GetRequiredKeyedService<TokenManager>(key),
            services.GetService<TimeProvider>() ?? TimeProvider.System,
            logger,
            ownedServices);
    }

    /// <summary>Releases the services of a client made by <see cref="Create(GrowwClientOptions, ILoggerFactory?, TimeProvider?, Action{GrowwClientBuilder}?)"/>; does nothing for an injected client.</summary>
    public void Dispose() => _ownedServices?.Dispose();

    /// <summary>Releases the services of a client made by <see cref="Create(GrowwClientOptions, ILoggerFactory?, TimeProvider?, Action{GrowwClientBuilder}?)"/> asynchronously.</summary>
    /// <returns>A task that completes when released.</returns>
    public ValueTask DisposeAsync() => _ownedServices is IAsyncDisposable disposable ? disposable.DisposeAsync() : ValueTask.CompletedTask;

    /// <inheritdoc />
    public override string ToString() => $"GrowwClient({Tokens.AccountKey})";
}
