namespace Broker.Dhan;

/// <summary>A <c>{status, message}</c> answer (exit all, static IP); empty when Dhan answered 202 without a body.</summary>
public sealed record DhanStatusResponse
{
    /// <summary>SUCCESS, or another status word.</summary>
    public string? Status { get; init; }

    /// <summary>Dhan's message.</summary>
    public string? Message { get; init; }
}
