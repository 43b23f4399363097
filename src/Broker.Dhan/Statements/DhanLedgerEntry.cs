using System.Text.Json.Serialization;

namespace Broker.Dhan.Statements;

/// <summary>A ledger line (<c>GET /ledger</c>). Dhan sends the amounts as text; they are read as decimals.</summary>
public sealed record DhanLedgerEntry
{
    /// <summary>The Dhan client id.</summary>
    public string? DhanClientId { get; init; }

    /// <summary>What the entry is for.</summary>
    public string? Narration { get; init; }

    /// <summary>The voucher date (wire <c>voucherdate</c>, such as <c>Jun 22, 2022</c>).</summary>
    [JsonPropertyName("voucherdate")]
    public DateOnly? VoucherDate { get; init; }

    /// <summary>The exchange.</summary>
    public string? Exchange { get; init; }

    /// <summary>The voucher description (wire <c>voucherdesc</c>).</summary>
    [JsonPropertyName("voucherdesc")]
    public string? VoucherDescription { get; init; }

    /// <summary>The voucher number (wire <c>vouchernumber</c>).</summary>
    [JsonPropertyName("vouchernumber")]
    public string? VoucherNumber { get; init; }

    /// <summary>The debit amount.</summary>
    public decimal Debit { get; init; }

    /// <summary>The credit amount.</summary>
    public decimal Credit { get; init; }

    /// <summary>The running balance (wire <c>runbal</c>).</summary>
    [JsonPropertyName("runbal")]
    public decimal RunningBalance { get; init; }
}
