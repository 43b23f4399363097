using Broker.Samples.Webhook.Alerts;
using Broker.Trading;

namespace Broker.Samples.Webhook.Orders;

/// <summary>
/// An alert turned into the broker's order request, with the instrument resolved and checked against the master.
/// The descriptive fields are what the order log and the dry-run report show.
/// </summary>
internal sealed record PreparedOrder
{
    /// <summary>The alert it came from.</summary>
    public required TradingAlert Alert { get; init; }

    /// <summary>The broker's trading symbol.</summary>
    public required string Symbol { get; init; }

    /// <summary>The broker's instrument id (Dhan security id, Groww exchange token).</summary>
    public required string SecurityId { get; init; }

    /// <summary>The broker's exchange segment, such as <c>NSE_EQ</c> (Dhan) or <c>NSE/CASH</c> (Groww).</summary>
    public required string ExchangeSegment { get; init; }

    /// <summary>The broker's product, such as <c>CNC</c> or <c>MIS</c>.</summary>
    public required string Product { get; init; }

    /// <summary>The order type: <c>MARKET</c>, <c>LIMIT</c>, <c>SL</c> or <c>SL_M</c>.</summary>
    public required string OrderType { get; init; }

    /// <summary>The reference the order carries (Dhan correlation id, Groww order reference).</summary>
    public required string BrokerReference { get; init; }

    /// <summary>The instrument's lot size (1 for equities), for the F&amp;O risk limit in lots.</summary>
    public long LotSize { get; init; } = 1;

    /// <summary>The broker-neutral order request placed through <see cref="ITradingClient"/>.</summary>
    public required TradingOrderRequest Request { get; init; }
}
