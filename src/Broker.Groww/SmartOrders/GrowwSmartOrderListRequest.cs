namespace Broker.Groww.SmartOrders;

/// <summary>Filters of <c>GET /v1/order-advance/list</c>. Unset values are not sent and Groww applies its defaults (OCO, ACTIVE, today).</summary>
public sealed record GrowwSmartOrderListRequest
{
    /// <summary>Only this kind (<c>smart_order_type</c>); Groww's default is OCO.</summary>
    public GrowwSmartOrderType? SmartOrderType { get; init; }

    /// <summary>Only this segment (<c>segment</c>).</summary>
    public GrowwSegment? Segment { get; init; }

    /// <summary>Only this status (<c>status</c>); Groww's default is ACTIVE.</summary>
    public GrowwSmartOrderStatus? Status { get; init; }

    /// <summary>The page, 0 to 500 (<c>page</c>).</summary>
    public int? Page { get; init; }

    /// <summary>The page size, 1 to 50 (<c>page_size</c>).</summary>
    public int? PageSize { get; init; }

    /// <summary>Created at or after (<c>start_date_time</c>, sent as IST <c>yyyy-MM-ddTHH:mm:ss</c>).</summary>
    public DateTimeOffset? StartDateTime { get; init; }

    /// <summary>Created at or before (<c>end_date_time</c>); at most one month after the start.</summary>
    public DateTimeOffset? EndDateTime { get; init; }
}
