namespace Broker.Dhan.Instruments;

/// <summary>Which of Dhan's instrument masters the catalogue downloads.</summary>
public enum DhanScripMasterSource
{
    /// <summary><c>api-scrip-master-detailed.csv</c>: every segment, with underlying, ISIN, circuit limits and freeze quantity (default).</summary>
    Detailed = 0,

    /// <summary><c>api-scrip-master.csv</c>: every segment, 16 <c>SEM_*</c> columns, no freeze quantity.</summary>
    Compact,

    /// <summary>
    /// <c>GET /v2/instrument/{exchangeSegment}</c> for each of <see cref="DhanInstrumentsOptions.Segments"/>: the
    /// detailed columns for only the segments you trade. Goes through the account's client (token, rate limits), so it
    /// needs <c>AddDhanClient</c> and the account name in <see cref="DhanInstrumentsOptions.AccountName"/>.
    /// </summary>
    Segments,
}
