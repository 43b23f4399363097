using System.Net;
using Broker.Groww.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static Broker.Groww.Tests.Authentication.AuthenticationFlowTests;
using Broker.Testing;

namespace Broker.Groww.Tests.Authentication;

/// <summary>Every flow, run through success and failure, with every log line at Trace captured: no secret may appear anywhere.</summary>
public sealed class SecretLeakTests
{
    private static readonly string[] Secrets = [ApiKey, ApiSecret, TotpToken, TotpSecret, MintedToken, SecondToken, GrowwFixture.AccessToken];

    public static TheoryData<string> Flows => new() { "access-token", "approval", "totp" };

    [Theory]
    [MemberData(nameof(Flows))]
    public async Task No_secret_reaches_logs_exceptions_or_ToString(string flow)
    {
        using var groww = GrowwFixture.Create(o =>
        {
            o.Credentials.AccessToken = flow == "access-token" ? GrowwFixture.AccessToken : null;
            o.Credentials.ApiKey = flow == "approval" ? ApiKey : null;
            o.Credentials.ApiSecret = flow == "approval" ? ApiSecret : null;
            o.Credentials.TotpToken = flow == "totp" ? TotpToken : null;
            o.Credentials.TotpSecret = flow == "totp" ? TotpSecret : null;
            o.Retry.MaxRetryAttempts = 0;
        });
        var texts = new List<string>();
        if (flow != "access-token")
        {
            groww.Expect(HttpMethod.Post, "/v1/token/api/access", $$"""{"token":"{{MintedToken}}","expiry":"2026-11-24T06:00:00"}""");
        }

        groww.Expect(HttpMethod.Get, "/v1/holdings/user", "", HttpStatusCode.Unauthorized);
        if (flow != "access-token")
        {
            // The renewal is refused, echoing the key the way a careless server might.
            groww.Expect(HttpMethod.Post, "/v1/token/api/access", "{\"error\":{\"displayMessage\":\"key " + (flow == "approval" ? ApiKey : TotpToken) + " is not approved\"}}", HttpStatusCode.BadRequest);
        }

        var call = Record(() => groww.Client.Portfolio.GetHoldingsAsync());
        for (var i = 0; i < 120 && flow == "totp" && !call.IsCompleted; i++)
        {
            // The TOTP renewal waits for the next 30-second step rather than send the spent code again.
            groww.Time.Advance(TimeSpan.FromSeconds(1));
            SpinWait.SpinUntil(() => call.IsCompleted, TimeSpan.FromMilliseconds(20));
        }

        var failure = await call;
        texts.Add(failure);
        groww.Expect(HttpMethod.Get, "/v1/user/detail", "{\"status\":\"FAILURE\",\"error\":{\"code\":\"GA001\",\"message\":\"token " + (flow == "access-token" ? GrowwFixture.AccessToken : MintedToken) + " rejected\"}}", HttpStatusCode.BadRequest);
        texts.Add(await Record(() => groww.Client.User.GetProfileAsync()));

        var options = groww.Services.GetRequiredService<Microsoft.Extensions.Options.IOptionsMonitor<GrowwClientOptions>>().Get("default");
        texts.Add(options.ToString());
        texts.Add(options.Credentials.ToString());
        texts.Add(groww.Logs.AllText());
        Assert.NotEmpty(groww.Logs.GetSnapshot());

        var all = string.Join("\n", texts);
        foreach (var secret in Secrets)
        {
            Assert.DoesNotContain(secret, all, StringComparison.Ordinal);
        }
    }

    private static async Task<string> Record(Func<Task> call)
    {
        try
        {
            await call();
            return string.Empty;
        }
        catch (Exception ex)
        {
            return ex.ToString() + "\n" + string.Join("\n", Walk(ex).Select(e => e.Message));
        }
    }

    private static IEnumerable<Exception> Walk(Exception ex)
    {
        for (Exception? e = ex; e is not null; e = e.InnerException)
        {
            yield return e;
            if (e is Broker.Errors.BrokerApiException api)
            {
                yield return new InvalidOperationException(api.BrokerMessage);
            }
        }
    }
}
