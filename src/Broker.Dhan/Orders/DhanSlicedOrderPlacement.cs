using Broker.Collections;

namespace Broker.Dhan.Orders;

/// <summary>The result of a sliced order (<c>POST /orders/slicing</c>): one acknowledgement per slice, and the correlation id sent.</summary>
public sealed record DhanSlicedOrderPlacement
{
    /// <summary>Creates the result.</summary>
    /// <param name="slices">One acknowledgement per slice.</param>
    /// <param name="correlationId">The correlation id sent.</param>
    public DhanSlicedOrderPlacement(IReadOnlyList<DhanOrderAcknowledgement> slices, string correlationId)
    {
        Slices = ValueList.OrEmpty(slices);
        CorrelationId = correlationId;
    }

    /// <summary>One acknowledgement per slice, in Dhan's order.</summary>
    public IReadOnlyList<DhanOrderAcknowledgement> Slices { get; }

    /// <summary>The correlation id sent with the order.</summary>
    public string CorrelationId { get; }
}
