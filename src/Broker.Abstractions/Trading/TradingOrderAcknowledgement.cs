namespace Broker.Trading;

/// <summary>The broker's answer to a modification or cancellation. The change may still be in flight: read the order to see it applied.</summary>
public sealed record TradingOrderAcknowledgement
{
    /// <summary>The broker's order id.</summary>
    public required string BrokerOrderId { get; init; }

    /// <summary>The normalised status in the acknowledgement.</summary>
    public required TradingOrderStatus Status { get; init; }

    /// <summary>The broker's own status string, as sent.</summary>
    public string? RawStatus { get; init; }
}
