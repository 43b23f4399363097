using BenchmarkDotNet.Attributes;
using Broker.Authentication;
using Broker.Benchmarks.Infrastructure;
using Broker.DependencyInjection;
using Broker.Groww;
using Broker.Groww.Errors;
using Broker.Http;
using Broker.RateLimiting;
using Microsoft.Extensions.DependencyInjection;

namespace Broker.Benchmarks.Pipeline;

/// <summary>
/// One GET through each of the SDK's delegating handlers alone, and through the whole registered chain, all ending in
/// the in-memory <see cref="CannedBrokerHandler"/>: attributes the pipeline's cost to handlers versus the client code
/// above them (request building, invoker, error reader, JSON).
/// </summary>
[MemoryDiagnoser]
public class PipelineHandlerBenchmarks
{
    private static readonly Uri Address = new("http://127.0.0.1:9/v1/order/status/GMK39038RDT490CCVRO?segment=CASH");
    private static readonly BrokerEndpoint Endpoint = new("OrderStatus", new RateLimitCategory("NonTrading")) { IsIdempotent = true };
    private HttpMessageInvoker _bare = null!;
    private HttpMessageInvoker _resilience = null!;
    private HttpMessageInvoker _timeout = null!;
    private HttpMessageInvoker _rateLimit = null!;
    private HttpMessageInvoker _authNoReader = null!;
    private ServiceProvider _resilienceServices = null!;
    private ServiceProvider _plainServices = null!;
    private HttpClient _plainClient = null!;
    private BrokerRateLimiter _limiter = null!;
    private ServiceProvider _services = null!;
    private HttpClient _chain = null!;

    /// <summary>Builds each handler over the in-memory handler, and the registered chain.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _bare = new HttpMessageInvoker(new CannedBrokerHandler());
        var resilience = new ServiceCollection();
        resilience.AddHttpClient("resilience").RemoveAllLoggers().AddBrokerPipelineRetryOnly().ConfigurePrimaryHttpMessageHandler(() => new CannedBrokerHandler());
        _resilienceServices = resilience.BuildServiceProvider();
        _resilience = _resilienceServices.GetRequiredService<IHttpClientFactory>().CreateClient("resilience");
        var plain = new ServiceCollection();
        plain.AddHttpClient("plain").RemoveAllLoggers().ConfigurePrimaryHttpMessageHandler(() => new CannedBrokerHandler());
        _plainServices = plain.BuildServiceProvider();
        _plainClient = _plainServices.GetRequiredService<IHttpClientFactory>().CreateClient("plain");
        _timeout = new HttpMessageInvoker(new AttemptHandler(new BrokerResponseClassifier(new GrowwErrorReader()), TimeSpan.FromSeconds(30), 16 * 1024 * 1024) { InnerHandler = new CannedBrokerHandler() });
        var limits = new RateLimiterOptions();
        limits.SetCategory(Endpoint.RateLimitCategory, new RateLimitWindow(100_000_000, TimeSpan.FromSeconds(1)));
        _limiter = new BrokerRateLimiter(limits);
        _rateLimit = new HttpMessageInvoker(new RateLimitHandler(_limiter) { InnerHandler = new CannedBrokerHandler() });
        var tokens = new TokenManager("bench", new FixedTokenProvider());
        _authNoReader = new HttpMessageInvoker(new BearerAuthenticationHandler(tokens) { InnerHandler = new CannedBrokerHandler() });
        var services = new ServiceCollection();
        services.AddGrowwClient(o =>
        {
            o.BaseAddress = new Uri("http://127.0.0.1:9/");
            o.Credentials.AccessToken = "canned-access-token";
            o.RateLimits.NonTrading = GrowwBench.GenerousLimit;
        }).HttpClientBuilder.ConfigurePrimaryHttpMessageHandler(() => new CannedBrokerHandler());
        _services = services.BuildServiceProvider();
        _chain = _services.GetRequiredService<IHttpClientFactory>().CreateClient(new BrokerAccountKey("Groww", BrokerAccountKey.DefaultName).HttpClientName);
    }

    /// <summary>Disposes everything.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        _bare.Dispose();
        _resilience.Dispose();
        _timeout.Dispose();
        _rateLimit.Dispose();
        _authNoReader.Dispose();
        _resilienceServices.Dispose();
        _plainServices.Dispose();
        _limiter.Dispose();
        _services.Dispose();
    }

    /// <summary>A factory client (loggers removed) with no SDK handler: the base the resilience handler adds to.</summary>
    /// <returns>A task.</returns>
    [Benchmark(Description = "factory HttpClient, no handler")]
    public Task PlainClient() => SendAsync(_plainClient);

    /// <summary>No handler.</summary>
    /// <returns>A task.</returns>
    [Benchmark(Baseline = true, Description = "no handler")]
    public Task Bare() => SendAsync(_bare);

    /// <summary>The retry hosted in Microsoft.Extensions.Http.Resilience (idempotent GET, never retried here).</summary>
    /// <returns>A task.</returns>
    [Benchmark(Description = "resilience handler (M.E.Http.Resilience retry)")]
    public Task Resilience() => SendAsync(_resilience);

    /// <summary>The attempt handler: timeout, body read once, classification (Groww error reader scan).</summary>
    /// <returns>A task.</returns>
    [Benchmark(Description = "attempt handler (timeout, body, classify)")]
    public Task AttemptTimeout() => SendAsync(_timeout);

    /// <summary>RateLimitHandler with a limit never reached.</summary>
    /// <returns>A task.</returns>
    [Benchmark(Description = "RateLimitHandler")]
    public Task RateLimit() => SendAsync(_rateLimit);

    /// <summary>The base AuthenticationHandler (token from the manager, Bearer header), no error reader.</summary>
    /// <returns>A task.</returns>
    [Benchmark(Description = "AuthenticationHandler, Bearer")]
    public Task AuthenticationWithoutReader() => SendAsync(_authNoReader);

    /// <summary>Guid.NewGuid().ToString(): Groww's handler makes two or three per request for x-request-id.</summary>
    /// <returns>The id.</returns>
    [Benchmark(Description = "Guid.NewGuid().ToString()")]
    public string RequestId() => Guid.NewGuid().ToString();

    /// <summary>Stopwatch.GetTimestamp(): the limiter reads the clock on every acquire and release.</summary>
    /// <returns>The timestamp.</returns>
    [Benchmark(Description = "Stopwatch.GetTimestamp()")]
    public long Timestamp() => System.Diagnostics.Stopwatch.GetTimestamp();

    /// <summary>The whole registered chain: resilience, Groww authentication, rate limit, attempt timeout.</summary>
    /// <returns>A task.</returns>
    [Benchmark(Description = "registered chain (all four, Groww auth)")]
    public Task Chain() => SendAsync(_chain);

    private static async Task SendAsync(HttpMessageInvoker invoker)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, Address);
        request.SetEndpoint(Endpoint);
        using var response = await invoker.SendAsync(request, CancellationToken.None).ConfigureAwait(false);
    }
}
