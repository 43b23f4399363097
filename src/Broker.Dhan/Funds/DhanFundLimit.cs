using System.Text.Json.Serialization;

namespace Broker.Dhan.Funds;

/// <summary>
/// The account's funds (<c>GET /fundlimit</c>). Dhan misspells two fields on the wire (<c>availabelBalance</c>,
/// <c>receiveableAmount</c>); they are mapped to correctly spelled properties here.
/// </summary>
public sealed record DhanFundLimit
{
    /// <summary>The Dhan client id.</summary>
    public string? DhanClientId { get; init; }

    /// <summary>The balance available for trading (wire: <c>availabelBalance</c>).</summary>
    [JsonPropertyName("availabelBalance")]
    public decimal AvailableBalance { get; init; }

    /// <summary>The start-of-day limit.</summary>
    public decimal SodLimit { get; init; }

    /// <summary>The collateral amount.</summary>
    public decimal CollateralAmount { get; init; }

    /// <summary>The amount receivable (wire: <c>receiveableAmount</c>).</summary>
    [JsonPropertyName("receiveableAmount")]
    public decimal ReceivableAmount { get; init; }

    /// <summary>The amount in use.</summary>
    public decimal UtilizedAmount { get; init; }

    /// <summary>The amount blocked for payout.</summary>
    public decimal BlockedPayoutAmount { get; init; }

    /// <summary>The amount that can be withdrawn.</summary>
    public decimal WithdrawableBalance { get; init; }
}
