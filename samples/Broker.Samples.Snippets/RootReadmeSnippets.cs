using Broker.Dhan;
using Broker.Errors;
using Broker.Groww;
using Broker.Groww.Orders;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Broker.Samples.Snippets;

/// <summary>The snippets of the repository's README.md (and the guides in docs/ that repeat them).</summary>
internal static class RootReadmeSnippets
{
    /// <summary>README.md "Use it": both brokers registered from configuration, one read each.</summary>
    /// <param name="services">An empty service collection.</param>
    /// <param name="configuration">Configuration with <c>Groww</c> and <c>Dhan</c> sections.</param>
    /// <param name="ct">Cancels the calls.</param>
    /// <returns>A task that completes when both reads are done.</returns>
    public static async Task RegisterBothBrokersAsync(IServiceCollection services, IConfiguration configuration, CancellationToken ct)
    {
        // snippet: readme-register
        // using Broker.Dhan;
        // using Broker.Groww;
        // using Microsoft.Extensions.DependencyInjection;

        // Credentials from configuration (appsettings.json, user secrets, environment variables), never from source code:
        //   Groww:Credentials:TotpToken, Groww:Credentials:TotpSecret, Dhan:ClientId, Dhan:Pin, Dhan:TotpSecret
        services.AddGrowwClient(configuration.GetSection("Groww"));
        services.AddDhanClient("default", configuration.GetSection("Dhan"));
        await using var provider = services.BuildServiceProvider();

        var groww = provider.GetRequiredService<IGrowwClient>();
        var dhan = provider.GetRequiredService<IDhanClient>();
        var growwHoldings = await groww.Portfolio.GetHoldingsAsync(ct);
        var dhanFunds = await dhan.Funds.GetFundLimitAsync(ct);
        Console.WriteLine($"{growwHoldings.Count} Groww holding(s); Dhan available balance {dhanFunds.AvailableBalance:N2}");
        // end snippet
    }

    /// <summary>README.md "Handle errors" (and docs/errors.md, docs/order-safety.md): placing an order and every outcome.</summary>
    /// <param name="groww">A Groww client.</param>
    /// <param name="order">The order to place.</param>
    /// <param name="ct">Cancels the calls.</param>
    /// <returns>A task that completes when the order's outcome is known or reported.</returns>
    public static async Task PlaceWithErrorHandlingAsync(IGrowwClient groww, GrowwPlaceOrderRequest order, CancellationToken ct)
    {
        // snippet: readme-errors
        // using Broker.Errors;

        try
        {
            var placement = await groww.Orders.PlaceOrderAsync(order, ct);
            Console.WriteLine($"Placed {placement.GrowwOrderId} with reference {placement.OrderReferenceId}");
        }
        catch (OrderOutcomeUnknownException unknown)
        {
            // Sent, but no trustworthy answer (timeout, reset, 5xx): the order MAY exist. Never resend blindly:
            // this looks the order up by its client reference and places it only if Groww does not know it.
            var placement = await groww.Orders.PlaceOrderIdempotentAsync(order, unknown, ct);
            Console.WriteLine($"Reconciled {unknown.ClientReference}: {(placement.AlreadyPlaced ? "it had been placed" : "placed now")}");
        }
        catch (OrderRejectedException rejected)
        {
            // A definite refusal: nothing was placed, so fix the request and send it again.
            Console.WriteLine($"Refused by {rejected.Broker}: {rejected.BrokerErrorCode} {rejected.BrokerMessage}");
        }
        catch (BrokerRateLimitException limited)
        {
            Console.WriteLine($"Rate limited ({limited.RateLimitCategory}); a permit frees in {limited.RetryAfter}");
        }
        catch (BrokerAuthenticationException auth) when (auth.RequiresHumanAction)
        {
            Console.WriteLine($"A person must act: {auth.Message}");   // e.g. approve the Groww API key for today
        }
        // end snippet
    }
}
