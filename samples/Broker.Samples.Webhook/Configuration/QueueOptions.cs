namespace Broker.Samples.Webhook.Configuration;

/// <summary>
/// The alert queue (<c>Webhook:Queue</c>). Every valid alert is written to a journal and queued before it is answered;
/// workers place queued alerts as fast as the broker's rate limits allow. The caller waits at most
/// <see cref="AnswerWithin"/>: it gets the outcome if it is ready by then, otherwise <c>202 Accepted</c> with the alert
/// id (<c>GET /alerts/{id}</c> shows the outcome later).
/// </summary>
internal sealed class QueueOptions
{
    /// <summary>
    /// How many alerts may wait (accepted, not yet being placed). Default 1,000. One more is refused with <c>503</c>
    /// and <c>"status": "queue_full"</c>: TradingView does not resend, so the refusal is logged as such.
    /// </summary>
    public int Capacity { get; set; } = 1_000;

    /// <summary>How long a caller waits for the outcome before it gets <c>202 Accepted</c>. Default 2 seconds (TradingView gives up after about 3).</summary>
    public TimeSpan AnswerWithin { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How many alerts are placed at once. Default 8; the SDK's rate limiter paces them for the broker.</summary>
    public int Workers { get; set; } = 8;

    /// <summary>
    /// The journal file: every accepted alert is appended (and flushed to disk) before it is answered, and its outcome
    /// when done; at start the alerts with no outcome are placed again, each with the broker reference fixed when it
    /// was accepted, looked up at the broker first so none is placed twice. Default <c>alerts.journal</c> next to the
    /// order log.
    /// </summary>
    public string? JournalPath { get; set; }

    /// <summary>How many finished alerts <c>GET /alerts/{id}</c> remembers. Default 10,000 (older ones are in the order log).</summary>
    public int RememberedOutcomes { get; set; } = 10_000;
}
