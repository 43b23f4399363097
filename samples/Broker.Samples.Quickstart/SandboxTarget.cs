using Broker.Dhan;
using Broker.Sandbox;

namespace Broker.Samples.Quickstart;

/// <summary>Tour targets for the in-process sandbox's demo accounts (public, sandbox-only credentials).</summary>
internal static class SandboxTarget
{
    public static TourTarget ForGroww(BrokerSandbox sandbox)
    {
        var demo = GrowwSandboxAccount.CreateDemo();
        return new TourTarget
        {
            Name = "Groww (sandbox)",
            Instrument = "RELIANCE",
            PlaceOrders = true,
            Sandbox = sandbox,
            ConfigureGroww = o =>
            {
                o.BaseAddress = sandbox.BaseAddress;
                o.Credentials.TotpToken = demo.TotpToken;
                o.Credentials.TotpSecret = demo.TotpSecret;
            },
        };
    }

    public static TourTarget ForDhan(BrokerSandbox sandbox)
    {
        var demo = DhanSandboxAccount.CreateDemo();
        return new TourTarget
        {
            Name = "Dhan (sandbox)",
            Instrument = "1333",
            PlaceOrders = true,
            Sandbox = sandbox,
            ConfigureDhan = o =>
            {
                o.Environment = new DhanEnvironment("Broker.Sandbox", sandbox.DhanApiBaseUri, sandbox.DhanAuthBaseUri);
                o.ClientId = demo.ClientId;
                o.Pin = demo.Pin;
                o.TotpSecret = demo.TotpSecret;
            },
        };
    }
}
