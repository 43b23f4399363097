using System.Net;
using Broker.Sandbox.Dhan;
using Broker.Sandbox.Engine;
using Broker.Sandbox.Groww;
using Broker.Sandbox.Hosting;
using Broker.Sandbox.Logging;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Broker.Sandbox;

/// <summary>
/// A loopback HTTP server that speaks the Groww v1 and Dhan v2 REST protocols: authentication flows with expiring
/// tokens, an order book per account with fills, positions, holdings and funds, market data from a seeded price walk,
/// per-category rate limits with the brokers' real 429 bodies, and fault injection. It listens on 127.0.0.1 at a port
/// the OS assigns, and runs in-process:
/// <code>
/// await using var sandbox = await BrokerSandbox.StartAsync(new SandboxOptions());
/// // point a Groww client at sandbox.GrowwApiBaseUri, a Dhan client at sandbox.DhanApiBaseUri / DhanAuthBaseUri
/// </code>
/// Routes are mounted at the server root exactly as on the real hosts: Groww <c>/v1/...</c> (as on
/// <c>https://api.groww.in</c>), Dhan <c>/v2/...</c> (as on <c>https://api.dhan.co</c>) and Dhan's auth host
/// <c>/app/...</c> and <c>/login/...</c> (as on <c>https://auth.dhan.co</c>).
/// </summary>
public sealed class BrokerSandbox : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly SandboxContext _context;
    private readonly ITimer? _walkTimer;
    private readonly DhanPostbackSender _postbacks;
    private int _disposed;

    private BrokerSandbox(WebApplication app, SandboxContext context, Uri baseAddress, SandboxBrokerState groww, SandboxBrokerState dhan, DhanPostbackSender postbacks)
    {
        _app = app;
        _context = context;
        _postbacks = postbacks;
        if (context.Options.PriceWalkInterval is { } interval)
        {
            _walkTimer = context.Options.TimeProvider.CreateTimer(_ => context.Market.Step(), null, interval, interval);
        }

        BaseAddress = baseAddress;
        Groww = groww;
        Dhan = dhan;
    }

    /// <summary>The options the sandbox runs with (accounts, rate limits), for pointing clients at it.</summary>
    internal SandboxOptions Options => _context.Options;

    /// <summary>The server's root, <c>http://127.0.0.1:{port}/</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>
    /// The Groww host root, <c>http://127.0.0.1:{port}/</c>: the sandbox's <c>https://api.groww.in/</c>, for clients
    /// that append <c>v1/...</c> themselves (as <c>GrowwClientOptions.BaseAddress</c> does).
    /// </summary>
    public Uri GrowwBaseAddress => BaseAddress;

    /// <summary>
    /// The Groww REST base, <c>http://127.0.0.1:{port}/v1/</c>: the sandbox's <c>https://api.groww.in/v1</c>. Relative
    /// paths such as <c>order/create</c> resolve against it.
    /// </summary>
    public Uri GrowwApiBaseUri => new(BaseAddress, "v1/");

    /// <summary>
    /// The Dhan REST base, <c>http://127.0.0.1:{port}/v2/</c>: the sandbox's <c>https://api.dhan.co/v2</c>. Relative
    /// paths such as <c>orders</c> resolve against it.
    /// </summary>
    public Uri DhanApiBaseUri => new(BaseAddress, "v2/");

    /// <summary>
    /// The Dhan auth base, <c>http://127.0.0.1:{port}/</c>: the sandbox's <c>https://auth.dhan.co</c>
    /// (<c>app/generateAccessToken</c>, <c>app/generate-consent</c>, <c>login/consentApp-login</c>,
    /// <c>app/consumeApp-consent</c>, and the partner flow's <c>partner/generate-consent</c>, <c>consent-login</c>,
    /// <c>partner/consume-consent</c>).
    /// </summary>
    public Uri DhanAuthBaseUri => BaseAddress;

    /// <summary>
    /// Groww's instrument master, <c>http://127.0.0.1:{port}/instruments/instrument.csv</c>: the sandbox's
    /// <c>https://growwapi-assets.groww.in/instruments/instrument.csv</c>.
    /// </summary>
    public Uri GrowwInstrumentsUri => new(BaseAddress, "instruments/instrument.csv");

    /// <summary>
    /// Dhan's compact scrip master, <c>http://127.0.0.1:{port}/api-data/api-scrip-master.csv</c>: the sandbox's
    /// <c>https://images.dhan.co/api-data/api-scrip-master.csv</c>. The detailed one is next to it
    /// (<see cref="DhanScripMasterDetailedUri"/>).
    /// </summary>
    public Uri DhanScripMasterUri => new(BaseAddress, "api-data/api-scrip-master.csv");

    /// <summary>Dhan's detailed scrip master, <c>http://127.0.0.1:{port}/api-data/api-scrip-master-detailed.csv</c>.</summary>
    public Uri DhanScripMasterDetailedUri => new(BaseAddress, "api-data/api-scrip-master-detailed.csv");

    /// <summary>The Dhan WebSockets (market feed, depth, order updates) and their test controls.</summary>
    public SandboxFeeds Feeds { get; private init; } = null!;

    /// <summary>
    /// The Dhan live market feed, <c>ws://127.0.0.1:{port}/dhan/feed</c>: the sandbox's <c>wss://api-feed.dhan.co</c>
    /// (set <c>DhanFeedOptions.MarketFeedUri</c> to it).
    /// </summary>
    public Uri DhanMarketFeedUri => WebSocketUri(SandboxFeeds.MarketPath);

    /// <summary>The Dhan 20-level depth socket, <c>ws://127.0.0.1:{port}/dhan/twentydepth</c>.</summary>
    public Uri DhanTwentyDepthUri => WebSocketUri(SandboxFeeds.TwentyDepthPath);

    /// <summary>The Dhan 200-level depth socket, <c>ws://127.0.0.1:{port}/dhan/twohundreddepth</c>.</summary>
    public Uri DhanTwoHundredDepthUri => WebSocketUri(SandboxFeeds.TwoHundredDepthPath);

    /// <summary>The Dhan order-update socket, <c>ws://127.0.0.1:{port}/dhan/order-update</c>.</summary>
    public Uri DhanOrderUpdateUri => WebSocketUri(SandboxFeeds.OrderUpdatePath);

    /// <summary>
    /// Every Dhan postback sent or tried (to accounts with a <see cref="DhanSandboxAccount.PostbackUrl"/>), in the order
    /// the orders changed; wait for them with <see cref="SandboxPostbackLog.WhenCountReachesAsync"/>.
    /// </summary>
    public SandboxPostbackLog DhanPostbacks => _postbacks.Sent;

    /// <summary>The shared state behind the public views (the tick dispatcher among it), for the sandbox's own tests.</summary>
    internal SandboxContext Context => _context;

    /// <summary>The server's clock; move it forward to expire tokens.</summary>
    public SandboxClock Clock => _context.Clock;

    /// <summary>Faults waiting for the next requests of an endpoint.</summary>
    public SandboxFaults Faults => _context.Faults;

    /// <summary>Every request received: arrival time, broker, endpoint, rate category, method, path, status.</summary>
    public SandboxRequestLog Requests => _context.Requests;

    /// <summary>The simulated market: set prices or step the seeded walk to make orders fill.</summary>
    public SandboxMarket Market => _context.Market;

    /// <summary>The Groww side: accounts with their orders, positions, holdings, funds and tokens.</summary>
    public SandboxBrokerState Groww { get; }

    /// <summary>The Dhan side: accounts with their orders, positions, holdings, funds and tokens.</summary>
    public SandboxBrokerState Dhan { get; }

    /// <summary>Starts a sandbox on 127.0.0.1 with an OS-assigned port.</summary>
    /// <param name="options">The configuration; the defaults when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The running sandbox; dispose it to stop it.</returns>
    public static async Task<BrokerSandbox> StartAsync(SandboxOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new SandboxOptions();
        Validate(options);
        var logger = (options.LoggerFactory ?? NullLoggerFactory.Instance).CreateLogger("Broker.Sandbox");
        var context = new SandboxContext(options, logger);
        var groww = new GrowwBroker(context);
        var dhan = new DhanBroker(context);

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(BrokerSandbox).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = "Production",
        });

        // Nothing from the host application's configuration (Kestrel endpoints, URLs) may leak into the sandbox, and
        // ASP.NET Core's request logging would write query strings carrying Dhan PINs and TOTP codes.
        builder.Configuration.Sources.Clear();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(IPAddress.Loopback, options.Port);
        });

        var app = builder.Build();
        var feeds = new SandboxFeeds(context, dhan);
        feeds.Map(app);
        if (options.ControlApi)
        {
            SandboxControlApi.Map(app, context);
        }

        var pipeline = new EndpointPipeline(context);
        foreach (var endpoint in GrowwRoutes.Create(groww).Concat(DhanRoutes.Create(dhan)))
        {
            app.MapMethods(endpoint.Pattern, [endpoint.Method], http => pipeline.InvokeAsync(http, endpoint));
        }

        app.MapFallback(http => pipeline.InvokeAsync(http, UnmatchedEndpoint(http.Request.Path.Value ?? "/")));

        var postbacks = new DhanPostbackSender(context, dhan);
        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await postbacks.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
            ?? throw new InvalidOperationException("Kestrel did not report the address it bound.");
        var baseAddress = new Uri(address.TrimEnd('/') + "/");

        var growwState = new SandboxBrokerState(SandboxBrokers.Groww, [.. groww.Principals.Select(p => new SandboxAccountState(
            context, p.Book, groww.Tokens, () => p.TokensMinted, GrowwWire.Status, GrowwWire.FromOrderType))]);
        var dhanState = new SandboxBrokerState(SandboxBrokers.Dhan, [.. dhan.Principals.Select(p => new SandboxAccountState(
            context, p.Book, dhan.Tokens, () => p.TokensMinted, DhanWire.Status, DhanWire.FromOrderType))]);
        SandboxLog.Started(logger, baseAddress);
        return new BrokerSandbox(app, context, baseAddress, growwState, dhanState, postbacks) { Feeds = feeds };
    }

    /// <summary>Stops the server and releases the port.</summary>
    /// <returns>A task that completes when the server has stopped.</returns>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        if (_walkTimer is not null)
        {
            await _walkTimer.DisposeAsync().ConfigureAwait(false);
        }

        await _postbacks.DisposeAsync().ConfigureAwait(false);
        await Feeds.DisposeAsync().ConfigureAwait(false);
        await _app.StopAsync(CancellationToken.None).ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
        SandboxLog.Stopped(_context.Logger, BaseAddress);
    }

    /// <inheritdoc />
    public override string ToString() => $"BrokerSandbox on {BaseAddress}";

    private Uri WebSocketUri(string path) => new UriBuilder(BaseAddress) { Scheme = "ws", Path = path }.Uri;

    private static SandboxEndpoint UnmatchedEndpoint(string path)
    {
        IBrokerProtocol protocol = path.StartsWith("/v1/", StringComparison.Ordinal) ? GrowwProtocol.Instance : DhanTradingProtocol.Instance;
        var broker = protocol.Broker;
        return new SandboxEndpoint(
            SandboxEndpointNames.Unmatched,
            broker,
            SandboxEndpointNames.Unmatched,
            "*",
            path,
            protocol,
            _ => AuthOutcome.Anonymous,
            (request, _) => broker == SandboxBrokers.Groww ? GrowwProtocol.Instance.ForStatus(404) : GatewayNotFound(request.Path));
    }

    /// <summary>Dhan's gateway 404 for an unknown path, as observed: <c>{"timestamp","status":404,"error":"Not Found","path"}</c>.</summary>
    private static SandboxResponse GatewayNotFound(string path) => SandboxResponse.Json(404, w =>
    {
        w.WriteStartObject();
        w.WriteString("timestamp", DateTimeOffset.UnixEpoch.ToString("yyyy-MM-dd'T'HH:mm:ss.fffK", System.Globalization.CultureInfo.InvariantCulture));
        w.WriteNumber("status", 404);
        w.WriteString("error", "Not Found");
        w.WriteString("path", path);
        w.WriteEndObject();
    });

    private static void Validate(SandboxOptions options)
    {
        ArgumentNullException.ThrowIfNull(options.Groww);
        ArgumentNullException.ThrowIfNull(options.Dhan);
        ArgumentNullException.ThrowIfNull(options.Instruments);
        ArgumentNullException.ThrowIfNull(options.TimeProvider);
        ArgumentNullException.ThrowIfNull(options.RateLimitTimeProvider);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxRecordedRequests, 1, nameof(options));
        if (options.Port is < IPEndPoint.MinPort or > IPEndPoint.MaxPort)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Port, "Port must be 0 (any free port) or a TCP port up to 65535.");
        }
        if (options.MaxFillQuantity is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.MaxFillQuantity, "MaxFillQuantity must be at least 1 when set.");
        }

        if (options.PriceWalkInterval is { } interval && interval <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(options), interval, "PriceWalkInterval must be positive.");
        }

        if (options.Dhan.PostbackTimeout <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Dhan.PostbackTimeout, "Dhan.PostbackTimeout must be positive.");
        }

        foreach (var account in options.Dhan.Accounts.Where(a => a.PostbackUrl is { } url && (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))))
        {
            throw new ArgumentException($"Dhan account {account.ClientId} has a PostbackUrl that is not an absolute http(s) URL.", nameof(options));
        }

        DuplicateCheck(options.Groww.Accounts.Select(a => a.Ucc), "Groww account Ucc");
        DuplicateCheck(options.Dhan.Accounts.Select(a => a.ClientId), "Dhan account ClientId");
        DuplicateCheck(options.Instruments.Select(i => i.TradingSymbol), "instrument TradingSymbol");
        if (options.Dhan.Partner is { LoginClientId: { } loginClientId } && !options.Dhan.Accounts.Any(a => a.ClientId == loginClientId))
        {
            throw new ArgumentException($"The Dhan partner's LoginClientId '{loginClientId}' is not a Dhan account's ClientId.", nameof(options));
        }

        foreach (var instrument in options.Instruments.Where(i => i.Price <= 0))
        {
            throw new ArgumentException($"Instrument {instrument.TradingSymbol} needs a positive Price.", nameof(options));
        }

        foreach (var account in options.Groww.Accounts.Where(a => a.TotpSecret is not null && !SandboxTotp.IsValidSecret(a.TotpSecret)))
        {
            throw new ArgumentException($"Groww account {account.Ucc} has a TotpSecret that is not Base32.", nameof(options));
        }

        foreach (var account in options.Dhan.Accounts.Where(a => a.TotpSecret is not null && !SandboxTotp.IsValidSecret(a.TotpSecret)))
        {
            throw new ArgumentException($"Dhan account {account.ClientId} has a TotpSecret that is not Base32.", nameof(options));
        }
    }

    private static void DuplicateCheck(IEnumerable<string> values, string what)
    {
        var duplicate = values.GroupBy(v => v, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"Two sandbox entries share the {what} '{duplicate.Key}'.", nameof(values));
        }
    }
}
