namespace Broker.Samples.Webhook.Endpoints;

/// <summary>The answer to an accepted Dhan postback (snake_case JSON).</summary>
/// <param name="Status">Always <c>recorded</c>.</param>
/// <param name="PostbackId">The order log row's id (<c>alert_id</c> column).</param>
/// <param name="OrderId">Dhan's order id from the postback.</param>
/// <param name="OrderStatus">The order status from the postback.</param>
internal sealed record DhanPostbackResponse(string Status, string PostbackId, string? OrderId, string? OrderStatus);
