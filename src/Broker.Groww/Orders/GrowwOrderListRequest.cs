namespace Broker.Groww.Orders;

/// <summary>
/// Filters and paging of the day's order list (<c>GET /v1/order/list</c>). An unset segment or page is not sent; an
/// unset page size is sent as <see cref="GrowwClientOptions.DefaultOrderListPageSize"/> (25).
/// </summary>
public sealed record GrowwOrderListRequest
{
    /// <summary>Only orders of this segment (<c>segment</c>); unset for every segment.</summary>
    public GrowwSegment? Segment { get; init; }

    /// <summary>The page, from 0 (<c>page</c>).</summary>
    public int? Page { get; init; }

    /// <summary>
    /// The page size (<c>page_size</c>), 1 to <see cref="GrowwClientOptions.MaxOrderListPageSize"/> (25 by default: Groww's
    /// SDK docs say at most 25, its cURL docs 100); unset for <see cref="GrowwClientOptions.DefaultOrderListPageSize"/>.
    /// </summary>
    public int? PageSize { get; init; }
}
