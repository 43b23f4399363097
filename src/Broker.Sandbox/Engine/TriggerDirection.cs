namespace Broker.Sandbox.Engine;

/// <summary>Which way the price has to move to reach a trigger.</summary>
internal enum TriggerDirection
{
    /// <summary>Reached when the price is at or above the trigger.</summary>
    Rise,

    /// <summary>Reached when the price is at or below the trigger.</summary>
    Fall,
}
