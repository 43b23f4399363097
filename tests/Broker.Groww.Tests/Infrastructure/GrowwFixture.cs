using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Broker.Groww;
using Broker.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RichardSzalay.MockHttp;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Extensions.Logging.Testing;

namespace Broker.Groww.Tests.Infrastructure;

/// <summary>One Groww account registered through the real DI path, with MockHttp as the primary handler.</summary>
internal sealed class GrowwFixture : IDisposable
{
    public const string AccessToken = "static-access-token-ABCDEF123456";
    public const string Host = "https://api.groww.in";

    private GrowwFixture(ServiceProvider services, MockHttpMessageHandler http, FakeTimeProvider time, FakeLogCollector logs, List<CapturedRequest> requests)
    {
        Services = services;
        Http = http;
        Time = time;
        Logs = logs;
        Requests = requests;
    }

    public ServiceProvider Services { get; }

    public MockHttpMessageHandler Http { get; }

    public FakeTimeProvider Time { get; }

    public FakeLogCollector Logs { get; }

    /// <summary>Every request that reached the primary handler, in order.</summary>
    public List<CapturedRequest> Requests { get; }

    public IGrowwClient Client => Services.GetRequiredService<IGrowwClient>();

    /// <summary>The account's token manager.</summary>
    public Broker.Authentication.TokenManager Tokens =>
        Services.GetRequiredKeyedService<Broker.Authentication.TokenManager>(GrowwServiceKeys.For(Broker.DependencyInjection.BrokerAccountKey.DefaultName));

    /// <summary>2026-11-23 09:15 IST, a Monday in market hours.</summary>
    public static readonly DateTimeOffset DefaultNow = new(2026, 11, 23, 9, 15, 0, TimeSpan.FromHours(5.5));

    public static GrowwFixture Create(Action<GrowwClientOptions>? configure = null, DateTimeOffset? now = null, Action<GrowwClientBuilder>? builder = null)
    {
        var http = new MockHttpMessageHandler();
        var time = FakeClock.Create(now ?? DefaultNow);
        var logs = new FakeLogCollector();
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(time);
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(new FakeLoggerProvider(logs)));
        var growwBuilder = services.AddGrowwClient(o =>
        {
            o.Credentials.AccessToken = AccessToken;
            o.Retry.BaseDelay = TimeSpan.Zero;
            o.Retry.UseJitter = false;
            configure?.Invoke(o);
        });
        growwBuilder.HttpClientBuilder.ConfigurePrimaryHttpMessageHandler(() => http);
        builder?.Invoke(growwBuilder);
        var requests = new List<CapturedRequest>();
        var fixture = new GrowwFixture(services.BuildServiceProvider(), http, time, logs, requests);
        return fixture;
    }

    /// <summary>Expects one request (in order) and answers it with a body.</summary>
    public MockedRequest Expect(HttpMethod method, string path, string body, HttpStatusCode status = HttpStatusCode.OK, string? mediaType = "application/json")
    {
        var mocked = Http.Expect(method, Host + path);
        mocked.Respond(async request =>
        {
            Requests.Add(await CapturedRequest.FromAsync(request));
            var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
            if (mediaType is not null)
            {
                content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(mediaType);
            }

            return new HttpResponseMessage(status) { Content = content };
        });
        return mocked;
    }

    /// <summary>Expects one request answered with Groww's success envelope around <paramref name="payloadJson"/>.</summary>
    public MockedRequest ExpectSuccess(HttpMethod method, string path, string payloadJson, HttpStatusCode status = HttpStatusCode.OK) =>
        Expect(method, path, $$"""{"status":"SUCCESS","payload":{{payloadJson}}}""", status);

    /// <summary>Expects one request answered with Groww's failure envelope.</summary>
    public MockedRequest ExpectFailure(HttpMethod method, string path, string code, string message, HttpStatusCode status = HttpStatusCode.BadRequest) =>
        Expect(method, path, $$$"""{"status":"FAILURE","error":{"code":"{{{code}}}","message":"{{{message}}}","metadata":null}}""", status);

    public void Dispose()
    {
        Services.Dispose();
        Http.Dispose();
    }
}

/// <summary>A request as it reached the wire.</summary>
internal sealed record CapturedRequest(HttpMethod Method, Uri Uri, IReadOnlyDictionary<string, string> Headers, string? Body)
{
    public string PathAndQuery => Uri.PathAndQuery;

    public static async Task<CapturedRequest> FromAsync(HttpRequestMessage request)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var header in request.Headers)
        {
            headers[header.Key] = string.Join(",", header.Value);
        }

        string? body = null;
        if (request.Content is not null)
        {
            foreach (var header in request.Content.Headers)
            {
                headers[header.Key] = string.Join(",", header.Value);
            }

            body = await request.Content.ReadAsStringAsync();
        }

        return new CapturedRequest(request.Method, request.RequestUri!, headers, body);
    }

    public string Header(string name) => Headers.TryGetValue(name, out var value) ? value : throw new Xunit.Sdk.XunitException($"Header {name} was not sent; sent: {string.Join(", ", Headers.Keys)}");

    /// <summary>Asserts the body is exactly this JSON (same properties and values, any order, no extra properties).</summary>
    public void AssertJsonBody(string expectedJson)
    {
        Assert.NotNull(Body);
        var expected = JsonNode.Parse(expectedJson);
        var actual = JsonNode.Parse(Body!);
        Assert.True(JsonNode.DeepEquals(expected, actual), $"Body differs.\nExpected: {expected?.ToJsonString()}\nActual:   {actual?.ToJsonString()}");
        Assert.StartsWith("application/json", Header("Content-Type"), StringComparison.Ordinal);
    }

    /// <summary>Asserts the headers Groww requires on every authenticated call.</summary>
    public void AssertStandardHeaders(string token = GrowwFixture.AccessToken)
    {
        Assert.Equal($"Bearer {token}", Header("Authorization"));
        Assert.Equal("application/json", Header("Accept"));
        Assert.Equal("1.0", Header("X-API-VERSION"));
        Assert.True(Guid.TryParse(Header("x-request-id"), out _), "x-request-id must be a fresh GUID");
        Assert.Equal("broker-dotnet", Header("x-client-id"));
        Assert.Equal("broker-dotnet-client", Header("x-client-platform"));
    }
}
