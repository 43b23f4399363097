using System.Net;
using System.Text;
using Broker.Errors;
using Broker.Groww;
using Broker.Dhan;
using Broker.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Broker.IntegrationTests.Hostile;

/// <summary>
/// A hostile broker that echoes the account's secrets back (as sent, lower-cased, URL-encoded, Base64, cut off
/// mid-value, inside a malformed header, inside a value that does not parse): no form of any secret reaches a log line
/// (Trace), an exception's ToString(), a broker message, a body snippet or an options ToString().
/// </summary>
public sealed class HostileSecretTests
{
    public static TheoryData<string, string> BrokersAndEchoes()
    {
        var data = new TheoryData<string, string>();
        foreach (var broker in new[] { "Groww", "Dhan" })
        {
            foreach (var echo in new[] { "error-message", "truncated-body", "malformed-header", "unparsable-value", "plain-text", "redirect" })
            {
                data.Add(broker, echo);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(BrokersAndEchoes))]
    public async Task No_form_of_any_secret_leaks_when_the_broker_echoes_them(string broker, string echo)
    {
        HostileTarget? t = null;
        await using var target = t = HostileTarget.Create(broker, (request, c) => c.WriteAsync(Echo(t!, echo, request))).Start();

        var texts = new List<string?>();
        foreach (var call in new Func<Task>[] { () => target.ReadAsync(), () => target.PlaceOrderAsync("ECHO00000001"), () => target.GetOrderAsync("123") })
        {
            var error = await Assert.ThrowsAnyAsync<Exception>(call);
            Assert.True(error is BrokerException or OperationCanceledException, error.GetType().FullName);
            texts.Add(error.ToString());
            if (error is BrokerApiException api)
            {
                texts.Add(api.BrokerMessage);
                texts.Add(api.ResponseSnippet);
            }
        }

        texts.Add(OptionsText(target));
        var leaked = SecretForms.FindAny(target.Everything([.. texts]), target.Secrets);
        Assert.True(leaked is null, $"A form of a secret leaked: {leaked?[..4]}…");
        Assert.NotEmpty(target.Logs.GetSnapshot());
    }

    [Fact]
    public async Task A_refused_totp_mint_that_echoes_the_totp_credentials_leaks_nothing()
    {
        HostileTarget? t = null;
        await using var target = t = HostileTarget.Create("Groww", (_, c) => c.WriteAsync(RawHttpServer.Response(200, "{}")));
        target.MintResponse = request => RawHttpServer.Response(
            400,
            $$$"""{"error":{"displayMessage":"Invalid TOTP for {{{request.Headers["Authorization"]}}} and body {{{Encoding.UTF8.GetString(request.Body).Replace("\"", "'", StringComparison.Ordinal)}}} secret {{{t!.Secrets[1].ToLowerInvariant()}}}"}}""");
        target.Start();

        var error = await Assert.ThrowsAsync<BrokerAuthenticationException>(() => target.ReadAsync());

        var leaked = SecretForms.FindAny(target.Everything(error.ToString(), error.BrokerMessage, error.ResponseSnippet), target.Secrets);
        Assert.True(leaked is null, $"A form of a secret leaked: {leaked?[..4]}…");
    }

    private static byte[] Echo(HostileTarget target, string echo, RawRequest request)
    {
        var secrets = target.Secrets;
        var every = string.Join(" ", secrets.SelectMany(SecretForms.Of));
        return echo switch
        {
            "error-message" => RawHttpServer.Response(400, target.ErrorBody(target.RefusalCode, $"Your credentials {every} and header {request.Headers.GetValueOrDefault("Authorization") ?? request.Headers.GetValueOrDefault("access-token")}")),
            "truncated-body" => RawHttpServer.Response(500, $$"""{"token":"{{target.AccessToken}}","pin":"{{secrets[0]}}","note":"{{target.AccessToken[..12]}}""", "application/json"),
            "malformed-header" => Encoding.ASCII.GetBytes($"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n{target.AccessToken} {secrets[0]}\r\nContent-Length: 2\r\n\r\n{{}}"),
            "unparsable-value" => RawHttpServer.Response(200, target.Broker == "Groww"
                ? $$$"""{"status":"SUCCESS","payload":{"holdings":[{"isin":"INE002A01018","trading_symbol":"RELIANCE","quantity":"{{{target.AccessToken}}}"}],"groww_order_id":{"x":"{{{secrets[1]}}}"},"order_status":"OPEN"}}"""
                : $$$"""{"availabelBalance":"{{{target.AccessToken}}}","orderId":{"x":"{{{secrets[1]}}}"}}"""),
            "plain-text" => RawHttpServer.Response(502, $"upstream said {every}", "text/plain"),
            "redirect" => RawHttpServer.Response(302, "{}", "application/json", $"Location: https://evil.example/?token={target.AccessToken}&pin={secrets[0]}"),
            _ => throw new ArgumentOutOfRangeException(nameof(echo)),
        };
    }

    private static string OptionsText(HostileTarget target) => target.Broker == "Groww"
        ? target.Services.GetRequiredService<IOptionsMonitor<GrowwClientOptions>>().Get("default").ToString()
        : target.Services.GetRequiredService<IOptionsMonitor<DhanClientOptions>>().Get("default").ToString();
}
