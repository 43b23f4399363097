using Broker.Groww;
using Broker.Groww.Orders;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Broker.Samples.Snippets;

/// <summary>The snippets of src/Broker.Groww/README.md.</summary>
internal static class GrowwReadmeSnippets
{
    /// <summary>src/Broker.Groww/README.md, the opening example: register from configuration, place, reconcile.</summary>
    /// <param name="services">An empty service collection.</param>
    /// <param name="configuration">Configuration with a <c>Groww</c> section.</param>
    /// <param name="ct">Cancels the calls.</param>
    /// <returns>A task that completes when the order has been placed and read back.</returns>
    public static async Task QuickstartAsync(IServiceCollection services, IConfiguration configuration, CancellationToken ct)
    {
        // snippet: groww-quickstart
        // using Broker.Groww;
        // using Broker.Groww.Orders;
        // using Microsoft.Extensions.DependencyInjection;

        // Credentials come from configuration: Groww:Credentials:TotpToken and Groww:Credentials:TotpSecret
        // (environment variables Groww__Credentials__TotpToken, Groww__Credentials__TotpSecret).
        services.AddGrowwClient(configuration.GetSection("Groww"));
        await using var provider = services.BuildServiceProvider();
        var groww = provider.GetRequiredService<IGrowwClient>();

        var profile = await groww.User.GetProfileAsync(ct);
        var placement = await groww.Orders.PlaceOrderIdempotentAsync(new GrowwPlaceOrderRequest
        {
            TradingSymbol = "TCS", Exchange = GrowwExchange.Nse, Segment = GrowwSegment.Cash, Product = GrowwProduct.Cnc,
            OrderType = GrowwOrderType.Limit, TransactionType = GrowwTransactionType.Buy, Quantity = 1, Price = 3000m,
            OrderReferenceId = "mystrategy-0001",      // 8-20 letters/digits, at most two hyphens; generated when omitted
        }, cancellationToken: ct);
        var status = await groww.Orders.FindOrderByReferenceAsync(placement.OrderReferenceId!, GrowwSegment.Cash, ct);
        Console.WriteLine($"{profile.Ucc}: order {placement.GrowwOrderId} is {status?.OrderStatus.ToString() ?? "not listed yet"}");
        // end snippet
    }
}
