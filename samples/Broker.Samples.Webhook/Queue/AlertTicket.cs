using Broker.Samples.Webhook.Alerts;
using Broker.Samples.Webhook.Orders;

namespace Broker.Samples.Webhook.Queue;

/// <summary>One accepted alert: its id, the broker reference fixed at acceptance, and its outcome when done.</summary>
internal sealed class AlertTicket
{
    private readonly TaskCompletionSource<WebhookOutcome> _outcome = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _state;

    /// <summary>Creates a ticket.</summary>
    /// <param name="alertId">The service's id for the alert.</param>
    /// <param name="brokerReference">The reference the order carries, fixed now so a replay can look it up.</param>
    /// <param name="alert">The alert.</param>
    /// <param name="acceptedAt">When it was accepted.</param>
    /// <param name="replayed">It comes from the journal after a restart.</param>
    public AlertTicket(string alertId, string brokerReference, TradingAlert alert, DateTimeOffset acceptedAt, bool replayed)
    {
        AlertId = alertId;
        BrokerReference = brokerReference;
        Alert = alert;
        AcceptedAt = acceptedAt;
        Replayed = replayed;
    }

    /// <summary>The service's id for the alert.</summary>
    public string AlertId { get; }

    /// <summary>The reference the order carries.</summary>
    public string BrokerReference { get; }

    /// <summary>The alert.</summary>
    public TradingAlert Alert { get; }

    /// <summary>When it was accepted.</summary>
    public DateTimeOffset AcceptedAt { get; }

    /// <summary>It comes from the journal after a restart.</summary>
    public bool Replayed { get; }

    /// <summary>The outcome, when the alert has been handled.</summary>
    public Task<WebhookOutcome> Outcome => _outcome.Task;

    /// <summary><c>queued</c>, <c>processing</c> or <c>done</c>.</summary>
    public string State => Volatile.Read(ref _state) switch
    {
        0 => "queued",
        1 => "processing",
        _ => "done",
    };

    /// <summary>Marks the ticket as being placed.</summary>
    public void Start() => Volatile.Write(ref _state, 1);

    /// <summary>Records the outcome.</summary>
    /// <param name="outcome">The outcome.</param>
    public void Finish(WebhookOutcome outcome)
    {
        Volatile.Write(ref _state, 2);
        _outcome.TrySetResult(outcome);
    }
}
