// Groww sample: authenticate from configuration or environment variables, place a LIMIT order with your own
// reference, poll its status until it settles, then read positions.
//
// Credentials (never in source code), one kind of:
//   Groww__Credentials__TotpToken + Groww__Credentials__TotpSecret   (unattended, recommended)
//   Groww__Credentials__ApiKey + Groww__Credentials__ApiSecret       (needs daily approval on the Groww site)
//   Groww__Credentials__AccessToken                                  (pasted from the Groww site, expires 06:00 IST)
// or the same keys under "Groww" in appsettings.json. Set GROWW_SAMPLE_PLACE_ORDER=yes to really place the order.
using Broker.Errors;
using Broker.Groww;
using Broker.Groww.Orders;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

var configuration = new ConfigurationBuilder()
    .AddJsonFile("appsettings.json", optional: true)
    .AddEnvironmentVariables()
    .Build();

var services = new ServiceCollection();
services.AddLogging(logging => logging.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Information));
services.AddGrowwClient(configuration.GetSection("Groww"));
await using var provider = services.BuildServiceProvider();

IGrowwClient groww;
try
{
    groww = provider.GetRequiredService<IGrowwClient>();
}
catch (Microsoft.Extensions.Options.OptionsValidationException ex)
{
    Console.Error.WriteLine("Groww is not configured: " + ex.Message);
    return 1;
}

using var stop = new CancellationTokenSource(TimeSpan.FromMinutes(2));
var profile = await groww.User.GetProfileAsync(stop.Token);
Console.WriteLine($"Logged in as UCC {profile.Ucc}; active segments: {string.Join(", ", profile.ActiveSegments ?? [])}");

if (string.Equals(Environment.GetEnvironmentVariable("GROWW_SAMPLE_PLACE_ORDER"), "yes", StringComparison.OrdinalIgnoreCase))
{
    // A reference of our own makes the order safe to retry: Groww refuses a second order with it (GA007).
    var reference = $"smpl-{DateTime.UtcNow:MMddHHmmss}";
    var order = new GrowwPlaceOrderRequest
    {
        TradingSymbol = "IDEA",
        Quantity = 1,
        Price = 1.00m, // far below the market, so it rests unfilled
        Exchange = GrowwExchange.Nse,
        Segment = GrowwSegment.Cash,
        Product = GrowwProduct.Cnc,
        OrderType = GrowwOrderType.Limit,
        TransactionType = GrowwTransactionType.Buy,
        OrderReferenceId = reference,
    };

    GrowwOrderPlacement placement;
    try
    {
        placement = await groww.Orders.PlaceOrderIdempotentAsync(order, cancellationToken: stop.Token);
    }
    catch (OrderOutcomeUnknownException unknown)
    {
        // The order may exist: reconcile by reference instead of sending it blindly again.
        placement = await groww.Orders.PlaceOrderIdempotentAsync(order, unknown, stop.Token);
    }

    Console.WriteLine($"Order {placement.GrowwOrderId} ({placement.OrderReferenceId}) is {placement.OrderStatus}{(placement.AlreadyPlaced ? " (already placed earlier)" : "")}");

    for (var poll = 0; poll < 5; poll++)
    {
        var status = await groww.Orders.FindOrderByReferenceAsync(reference, GrowwSegment.Cash, stop.Token);
        if (status is null)
        {
            // Groww can take a moment to list an order it has just accepted.
            Console.WriteLine("  not listed yet");
            await Task.Delay(TimeSpan.FromSeconds(1), stop.Token);
            continue;
        }

        Console.WriteLine($"  status {status.OrderStatus}, filled {status.FilledQuantity}");
        if (status.OrderStatus is { IsTerminal: true })
        {
            break;
        }

        await Task.Delay(TimeSpan.FromSeconds(2), stop.Token);
    }
}

foreach (var position in await groww.Portfolio.GetPositionsAsync(cancellationToken: stop.Token))
{
    Console.WriteLine($"{position.TradingSymbol,-20} {position.Product} net {position.Quantity} @ {position.NetPrice}");
}

return 0;
