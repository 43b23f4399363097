using System.Diagnostics.CodeAnalysis;
using System.Diagnostics.Metrics;
using Broker.Authentication;
using Broker.Diagnostics;
using Broker.Http;
using Broker.RateLimiting;
using Broker.Security;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Broker.DependencyInjection;

/// <summary>
/// The registration both broker packages build on: per account, keyed singletons for its secrets, its response
/// classifier, its <see cref="TokenManager"/> and its <see cref="BrokerRateLimiter"/>, and a named
/// <see cref="HttpClient"/> with the SDK's handler chain.
/// </summary>
/// <remarks>
/// Services keyed by the account's <see cref="BrokerAccountKey"/> are picked up when registered before the account's
/// singletons are first resolved: an <see cref="IRateLimitStore"/> (its limits shared with other processes), an
/// <see cref="IAccessTokenStore"/> (instead of the application-wide one) and an <see cref="ITokenMintLock"/> (mints
/// single-flight across processes). Broker.Redis's <c>UseRedis</c> registers them.
/// </remarks>
public static class BrokerServiceCollectionExtensions
{
    /// <summary>Registers one broker account's shared state and HTTP client.</summary>
    /// <typeparam name="TOptions">The broker's options type, configured as named options under the registration name.</typeparam>
    /// <param name="services">The service collection.</param>
    /// <param name="registration">What the broker package knows about the account.</param>
    /// <returns>The account's HTTP client builder, for adding handlers or replacing the primary handler.</returns>
    /// <exception cref="InvalidOperationException">An account of this broker is already registered under the same name.</exception>
    public static IHttpClientBuilder AddBrokerAccount<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)] TOptions>(this IServiceCollection services, BrokerAccountRegistration<TOptions> registration)
        where TOptions : BrokerClientOptions
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(registration);
        var key = registration.Key;
        if (services.Any(d => d.ServiceType == typeof(AccountMarker) && d.IsKeyedService && Equals(d.ServiceKey, key)))
        {
            throw new InvalidOperationException(
                $"{key.Broker} account '{key.Name}' is already registered. Register each account once (a second registration would build a second handler chain, so every call would be retried and charged against the rate limits twice); use another name for another account.");
        }

        services.AddKeyedSingleton(key, new AccountMarker());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IAccessTokenStore, InMemoryAccessTokenStore>();
        services.TryAddSingleton(static sp => sp.GetService<IMeterFactory>() is { } meters ? new BrokerMetrics(meters) : BrokerMetrics.Shared);

        services.AddKeyedSingleton(key, (sp, _) =>
        {
            var options = OptionsOf<TOptions>(sp, key);
            return new BrokerSecrets(options.GetSecrets);
        });

        services.AddKeyedSingleton(key, (sp, _) =>
        {
            var options = OptionsOf<TOptions>(sp, key);
            return new BrokerResponseClassifier(registration.CreateErrorReader(options), sp.GetRequiredKeyedService<BrokerSecrets>(key), options.MaxServerPause);
        });

        services.AddKeyedSingleton(key, (sp, _) =>
        {
            var options = OptionsOf<TOptions>(sp, key);
            return new BrokerRateLimiter(
                options.CreateRateLimiterOptions(registration.RateLimits(options)),
                sp.GetRequiredService<TimeProvider>(),
                sp.GetService<ILogger<BrokerRateLimiter>>())
            {
                Metrics = sp.GetRequiredService<BrokerMetrics>(),
                BrokerName = sp.GetRequiredKeyedService<BrokerResponseClassifier>(key).BrokerName,

                // Shared with other processes when a store is registered for this account (Broker.Redis does).
                SharedStore = sp.GetKeyedService<IRateLimitStore>(key),
            };
        });

        services.AddKeyedSingleton(key, (sp, _) =>
        {
            var options = OptionsOf<TOptions>(sp, key);
            return new TokenManager(
                key.ToString(),
                registration.CreateTokenProvider(sp, options),
                sp.GetKeyedService<IAccessTokenStore>(key) ?? sp.GetRequiredService<IAccessTokenStore>(),
                new TokenManagerOptions { RenewBeforeExpiry = options.TokenRenewBeforeExpiry },
                sp.GetRequiredService<TimeProvider>(),
                sp.GetService<ILogger<TokenManager>>(),
                sp.GetRequiredKeyedService<BrokerSecrets>(key))
            {
                Metrics = sp.GetRequiredService<BrokerMetrics>(),
                BrokerName = sp.GetRequiredKeyedService<BrokerResponseClassifier>(key).BrokerName,
                MintLock = sp.GetKeyedService<ITokenMintLock>(key),
            };
        });

        return services
            .AddHttpClient(key.HttpClientName)
            .AddBrokerPipeline(sp =>
            {
                var options = OptionsOf<TOptions>(sp, key);
                return new BrokerPipelineServices(
                    sp.GetRequiredKeyedService<BrokerRateLimiter>(key),
                    sp.GetRequiredKeyedService<BrokerResponseClassifier>(key),
                    options.Retry,
                    options.RequestTimeout,
                    options.MaxResponseBytes,
                    sp.GetRequiredService<TimeProvider>(),
                    () => registration.CreateAuthenticationHandler(sp, sp.GetRequiredKeyedService<TokenManager>(key)));
            });
    }

    /// <summary>
    /// Registers a service of one account the way both brokers do: keyed by the account's <see cref="BrokerAccountKey"/>
    /// and by its registration name, and, for the account named <see cref="BrokerAccountKey.DefaultName"/>, also as the
    /// plain service.
    /// </summary>
    /// <typeparam name="TService">The service, such as <c>IGrowwClient</c>.</typeparam>
    /// <param name="services">The service collection.</param>
    /// <param name="key">The account's key.</param>
    /// <param name="create">Creates the service (once; it is a singleton).</param>
    /// <returns>The same collection.</returns>
    public static IServiceCollection AddAccountService<TService>(this IServiceCollection services, BrokerAccountKey key, Func<IServiceProvider, TService> create)
        where TService : class
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(create);
        services.AddKeyedSingleton(key, (sp, _) => create(sp));
        services.AddKeyedSingleton<TService>(key.Name, (sp, _) => sp.GetRequiredKeyedService<TService>(key));
        if (key.Name == BrokerAccountKey.DefaultName)
        {
            services.TryAddSingleton(sp => sp.GetRequiredKeyedService<TService>(key));
        }

        return services;
    }

    /// <summary>
    /// Builds a client that owns its services, for the clients' <c>Create</c> methods: a fresh collection with the
    /// caller's logger factory and clock (the system clock when none), the account registered by
    /// <paramref name="register"/> and adjusted by <paramref name="configure"/>, and the client made from the built
    /// provider, which the client then owns. If making the client fails, the provider is disposed.
    /// </summary>
    /// <typeparam name="TBuilder">The broker's registration builder.</typeparam>
    /// <typeparam name="TClient">The client.</typeparam>
    /// <param name="loggerFactory">Where to log; nothing is logged when <see langword="null"/>.</param>
    /// <param name="timeProvider">The clock; the system clock when <see langword="null"/>.</param>
    /// <param name="register">Registers the account, returning its builder.</param>
    /// <param name="configure">The caller's further configuration, or <see langword="null"/>.</param>
    /// <param name="create">Makes the client from the provider and the builder; the provider is passed as what the client owns.</param>
    /// <returns>The client.</returns>
    public static TClient CreateStandalone<TBuilder, TClient>(
        ILoggerFactory? loggerFactory,
        TimeProvider? timeProvider,
        Func<IServiceCollection, TBuilder> register,
        Action<TBuilder>? configure,
        Func<IServiceProvider, TBuilder, IDisposable, TClient> create)
    {
        ArgumentNullException.ThrowIfNull(register);
        ArgumentNullException.ThrowIfNull(create);
        var services = new ServiceCollection();
        if (loggerFactory is not null)
        {
            services.AddSingleton(loggerFactory);
            services.AddSingleton(typeof(ILogger<>), typeof(Logger<>));
        }

        if (timeProvider is not null)
        {
            services.AddSingleton(timeProvider);
        }

        var builder = register(services);
        configure?.Invoke(builder);
        var provider = services.BuildServiceProvider();
        try
        {
            return create(provider, builder, provider);
        }
        catch
        {
            provider.Dispose();
            throw;
        }
    }

    /// <summary>Reads an account's options (named options under its registration name).</summary>
    /// <typeparam name="TOptions">The options type.</typeparam>
    /// <param name="services">The service provider.</param>
    /// <param name="key">The account's key.</param>
    /// <returns>The options.</returns>
    public static TOptions OptionsOf<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)] TOptions>(IServiceProvider services, BrokerAccountKey key)
        where TOptions : BrokerClientOptions
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(key);
        return services.GetRequiredService<IOptionsMonitor<TOptions>>().Get(key.Name);
    }

    /// <summary>Marks an account key as registered, so a second registration is refused.</summary>
    private sealed class AccountMarker;
}
