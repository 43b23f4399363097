namespace Broker.Sandbox.Groww;

/// <summary>One leg of an OCO smart order: where it triggers and the order it then places.</summary>
internal sealed class GrowwOcoLeg
{
    public decimal TriggerPrice { get; set; }

    public required string OrderType { get; set; }

    public decimal? Price { get; set; }
}
