using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Broker.RateLimiting;
using Broker.Sandbox;
using Broker.Security;
using Broker.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Broker.Sandbox.Tests.Support;

/// <summary>
/// A running sandbox with known test credentials, a fake server clock (so TOTP codes are computed, not guessed) and a
/// plain HttpClient on loopback. Credentials here are sandbox-only test values.
/// </summary>
internal sealed class SandboxTestContext : IAsyncDisposable
{
    public const string GrowwUcc = "TESTUCC01";
    public const string GrowwApiKey = "test-groww-key";
    public const string GrowwApiSecret = "test-groww-secret-value";
    public const string GrowwTotpToken = "test-groww-totp-token";
    public const string GrowwTotpSecret = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
    public const string GrowwAccessToken = "test-groww-static-access-token";
    public const string DhanClientId = "1100000042";
    public const string DhanPin = "908172";
    public const string DhanTotpSecret = "KRSXG5CTMVRXEZLUKRSXG5CTMVRXEZLU";
    public const string DhanAccessToken = "test-dhan-static-access-token";
    public const string DhanAppId = "test-dhan-app-id";
    public const string DhanAppSecret = "test-dhan-app-secret";

    private SandboxTestContext(BrokerSandbox sandbox, FakeTimeProvider clock, FakeTimeProvider rateClock)
    {
        Sandbox = sandbox;
        ServerTime = clock;
        RateClock = rateClock;
        Http = new HttpClient(new SocketsHttpHandler { UseProxy = false, AllowAutoRedirect = false }) { BaseAddress = sandbox.BaseAddress };
    }

    public BrokerSandbox Sandbox { get; }

    /// <summary>The fake time the server clock runs on.</summary>
    public FakeTimeProvider ServerTime { get; }

    /// <summary>The fake time the rate-limit windows run on.</summary>
    public FakeTimeProvider RateClock { get; }

    public HttpClient Http { get; }

    public static async Task<SandboxTestContext> StartAsync(Action<SandboxOptions>? configure = null)
    {
        var clock = FakeClock.Create();
        var rateClock = FakeClock.Create();
        var options = new SandboxOptions
        {
            TimeProvider = clock,
            RateLimitTimeProvider = rateClock,
            Groww = new GrowwSandboxOptions
            {
                Accounts =
                [
                    new GrowwSandboxAccount
                    {
                        Ucc = GrowwUcc,
                        ApiKey = GrowwApiKey,
                        ApiSecret = GrowwApiSecret,
                        TotpToken = GrowwTotpToken,
                        TotpSecret = GrowwTotpSecret,
                        AccessToken = GrowwAccessToken,
                        OpeningBalance = 100_000m,
                        Holdings = [new SandboxHoldingSeed { TradingSymbol = "INFY", Quantity = 5, AveragePrice = 1400m }],
                    },
                ],
            },
            Dhan = new DhanSandboxOptions
            {
                Accounts =
                [
                    new DhanSandboxAccount
                    {
                        ClientId = DhanClientId,
                        Pin = DhanPin,
                        TotpSecret = DhanTotpSecret,
                        AccessToken = DhanAccessToken,
                        AppId = DhanAppId,
                        AppSecret = DhanAppSecret,
                        OpeningBalance = 100_000m,
                    },
                ],
            },
        };
        configure?.Invoke(options);
        var sandbox = await BrokerSandbox.StartAsync(options);
        return new SandboxTestContext(sandbox, clock, rateClock);
    }

    public static IList<RateLimitWindow> Limit(int count, TimeSpan window) => [new RateLimitWindow(count, window)];

    public string GrowwTotp(int stepOffset = 0) =>
        Totp.FromBase32(GrowwTotpSecret, ServerTime).GetCode(ServerTime.GetUtcNow() + TimeSpan.FromSeconds(30 * stepOffset));

    public string DhanTotp(int stepOffset = 0) =>
        Totp.FromBase32(DhanTotpSecret, ServerTime).GetCode(ServerTime.GetUtcNow() + TimeSpan.FromSeconds(30 * stepOffset));

    public static string Checksum(string secret, string timestamp) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret + timestamp)));

    /// <summary>A Groww API call with the standard headers.</summary>
    public Task<HttpResponseMessage> GrowwAsync(HttpMethod method, string relative, object? body = null, string? token = GrowwAccessToken, bool apiVersion = true)
    {
        var request = new HttpRequestMessage(method, new Uri(Sandbox.GrowwApiBaseUri, relative));
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (apiVersion)
        {
            request.Headers.Add("X-API-VERSION", "1.0");
        }

        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (body is not null)
        {
            request.Content = Json(body);
        }

        return Http.SendAsync(request);
    }

    /// <summary>A Dhan API call with the standard headers.</summary>
    public Task<HttpResponseMessage> DhanAsync(HttpMethod method, string relative, object? body = null, string? token = DhanAccessToken, string? clientId = DhanClientId)
    {
        var request = new HttpRequestMessage(method, new Uri(Sandbox.DhanApiBaseUri, relative));
        if (token is not null)
        {
            request.Headers.Add("access-token", token);
        }

        if (clientId is not null)
        {
            request.Headers.Add("client-id", clientId);
        }

        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (body is not null)
        {
            request.Content = Json(body);
        }

        return Http.SendAsync(request);
    }

    public Task<HttpResponseMessage> GrowwMintAsync(string key, object body) => GrowwAsync(HttpMethod.Post, "token/api/access", body, key);

    public Task<HttpResponseMessage> DhanGenerateTokenAsync(string clientId, string pin, string totp) =>
        Http.PostAsync(new Uri(Sandbox.DhanAuthBaseUri, $"app/generateAccessToken?dhanClientId={clientId}&pin={pin}&totp={totp}"), null);

    public static StringContent Json(object body) =>
        new(body as string ?? JsonSerializer.Serialize(body, TestJson.Options), Encoding.UTF8, "application/json");

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Sandbox.DisposeAsync();
    }
}
