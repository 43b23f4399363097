namespace Broker.Dhan.Historical;

/// <summary>Daily candles (<c>POST /charts/historical</c>).</summary>
public sealed record DhanDailyCandlesRequest
{
    /// <summary>The security id.</summary>
    public required string SecurityId { get; init; }

    /// <summary>The exchange segment (IDX_I for indices).</summary>
    public required DhanExchangeSegment ExchangeSegment { get; init; }

    /// <summary>The instrument type.</summary>
    public required DhanInstrumentType Instrument { get; init; }

    /// <summary>
    /// For continuous derivative contracts: which expiry. Dhan's sources disagree on numbering (classic docs 0 = near,
    /// portal 1 = near); the value is passed through as given. Null omits it.
    /// </summary>
    public int? ExpiryCode { get; init; }

    /// <summary>Include open interest.</summary>
    public bool IncludeOpenInterest { get; init; }

    /// <summary>The first day.</summary>
    public required DateOnly FromDate { get; init; }

    /// <summary>The day after the last day wanted: Dhan treats it as exclusive.</summary>
    public required DateOnly ToDate { get; init; }
}
