using System.Collections;
using System.Net;
using System.Text;
using Broker.Samples.Webhook.OrderLog;
using Broker.Samples.Webhook.Sandbox;
using Microsoft.AspNetCore.Builder;
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
        await using var service = await EmbeddedService.StartAsync("Groww");

        using var response = await service.Http.PostAsync("/webhook", new StringContent(Alerts.MarketBuy(symbol: "INFY", reference: "tv-sbx-0001"), Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("INFY", Assert.Single(service.Sandbox.Groww.DefaultAccount.Orders).TradingSymbol);
    }

    [Fact]
    public async Task Use_sandbox_with_a_dhan_postback_secret_has_the_sandbox_post_its_order_updates_back_to_the_service()
    {
        await using var service = await EmbeddedService.StartAsync("Dhan", ("Webhook:DhanPostbackSecret", "embedded-postback-0123456789"));

        using var response = await service.Http.PostAsync("/webhook", new StringContent(Alerts.MarketBuy(symbol: "INFY", reference: "tv-sbx-pb-01"), Encoding.UTF8, "text/plain"));
        using (var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15)))
        {
            await service.Sandbox.DhanPostbacks.WhenCountReachesAsync(2, timeout.Token);
        }

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([(200, "PENDING"), (200, "TRADED")], service.Sandbox.DhanPostbacks.Snapshot().Select(p => (p.StatusCode, p.OrderStatus)));
        var rows = await service.App.Services.GetRequiredService<CsvOrderLog>().ReadLatestAsync(10, CancellationToken.None);
        Assert.Equal(["TRADED", "PENDING"], rows.Where(r => r.Outcome == DhanPostbackRecorder.Outcome).Select(r => r.OrderStatus));
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

    /// <summary>The webhook service with <c>UseSandbox</c> on a free loopback port, its order log in a temporary folder.</summary>
    private sealed class EmbeddedService : IAsyncDisposable
    {
        private readonly string _directory;

        private EmbeddedService(WebApplication app, string directory)
        {
            App = app;
            _directory = directory;
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            Http = new HttpClient { BaseAddress = new Uri(address) };
            Sandbox = app.Services.GetServices<IHostedService>().OfType<EmbeddedSandbox>().Single().Sandbox;
        }

        public WebApplication App { get; }

        public HttpClient Http { get; }

        public Broker.Sandbox.BrokerSandbox Sandbox { get; }

        public static async Task<EmbeddedService> StartAsync(string broker, params (string Key, string Value)[] settings)
        {
            var directory = Path.Combine(Path.GetTempPath(), "webhook-sbx-" + Guid.NewGuid().ToString("N"));
            var app = await WebhookApplication.CreateAsync(
                [],
                builder =>
                {
                    var values = new Dictionary<string, string?>
                    {
                        ["Webhook:Secret"] = WebhookHarness.Secret,
                        ["Webhook:Broker"] = broker,
                        ["Webhook:LiveTrading"] = "true",
                        ["Webhook:UseSandbox"] = "true",
                        ["Webhook:TokenCheck:Enabled"] = "false",
                        ["Webhook:OrderLog:Path"] = Path.Combine(directory, "orders.csv"),
                    };
                    foreach (var (key, value) in settings)
                    {
                        values[key] = value;
                    }

                    builder.Configuration.AddInMemoryCollection(values);
                    builder.WebHost.UseUrls("http://127.0.0.1:0");
                    builder.Logging.ClearProviders();
                },
                environment: new Hashtable());
            await app.StartAsync();
            return new EmbeddedService(app, directory);
        }

        public async ValueTask DisposeAsync()
        {
            Http.Dispose();
            await App.StopAsync();
            await App.DisposeAsync();
            try
            {
                Directory.Delete(_directory, recursive: true);
            }
            catch (IOException)
            {
                // Best effort.
            }
        }
    }
}
