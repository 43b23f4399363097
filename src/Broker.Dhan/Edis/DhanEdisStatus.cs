using System.Text.Json.Serialization;

namespace Broker.Dhan.Edis;

/// <summary>The EDIS approval status of a holding (<c>GET /edis/inquire/{isin}</c>).</summary>
public sealed record DhanEdisStatus
{
    /// <summary>The client id.</summary>
    public string? ClientId { get; init; }

    /// <summary>The ISIN.</summary>
    public string? Isin { get; init; }

    /// <summary>The total quantity held (<c>totalQty</c>).</summary>
    [JsonPropertyName("totalQty")]
    public long TotalQuantity { get; init; }

    /// <summary>The quantity approved for sale (<c>aprvdQty</c>).</summary>
    [JsonPropertyName("aprvdQty")]
    public long ApprovedQuantity { get; init; }

    /// <summary>The status.</summary>
    public string? Status { get; init; }

    /// <summary>Dhan's remarks.</summary>
    public string? Remarks { get; init; }
}
