namespace Broker.Sandbox;

/// <summary>An order in an account's book, as the sandbox sees it.</summary>
/// <param name="OrderId">The broker's order id (Groww <c>groww_order_id</c>, Dhan <c>orderId</c>).</param>
/// <param name="ClientReference">Groww <c>order_reference_id</c> or Dhan <c>correlationId</c>, as sent.</param>
/// <param name="TradingSymbol">The instrument's trading symbol.</param>
/// <param name="TransactionType"><c>BUY</c> or <c>SELL</c>.</param>
/// <param name="OrderType">The broker's order type string (<c>LIMIT</c>, <c>SL_M</c>, <c>STOP_LOSS</c>...).</param>
/// <param name="Product">The product as sent (<c>CNC</c>, <c>MIS</c>, <c>INTRADAY</c>...).</param>
/// <param name="Quantity">The ordered quantity.</param>
/// <param name="Price">The limit price, if any.</param>
/// <param name="TriggerPrice">The trigger price, if any.</param>
/// <param name="FilledQuantity">How much has filled.</param>
/// <param name="AveragePrice">The average fill price, once anything filled.</param>
/// <param name="State">Where the order stands.</param>
/// <param name="Status">The broker's status string for it (Groww <c>OPEN</c>/<c>EXECUTED</c>..., Dhan <c>PENDING</c>/<c>TRADED</c>...).</param>
/// <param name="RejectionReason">Why the simulated risk checks refused it.</param>
/// <param name="Modifications">How many times it was modified.</param>
/// <param name="CreatedAt">When it was placed, by the server clock.</param>
public sealed record SandboxOrder(
    string OrderId,
    string? ClientReference,
    string TradingSymbol,
    string TransactionType,
    string OrderType,
    string Product,
    long Quantity,
    decimal? Price,
    decimal? TriggerPrice,
    long FilledQuantity,
    decimal? AveragePrice,
    SandboxOrderState State,
    string Status,
    string? RejectionReason,
    int Modifications,
    DateTimeOffset CreatedAt);
