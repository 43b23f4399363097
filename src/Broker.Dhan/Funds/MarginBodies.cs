namespace Broker.Dhan.Funds;

/// <summary>The wire form of one margin instrument.</summary>
internal sealed class MarginBody
{
    public string? DhanClientId { get; init; }

    public DhanExchangeSegment ExchangeSegment { get; init; }

    public DhanTransactionType TransactionType { get; init; }

    public long Quantity { get; init; }

    public DhanProductType ProductType { get; init; }

    public string? SecurityId { get; init; }

    public decimal Price { get; init; }

    public decimal? TriggerPrice { get; init; }
}

/// <summary>The wire body of <c>POST /margincalculator/multi</c>.</summary>
internal sealed class MultiMarginBody
{
    public string? DhanClientId { get; init; }

    public bool IncludePosition { get; init; }

    public bool IncludeOrder { get; init; }

    public List<MarginBody>? ScripList { get; init; }
}
