using Broker.Dhan;
using Broker.Dhan.Orders;
using Broker.Groww;
using Broker.RateLimiting;
using Microsoft.Extensions.DependencyInjection;

namespace Broker.Samples.Snippets;

/// <summary>The C# examples of the guides in docs/ that are not README snippets.</summary>
internal static class DocsSnippets
{
    /// <summary>docs/rate-limits.md "Changing them": rate limits and limiter behaviour set in code.</summary>
    /// <param name="services">The service collection the clients are registered in.</param>
    public static void ChangeRateLimits(IServiceCollection services)
    {
        // snippet: docs-rate-limits
        // using Broker.RateLimiting;
        // using Microsoft.Extensions.DependencyInjection;

        services.AddGrowwClient(options =>
        {
            options.RateLimits.Orders = "10/s, 250/min";          // Groww's newer published limit
            options.RateLimits.Historical = "2/s";
            options.RateLimitBehavior = RateLimitBehavior.Wait;
            options.MaxRateLimitWait = TimeSpan.FromSeconds(5);   // fail instead of queueing longer
        });
        services.AddDhanClient(options =>
        {
            options.RateLimits.Order = "9/s, 250/min";
            options.RateLimits.OptionChainUniqueRequestInterval = TimeSpan.FromSeconds(3);
        });
        // end snippet
    }

    /// <summary>docs/errors.md "Accepted, then refused": place, then wait for the outcome and read the reason.</summary>
    /// <param name="dhan">A Dhan client.</param>
    /// <param name="order">An order Dhan will accept and then refuse (more than the funds allow).</param>
    /// <param name="ct">Cancels the calls.</param>
    /// <returns>A task that completes when the outcome is known.</returns>
    public static async Task WaitForOutcomeAsync(IDhanClient dhan, DhanPlaceOrderRequest order, CancellationToken ct)
    {
        // snippet: docs-errors-final-status
        // using Broker.Dhan.Orders;

        var placement = await dhan.Orders.PlaceOrderIdempotentAsync(order, cancellationToken: ct);
        var final = await dhan.Orders.WaitForFinalStatusAsync(placement.OrderId, TimeSpan.FromSeconds(10), cancellationToken: ct);
        if (final is { IsRejected: true })
        {
            Console.WriteLine($"Dhan refused it: {final.RejectionReason}");   // e.g. RMS:...:Insufficient funds
        }
        // end snippet
    }
}
