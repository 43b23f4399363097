namespace Broker.Dhan.Edis;

/// <summary>The wire body of <c>POST /edis/form</c>.</summary>
internal sealed class EdisFormBody
{
    public string? DhanClientId { get; init; }

    public string? Isin { get; init; }

    public long Qty { get; init; }

    public DhanEdisExchange Exchange { get; init; }

    public DhanEdisSegment Segment { get; init; }

    public bool Bulk { get; init; }
}

/// <summary>The wire body of <c>POST /edis/bulkform</c>.</summary>
internal sealed class EdisBulkFormBody
{
    public string? DhanClientId { get; init; }

    public List<string>? Isin { get; init; }

    public DhanEdisExchange Exchange { get; init; }

    public DhanEdisSegment Segment { get; init; }
}
