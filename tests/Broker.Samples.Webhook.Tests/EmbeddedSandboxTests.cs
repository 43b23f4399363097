using System.Collections;
using System.Net;
using System.Text;
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
}
