namespace Broker.Dhan.Profile;

/// <summary>The user profile (<c>GET /profile</c>), Dhan's documented token check.</summary>
public sealed record DhanProfile
{
    /// <summary>The Dhan client id.</summary>
    public string? DhanClientId { get; init; }

    /// <summary>When the access token expires (wire <c>DD/MM/YYYY HH:mm</c>, IST).</summary>
    public DateTimeOffset? TokenValidity { get; init; }

    /// <summary>The active segments as Dhan lists them (production <c>E, D, C, M</c>; sandbox spelled out).</summary>
    public string? ActiveSegment { get; init; }

    /// <summary>DDPI status: <c>Active</c> or <c>Deactive</c>.</summary>
    public string? Ddpi { get; init; }

    /// <summary>MTF status: <c>Active</c> or <c>Deactive</c> (absent in the sandbox).</summary>
    public string? Mtf { get; init; }

    /// <summary>Data API plan: <c>Active</c> or <c>Deactive</c>.</summary>
    public string? DataPlan { get; init; }

    /// <summary>When the data plan expires (IST).</summary>
    public DateTimeOffset? DataValidity { get; init; }

    /// <summary><see langword="true"/> when the data plan is active.</summary>
    public bool HasDataPlan => string.Equals(DataPlan, "Active", StringComparison.OrdinalIgnoreCase);
}
