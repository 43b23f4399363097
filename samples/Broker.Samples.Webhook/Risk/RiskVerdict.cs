namespace Broker.Samples.Webhook.Risk;

/// <summary>The risk check's answer: a refusal, or a pass with the daily-cap share it took (if any).</summary>
/// <param name="Refusal">The limit broken; <see langword="null"/> when the order may go.</param>
/// <param name="Reservation">The daily-cap share taken; give it back with <see cref="RiskGuard.Release"/> when the order is not placed.</param>
/// <param name="Note">What the check could not check (a dry run without a broker client cannot read prices).</param>
internal sealed record RiskVerdict(RiskRefusal? Refusal, RiskReservation? Reservation, string? Note = null);
