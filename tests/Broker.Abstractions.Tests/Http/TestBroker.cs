using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization;
using Broker.Abstractions.Tests.Authentication;
using Broker.Authentication;
using Broker.DependencyInjection;
using Broker.Errors;
using Broker.Http;
using Broker.RateLimiting;
using Broker.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RichardSzalay.MockHttp;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Extensions.Logging.Testing;

namespace Broker.Abstractions.Tests.Http;

/// <summary>
/// A minimal broker built on the shared machinery exactly as Groww and Dhan are: AddBrokerAccount, an
/// AuthenticationHandler subclass, an IBrokerErrorReader and BrokerHttpInvoker, with MockHttp as the primary handler.
/// Its error envelope is <c>{"error":{"code":"...","message":"..."}}</c>; code <c>TOKEN_EXPIRED</c> means authentication.
/// </summary>
internal sealed class TestBroker : IDisposable
{
    public static readonly RateLimitCategory Reads = new("Reads");
    public static readonly RateLimitCategory Orders = new("Orders");
    public static readonly BrokerEndpoint ReadEndpoint = BrokerEndpoint.Read("test.read", Reads);
    public static readonly BrokerEndpoint OrderEndpoint = BrokerEndpoint.OrderWrite("test.orders.create", Orders);
    public static readonly BrokerEndpoint SettingEndpoint = BrokerEndpoint.Write("test.settings.update", Reads);

    private readonly ServiceProvider _services;

    public TestBroker(Action<TestOptions>? configure = null, Func<HttpMessageHandler>? primary = null, bool pastedToken = false)
    {
        Clock = FakeClock.Create();
        Provider = new CountingTokenProvider(Clock, TimeSpan.FromHours(8), canRenew: !pastedToken);
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(new FakeLoggerProvider(Logs)));
        services.AddSingleton<TimeProvider>(Clock);
        services.AddMetrics();
        services.Configure<TestOptions>(BrokerAccountKey.DefaultName, o =>
        {
            o.Retry.BaseDelay = TimeSpan.Zero;
            o.RateLimitSafetyMargin = TimeSpan.Zero;
            configure?.Invoke(o);
        });
        var key = new BrokerAccountKey("Test", BrokerAccountKey.DefaultName);
        services.AddBrokerAccount(new BrokerAccountRegistration<TestOptions>(key)
        {
            CreateTokenProvider = (_, _) => Provider,
            RateLimits = o => o.Limits,
            CreateErrorReader = _ => new TestErrorReader(),
            CreateAuthenticationHandler = (sp, tokens) => new TestAuthenticationHandler(tokens, sp.GetService<ILogger<TestAuthenticationHandler>>()),
        }).ConfigurePrimaryHttpMessageHandler(primary ?? (() => Mock));
        _services = services.BuildServiceProvider();
        Invoker = BrokerHttpInvoker.ForAccount(_services, key, _services.GetRequiredService<ILogger<TestBroker>>());
        Limiter = _services.GetRequiredKeyedService<BrokerRateLimiter>(key);
        Tokens = _services.GetRequiredKeyedService<TokenManager>(key);
    }

    public MockHttpMessageHandler Mock { get; } = new();

    /// <summary>The provider's meter factory: its meters (and so its measurements) belong to this broker alone.</summary>
    public System.Diagnostics.Metrics.IMeterFactory MeterFactory => _services.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>();

    public FakeTimeProvider Clock { get; }

    public CountingTokenProvider Provider { get; }

    public FakeLogCollector Logs { get; } = new();

    public BrokerHttpInvoker Invoker { get; }

    public BrokerRateLimiter Limiter { get; }

    public TokenManager Tokens { get; }

    public Task<Reply> ReadAsync(CancellationToken cancellationToken = default) =>
        Invoker.SendAsync(new HttpRequestMessage(HttpMethod.Get, "https://broker.test/read"), ReadEndpoint, TestJson.Default.Reply, null, cancellationToken).AsTask();

    public Task<Reply> PlaceOrderAsync(string reference, CancellationToken cancellationToken = default) =>
        Invoker.SendAsync(
            new HttpRequestMessage(HttpMethod.Post, "https://broker.test/orders") { Content = new StringContent($"{{\"ref\":\"{reference}\",\"qty\":5}}", System.Text.Encoding.UTF8, "application/json") },
            OrderEndpoint,
            TestJson.Default.Reply,
            reference,
            cancellationToken).AsTask();

    public Task<BrokerRawResponse> UpdateSettingAsync(CancellationToken cancellationToken = default) =>
        Invoker.SendForRawAsync(new HttpRequestMessage(HttpMethod.Post, "https://broker.test/settings") { Content = new StringContent("{\"on\":true}") }, SettingEndpoint, null, cancellationToken).AsTask();

    public void Dispose()
    {
        _services.Dispose();
        Mock.Dispose();
    }

    public sealed class TestOptions : BrokerClientOptions
    {
        public Dictionary<RateLimitCategory, IReadOnlyList<RateLimitWindow>> Limits { get; } = new()
        {
            [Reads] = [new RateLimitWindow(100, TimeSpan.FromSeconds(1))],
            [Orders] = [new RateLimitWindow(10, TimeSpan.FromSeconds(1))],
        };

        /// <summary>Secrets of the account (API key, TOTP seed), redacted everywhere like a real broker's.</summary>
        public List<string> Secrets { get; } = [];

        protected internal override IEnumerable<string?> GetSecrets() => Secrets;
    }

    private sealed class TestAuthenticationHandler(TokenManager tokens, ILogger? logger)
        : AuthenticationHandler(tokens, logger)
    {
        protected override void ApplyToken(HttpRequestMessage request, AccessToken token) =>
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.Value);
    }

    private sealed class TestErrorReader : IBrokerErrorReader
    {
        /// <summary>The test broker's codes: REFUSED proves nothing was done; SERVER_BUSY does not.</summary>
        private static readonly BrokerErrorCodeTable Table = new(
        [
            new("TOKEN_EXPIRED", ErrorCategory.Authentication, false, "Token expired", ProvesNotExecuted: true),
            new("DUPLICATE", ErrorCategory.DuplicateReference, false, "Duplicate reference", ProvesNotExecuted: true),
            new("REFUSED", ErrorCategory.OrderRejected, false, "Refused", ProvesNotExecuted: true),
            new("BAD_INPUT", ErrorCategory.InvalidRequest, false, "Bad input", ProvesNotExecuted: true),
            new("SERVER_BUSY", ErrorCategory.Server, true, "Busy", ProvesNotExecuted: false),
        ]);

        public string BrokerName => "TestBroker";

        public BrokerErrorInfo? ReadError(BrokerRawResponse response)
        {
            using var document = JsonDocument.Parse(response.Body);
            if (!document.RootElement.TryGetProperty("error", out var error))
            {
                return null;
            }

            var code = error.GetProperty("code").GetString();
            var message = error.GetProperty("message").GetString();
            return Table.Read((int)response.StatusCode, code, message);
        }
    }
}

internal sealed record Reply(string Result);

[JsonSerializable(typeof(Reply))]
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
internal sealed partial class TestJson : JsonSerializerContext
{
}
