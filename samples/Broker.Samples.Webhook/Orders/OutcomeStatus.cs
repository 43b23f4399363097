namespace Broker.Samples.Webhook.Orders;

/// <summary>What became of an alert; each has one HTTP status (see <see cref="OutcomeStatuses"/>).</summary>
internal enum OutcomeStatus
{
    /// <summary>200: the order was placed.</summary>
    Placed = 1,

    /// <summary>200: dry run; the order was validated and logged, not sent.</summary>
    DryRun,

    /// <summary>200: an alert with the same client reference was already handled (or the broker already has the order); nothing placed.</summary>
    Duplicate,

    /// <summary>400: the body is malformed; the errors name the fields.</summary>
    Invalid,

    /// <summary>401: the secret is missing or wrong.</summary>
    Unauthorized,

    /// <summary>413: the body is too large.</summary>
    TooLarge,

    /// <summary>422: the instrument is unknown or ambiguous, or the order breaks its rules; nothing sent.</summary>
    Unresolved,

    /// <summary>422: the broker refused the order.</summary>
    Rejected,

    /// <summary>502: the order may or may not have been placed; reconcile by the broker reference.</summary>
    Unknown,

    /// <summary>502: the broker call failed before an order could be placed (authentication, rate limit, outage).</summary>
    Failed,

    /// <summary>503: the service cannot place orders yet (instrument master not loaded).</summary>
    NotReady,

    /// <summary>422: the order breaks a risk limit (<c>Webhook:Risk</c>); nothing sent.</summary>
    RiskRefused,

    /// <summary>202: accepted and queued (journaled); the outcome comes later (<c>GET /alerts/{id}</c>, the order log).</summary>
    Queued,

    /// <summary>503: the queue is full, or the journal cannot be written: the alert was not accepted.</summary>
    QueueFull,
}
