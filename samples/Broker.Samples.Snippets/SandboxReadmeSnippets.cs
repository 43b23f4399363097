using Broker.Dhan;
using Broker.Groww;
using Broker.Sandbox;
using Microsoft.Extensions.DependencyInjection;

namespace Broker.Samples.Snippets;

/// <summary>The snippets of src/Broker.Sandbox/README.md.</summary>
internal static class SandboxReadmeSnippets
{
    /// <summary>src/Broker.Sandbox/README.md, the opening tour of the sandbox's handles.</summary>
    /// <returns>A task that completes when the sandbox has stopped.</returns>
    public static async Task TourAsync()
    {
        // snippet: sandbox-tour
        // using Broker.Sandbox;

        await using var sandbox = await BrokerSandbox.StartAsync(new SandboxOptions());

        // Point the clients at the sandbox (every route sits at the same path as on the real host):
        //   Groww host       sandbox.GrowwBaseAddress            http://127.0.0.1:{port}/      (https://api.groww.in/)
        //   Groww REST base  sandbox.GrowwApiBaseUri             http://127.0.0.1:{port}/v1/   (https://api.groww.in/v1)
        //   Groww CSV        sandbox.GrowwInstrumentsUri         .../instruments/instrument.csv
        //   Dhan REST base   sandbox.DhanApiBaseUri              http://127.0.0.1:{port}/v2/   (https://api.dhan.co/v2/)
        //   Dhan auth base   sandbox.DhanAuthBaseUri             http://127.0.0.1:{port}/      (https://auth.dhan.co/)
        //   Dhan CSVs        sandbox.DhanScripMasterUri, DhanScripMasterDetailedUri  .../api-data/...

        sandbox.Market.SetPrice("TCS", 3095m);              // fills resting orders the price crosses
        sandbox.Market.Step(10);                            // or a seeded random walk
        sandbox.Clock.Advance(TimeSpan.FromDays(1));        // expire tokens on the server clock
        sandbox.Faults.Inject(SandboxEndpointNames.GrowwOrdersCreate, Fault.AcceptThenDrop);
        var orders = sandbox.Groww.DefaultAccount.Orders;   // state views
        var busiest = sandbox.Requests.MaxInAnyWindow(SandboxBrokers.Dhan, DhanRateCategories.Order, TimeSpan.FromSeconds(1));
        // end snippet
        Console.WriteLine($"Sandbox tour: {orders.Count} Groww order(s), at most {busiest} Dhan order request(s) in any second.");
    }

    /// <summary>
    /// src/Broker.Sandbox/README.md "Point the SDK's clients at it", also shown in the repository README: both clients
    /// registered against one sandbox, each reading its profile.
    /// </summary>
    /// <param name="services">An empty service collection.</param>
    /// <param name="ct">Cancels the calls.</param>
    /// <returns>A task that completes when both profiles have been read.</returns>
    public static async Task PointClientsAtSandboxAsync(IServiceCollection services, CancellationToken ct)
    {
        // snippet: sandbox-clients
        // using Broker.Dhan;
        // using Broker.Groww;
        // using Broker.Sandbox;
        // using Microsoft.Extensions.DependencyInjection;

        await using var sandbox = await BrokerSandbox.StartAsync(new SandboxOptions(), ct); // one demo account per broker

        // One call each: the sandbox's hosts, feed and instrument addresses, its rate limits and, as no credentials are
        // set here, its demo account's public sandbox-only credentials.
        services.AddGrowwClient(_ => { }).UseSandbox(sandbox);
        services.AddDhanClient(_ => { }).UseSandbox(sandbox);
        await using var provider = services.BuildServiceProvider();

        var growwProfile = await provider.GetRequiredService<IGrowwClient>().User.GetProfileAsync(ct);
        var dhanProfile = await provider.GetRequiredService<IDhanClient>().Profile.GetProfileAsync(ct);
        Console.WriteLine($"Groww {growwProfile.Ucc}, Dhan {dhanProfile.DhanClientId}");
        // end snippet
    }
}
