using System.Net.Http.Headers;
using Broker.Authentication;
using Broker.DependencyInjection;
using Broker.Dhan;
using Broker.Dhan.Authentication;
using Broker.Dhan.Errors;
using Broker.Dhan.Instruments;
using Broker.Dhan.Sending;
using Broker.Dhan.Trading;
using Broker.Http;
using Broker.RateLimiting;
using Broker.Trading;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers Dhan clients: one per account name, each with its own tokens and rate limiter.</summary>
public static class DhanServiceCollectionExtensions
{
    /// <summary>Registers the Dhan client of the application's account, configured in code.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options (client id and credentials at least).</param>
    /// <returns>A builder exposing the account's <see cref="IHttpClientBuilder"/>.</returns>
    public static DhanClientBuilder AddDhanClient(this IServiceCollection services, Action<DhanClientOptions> configure) =>
        AddDhanClient(services, BrokerAccountKey.DefaultName, configure);

    /// <summary>
    /// Registers the Dhan client of a named account, configured in code. Resolve it with
    /// <see cref="IDhanClientFactory.GetClient"/>, or as a keyed <see cref="IDhanClient"/> under the name (or
    /// <see cref="DhanServiceKeys.For"/>).
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="name">The account's registration name.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>A builder exposing the account's <see cref="IHttpClientBuilder"/>.</returns>
    public static DhanClientBuilder AddDhanClient(this IServiceCollection services, string name, Action<DhanClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<DhanClientOptions>(name).Configure(configure);
        return AddCore(services, name);
    }

    /// <summary>
    /// Registers the Dhan client of the application's account from configuration, such as
    /// <c>configuration.GetSection("Dhan")</c> with <c>ClientId</c>, <c>Pin</c>, <c>TotpSecret</c>,
    /// <c>RateLimits:Order</c>, <c>Environment:ApiBaseAddress</c> and so on (environment variables <c>Dhan__ClientId</c>…).
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The configuration section.</param>
    /// <returns>A builder exposing the account's <see cref="IHttpClientBuilder"/>.</returns>
    public static DhanClientBuilder AddDhanClient(this IServiceCollection services, IConfiguration configuration) =>
        AddDhanClient(services, BrokerAccountKey.DefaultName, configuration);

    /// <summary>
    /// Registers the Dhan client of a named account from configuration, then from <paramref name="configure"/>. Every
    /// option binds (through the configuration-binding source generator). A key under the section that no option has,
    /// at any depth (a misspelling such as <c>RateLimit:Orders</c>), or a value of the wrong form is an error, not a
    /// warning: the first resolution of the account's options (at host start, through <c>ValidateOnStart</c>) throws
    /// an <see cref="OptionsValidationException"/> naming the broker, the account and the key, because an ignored key
    /// would silently leave a rate limit, a host or a credential at its default.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="name">The account's registration name.</param>
    /// <param name="configuration">The configuration section.</param>
    /// <param name="configure">Further settings, applied after the section; <see langword="null"/> for none.</param>
    /// <returns>A builder exposing the account's <see cref="IHttpClientBuilder"/>.</returns>
    public static DhanClientBuilder AddDhanClient(this IServiceCollection services, string name, IConfiguration configuration, Action<DhanClientOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(configuration);
        var options = services.AddOptions<DhanClientOptions>(name).Configure(o =>
        {
            try
            {
                configuration.Bind(o, static binder => binder.ErrorOnUnknownConfiguration = true);
            }
            catch (InvalidOperationException ex)
            {
                throw BrokerOptionsValidation.BindingFailed<DhanClientOptions>(DhanServiceKeys.Broker, name, ex);
            }
        });
        if (configure is not null)
        {
            options.Configure(configure);
        }

        return AddCore(services, name);
    }

    private static DhanClientBuilder AddCore(IServiceCollection services, string name)
    {
        var key = DhanServiceKeys.For(name);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DhanClientOptions>, DhanClientOptionsValidator>());
        services.AddOptions<DhanClientOptions>(name).ValidateOnStart();
        var httpClientBuilder = services.AddBrokerAccount(new BrokerAccountRegistration<DhanClientOptions>(key)
        {
            CreateTokenProvider = (sp, options) => CreateTokenProvider(sp, key, options),
            RateLimits = static options => options.RateLimits.Windows().Select(static limit => KeyValuePair.Create(limit.Category, RateLimitWindow.ParseList(limit.Text))),
            CreateErrorReader = static _ => new DhanErrorReader(),
            CreateAuthenticationHandler = (sp, tokens) => new DhanAuthenticationHandler(
                tokens, Options(sp, key).ClientId!, sp.GetService<ILogger<DhanAuthenticationHandler>>()),
        });

        // The header that never changes goes on the client once, not on every request.
        httpClientBuilder.ConfigureHttpClient(static client => client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json")));
        services.AddKeyedSingleton(key, (sp, _) => new DhanOptionChainGate(
            Options(sp, key).RateLimits.OptionChainUniqueRequestInterval, sp.GetRequiredService<TimeProvider>()));
        services.AddKeyedSingleton(key, (sp, _) => new DhanModificationCounter(
            Options(sp, key).RateLimits.MaxModificationsPerOrder, sp.GetRequiredService<TimeProvider>()));
        services.AddAccountService<IDhanClient>(key, sp => DhanClient.FromServices(sp, key, ownedServices: null));
        services.TryAddSingleton<IDhanClientFactory, DhanClientFactory>();
        AddTradingClient(services, key);
        return new DhanClientBuilder(services, key, httpClientBuilder);
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

    private static IAccessTokenProvider CreateTokenProvider(IServiceProvider services, BrokerAccountKey key, DhanClientOptions options)
    {
        var timeProvider = services.GetRequiredService<TimeProvider>();

        // The sender (and its HTTP client) is created on each mint, not here: building the client's handlers resolves
        // the TokenManager being built.
        DhanSender Sender() => new(
            new BrokerHttpInvoker(
                services.GetRequiredService<IHttpClientFactory>().CreateClient(key.HttpClientName),
                services.GetRequiredKeyedService<BrokerResponseClassifier>(key),
                timeProvider,
                services.GetService<ILoggerFactory>()?.CreateLogger("Broker.Dhan")),
            options.Environment,
            options.ClientId ?? string.Empty,
            options.HttpVersion,
            options.HttpVersionPolicy);
        return options.ResolveAuthenticationMode() switch
        {
            DhanAuthenticationMode.PinTotp => new DhanPinTotpTokenProvider(Sender, options.ClientId!, options.Pin!, options.TotpSecret!, timeProvider),
            DhanAuthenticationMode.RenewToken => new DhanRenewTokenProvider(
                Sender, () => services.GetRequiredKeyedService<TokenManager>(key).CurrentToken, options.ClientId!, options.AccessToken!, timeProvider),
            _ => new DhanStaticTokenProvider(options.AccessToken!),
        };
    }
}
