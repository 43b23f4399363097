namespace Broker.Groww.Orders;

/// <summary>Filters and paging of the day's order list (<c>GET /v1/order/list</c>). Unset values are not sent.</summary>
public sealed record GrowwOrderListRequest
{
    /// <summary>Only orders of this segment (<c>segment</c>); unset for every segment.</summary>
    public GrowwSegment? Segment { get; init; }

    /// <summary>The page, from 0 (<c>page</c>).</summary>
    public int? Page { get; init; }

    /// <summary>The page size (<c>page_size</c>), 1 to 100 (Groww's cURL docs say at most 100; its SDK docs say 25).</summary>
    public int? PageSize { get; init; }
}
