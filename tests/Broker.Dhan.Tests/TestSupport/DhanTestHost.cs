using System.Net;
using System.Text;
using Broker.DependencyInjection;
using Broker.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RichardSzalay.MockHttp;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Extensions.Logging.Testing;

namespace Broker.Dhan.Tests.TestSupport;

/// <summary>
/// The real DI registration with MockHttp as the primary handler, a fake clock and captured logs. Every request that
/// reaches the wire is recorded in <see cref="Requests"/>.
/// </summary>
internal sealed class DhanTestHost : IDisposable
{
    public const string ClientId = "1000000001";
    public const string Api = "https://api.dhan.co/v2/";
    public const string Auth = "https://auth.dhan.co/";

    private readonly ServiceProvider _provider;

    public DhanTestHost(Action<DhanClientOptions>? configure = null, string name = BrokerAccountKey.DefaultName, bool rateLimiting = false)
    {
        Time = new TimerCountingFakeTimeProvider();
        Token = TestJwt.WithExpiry(Time.GetUtcNow().AddHours(20));
        var services = new ServiceCollection();
        services.AddLogging(b => b.AddProvider(new FakeLoggerProvider(Logs)).SetMinimumLevel(LogLevel.Trace));
        services.AddSingleton<TimeProvider>(Time);
        Builder = services.AddDhanClient(name, o =>
        {
            o.ClientId = ClientId;
            o.AccessToken = Token;
            o.Retry.BaseDelay = TimeSpan.Zero;
            o.Retry.UseJitter = false;
            o.EnableRateLimiting = rateLimiting;
            configure?.Invoke(o);
        });
        Builder.HttpClientBuilder.ConfigurePrimaryHttpMessageHandler(() => Mock);
        _provider = services.BuildServiceProvider();
        Key = Builder.Key;
    }

    public MockHttpMessageHandler Mock { get; } = new();

    public TimerCountingFakeTimeProvider Time { get; }

    public FakeLogCollector Logs { get; } = new();

    public string Token { get; }

    public DhanClientBuilder Builder { get; }

    public BrokerAccountKey Key { get; }

    public List<CapturedRequest> Requests { get; } = [];

    public IServiceProvider Services => _provider;

    public IDhanClient Client => _provider.GetRequiredKeyedService<IDhanClient>(Key);

    public CapturedRequest Single => Assert.Single(Requests);

    /// <summary>Answers every request to <paramref name="url"/> with the given JSON (or other body) and status.</summary>
    public MockedRequest Respond(HttpMethod method, string url, string? body, HttpStatusCode status = HttpStatusCode.OK, string mediaType = "application/json") =>
        Mock.When(method, url).Respond(request => Answer(request, status, body, mediaType));

    /// <summary>Answers requests to <paramref name="url"/> in turn with the given answers (the last one repeats).</summary>
    public void RespondInTurn(HttpMethod method, string url, params (HttpStatusCode Status, string? Body)[] answers)
    {
        var index = 0;
        Mock.When(method, url).Respond(request =>
        {
            var (status, body) = answers[Math.Min(index++, answers.Length - 1)];
            return Answer(request, status, body, "application/json");
        });
    }

    public HttpResponseMessage Answer(HttpRequestMessage request, HttpStatusCode status, string? body, string mediaType)
    {
        Capture(request);
        var response = new HttpResponseMessage(status);
        if (body is not null)
        {
            response.Content = new StringContent(body, Encoding.UTF8, mediaType);
        }

        return response;
    }

    public void Capture(HttpRequestMessage request)
    {
        var headers = request.Headers.ToDictionary(h => h.Key, h => string.Join(",", h.Value), StringComparer.OrdinalIgnoreCase);
        string body = string.Empty;
        string? contentType = null;
        if (request.Content is not null)
        {
            body = request.Content.ReadAsStringAsync().GetAwaiter().GetResult();
            contentType = request.Content.Headers.ContentType?.ToString();
        }

        lock (Requests)
        {
            Requests.Add(new CapturedRequest(request.Method, request.RequestUri!, request.Version, headers, contentType, body, request.Content is not null));
        }
    }

    /// <summary>Asserts the standard Dhan headers of an authenticated call.</summary>
    public void AssertAuthenticatedHeaders(CapturedRequest request)
    {
        Assert.Equal(Token, request.Header("access-token"));
        Assert.Equal(ClientId, request.Header("client-id"));
        Assert.Equal("application/json", request.Header("Accept"));
        if (request.Body.Length == 0)
        {
            // No body, so no content and no Content-Type.
            Assert.Null(request.ContentType);
            Assert.Equal(string.Empty, request.Body);
        }
        else
        {
            Assert.Equal("application/json", request.ContentType);
        }
        Assert.Equal(HttpVersion.Version11, request.Version);
    }

    public void Dispose() => _provider.Dispose();
}
