using Broker.DependencyInjection;
using Broker.Groww;
using Broker.Groww.Authentication;
using Broker.Groww.Errors;
using Broker.Groww.Instruments;
using Broker.Groww.Trading;
using System.Net.Http.Headers;
using Broker.Authentication;
using Broker.RateLimiting;
using Broker.Trading;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers Groww clients: one per account name, each with its own tokens and rate limiter.</summary>
public static class GrowwServiceCollectionExtensions
{
    /// <summary>Registers the Groww client of the application's account, configured in code.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options (credentials at least).</param>
    /// <returns>A builder exposing the account's <see cref="IHttpClientBuilder"/>.</returns>
    public static GrowwClientBuilder AddGrowwClient(this IServiceCollection services, Action<GrowwClientOptions> configure) =>
        AddGrowwClient(services, BrokerAccountKey.DefaultName, configure);

    /// <summary>Registers the Groww client of a named account, configured in code.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="name">The account's registration name.</param>
    /// <param name="configure">Sets the options (credentials at least).</param>
    /// <returns>A builder exposing the account's <see cref="IHttpClientBuilder"/>.</returns>
    public static GrowwClientBuilder AddGrowwClient(this IServiceCollection services, string name, Action<GrowwClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<GrowwClientOptions>(name).Configure(configure);
        return AddCore(services, name);
    }

    /// <summary>
    /// Registers the Groww client of the application's account from configuration, such as
    /// <c>configuration.GetSection("Groww")</c> with <c>Credentials:TotpToken</c>, <c>Credentials:TotpSecret</c>,
    /// <c>RateLimits:Orders</c> and so on.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The configuration section.</param>
    /// <returns>A builder exposing the account's <see cref="IHttpClientBuilder"/>.</returns>
    public static GrowwClientBuilder AddGrowwClient(this IServiceCollection services, IConfiguration configuration) =>
        AddGrowwClient(services, BrokerAccountKey.DefaultName, configuration);

    /// <summary>
    /// Registers the Groww client of a named account from configuration, then from <paramref name="configure"/>. Every
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
    public static GrowwClientBuilder AddGrowwClient(this IServiceCollection services, string name, IConfiguration configuration, Action<GrowwClientOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(configuration);
        var options = services.AddOptions<GrowwClientOptions>(name).Configure(o =>
        {
            try
            {
                configuration.Bind(o, static binder => binder.ErrorOnUnknownConfiguration = true);
            }
            catch (InvalidOperationException ex)
            {
                throw BrokerOptionsValidation.BindingFailed<GrowwClientOptions>(GrowwServiceKeys.Broker, name, ex);
            }
        });
        if (configure is not null)
        {
            options.Configure(configure);
        }

        return AddCore(services, name);
    }

    private static GrowwClientBuilder AddCore(IServiceCollection services, string name)
    {
        var key = GrowwServiceKeys.For(name);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<GrowwClientOptions>, GrowwClientOptionsValidator>());
        services.AddOptions<GrowwClientOptions>(name).ValidateOnStart();
        var httpClientBuilder = services.AddBrokerAccount(new BrokerAccountRegistration<GrowwClientOptions>(key)
        {
            CreateTokenProvider = (sp, options) => CreateTokenProvider(sp, key, options),
            RateLimits = static options => options.RateLimits.Windows().Select(
                static limit => KeyValuePair.Create(limit.Category, RateLimitWindow.ParseList(limit.Text))),
            CreateErrorReader = static options => new GrowwErrorReader(options.TreatNotAuthorisedAsExpiredToken),
            CreateAuthenticationHandler = static (sp, tokens) => new GrowwAuthenticationHandler(
                tokens, sp.GetService<ILoggerFactory>()?.CreateLogger("Broker.Groww.Authentication")),
        });

        // The headers that never change go on the client once, not on every request.
        httpClientBuilder.ConfigureHttpClient((sp, client) =>
        {
            var options = BrokerServiceCollectionExtensions.OptionsOf<GrowwClientOptions>(sp, key);
            var headers = client.DefaultRequestHeaders;
            headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
            headers.Add("X-API-VERSION", options.ApiVersion);
            AddIfSet(headers, "x-client-id", options.ClientId);
            AddIfSet(headers, "x-client-platform", options.ClientPlatform);
            AddIfSet(headers, "x-client-platform-version", options.ClientPlatformVersion);
        });

        services.AddKeyedSingleton<IGrowwClient>(key, (sp, _) => GrowwClient.FromServices(sp, key, ownedServices: null));
        services.AddKeyedSingleton<IGrowwClient>(name, (sp, _) => sp.GetRequiredKeyedService<IGrowwClient>(key));
        if (name == BrokerAccountKey.DefaultName)
        {
            services.TryAddSingleton(sp => sp.GetRequiredKeyedService<IGrowwClient>(key));
        }

        services.TryAddSingleton<IGrowwClientFactory, GrowwClientFactory>();
        AddTradingClient(services, key);
        return new GrowwClientBuilder(services, key, httpClientBuilder);
    }

    /// <summary>
    /// The broker-neutral <see cref="ITradingClient"/> over this account: keyed by the account key and by the registration
    /// name, and for the default registration also as a plain singleton (enumerable beside other brokers' defaults).
    /// </summary>
    private static void AddTradingClient(IServiceCollection services, BrokerAccountKey key)
    {
        services.AddKeyedSingleton<ITradingClient>(key, (sp, _) =>
            new GrowwTradingClient(sp.GetRequiredKeyedService<IGrowwClient>(key), sp.GetService<GrowwInstrumentCatalog>()));
        services.AddKeyedSingleton<ITradingClient>(key.Name, (sp, _) => sp.GetRequiredKeyedService<ITradingClient>(key));
        if (key.Name == BrokerAccountKey.DefaultName)
        {
            services.TryAddEnumerable(ServiceDescriptor.Singleton<ITradingClient, GrowwTradingClient>(
                sp => (GrowwTradingClient)sp.GetRequiredKeyedService<ITradingClient>(key)));
        }
    }

    private static void AddIfSet(HttpRequestHeaders headers, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            headers.Add(name, value);
        }
    }

    private static IAccessTokenProvider CreateTokenProvider(IServiceProvider services, BrokerAccountKey key, GrowwClientOptions options)
    {
        var credentials = options.Credentials;
        var timeProvider = services.GetRequiredService<TimeProvider>();
        var mode = credentials.ResolveMode()
            ?? throw new OptionsValidationException(key.Name, typeof(GrowwClientOptions), ["Groww: Credentials are missing or ambiguous; see the options validation message."]);
        if (mode == GrowwAuthenticationMode.AccessToken)
        {
            return new GrowwAccessTokenProvider(credentials.AccessToken!, credentials.AccessTokenExpiresAt, options.DailyTokenExpiry, timeProvider);
        }

        var minter = new GrowwTokenMinter(
            services.GetRequiredService<IHttpClientFactory>(),
            key.HttpClientName,
            options,
            services.GetRequiredKeyedService<Broker.Http.BrokerResponseClassifier>(key),
            timeProvider,
            (ILogger?)services.GetService<ILoggerFactory>()?.CreateLogger("Broker.Groww.Authentication") ?? NullLogger.Instance);
        return mode == GrowwAuthenticationMode.Approval
            ? new GrowwApprovalTokenProvider(minter, credentials.ApiKey!, credentials.ApiSecret!, options.SendApprovalTimestampAsNumber)
            : new GrowwTotpTokenProvider(minter, credentials.TotpToken!, credentials.TotpSecret!);
    }
}
