using Broker.Sandbox.Engine;

namespace Broker.Sandbox.Dhan;

/// <summary>A forever (GTT) order: one leg (SINGLE) or two (OCO). Guarded by the sandbox's lock.</summary>
internal sealed class DhanForeverOrder
{
    public required string Id { get; init; }

    public required DhanPrincipal Owner { get; init; }

    public required InstrumentState Instrument { get; init; }

    public required string Flag { get; init; }

    public required string TransactionType { get; init; }

    public required string ProductType { get; init; }

    public required string Validity { get; set; }

    public string? CorrelationId { get; init; }

    public string Status { get; set; } = "PENDING";

    public required DhanForeverLeg Target { get; init; }

    public DhanForeverLeg? StopLoss { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? UpdatedAt { get; set; }

    public DateTimeOffset? TriggeredAt { get; set; }
}
