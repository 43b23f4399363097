using Broker.Authentication;
using Broker.DependencyInjection;
using Broker.Dhan.Authentication;
using Broker.Dhan.ConditionalTriggers;
using Broker.Dhan.Edis;
using Broker.Dhan.ForeverOrders;
using Broker.Dhan.Funds;
using Broker.Dhan.Historical;
using Broker.Dhan.MarketQuote;
using Broker.Dhan.OptionChain;
using Broker.Dhan.Orders;
using Broker.Dhan.Portfolio;
using Broker.Dhan.Profile;
using Broker.Dhan.Sending;
using Broker.Dhan.Statements;
using Broker.Dhan.StaticIp;
using Broker.Dhan.SuperOrders;
using Broker.Dhan.TradersControl;
using Broker.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Broker.Dhan;

/// <summary>
/// The Dhan client of one account. With dependency injection, register it with <c>services.AddDhanClient(…)</c> and
/// inject <see cref="IDhanClient"/>; in scripts and console apps create one with
/// <see cref="Create(DhanClientOptions, ILoggerFactory?, TimeProvider?, Action{DhanClientBuilder}?)"/> and dispose it at
/// the end.
/// </summary>
public sealed class DhanClient : IDhanClient, IDisposable, IAsyncDisposable
{
    private readonly IDisposable? _ownedServices;

    private DhanClient(DhanSender sender, DhanClientOptions options, TokenManager tokens, DhanModificationCounter modifications, DhanOptionChainGate optionChainGate, TimeProvider clock, ILogger logger, IDisposable? ownedServices)
    {
        _ownedServices = ownedServices;
        Tokens = tokens;
        Orders = new DhanOrdersClient(sender, options, modifications, clock, logger);
        SuperOrders = new DhanSuperOrdersClient(sender, options, modifications);
        ForeverOrders = new DhanForeverOrdersClient(sender, options, modifications);
        ConditionalTriggers = new DhanConditionalTriggersClient(sender);
        Portfolio = new DhanPortfolioClient(sender, logger);
        Funds = new DhanFundsClient(sender);
        Statements = new DhanStatementsClient(sender);
        TradersControl = new DhanTradersControlClient(sender);
        Edis = new DhanEdisClient(sender);
        StaticIp = new DhanStaticIpClient(sender);
        MarketQuote = new DhanMarketQuoteClient(sender, options, logger);
        Historical = new DhanHistoricalClient(sender, options, logger);
        OptionChain = new DhanOptionChainClient(sender, optionChainGate, logger);
        Profile = new DhanProfileClient(sender);
        Consent = new DhanConsentClient(sender, options.Environment, clock);
        PartnerConsent = new DhanPartnerConsentClient(sender, options.Environment, options.PartnerConsent, clock);
    }

    /// <inheritdoc />
    public IDhanOrdersClient Orders { get; }

    /// <inheritdoc />
    public IDhanSuperOrdersClient SuperOrders { get; }

    /// <inheritdoc />
    public IDhanForeverOrdersClient ForeverOrders { get; }

    /// <inheritdoc />
    public IDhanConditionalTriggersClient ConditionalTriggers { get; }

    /// <inheritdoc />
    public IDhanPortfolioClient Portfolio { get; }

    /// <inheritdoc />
    public IDhanFundsClient Funds { get; }

    /// <inheritdoc />
    public IDhanStatementsClient Statements { get; }

    /// <inheritdoc />
    public IDhanTradersControlClient TradersControl { get; }

    /// <inheritdoc />
    public IDhanEdisClient Edis { get; }

    /// <inheritdoc />
    public IDhanStaticIpClient StaticIp { get; }

    /// <inheritdoc />
    public IDhanMarketQuoteClient MarketQuote { get; }

    /// <inheritdoc />
    public IDhanHistoricalClient Historical { get; }

    /// <inheritdoc />
    public IDhanOptionChainClient OptionChain { get; }

    /// <inheritdoc />
    public IDhanProfileClient Profile { get; }

    /// <inheritdoc />
    public IDhanConsentClient Consent { get; }

    /// <inheritdoc />
    public IDhanPartnerConsentClient PartnerConsent { get; }

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
    public static DhanClient Create(DhanClientOptions options, ILoggerFactory? loggerFactory = null, TimeProvider? timeProvider = null, Action<DhanClientBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        return BrokerServiceCollectionExtensions.CreateStandalone(
            loggerFactory, timeProvider, services => services.AddDhanClient(options.CopyTo), configure, static (provider, builder, owned) => FromServices(provider, builder.Key, owned));
    }

    /// <summary>Builds the client of a registered account.</summary>
    internal static DhanClient FromServices(IServiceProvider services, BrokerAccountKey key, IDisposable? ownedServices)
    {
        var options = BrokerServiceCollectionExtensions.OptionsOf<DhanClientOptions>(services, key);
        var clock = services.GetRequiredService<TimeProvider>();
        var logger = (ILogger?)services.GetService<ILoggerFactory>()?.CreateLogger("Broker.Dhan") ?? NullLogger.Instance;
        return new DhanClient(
            new DhanSender(BrokerHttpInvoker.ForAccount(services, key, logger), options.Environment, options.ClientId ?? string.Empty, options.HttpVersion, options.HttpVersionPolicy),
            options,
            services.GetRequiredKeyedService<TokenManager>(key),
            services.GetRequiredKeyedService<DhanModificationCounter>(key),
            services.GetRequiredKeyedService<DhanOptionChainGate>(key),
            clock,
            logger,
            ownedServices);
    }

    /// <summary>Releases the services of a client made by <see cref="Create(DhanClientOptions, ILoggerFactory?, TimeProvider?, Action{DhanClientBuilder}?)"/>; does nothing for an injected client.</summary>
    public void Dispose() => _ownedServices?.Dispose();

    /// <summary>Releases the services of a client made by <see cref="Create(DhanClientOptions, ILoggerFactory?, TimeProvider?, Action{DhanClientBuilder}?)"/> asynchronously.</summary>
    /// <returns>A task that completes when released.</returns>
    public ValueTask DisposeAsync() => _ownedServices is IAsyncDisposable disposable ? disposable.DisposeAsync() : ValueTask.CompletedTask;

    /// <inheritdoc />
    public override string ToString() => $"DhanClient({Tokens.AccountKey})";
}
