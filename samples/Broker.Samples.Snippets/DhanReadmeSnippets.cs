using Broker.Dhan;
using Broker.Dhan.Orders;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Broker.Samples.Snippets;

/// <summary>The snippets of src/Broker.Dhan/README.md.</summary>
internal static class DhanReadmeSnippets
{
    /// <summary>src/Broker.Dhan/README.md, the opening example: PIN + TOTP login, idempotent order, lookup by correlation id.</summary>
    /// <param name="services">An empty service collection.</param>
    /// <param name="configuration">Configuration with <c>Dhan:ClientId</c>, <c>Dhan:Pin</c> and <c>Dhan:TotpSecret</c>.</param>
    /// <param name="ct">Cancels the calls.</param>
    /// <returns>A task that completes when the order has been placed and read back.</returns>
    public static async Task QuickstartAsync(IServiceCollection services, IConfiguration configuration, CancellationToken ct)
    {
        // snippet: dhan-quickstart
        // using Broker.Dhan;
        // using Broker.Dhan.Orders;
        // using Microsoft.Extensions.DependencyInjection;

        // Credentials come from configuration: Dhan:ClientId, Dhan:Pin and Dhan:TotpSecret
        // (environment variables Dhan__ClientId, Dhan__Pin, Dhan__TotpSecret).
        services.AddDhanClient(options =>
        {
            options.ClientId = configuration["Dhan:ClientId"];
            options.Pin = configuration["Dhan:Pin"];               // headless login: PIN + TOTP (generateAccessToken)
            options.TotpSecret = configuration["Dhan:TotpSecret"];
        });
        await using var provider = services.BuildServiceProvider();
        var dhan = provider.GetRequiredService<IDhanClient>();

        var placement = await dhan.Orders.PlaceOrderIdempotentAsync(new DhanPlaceOrderRequest
        {
            SecurityId = "1333", ExchangeSegment = DhanExchangeSegment.NseEquity, TransactionType = DhanTransactionType.Buy,
            Quantity = 1, OrderType = DhanOrderType.Limit, ProductType = DhanProductType.Cnc, Price = 950m,
            CorrelationId = "my-strategy-0001",
        }, cancellationToken: ct);
        var order = await dhan.Orders.FindOrderByReferenceAsync(placement.CorrelationId, ct);
        Console.WriteLine($"Order {placement.OrderId} is {order?.OrderStatus}");
        // end snippet
    }
}
