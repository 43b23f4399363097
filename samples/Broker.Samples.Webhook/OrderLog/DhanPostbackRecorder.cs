using System.Globalization;
using System.Security.Cryptography;
using Broker.Dhan.Orders;
using Broker.Samples.Webhook.Logging;
using Broker.Time;
using Microsoft.Extensions.Logging;

namespace Broker.Samples.Webhook.OrderLog;

/// <summary>
/// Records a Dhan postback (an order update Dhan POSTs to <c>/dhan/postback/{secret}</c>): one row in the CSV order
/// log with outcome <see cref="Outcome"/>, and one log line. A postback is a hint, not a proof (Dhan signs nothing):
/// the service only records it, it never trades on it.
/// </summary>
/// <param name="orderLog">The CSV order log.</param>
/// <param name="timeProvider">The clock for the row's time.</param>
/// <param name="logger">Where the log line goes.</param>
internal sealed class DhanPostbackRecorder(CsvOrderLog orderLog, TimeProvider timeProvider, ILogger<DhanPostbackRecorder> logger)
{
    /// <summary>The order log's <c>outcome</c> of a postback row.</summary>
    public const string Outcome = "dhan_postback";

    /// <summary>Records one postback.</summary>
    /// <param name="order">The order update.</param>
    /// <returns>The id of the row (<c>postback-...</c>, in the <c>alert_id</c> column).</returns>
    public async Task<string> RecordAsync(DhanOrder order)
    {
        ArgumentNullException.ThrowIfNull(order);
        var now = timeProvider.GetUtcNow();
        var id = NewId(now);
        var status = order.OrderStatus.Value;
        var detail = string.Create(
            CultureInfo.InvariantCulture,
            $"Dhan postback: {status} filled {order.FilledQuantity}/{order.Quantity} at average {order.AverageTradedPrice}");
        if (!string.IsNullOrEmpty(order.OmsErrorDescription) && order.OmsErrorDescription != "CONFIRMED")
        {
            detail += ": " + order.OmsErrorDescription;
        }

        WebhookLog.DhanPostbackReceived(logger, id, order.OrderId, status, order.FilledQuantity, order.Quantity, order.TradingSymbol, order.CorrelationId);
        await orderLog.AppendAsync(new OrderLogEntry
        {
            Time = IndianTime.Format(now, "yyyy-MM-dd'T'HH:mm:ss.fffzzz"),
            AlertId = id,
            Outcome = Outcome,
            HttpStatus = 200,
            Broker = "Dhan",
            BrokerReference = order.CorrelationId,
            Symbol = order.TradingSymbol,
            SecurityId = order.SecurityId,
            ExchangeSegment = order.ExchangeSegment.Value,
            Side = order.TransactionType.Value,
            Quantity = order.Quantity,
            OrderType = order.OrderType.Value,
            Price = order.Price,
            TriggerPrice = order.TriggerPrice,
            Product = order.ProductType.Value,
            OrderId = order.OrderId,
            OrderStatus = status,
            Message = detail,
        }).ConfigureAwait(false);
        return id;
    }

    private static string NewId(DateTimeOffset now)
    {
        Span<byte> random = stackalloc byte[3];
        RandomNumberGenerator.Fill(random);
        return "postback-" + IndianTime.Format(now, "yyyyMMdd-HHmmss") + "-" + Convert.ToHexStringLower(random);
    }
}
