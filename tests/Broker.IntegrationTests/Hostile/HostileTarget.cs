using System.Net;
using System.Text;
using Broker.DependencyInjection;
using Broker.Dhan;
using Broker.Dhan.Orders;
using Broker.Groww;
using Broker.Groww.Orders;
using Broker.RateLimiting;
using Broker.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace Broker.IntegrationTests.Hostile;

/// <summary>
/// One broker's client, registered the way a user registers it (real handler chain, real socket handler), pointed at a
/// <see cref="RawHttpServer"/> that plays a hostile broker. Every secret is a canary the tests search for afterwards.
/// </summary>
public abstract class HostileTarget : IAsyncDisposable
{
    private ServiceProvider? _services;

    protected HostileTarget(Func<RawRequest, RawConnection, Task> respond)
    {
        Server = new RawHttpServer(async (request, connection) =>
        {
            if (IsTokenMint(request))
            {
                await connection.WriteAsync(MintResponse?.Invoke(request) ?? RawHttpServer.Response(200, MintAnswer()));
                return;
            }

            await respond(request, connection);
        });
    }

    /// <summary>The hostile server.</summary>
    public RawHttpServer Server { get; }

    /// <summary>Every log line of the client, at Trace.</summary>
    public FakeLogCollector Logs { get; } = new();

    /// <summary>The broker's name.</summary>
    public abstract string Broker { get; }

    /// <summary>The path a read goes to.</summary>
    public abstract string ReadPath { get; }

    /// <summary>The path an order placement goes to.</summary>
    public abstract string OrderPath { get; }

    /// <summary>A code the broker's table lists as a definite refusal.</summary>
    public abstract string RefusalCode { get; }

    /// <summary>A code the broker's table does not know.</summary>
    public abstract string UnknownCode { get; }

    /// <summary>The access token the hostile server mints or the options hold (a canary).</summary>
    public abstract string AccessToken { get; }

    /// <summary>Every secret of the account (canaries), including the access token.</summary>
    public abstract IReadOnlyList<string> Secrets { get; }

    /// <summary>The rate-limit category of reads.</summary>
    public abstract RateLimitCategory ReadCategory { get; }

    /// <summary>The account's services.</summary>
    public IServiceProvider Services => _services ?? throw new InvalidOperationException("Call Start first.");

    /// <summary>The account's limiter.</summary>
    public BrokerRateLimiter Limiter => Services.GetRequiredKeyedService<BrokerRateLimiter>(Key);

    /// <summary>The account's key.</summary>
    public abstract BrokerAccountKey Key { get; }

    /// <summary>Options for the test at hand, applied after the defaults.</summary>
    public Action<BrokerClientOptions>? Configure { get; init; }

    /// <summary>How the hostile server answers a token mint, when not with a valid token.</summary>
    public Func<RawRequest, byte[]>? MintResponse { get; set; }

    /// <summary>A primary handler to use instead of the SDK's socket handler (a stub that fails in a chosen way).</summary>
    public Func<HttpMessageHandler>? Primary { get; init; }

    public static HostileTarget Create(string broker, Func<RawRequest, RawConnection, Task> respond, Action<BrokerClientOptions>? configure = null, Func<HttpMessageHandler>? primary = null) => broker switch
    {
        "Groww" => new GrowwTarget(respond) { Configure = configure, Primary = primary },
        "Dhan" => new DhanTarget(respond) { Configure = configure, Primary = primary },
        _ => throw new ArgumentOutOfRangeException(nameof(broker)),
    };

    /// <summary>Both brokers, for theories.</summary>
    public static TheoryData<string> Brokers => new() { "Groww", "Dhan" };

    protected void UsePrimary(IHttpClientBuilder builder)
    {
        if (Primary is not null)
        {
            builder.ConfigurePrimaryHttpMessageHandler(Primary);
        }
    }

    /// <summary>Registers the client (lazily, so a test can set the server's behaviour first).</summary>
    public HostileTarget Start(TimeProvider? time = null)
    {
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(new FakeLoggerProvider(Logs)));
        if (time is not null)
        {
            services.AddSingleton(time);
        }

        Register(services);
        _services = services.BuildServiceProvider();
        return this;
    }

    /// <summary>A read through the client.</summary>
    public abstract Task ReadAsync(CancellationToken cancellationToken = default);

    /// <summary>An order placement with the given client reference; returns the broker's order id.</summary>
    public abstract Task<string> PlaceOrderAsync(string reference, CancellationToken cancellationToken = default);

    /// <summary>A cancellation of the given order id.</summary>
    public abstract Task CancelOrderAsync(string orderId, CancellationToken cancellationToken = default);

    /// <summary>A look-up by order id (a read with the id in the path).</summary>
    public abstract Task GetOrderAsync(string orderId, CancellationToken cancellationToken = default);

    /// <summary>The broker's error envelope.</summary>
    public abstract string ErrorBody(string code, string message);

    /// <summary>A successful answer to a placement.</summary>
    public abstract string PlacementBody(string orderId);

    /// <summary>A successful answer to a read.</summary>
    public abstract string ReadBody();

    /// <summary>Every text the test can see: logs, and the extra texts given (exception strings, snippets, ToString()s).</summary>
    public string Everything(params string?[] extra) => Logs.AllText() + "\n" + string.Join("\n", extra);

    public async ValueTask DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }

        await Server.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    protected abstract void Register(IServiceCollection services);

    protected abstract bool IsTokenMint(RawRequest request);

    protected abstract string MintAnswer();

    protected void ApplyCommon(BrokerClientOptions options)
    {
        options.Retry.BaseDelay = TimeSpan.Zero;
        options.Retry.MaxDelay = TimeSpan.Zero;
        options.Retry.UseJitter = false;
        options.RequestTimeout = TimeSpan.FromSeconds(5);
        Configure?.Invoke(options);
    }

    /// <summary>Groww over the TOTP flow: the hostile server also mints the access token.</summary>
    private sealed class GrowwTarget(Func<RawRequest, RawConnection, Task> respond) : HostileTarget(respond)
    {
        public const string TotpToken = "CanaryGrowwTotpTokenK5Q8";
        public const string TotpSecret = "JBSWY3DPEHPK3PXPCANARYQQ";

        public override string Broker => "Groww";

        public override string ReadPath => "/v1/holdings/user";

        public override string OrderPath => "/v1/order/create";

        public override string RefusalCode => "GA001";

        public override string UnknownCode => "GA099";

        public override string AccessToken => "CanaryGrowwAccessTokenZ7M2";

        public override IReadOnlyList<string> Secrets => [TotpToken, TotpSecret, AccessToken];

        public override RateLimitCategory ReadCategory => new("NonTrading");

        public override BrokerAccountKey Key => GrowwServiceKeys.For(BrokerAccountKey.DefaultName);

        private IGrowwClient Client => Services.GetRequiredService<IGrowwClient>();

        public override Task ReadAsync(CancellationToken cancellationToken = default) => Client.Portfolio.GetHoldingsAsync(cancellationToken);

        public override async Task<string> PlaceOrderAsync(string reference, CancellationToken cancellationToken = default)
        {
            var placement = await Client.Orders.PlaceOrderAsync(
                new GrowwPlaceOrderRequest
                {
                    TradingSymbol = "RELIANCE",
                    Quantity = 1,
                    Price = 1200m,
                    Exchange = GrowwExchange.Nse,
                    Segment = GrowwSegment.Cash,
                    Product = GrowwProduct.Cnc,
                    OrderType = GrowwOrderType.Limit,
                    TransactionType = GrowwTransactionType.Buy,
                    Validity = GrowwValidity.Day,
                    OrderReferenceId = reference,
                },
                cancellationToken);
            return placement.GrowwOrderId!;
        }

        public override Task CancelOrderAsync(string orderId, CancellationToken cancellationToken = default) =>
            Client.Orders.CancelOrderAsync(orderId, GrowwSegment.Cash, cancellationToken);

        public override Task GetOrderAsync(string orderId, CancellationToken cancellationToken = default) =>
            Client.Orders.GetOrderStatusAsync(orderId, GrowwSegment.Cash, cancellationToken);

        public override string ErrorBody(string code, string message) =>
            $$$"""{"status":"FAILURE","error":{"code":"{{{code}}}","message":"{{{message}}}","metadata":null}}""";

        public override string PlacementBody(string orderId) =>
            $$$"""{"status":"SUCCESS","payload":{"groww_order_id":"{{{orderId}}}","order_status":"OPEN","order_reference_id":"REF","remark":"Order placed successfully"}}""";

        public override string ReadBody() => """{"status":"SUCCESS","payload":{"holdings":[]}}""";

        protected override void Register(IServiceCollection services) =>
            UsePrimary(services.AddGrowwClient(o =>
            {
                o.BaseAddress = Server.BaseAddress;
                o.Credentials.TotpToken = TotpToken;
                o.Credentials.TotpSecret = TotpSecret;
                ApplyCommon(o);
            }).HttpClientBuilder);

        protected override bool IsTokenMint(RawRequest request) => request.Path == "/v1/token/api/access";

        protected override string MintAnswer() => $$"""{"token":"{{AccessToken}}","expiry":"2099-01-01T06:00:00+05:30"}""";
    }

    /// <summary>Dhan with a pasted access token; the PIN and TOTP secret are configured too, as canaries.</summary>
    private sealed class DhanTarget(Func<RawRequest, RawConnection, Task> respond) : HostileTarget(respond)
    {
        public const string Pin = "739184";
        public const string TotpSecret = "KRSXG5CTMVRXEZLUCANARYWW";

        public override string Broker => "Dhan";

        public override string ReadPath => "/v2/fundlimit";

        public override string OrderPath => "/v2/orders";

        public override string RefusalCode => "DH-905";

        public override string UnknownCode => "DH-999";

        public override string AccessToken => "CanaryDhanAccessTokenP3V6";

        public override IReadOnlyList<string> Secrets => [Pin, TotpSecret, AccessToken];

        public override RateLimitCategory ReadCategory => new("NonTrading");

        public override BrokerAccountKey Key => new("Dhan", BrokerAccountKey.DefaultName);

        private IDhanClient Client => Services.GetRequiredService<IDhanClient>();

        public override Task ReadAsync(CancellationToken cancellationToken = default) => Client.Funds.GetFundLimitAsync(cancellationToken);

        public override async Task<string> PlaceOrderAsync(string reference, CancellationToken cancellationToken = default)
        {
            var placement = await Client.Orders.PlaceOrderAsync(
                new DhanPlaceOrderRequest
                {
                    SecurityId = "2885",
                    ExchangeSegment = DhanExchangeSegment.NseEquity,
                    TransactionType = DhanTransactionType.Buy,
                    Quantity = 1,
                    OrderType = DhanOrderType.Limit,
                    ProductType = DhanProductType.Cnc,
                    Price = 1200m,
                    CorrelationId = reference,
                },
                cancellationToken);
            return placement.OrderId;
        }

        public override Task CancelOrderAsync(string orderId, CancellationToken cancellationToken = default) =>
            Client.Orders.CancelOrderAsync(orderId, cancellationToken);

        public override Task GetOrderAsync(string orderId, CancellationToken cancellationToken = default) =>
            Client.Orders.FindOrderAsync(orderId, cancellationToken);

        public override string ErrorBody(string code, string message) =>
            $$"""{"errorType":"Input_Exception","errorCode":"{{code}}","errorMessage":"{{message}}"}""";

        public override string PlacementBody(string orderId) => $$"""{"orderId":"{{orderId}}","orderStatus":"TRANSIT"}""";

        public override string ReadBody() => """{"dhanClientId":"1000000001","availabelBalance":1000.5,"sodLimit":1000.5}""";

        protected override void Register(IServiceCollection services) =>
            UsePrimary(services.AddDhanClient(o =>
            {
                o.Environment = new DhanEnvironment("Hostile", new Uri(Server.BaseAddress, "v2/"), Server.BaseAddress);
                o.ClientId = "1000000001";
                o.AuthenticationMode = DhanAuthenticationMode.AccessToken;
                o.AccessToken = AccessToken;
                o.Pin = Pin;
                o.TotpSecret = TotpSecret;
                ApplyCommon(o);
            }).HttpClientBuilder);

        protected override bool IsTokenMint(RawRequest request) => false;

        protected override string MintAnswer() => "{}";
    }
}

/// <summary>The forms in which a secret could leak: as is, lower case, URL-encoded and Base64.</summary>
public static class SecretForms
{
    public static IEnumerable<string> Of(string secret)
    {
        yield return secret;
        yield return secret.ToLowerInvariant();
        yield return Uri.EscapeDataString(secret);
        yield return WebUtility.UrlEncode(secret);
        yield return Convert.ToBase64String(Encoding.UTF8.GetBytes(secret));
    }

    /// <summary>The first form of any secret found in <paramref name="text"/>, or <see langword="null"/>.</summary>
    public static string? FindAny(string text, IEnumerable<string> secrets) =>
        secrets.SelectMany(Of).Distinct().FirstOrDefault(form => text.Contains(form, StringComparison.Ordinal));
}
