namespace Broker.Dhan.Edis;

/// <summary>The answer to generating a T-PIN (Dhan usually answers 202 with no body; then every field is null).</summary>
public sealed record DhanEdisTpinResponse
{
    /// <summary>The Dhan client id.</summary>
    public string? DhanClientId { get; init; }

    /// <summary>SUCCESS or FAILURE, when sent.</summary>
    public string? EdisStatus { get; init; }

    /// <summary>Dhan's remarks, when sent.</summary>
    public string? Remarks { get; init; }
}
