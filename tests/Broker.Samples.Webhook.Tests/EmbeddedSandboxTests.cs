using System.Collections;
using System.Net;
using System.Text;
using Broker.Samples.Webhook.OrderLog;
using Broker.Samples.Webhook.Sandbox;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Broker.Samples.Webhook.Tests;

public sealed class EmbeddedSandboxTests
{
    [Fact]
    public async Task Use_sandbox_without_credentials_trades_against_an_in_process_sandbox()
    {
        var directory = Path.Combine(Path.GetTempPath(), "webhook-sbx-" + Guid.NewGuid().ToString("N"));
        await using var app = await WebhookApplication.CreateAsync(
            [],
            builder =>
            {
                builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
                {
                    ["Webhook:Secret"] = WebhookHarness.Secret,
                    ["Webhook:Broker"] = "Groww",
                    ["Webhook:LiveTrading"] = "true",
                    ["Webhook:UseSandbox"] = "true",
                    ["Webhook:TokenCheck:Enabled"] = "false",
                    ["Webhook:OrderLog:Path"] = Path.Combine(directory, "orders.csv"),
                });
                builder.WebHost.UseUrls("http://127.0.0.1:0");
                builder.Logging.ClearProviders();
            },
            environment: new Hashtable());
        await app.StartAsync();
        try
        {
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            using var http = new HttpClient { BaseAddress = new Uri(address) };

            using var response = await http.PostAsync("/webhook", new StringContent(Alerts.MarketBuy(symbol: "INFY", reference: "tv-sbx-0001"), Encoding.UTF8, "text/plain"));

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var sandbox = app.Services.GetServices<IHostedService>().OfType<EmbeddedSandbox>().Single().Sandbox;
            Assert.Equal("INFY", Assert.Single(sandbox.Groww.DefaultAccount.Orders).TradingSymbol);
        }
        finally
        {
            await app.StopAsync();
            try
            {
                Directory.Delete(directory, recursive: true);
            }
            catch (IOException)
            {
                // Best effort.
            }
        }
    }

    [Fact]
    public async Task Use_sandbox_with_a_dhan_postback_secret_has_the_sandbox_post_its_order_updates_back_to_the_service()
    {
        const string postbackSecret = "embedded-postback-0123456789";
        var directory = Path.Combine(Path.GetTempPath(), "webhook-sbx-" + Guid.NewGuid().ToString("N"));
        await using var app = await WebhookApplication.CreateAsync(
            [],
            builder =>
            {
                builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
                {
                    ["Webhook:Secret"] = WebhookHarness.Secret,
                    ["Webhook:DhanPostbackSecret"] = postbackSecret,
                    ["Webhook:Broker"] = "Dhan",
                    ["Webhook:LiveTrading"] = "true",
                    ["Webhook:UseSandbox"] = "true",
                    ["Webhook:TokenCheck:Enabled"] = "false",
                    ["Webhook:OrderLog:Path"] = Path.Combine(directory, "orders.csv"),
                });
                builder.WebHost.UseUrls("http://127.0.0.1:0");
                builder.Logging.ClearProviders();
            },
            environment: new Hashtable());
        await app.StartAsync();
        try
        {
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            using var http = new HttpClient { BaseAddress = new Uri(address) };
            var sandbox = app.Services.GetServices<IHostedService>().OfType<EmbeddedSandbox>().Single().Sandbox;

            using var response = await http.PostAsync("/webhook", new StringContent(Alerts.MarketBuy(symbol: "INFY", reference: "tv-sbx-pb-01"), Encoding.UTF8, "text/plain"));
            using (var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15)))
            {
                await sandbox.DhanPostbacks.WhenCountReachesAsync(2, timeout.Token);
            }

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal([(200, "PENDING"), (200, "TRADED")], sandbox.DhanPostbacks.Snapshot().Select(p => (p.StatusCode, p.OrderStatus)));
            var rows = await app.Services.GetRequiredService<CsvOrderLog>().ReadLatestAsync(10, CancellationToken.None);
            Assert.Equal(["TRADED", "PENDING"], rows.Where(r => r.Outcome == DhanPostbackRecorder.Outcome).Select(r => r.OrderStatus));
        }
        finally
        {
            await app.StopAsync();
            try
            {
                Directory.Delete(directory, recursive: true);
            }
            catch (IOException)
            {
                // Best effort.
            }
        }
    }

    [Theory]
    [InlineData("http://127.0.0.1:5080", "http://127.0.0.1:5080/dhan/postback/s")]
    [InlineData("http://[::]:8080", "http://127.0.0.1:8080/dhan/postback/s")]
    [InlineData("http://+:8080", "http://127.0.0.1:8080/dhan/postback/s")]
    [InlineData("http://localhost:5000", "http://127.0.0.1:5000/dhan/postback/s")]
    public void The_embedded_sandbox_calls_the_service_on_loopback_whatever_host_it_listens_on(string listening, string expected)
    {
        Assert.Equal(new Uri(expected), EmbeddedSandbox.LoopbackPostbackUrl([listening], "s"));
    }

    [Fact]
    public void A_service_listening_only_on_https_gets_no_sandbox_postbacks()
    {
        Assert.Null(EmbeddedSandbox.LoopbackPostbackUrl(["https://127.0.0.1:5001"], "s"));
    }
}
