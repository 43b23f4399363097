using Broker.Sandbox.Engine;

namespace Broker.Sandbox.Dhan;

/// <summary>
/// One leg of a forever order. It fires when the price reaches its trigger from the side it was on when the leg
/// was set (a trigger above the price waits for a rise, one below for a fall).
/// </summary>
internal sealed class DhanForeverLeg
{
    public required string LegName { get; init; }

    public required string OrderType { get; set; }

    public long Quantity { get; set; }

    public decimal Price { get; set; }

    public decimal TriggerPrice { get; set; }

    public TriggerDirection Direction { get; set; }

    public PriceTrigger Trigger => new(TriggerPrice, Direction);
}
