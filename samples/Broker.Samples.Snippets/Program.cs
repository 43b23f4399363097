// Runs the README snippets that need no live account against Broker.Sandbox, so they are executed as well as
// compiled. The Dhan and Groww quickstarts get their hosts pointed at the sandbox through an extra options
// registration; the snippet text itself is the README's.
using Broker.Dhan;
using Broker.Dhan.Feeds;
using Broker.Dhan.Instruments;
using Broker.Groww;
using Broker.Groww.Instruments;
using Broker.Groww.Orders;
using Broker.Samples.Snippets;
using Broker.Sandbox;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

using var cancellation = new CancellationTokenSource(TimeSpan.FromMinutes(1));
var ct = cancellation.Token;

var sandboxOptions = new SandboxOptions();
await using var sandbox = await BrokerSandbox.StartAsync(sandboxOptions, ct);
var growwDemo = sandboxOptions.Groww.Accounts[0];
var dhanDemo = sandboxOptions.Dhan.Accounts[0];
var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
{
    ["Groww:BaseAddress"] = sandbox.GrowwBaseAddress.AbsoluteUri,
    ["Groww:Credentials:TotpToken"] = growwDemo.TotpToken,
    ["Groww:Credentials:TotpSecret"] = growwDemo.TotpSecret,
    ["Groww:RateLimits:Orders"] = "10/s, 250/min",
    ["Dhan:ClientId"] = dhanDemo.ClientId,
    ["Dhan:Pin"] = dhanDemo.Pin,
    ["Dhan:TotpSecret"] = dhanDemo.TotpSecret,
}).Build();
var dhanSandbox = new DhanEnvironment("Broker.Sandbox", sandbox.DhanApiBaseUri, sandbox.DhanAuthBaseUri);

ServiceCollection DhanAtSandbox()
{
    var services = new ServiceCollection();
    services.AddOptions<DhanClientOptions>("default").Configure(o => o.Environment = dhanSandbox);
    return services;
}

Console.WriteLine("abstractions-totp:");
AbstractionsReadmeSnippets.TotpAndIndianTime(growwDemo.TotpSecret!);

Console.WriteLine("groww-quickstart:");
await GrowwReadmeSnippets.QuickstartAsync(new ServiceCollection(), configuration, ct);

Console.WriteLine("dhan-quickstart:");
await DhanReadmeSnippets.QuickstartAsync(DhanAtSandbox(), configuration, ct);

Console.WriteLine("readme-register:");
await RootReadmeSnippets.RegisterBothBrokersAsync(DhanAtSandbox(), configuration, ct);

Console.WriteLine("readme-errors:");
var growwServices = new ServiceCollection();
growwServices.AddGrowwClient(configuration.GetSection("Groww"));
await using (var provider = growwServices.BuildServiceProvider())
{
    var order = new GrowwPlaceOrderRequest
    {
        TradingSymbol = "INFY", Exchange = GrowwExchange.Nse, Segment = GrowwSegment.Cash, Product = GrowwProduct.Cnc,
        OrderType = GrowwOrderType.Limit, TransactionType = GrowwTransactionType.Buy, Quantity = 1, Price = 1400m,
    };
    await RootReadmeSnippets.PlaceWithErrorHandlingAsync(provider.GetRequiredService<IGrowwClient>(), order, ct);
}

Console.WriteLine("sandbox-clients:");
await SandboxReadmeSnippets.PointClientsAtSandboxAsync(new ServiceCollection(), ct);

Console.WriteLine("sandbox-tour:");
await SandboxReadmeSnippets.TourAsync();

Console.WriteLine("docs-rate-limits:");
var limited = new ServiceCollection();
DocsSnippets.ChangeRateLimits(limited);
Console.WriteLine($"Registered both clients with custom limits ({limited.Count} services).");

Console.WriteLine("docs-errors-final-status:");
var refusedLater = DhanAtSandbox();
refusedLater.AddDhanClient("default", configuration.GetSection("Dhan"));
await using (var provider = refusedLater.BuildServiceProvider())
{
    await DocsSnippets.WaitForOutcomeAsync(provider.GetRequiredService<IDhanClient>(), new Broker.Dhan.Orders.DhanPlaceOrderRequest
    {
        SecurityId = "2885", ExchangeSegment = DhanExchangeSegment.NseEquity, TransactionType = DhanTransactionType.Buy,
        Quantity = 100_000, OrderType = DhanOrderType.Limit, ProductType = DhanProductType.Cnc, Price = 1420m,
    }, ct);
}

Console.WriteLine("instruments-dhan:");
var dhanData = DhanAtSandbox();
dhanData.PostConfigure<DhanFeedOptions>("default", o => o.MarketFeedUri = sandbox.DhanMarketFeedUri);
dhanData.PostConfigure<DhanInstrumentsOptions>(o =>
{
    o.CompactAddress = sandbox.DhanScripMasterUri;
    o.DetailedAddress = sandbox.DhanScripMasterDetailedUri;
});
await InstrumentsGuideSnippets.DhanBySymbolAsync(dhanData, configuration, ct);

Console.WriteLine("instruments-groww:");
var growwData = new ServiceCollection();
growwData.PostConfigure<GrowwInstrumentsOptions>(o => o.Address = sandbox.GrowwInstrumentsUri);
await InstrumentsGuideSnippets.GrowwBySymbolAsync(growwData, configuration, ct);

Console.WriteLine("All README snippets ran.");
return 0;
