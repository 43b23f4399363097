// Dhan sample: log in headlessly with PIN + TOTP, place a limit order with your own correlation id, read its
// status back by that id, and list positions.
//
// Set these environment variables (never put credentials in code or in a committed file):
//   Dhan__ClientId      your Dhan client id
//   Dhan__Pin           your 6-digit Dhan PIN
//   Dhan__TotpSecret    the TOTP secret from Dhan Web → DhanHQ Trading APIs → Setup TOTP
// Optional:
//   DHAN__SECURITYID    the security id to buy (default 1333, HDFC Bank on NSE)
//   DHAN__PRICE         the limit price (default 1.00, far from the market so it will not fill)
//   DHAN__PLACEORDER    set to "yes" to really place the order; anything else only reads
//
// Orders need a whitelisted static IP (client.StaticIp.SetAsync) and are real: this places a real order.
using System.Globalization;
using Broker.Dhan;
using Broker.Dhan.Orders;
using Broker.Errors;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

var configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();
var dhan = configuration.GetSection("DHAN");
if (string.IsNullOrWhiteSpace(dhan["CLIENTID"]) || string.IsNullOrWhiteSpace(dhan["PIN"]) || string.IsNullOrWhiteSpace(dhan["TOTPSECRET"]))
{
    Console.Error.WriteLine("Set Dhan__ClientId, Dhan__Pin and Dhan__TotpSecret first.");
    return 2;
}

var services = new ServiceCollection();
services.AddLogging(logging => logging.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Information));
// Reads ClientId, Pin and TotpSecret from the DHAN section (keys are case-insensitive).
services.AddDhanClient("default", dhan, options => options.AuthenticationMode = DhanAuthenticationMode.PinTotp);
await using var provider = services.BuildServiceProvider();
var client = provider.GetRequiredService<IDhanClient>();
using var cancellation = new CancellationTokenSource(TimeSpan.FromMinutes(2));
var ct = cancellation.Token;

try
{
    // The first call mints a token (generateAccessToken); it is cached and renewed before it expires.
    var profile = await client.Profile.GetProfileAsync(ct);
    Console.WriteLine($"Logged in as {profile.DhanClientId}; token valid until {profile.TokenValidity:yyyy-MM-dd HH:mm zzz}.");

    if (string.Equals(dhan["PLACEORDER"], "yes", StringComparison.OrdinalIgnoreCase))
    {
        var correlationId = "sample-" + TimeProvider.System.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var request = new DhanPlaceOrderRequest
        {
            SecurityId = dhan["SECURITYID"] ?? "1333",
            ExchangeSegment = DhanExchangeSegment.NseEquity,
            TransactionType = DhanTransactionType.Buy,
            Quantity = 1,
            OrderType = DhanOrderType.Limit,
            ProductType = DhanProductType.Cnc,
            Price = decimal.Parse(dhan["PRICE"] ?? "1.00", CultureInfo.InvariantCulture),
            CorrelationId = correlationId,
        };

        // Idempotent: if this correlation id already has an order (a retry after a timeout), it is returned instead.
        var placement = await client.Orders.PlaceOrderIdempotentAsync(request, cancellationToken: ct);
        Console.WriteLine($"Order {placement.OrderId} {placement.OrderStatus} (correlation id {placement.CorrelationId}).");

        var order = await client.Orders.FindOrderByReferenceAsync(placement.CorrelationId, ct);
        Console.WriteLine(order is null
            ? "Not in the order book yet (still in transit)."
            : $"Status: {order.OrderStatus}, filled {order.FilledQuantity}/{order.Quantity}, remarks: {order.OmsErrorDescription}");
    }

    var positions = await client.Portfolio.GetPositionsAsync(ct);
    Console.WriteLine($"{positions.Count} position(s):");
    foreach (var position in positions)
    {
        Console.WriteLine($"  {position.TradingSymbol,-20} {position.PositionType,-6} net {position.NetQuantity,6}  unrealised {position.UnrealizedProfit,10:0.00}");
    }

    return 0;
}
catch (OrderOutcomeUnknownException ex)
{
    Console.Error.WriteLine($"The order may or may not exist: look it up by correlation id {ex.ClientReference} before retrying.");
    return 1;
}
catch (BrokerException ex)
{
    Console.Error.WriteLine($"{ex.GetType().Name}: {ex.Message}");
    return 1;
}
