namespace Broker.Samples.Webhook.Orders;

/// <summary>Wire names and HTTP statuses of <see cref="OutcomeStatus"/>.</summary>
internal static class OutcomeStatuses
{
    /// <summary>The name used in responses and the order log, such as <c>dry_run</c>.</summary>
    /// <param name="status">The outcome.</param>
    /// <returns>The name.</returns>
    public static string Name(OutcomeStatus status) => status switch
    {
        OutcomeStatus.Placed => "placed",
        OutcomeStatus.DryRun => "dry_run",
        OutcomeStatus.Duplicate => "duplicate",
        OutcomeStatus.Invalid => "invalid",
        OutcomeStatus.Unauthorized => "unauthorized",
        OutcomeStatus.TooLarge => "too_large",
        OutcomeStatus.Unresolved => "unresolved",
        OutcomeStatus.Rejected => "rejected",
        OutcomeStatus.Unknown => "unknown",
        OutcomeStatus.Failed => "failed",
        OutcomeStatus.RiskRefused => "risk_refused",
        OutcomeStatus.Queued => "queued",
        OutcomeStatus.QueueFull => "queue_full",
        _ => "not_ready",
    };

    /// <summary>The HTTP status answered.</summary>
    /// <param name="status">The outcome.</param>
    /// <returns>The status code.</returns>
    public static int HttpStatus(OutcomeStatus status) => status switch
    {
        OutcomeStatus.Placed or OutcomeStatus.DryRun or OutcomeStatus.Duplicate => 200,
        OutcomeStatus.Invalid => 400,
        OutcomeStatus.Unauthorized => 401,
        OutcomeStatus.TooLarge => 413,
        OutcomeStatus.Queued => 202,
        OutcomeStatus.Unresolved or OutcomeStatus.Rejected or OutcomeStatus.RiskRefused => 422,
        OutcomeStatus.Unknown or OutcomeStatus.Failed => 502,
        _ => 503,
    };
}
