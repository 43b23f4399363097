namespace Broker.Groww.SmartOrders;

/// <summary>The result of creating a smart order: Groww's smart order and the <c>reference_id</c> it was sent with.</summary>
/// <param name="ReferenceId">The reference the smart order was sent with (yours or generated).</param>
/// <param name="SmartOrder">The smart order as Groww reports it.</param>
public sealed record GrowwSmartOrderPlacement(string ReferenceId, GrowwSmartOrder SmartOrder);
