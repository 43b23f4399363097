namespace Broker.Sandbox.Engine;

/// <summary>Which leg of an <see cref="OcoTrigger"/> a price fires.</summary>
internal enum OcoLeg
{
    /// <summary>No leg is reached.</summary>
    None,

    /// <summary>The target leg, or the only leg of a single trigger.</summary>
    Target,

    /// <summary>The stop-loss leg.</summary>
    StopLoss,
}
