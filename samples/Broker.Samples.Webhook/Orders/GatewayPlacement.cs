namespace Broker.Samples.Webhook.Orders;

/// <summary>What the broker answered to a placement.</summary>
/// <param name="OrderId">The broker's order id.</param>
/// <param name="OrderStatus">The status in the answer (Dhan usually TRANSIT; Groww NEW, OPEN, REJECTED...).</param>
/// <param name="BrokerReference">The reference the order was sent with.</param>
/// <param name="AlreadyPlaced"><see langword="true"/> when an order with this reference already existed, so none was placed.</param>
/// <param name="IsRejected"><see langword="true"/> when the status says the broker refused the order.</param>
/// <param name="Remark">The broker's remark, if any.</param>
internal sealed record GatewayPlacement(string? OrderId, string? OrderStatus, string BrokerReference, bool AlreadyPlaced, bool IsRejected, string? Remark);
