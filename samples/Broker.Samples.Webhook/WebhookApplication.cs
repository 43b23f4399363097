using System.Collections;
using Broker.Authentication;
using Broker.DependencyInjection;
using Broker.Dhan;
using Broker.Dhan.Instruments;
using Broker.Groww;
using Broker.Samples.Webhook.Configuration;
using Broker.Samples.Webhook.Endpoints;
using Broker.Samples.Webhook.Health;
using Broker.Samples.Webhook.Logging;
using Broker.Samples.Webhook.OrderLog;
using Broker.Samples.Webhook.Orders;
using Broker.Samples.Webhook.Queue;
using Broker.Samples.Webhook.Risk;
using Broker.Samples.Webhook.Sandbox;
using Broker.Samples.Webhook.Security;
using Broker.Sandbox;
using Broker.Trading;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Broker.Samples.Webhook;

/// <summary>
/// Builds the webhook service: configuration (appsettings, user secrets in Development, the seed's environment
/// names, environment variables, command line), the chosen broker's client and instrument master, and the endpoints.
/// </summary>
internal static class WebhookApplication
{
    /// <summary>Builds the application (not started).</summary>
    /// <param name="args">Command-line arguments (<c>--Webhook:Broker=Dhan</c> and so on).</param>
    /// <param name="configure">Runs after the configuration sources are in place and before anything is read from them (tests add settings and services here).</param>
    /// <param name="environment">The environment variables for the seed's names; the process's when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels starting an embedded sandbox.</param>
    /// <returns>The application.</returns>
    /// <exception cref="OptionsValidationException">The settings are invalid; the messages say what to fix.</exception>
    public static async Task<WebApplication> CreateAsync(
        string[] args, Action<WebApplicationBuilder>? configure = null, IDictionary? environment = null, CancellationToken cancellationToken = default)
    {
        var builder = WebApplication.CreateBuilder(args);
        SeedEnvironmentAliases.AddTo(builder.Configuration, environment ?? Environment.GetEnvironmentVariables());
        configure?.Invoke(builder);

        var configuration = builder.Configuration;
        var options = new WebhookOptions();
        configuration.GetSection(WebhookOptions.SectionName).Bind(options);
        var hasCredentials = BrokerCredentials.AreConfigured(configuration, options.Broker);
        var validation = new WebhookOptionsValidator(hasCredentials).Validate(null, options);
        if (validation.Failed)
        {
            throw new OptionsValidationException(WebhookOptions.SectionName, typeof(WebhookOptions), [.. validation.Failures]);
        }

        BrokerSandbox? sandbox = null;
        var sandboxOptions = new SandboxOptions();
        if (options.UseSandbox && !hasCredentials)
        {
            sandbox = await EmbeddedSandbox.StartSandboxAsync(sandboxOptions, cancellationToken).ConfigureAwait(false);
            builder.Services.AddHostedService(_ => new EmbeddedSandbox(sandbox));
        }

        // The Dhan postback route carries its secret in the path: keep the request lines that print paths out of the logs.
        builder.Logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.AspNetCore.Routing", LogLevel.Warning);

        var services = builder.Services;
        services.AddSingleton(options);
        services.AddSingleton(Microsoft.Extensions.Options.Options.Create(options));
        var secrets = BrokerCredentials.Secrets(configuration);
        services.AddSingleton(sp => new SecretScrubber(secrets, () => sp.GetRequiredService<IOrderGateway>().Tokens?.CurrentToken?.Value));
        services.AddSingleton<WebhookSecretVerifier>();
        services.AddSingleton<DhanPostbackSecretVerifier>();
        services.AddSingleton<DhanPostbackRecorder>();
        services.AddSingleton<CsvOrderLog>();
        services.AddSingleton<BrokerHealth>();
        services.AddSingleton<OrderDesk>();
        services.AddSingleton<RiskGuard>();
        services.AddSingleton<AlertJournal>();
        services.AddSingleton<AlertQueue>();
        services.AddHostedService<AlertWorkers>();
        services.AddSingleton<ReadinessProbe>();
        services.AddSingleton<TokenKeeper>();
        services.AddHostedService(sp => sp.GetRequiredService<TokenKeeper>());
        services.AddHostedService<InstrumentWarmup>();
        services.TryAddSingletonTimeProvider();

        var withClient = hasCredentials || sandbox is not null;
        if (options.Broker == WebhookBroker.Dhan)
        {
            AddDhan(services, configuration, options, withClient, sandbox);
        }
        else
        {
            AddGroww(services, configuration, options, withClient, sandbox);
        }

        var app = builder.Build();
        app.MapWebhookEndpoints();
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Broker.Samples.Webhook");
        var orderLogPath = app.Services.GetRequiredService<CsvOrderLog>().FilePath;
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var broker = options.Broker.ToString();
            if (sandbox is not null)
            {
                WebhookLog.SandboxStarted(logger, broker, sandbox.BaseAddress);
                if (options.Broker == WebhookBroker.Dhan && !string.IsNullOrEmpty(options.DhanPostbackSecret)
                    && app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>() is { } server
                    && EmbeddedSandbox.LoopbackPostbackUrl(server.Addresses, options.DhanPostbackSecret) is { } postbackUrl)
                {
                    // The sandbox posts its order updates back to this service, as Dhan would to a public URL.
                    sandboxOptions.Dhan.Accounts[0].PostbackUrl = postbackUrl;
                    WebhookLog.SandboxPostbacks(logger);
                }
            }
            else if (!withClient)
            {
                WebhookLog.DryRunWithoutClient(logger, broker);
            }

            if (options.LiveTrading && sandbox is null)
            {
                WebhookLog.LiveTrading(logger, broker);
            }

            WebhookLog.Started(logger, broker, options.LiveTrading ? "live" : "dry_run", orderLogPath);
        });
        return app;
    }

    private static void TryAddSingletonTimeProvider(this IServiceCollection services)
    {
        if (!services.Any(static d => d.ServiceType == typeof(TimeProvider)))
        {
            services.AddSingleton(TimeProvider.System);
        }
    }

    private static void AddDhan(IServiceCollection services, ConfigurationManager configuration, WebhookOptions options, bool withClient, BrokerSandbox? sandbox)
    {
        var section = configuration.GetSection("Dhan");
        if (withClient)
        {
            services.AddDhanClient(BrokerAccountKey.DefaultName, section, client =>
            {
                client.TokenRenewBeforeExpiry = options.TokenCheck.RenewBeforeExpiry;
                if (sandbox is not null)
                {
                    var demo = new SandboxOptions().Dhan.Accounts[0];
                    client.ClientId = demo.ClientId;
                    client.Pin = demo.Pin;
                    client.TotpSecret = demo.TotpSecret;
                    client.AuthenticationMode = DhanAuthenticationMode.PinTotp;
                    client.Environment = new DhanEnvironment("Broker.Sandbox", sandbox.DhanApiBaseUri, sandbox.DhanAuthBaseUri);
                }
            });
        }

        services.AddDhanInstruments(instruments =>
        {
            instruments.Source = DhanScripMasterSource.Detailed;
            instruments.CacheFilePath = options.Instruments.CacheFilePath;
            if (sandbox is not null)
            {
                instruments.DetailedAddress = sandbox.DhanScripMasterDetailedUri;
            }
            else if (options.Instruments.Address is { } address)
            {
                instruments.DetailedAddress = address;
            }
        });
        services.AddSingleton<IInstrumentResolver, DhanInstrumentResolver>();
        services.AddSingleton<IOrderGateway>(sp => CreateGateway(sp, DhanServiceKeys.Broker));
    }

    private static void AddGroww(IServiceCollection services, ConfigurationManager configuration, WebhookOptions options, bool withClient, BrokerSandbox? sandbox)
    {
        if (withClient)
        {
            services.AddGrowwClient(BrokerAccountKey.DefaultName, configuration.GetSection("Groww"));
            services.PostConfigure<GrowwClientOptions>(BrokerAccountKey.DefaultName, client =>
            {
                client.TokenRenewBeforeExpiry = options.TokenCheck.RenewBeforeExpiry;
                if (sandbox is not null)
                {
                    var demo = new SandboxOptions().Groww.Accounts[0];
                    client.BaseAddress = sandbox.GrowwBaseAddress;
                    client.Credentials.TotpToken = demo.TotpToken;
                    client.Credentials.TotpSecret = demo.TotpSecret;

                    // The sandbox enforces Groww's newer order limit.
                    client.RateLimits.Orders = "10/s, 250/min";
                }
            });
        }

        services.AddGrowwInstruments(instruments =>
        {
            instruments.CacheFilePath = options.Instruments.CacheFilePath;
            if (sandbox is not null)
            {
                instruments.Address = sandbox.GrowwInstrumentsUri;
            }
            else if (options.Instruments.Address is { } address)
            {
                instruments.Address = address;
            }
        });
        services.AddSingleton<IInstrumentResolver, GrowwInstrumentResolver>();
        services.AddSingleton<IOrderGateway>(sp => CreateGateway(sp, GrowwServiceKeys.Broker));
    }

    /// <summary>
    /// The gateway over the broker-neutral <see cref="ITradingClient"/> that <c>AddDhanClient</c> / <c>AddGrowwClient</c>
    /// registered, with the account's <see cref="TokenManager"/> (a keyed singleton under its <see cref="BrokerAccountKey"/>).
    /// </summary>
    private static TradingGateway CreateGateway(IServiceProvider services, string brokerName) => new(
        services.GetRequiredService<IInstrumentResolver>(),
        services.GetService<ITradingClient>(),
        services.GetKeyedService<TokenManager>(new BrokerAccountKey(brokerName, BrokerAccountKey.DefaultName)));

}
