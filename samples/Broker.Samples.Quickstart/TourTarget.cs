using Broker.Dhan;
using Broker.Groww;
using Broker.Sandbox;

namespace Broker.Samples.Quickstart;

/// <summary>Where a tour runs: the credentials to configure, the instrument to trade, and the sandbox if there is one.</summary>
internal sealed class TourTarget
{
    public required string Name { get; init; }

    /// <summary>Groww: the NSE trading symbol. Dhan: the NSE_EQ security id.</summary>
    public required string Instrument { get; init; }

    public bool PlaceOrders { get; init; }

    /// <summary>The in-process sandbox, when the tour runs against it; it can move prices so the order fills.</summary>
    public BrokerSandbox? Sandbox { get; init; }

    public Action<GrowwClientOptions> ConfigureGroww { get; init; } = _ => { };

    public Action<DhanClientOptions> ConfigureDhan { get; init; } = _ => { };
}
