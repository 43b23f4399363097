namespace Broker.Sandbox.Engine;

/// <summary>
/// The stages a price tick runs through, in the order <see cref="TickDispatcher"/> runs them (the numeric order of the
/// values). Each stage sees everything the stages before it did on the same tick.
/// </summary>
internal enum TickStage
{
    /// <summary>The resting orders the new price crosses fill, and the stop-loss orders it reaches trigger.</summary>
    RestingOrderFills = 0,

    /// <summary>Groww GTT and OCO smart orders whose trigger the price reached place their order.</summary>
    SmartOrders = 1,

    /// <summary>Dhan forever orders (SINGLE and OCO) whose trigger the price reached place their order.</summary>
    ForeverOrders = 2,

    /// <summary>Dhan super orders whose entry has traded trail their stop and send the exit leg the price reached.</summary>
    SuperOrderLegs = 3,

    /// <summary>Dhan conditional triggers whose price condition is met place their orders.</summary>
    ConditionalTriggers = 4,

    /// <summary>Dhan P&amp;L based exits reached by the day's profit or loss (fills included) square the account off.</summary>
    PnlExit = 5,

    /// <summary>The Dhan feeds: tick packets to subscribers, and order updates for what the stages before changed.</summary>
    Feeds = 6,
}
