using Broker.Http;
using Broker.Errors;
using Broker.Groww.Sending;
using Broker.Groww.Serialization;
using Broker.Groww.Validation;

namespace Broker.Groww.Margins;

/// <summary>The Groww margins client over the account's pipeline.</summary>
internal sealed class GrowwMarginsClient : IGrowwMarginsClient
{
    private readonly GrowwSender _sender;

    public GrowwMarginsClient(GrowwSender sender)
    {
        _sender = sender;
    }

    public Task<GrowwAvailableMargin> GetAvailableMarginAsync(CancellationToken cancellationToken = default)
    {
        var message = _sender.Request(HttpMethod.Get, "v1/margins/detail/user");
        return _sender.SendAsync(message, GrowwEndpoints.AvailableMargin, GrowwJsonContext.Default.GrowwEnvelopeGrowwAvailableMargin, cancellationToken);
    }

    public Task<GrowwRequiredMargin> GetRequiredMarginAsync(GrowwSegment segment, IReadOnlyList<GrowwMarginOrder> orders, CancellationToken cancellationToken = default)
    {
        GrowwValidation.RequireSet(segment.IsEmpty, nameof(segment));
        if (orders is null || orders.Count == 0)
        {
            throw GrowwValidation.Validator.Invalid(nameof(orders), "orders must contain at least one order.");
        }

        for (var i = 0; i < orders.Count; i++)
        {
            var order = orders[i] ?? throw GrowwValidation.Validator.Invalid($"orders[{i}]", $"orders[{i}] is null.");
            GrowwValidation.RequireText(order.TradingSymbol, $"orders[{i}].TradingSymbol");
            GrowwValidation.RequirePositive(order.Quantity, $"orders[{i}].Quantity");
            GrowwValidation.RequireSet(order.TransactionType.IsEmpty, $"orders[{i}].TransactionType");
            GrowwValidation.RequireSet(order.OrderType.IsEmpty, $"orders[{i}].OrderType");
            GrowwValidation.RequireSet(order.Product.IsEmpty, $"orders[{i}].Product");
            GrowwValidation.RequireSet(order.Exchange.IsEmpty, $"orders[{i}].Exchange");
        }

        var message = _sender.Request(HttpMethod.Post, "v1/margins/detail/orders", orders, GrowwJsonContext.Default.IReadOnlyListGrowwMarginOrder, new BrokerQuery().Add("segment", segment.Value));
        return _sender.SendAsync(message, GrowwEndpoints.RequiredMargin, GrowwJsonContext.Default.GrowwEnvelopeGrowwRequiredMargin, cancellationToken);
    }
}
