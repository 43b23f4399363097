using System.Diagnostics.CodeAnalysis;
using Broker.Authentication;
using Broker.DependencyInjection;
using Broker.Dhan;
using Broker.Dhan.Authentication;
using Broker.Dhan.Errors;
using Broker.Dhan.Http;
using Broker.Dhan.Instruments;
using Broker.Dhan.Trading;
using Broker.Http;
using Broker.RateLimiting;
using Broker.Trading;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers Dhan accounts.</summary>
public static class DhanServiceCollectionExtensions
{
    /// <summary>The broker name used in account keys.</summary>
    public const string BrokerName = DhanErrorReader.Broker;

    /// <summary>
    /// Registers the default Dhan account: resolve <see cref="IDhanClient"/>. Options are validated at start-up (and on
    /// first use without a host).
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the account's options (credentials usually from configuration or environment).</param>
    /// <returns>A builder exposing the account's HTTP client builder.</returns>
    public static DhanClientBuilder AddDhanClient(this IServiceCollection services, Action<DhanClientOptions> configure) =>
        services.AddDhanClient(BrokerAccountKey.DefaultName, configure);

    /// <summary>
    /// Registers a named Dhan account: resolve it with
    /// <c>GetRequiredKeyedService&lt;IDhanClient&gt;(new BrokerAccountKey("Dhan", name))</c>. The name
    /// <c>default</c> is also registered as plain <see cref="IDhanClient"/>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="name">The registration name.</param>
    /// <param name="configure">Sets the account's options.</param>
    /// <returns>A builder exposing the account's HTTP client builder.</returns>
    public static DhanClientBuilder AddDhanClient(this IServiceCollection services, string name, Action<DhanClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(configure);
        var key = new BrokerAccountKey(BrokerName, name);
        services.AddOptions<DhanClientOptions>(name).Configure(configure).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DhanClientOptions>, DhanClientOptionsValidator>());

        var httpClientBuilder = services.AddBrokerAccount(new BrokerAccountRegistration<DhanClientOptions>(key)
        {
            CreateTokenProvider = (sp, options) => CreateTokenProvider(sp, key, options),
            RateLimits = RateLimitsOf,
            CreateErrorReader = static _ => new DhanErrorReader(),
            CreateAuthenticationHandler = (sp, tokens) => new DhanAuthenticationHandler(
                tokens, Options(sp, key).ClientId!, sp.GetService<ILogger<DhanAuthenticationHandler>>()),
        });

        services.AddKeyedSingleton(key, (sp, _) => new DhanOptionChainGate(
            Options(sp, key).RateLimits.OptionChainUniqueRequestInterval, sp.GetRequiredService<TimeProvider>()));
        services.AddKeyedSingleton(key, (sp, _) => new DhanModificationCounter(
            Options(sp, key).RateLimits.MaxModificationsPerOrder, sp.GetRequiredService<TimeProvider>()));
        services.AddKeyedSingleton<IDhanClient>(key, (sp, _) =>
        {
            var options = Options(sp, key);
            var timeProvider = sp.GetRequiredService<TimeProvider>();
            var context = new DhanClientContext(
                CreateInvoker(sp, key),
                options,
                timeProvider,
                sp.GetRequiredKeyedService<DhanOptionChainGate>(key),
                sp.GetRequiredKeyedService<DhanModificationCounter>(key),
                sp.GetService<ILoggerFactory>()?.CreateLogger("Broker.Dhan"));
            return new DhanClient(context, sp.GetRequiredKeyedService<TokenManager>(key));
        });
        if (name == BrokerAccountKey.DefaultName)
        {
            services.TryAddSingleton(sp => sp.GetRequiredKeyedService<IDhanClient>(key));
        }

        AddTradingClient(services, key);
        return new DhanClientBuilder(services, key, httpClientBuilder);
    }

    /// <summary>
    /// Registers a named Dhan account whose options come from a configuration section (see
    /// <see cref="DhanConfigurationBinder.Bind"/> for the keys), then from <paramref name="configure"/>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="name">The registration name (<c>default</c> for the unkeyed <see cref="IDhanClient"/>).</param>
    /// <param name="section">The section, such as <c>configuration.GetSection("Dhan")</c>.</param>
    /// <param name="configure">Further settings, applied after the section.</param>
    /// <returns>A builder exposing the account's HTTP client builder.</returns>
    public static DhanClientBuilder AddDhanClient(this IServiceCollection services, string name, Microsoft.Extensions.Configuration.IConfiguration section, Action<DhanClientOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(section);
        return services.AddDhanClient(name, options =>
        {
            DhanConfigurationBinder.Bind(options, section);
            configure?.Invoke(options);
        });
    }

    /// <summary>
    /// The broker-neutral <see cref="ITradingClient"/> over this account: keyed by the account key and by the registration
    /// name, and for the default registration also as a plain singleton (enumerable beside other brokers' defaults).
    /// Symbols resolve through the <see cref="DhanInstrumentCatalog"/> when one is registered.
    /// </summary>
    private static void AddTradingClient(IServiceCollection services, BrokerAccountKey key)
    {
        services.AddKeyedSingleton<ITradingClient>(key, (sp, _) =>
            new DhanTradingClient(sp.GetRequiredKeyedService<IDhanClient>(key), sp.GetService<DhanInstrumentCatalog>()));
        services.AddKeyedSingleton<ITradingClient>(key.Name, (sp, _) => sp.GetRequiredKeyedService<ITradingClient>(key));
        if (key.Name == BrokerAccountKey.DefaultName)
        {
            services.TryAddEnumerable(ServiceDescriptor.Singleton<ITradingClient, DhanTradingClient>(
                sp => (DhanTradingClient)sp.GetRequiredKeyedService<ITradingClient>(key)));
        }
    }

    private static DhanClientOptions Options(IServiceProvider services, BrokerAccountKey key) =>
        BrokerServiceCollectionExtensions.OptionsOf<DhanClientOptions>(services, key);

    private static BrokerHttpInvoker CreateInvoker(IServiceProvider services, BrokerAccountKey key) => new(
        services.GetRequiredService<IHttpClientFactory>().CreateClient(key.HttpClientName),
        services.GetRequiredKeyedService<BrokerResponseClassifier>(key),
        services.GetRequiredService<TimeProvider>(),
        services.GetService<ILoggerFactory>()?.CreateLogger("Broker.Dhan"));

    private static IAccessTokenProvider CreateTokenProvider(IServiceProvider services, BrokerAccountKey key, DhanClientOptions options)
    {
        var timeProvider = services.GetRequiredService<TimeProvider>();
        var requests = new DhanRequestBuilder(options);

        // The HTTP client is created on each mint, not here: building its handlers resolves the TokenManager being built.
        BrokerHttpInvoker Invoker() => CreateInvoker(services, key);
        return options.ResolveAuthenticationMode() switch
        {
            DhanAuthenticationMode.PinTotp => new DhanPinTotpTokenProvider(Invoker, requests, options.ClientId!, options.Pin!, options.TotpSecret!, timeProvider),
            DhanAuthenticationMode.RenewToken => new DhanRenewTokenProvider(
                Invoker, () => services.GetRequiredKeyedService<TokenManager>(key).CurrentToken, requests, options.ClientId!, options.AccessToken!, timeProvider),
            _ => new DhanStaticTokenProvider(options.AccessToken!),
        };
    }

    [SuppressMessage("Style", "IDE0028:Simplify collection initialization", Justification = "Reads better as a list of pairs.")]
    private static IEnumerable<KeyValuePair<RateLimitCategory, IReadOnlyList<RateLimitWindow>>> RateLimitsOf(DhanClientOptions options) =>
    [
        new(DhanRateLimitCategories.Order, [.. options.RateLimits.Order]),
        new(DhanRateLimitCategories.Data, [.. options.RateLimits.Data]),
        new(DhanRateLimitCategories.Quote, [.. options.RateLimits.Quote]),
        new(DhanRateLimitCategories.NonTrading, [.. options.RateLimits.NonTrading]),
    ];
}
