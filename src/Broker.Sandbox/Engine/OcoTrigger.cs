namespace Broker.Sandbox.Engine;

/// <summary>
/// The trigger logic the GTT-style conditional orders share: Groww's GTT and OCO smart orders, Dhan's SINGLE and OCO
/// forever orders, and the exit legs of Dhan's super orders. An order has one trigger, or a target and a stop-loss;
/// <see cref="Check"/> says which leg a price fires. Only one leg ever fires (one cancels the other): when a single tick
/// reaches both, as a gap through both can, the target wins. Once a leg has fired the owner marks the order triggered
/// and stops checking it, which is what drops the other leg.
/// </summary>
internal sealed class OcoTrigger
{
    private readonly PriceTrigger? _target;
    private readonly PriceTrigger? _stopLoss;

    /// <summary>An order with a target leg and a stop-loss leg; a leg that no longer acts (cancelled) is <see langword="null"/>.</summary>
    /// <param name="target">The target leg's trigger.</param>
    /// <param name="stopLoss">The stop-loss leg's trigger.</param>
    public OcoTrigger(PriceTrigger? target, PriceTrigger? stopLoss)
    {
        _target = target;
        _stopLoss = stopLoss;
    }

    /// <summary>An order with one trigger; when reached it fires as <see cref="OcoLeg.Target"/>.</summary>
    /// <param name="trigger">The trigger.</param>
    /// <returns>The trigger logic.</returns>
    public static OcoTrigger Single(PriceTrigger trigger) => new(trigger, null);

    /// <summary>
    /// The exit legs around a position: an exit that sells (closing a long) takes profit on a rise to the target and
    /// stops out on a fall to the stop; an exit that buys (closing a short) the other way round.
    /// </summary>
    /// <param name="exitSide">The side of the exit order.</param>
    /// <param name="target">The target price; <see langword="null"/> when that leg no longer acts.</param>
    /// <param name="stopLoss">The stop-loss price; <see langword="null"/> when that leg no longer acts.</param>
    /// <returns>The trigger logic.</returns>
    public static OcoTrigger Exit(OrderSide exitSide, decimal? target, decimal? stopLoss)
    {
        var profitWay = exitSide == OrderSide.Sell ? TriggerDirection.Rise : TriggerDirection.Fall;
        var lossWay = exitSide == OrderSide.Sell ? TriggerDirection.Fall : TriggerDirection.Rise;
        return new OcoTrigger(
            target is { } t ? new PriceTrigger(t, profitWay) : null,
            stopLoss is { } s ? new PriceTrigger(s, lossWay) : null);
    }

    /// <summary>Which leg <paramref name="last"/> fires: the target when it is reached, else the stop-loss when it is reached.</summary>
    /// <param name="last">The last traded price.</param>
    /// <returns>The leg to fire, or <see cref="OcoLeg.None"/>.</returns>
    public OcoLeg Check(decimal last)
    {
        if (_target is { } target && target.IsReachedBy(last))
        {
            return OcoLeg.Target;
        }

        return _stopLoss is { } stop && stop.IsReachedBy(last) ? OcoLeg.StopLoss : OcoLeg.None;
    }
}
