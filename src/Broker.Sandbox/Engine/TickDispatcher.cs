namespace Broker.Sandbox.Engine;

/// <summary>
/// The one subscriber to price moves: <see cref="SandboxMarket"/> hands it every tick (under the sandbox's lock), and it
/// runs each registered stage once per tick, always in this order, whatever the order of registration:
/// <list type="number">
/// <item><description><see cref="TickStage.RestingOrderFills"/>: resting orders fill, stop-loss orders trigger.</description></item>
/// <item><description><see cref="TickStage.SmartOrders"/>: Groww GTT/OCO smart orders place their order.</description></item>
/// <item><description><see cref="TickStage.ForeverOrders"/>: Dhan forever orders (SINGLE/OCO) place their order.</description></item>
/// <item><description><see cref="TickStage.SuperOrderLegs"/>: Dhan super-order legs trail and exit.</description></item>
/// <item><description><see cref="TickStage.ConditionalTriggers"/>: Dhan conditional triggers place their orders.</description></item>
/// <item><description><see cref="TickStage.PnlExit"/>: Dhan P&amp;L exits, on the profit including this tick's fills.</description></item>
/// <item><description><see cref="TickStage.Feeds"/>: the feeds, last, so what they send shows the state after every fill.</description></item>
/// </list>
/// Fills come first so that a trigger or an exit judges positions that already include the tick's trades; an order a
/// trigger places is matched against the tick's price when it is placed, so it needs no second pass.
/// </summary>
internal sealed class TickDispatcher
{
    private static readonly TickStage[] Order = [.. Enum.GetValues<TickStage>().Order()];
    private readonly Dictionary<TickStage, Action<InstrumentState>> _handlers = [];

    /// <summary>Raised after each stage that ran, with the tick's instrument: lets tests watch the sequence of one tick.</summary>
    public event Action<TickStage, InstrumentState>? StageCompleted;

    /// <summary>The stages with a handler, in the order a tick runs them.</summary>
    public IReadOnlyList<TickStage> Stages => [.. Order.Where(_handlers.ContainsKey)];

    /// <summary>Gives a stage its handler.</summary>
    /// <param name="stage">The stage.</param>
    /// <param name="handler">What the stage does with the instrument whose price moved.</param>
    /// <exception cref="InvalidOperationException">The stage has a handler already; one per stage keeps the order unambiguous.</exception>
    public void Register(TickStage stage, Action<InstrumentState> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        if (!_handlers.TryAdd(stage, handler))
        {
            throw new InvalidOperationException($"The tick stage {stage} has a handler already.");
        }
    }

    /// <summary>Removes a stage's handler (a stopping component); later ticks skip the stage.</summary>
    /// <param name="stage">The stage.</param>
    public void Unregister(TickStage stage) => _handlers.Remove(stage);

    /// <summary>Runs one tick through every registered stage, in <see cref="TickStage"/> order.</summary>
    /// <param name="instrument">The instrument whose last price just changed.</param>
    public void Dispatch(InstrumentState instrument)
    {
        foreach (var stage in Order)
        {
            if (_handlers.TryGetValue(stage, out var handler))
            {
                handler(instrument);
                StageCompleted?.Invoke(stage, instrument);
            }
        }
    }
}
