namespace Broker.Samples.Webhook.Queue;

/// <summary>What <see cref="AlertQueue.AcceptAsync"/> did: the ticket of the accepted alert, or why it was refused.</summary>
/// <param name="Ticket">The accepted alert; <see langword="null"/> when refused.</param>
/// <param name="Refusal">Why the alert was not accepted (queue full, journal not writable).</param>
internal sealed record AcceptResult(AlertTicket? Ticket, string? Refusal);
