using System.Diagnostics.Metrics;
using Broker.Authentication;
using Broker.Dhan.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Broker.Dhan.Feeds;

/// <summary>
/// Creates Dhan feeds for one account, all taking tokens from the account's <see cref="TokenManager"/> (so a renewed
/// token reaches the sockets on their next reconnect). Registered by <c>AddFeeds()</c> on the account's
/// <see cref="DhanClientBuilder"/>; without DI, construct it with the account's token manager or use
/// <see cref="FromAccessToken"/>. Each feed is disposable and owns its connections.
/// </summary>
public sealed class DhanFeedFactory
{
    private readonly DhanFeedOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly ILoggerFactory _loggerFactory;
    private readonly DhanFeedMetrics _metrics;

    /// <summary>Creates a factory.</summary>
    /// <param name="options">The feed options (copied); <see cref="DhanFeedOptions.ClientId"/> is required.</param>
    /// <param name="tokens">The account's token manager.</param>
    /// <param name="timeProvider">The clock (watchdog, backoff); the system clock when <see langword="null"/>.</param>
    /// <param name="loggerFactory">Where logs go; none when <see langword="null"/>.</param>
    /// <param name="meterFactory">
    /// Where the feeds' meter (<see cref="DhanFeedDiagnostics.MeterName"/>) comes from; a process-wide meter when
    /// <see langword="null"/>. Registered feeds get the service provider's.
    /// </param>
    /// <exception cref="ArgumentException">The options are invalid.</exception>
    public DhanFeedFactory(DhanFeedOptions options, TokenManager tokens, TimeProvider? timeProvider = null, ILoggerFactory? loggerFactory = null, IMeterFactory? meterFactory = null)
    {
        _metrics = meterFactory is null ? DhanFeedMetrics.Shared : new DhanFeedMetrics(meterFactory);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(tokens);
        _options = options.Clone();
        _options.Validate();
        Tokens = tokens;
        _timeProvider = timeProvider ?? TimeProvider.System;
        _loggerFactory = loggerFactory ?? NullLoggerFactory.Instance;
    }

    /// <summary>The account's token manager: <c>await factory.Tokens.GetTokenAsync(ct)</c> gives the current token.</summary>
    public TokenManager Tokens { get; }

    /// <summary>A copy of the options the feeds start from.</summary>
    public DhanFeedOptions Options => _options.Clone();

    /// <summary>
    /// A factory for a ready access token (pasted from Dhan Web), without DI. Such a token cannot be renewed: when Dhan
    /// rejects it the feeds end with a <see cref="Broker.Errors.BrokerAuthenticationException"/>.
    /// </summary>
    /// <param name="clientId">The Dhan client id.</param>
    /// <param name="accessToken">The access token (JWT).</param>
    /// <param name="configure">Further options (hosts, limits).</param>
    /// <param name="timeProvider">The clock.</param>
    /// <param name="loggerFactory">Where logs go.</param>
    /// <returns>The factory.</returns>
    public static DhanFeedFactory FromAccessToken(string clientId, string accessToken, Action<DhanFeedOptions>? configure = null, TimeProvider? timeProvider = null, ILoggerFactory? loggerFactory = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(clientId);
        ArgumentException.ThrowIfNullOrWhiteSpace(accessToken);
        var options = new DhanFeedOptions { ClientId = clientId };
        configure?.Invoke(options);
        var tokens = new TokenManager("Dhan/" + clientId, new DhanStaticTokenProvider(accessToken), timeProvider: timeProvider, logger: loggerFactory?.CreateLogger<TokenManager>());
        return new DhanFeedFactory(options, tokens, timeProvider, loggerFactory);
    }

    /// <summary>Creates a live market feed; connections open on the first subscription.</summary>
    /// <param name="configure">Adjusts this feed's copy of the options.</param>
    /// <returns>The feed; dispose it to close its connections.</returns>
    public DhanMarketFeed CreateMarketFeed(Action<DhanFeedOptions>? configure = null) =>
        new(Configure(configure), Tokens, _timeProvider, _loggerFactory.CreateLogger<DhanMarketFeed>(), _metrics);

    /// <summary>Creates a 20- or 200-level depth feed; connections open on the first subscription.</summary>
    /// <param name="kind">20 or 200 levels.</param>
    /// <param name="configure">Adjusts this feed's copy of the options.</param>
    /// <returns>The feed.</returns>
    public DhanDepthFeed CreateDepthFeed(DhanDepthFeedKind kind, Action<DhanFeedOptions>? configure = null) =>
        new(kind, Configure(configure), Tokens, _timeProvider, _loggerFactory.CreateLogger<DhanDepthFeed>(), _metrics);

    /// <summary>Creates and starts the order-update feed.</summary>
    /// <param name="configure">Adjusts this feed's copy of the options.</param>
    /// <returns>The feed.</returns>
    public DhanOrderUpdateFeed CreateOrderUpdateFeed(Action<DhanFeedOptions>? configure = null) =>
        new(Configure(configure), Tokens, _timeProvider, _loggerFactory.CreateLogger<DhanOrderUpdateFeed>(), _metrics);

    /// <inheritdoc />
    public override string ToString() => $"DhanFeedFactory({_options})";

    private DhanFeedOptions Configure(Action<DhanFeedOptions>? configure)
    {
        var copy = _options.Clone();
        configure?.Invoke(copy);
        return copy;
    }
}
