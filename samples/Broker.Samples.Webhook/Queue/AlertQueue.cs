using System.Collections.Concurrent;
using System.Globalization;
using System.Threading.Channels;
using Broker.Samples.Webhook.Alerts;
using Broker.Samples.Webhook.Configuration;
using Broker.Samples.Webhook.Logging;
using Broker.Samples.Webhook.Orders;
using Microsoft.Extensions.Logging;

namespace Broker.Samples.Webhook.Queue;

/// <summary>
/// The bounded queue between the webhook endpoint and the workers that place orders. An alert is accepted only if
/// fewer than <see cref="QueueOptions.Capacity"/> are waiting and its journal line is on disk; otherwise it is refused
/// (<c>503</c>) so the caller knows it was not kept. The queue also remembers recent outcomes for <c>GET /alerts/{id}</c>.
/// </summary>
internal sealed class AlertQueue
{
    private readonly QueueOptions _options;
    private readonly AlertJournal _journal;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<AlertQueue> _logger;
    private readonly Channel<AlertTicket> _channel = Channel.CreateUnbounded<AlertTicket>(new UnboundedChannelOptions { SingleWriter = false, SingleReader = false });
    private readonly ConcurrentDictionary<string, AlertTicket> _tickets = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _finished = new();
    private int _waiting;

    /// <summary>Creates the queue.</summary>
    public AlertQueue(WebhookOptions options, AlertJournal journal, TimeProvider timeProvider, ILogger<AlertQueue> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Queue;
        _journal = journal;
        _timeProvider = timeProvider;
        _logger = logger;
    }

    /// <summary>The alerts the workers take, in order of acceptance.</summary>
    public ChannelReader<AlertTicket> Reader => _channel.Reader;

    /// <summary>How many alerts are waiting (accepted, not yet being placed).</summary>
    public int Waiting => Volatile.Read(ref _waiting);

    /// <summary>The bound on <see cref="Waiting"/>.</summary>
    public int Capacity => _options.Capacity;

    /// <summary>The journal's path.</summary>
    public string JournalPath => _journal.FilePath;

    /// <summary>Accepts an alert: journals it (on disk) and queues it, or refuses it when full or the journal fails.</summary>
    /// <param name="alert">The valid alert.</param>
    /// <param name="alertId">The service's id for it.</param>
    /// <param name="cancellationToken">Cancels the wait for the journal.</param>
    /// <returns>The ticket, or the refusal.</returns>
    public async Task<AcceptResult> AcceptAsync(TradingAlert alert, string alertId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(alert);
        if (Interlocked.Increment(ref _waiting) > _options.Capacity)
        {
            Interlocked.Decrement(ref _waiting);
            var full = string.Create(CultureInfo.InvariantCulture, $"The queue is full ({_options.Capacity} alerts waiting, Webhook:Queue:Capacity); this alert was not accepted and nothing will be placed for it.");
            WebhookLog.AlertNotAccepted(_logger, alertId, full);
            return new AcceptResult(null, full);
        }

        // The broker reference is fixed now and journaled with the alert: a replay after a restart looks it up at
        // the broker instead of placing the order a second time.
        var ticket = new AlertTicket(alertId, BrokerReferences.For(alert.ClientReference), alert, _timeProvider.GetUtcNow(), replayed: false);
        try
        {
            await _journal.AppendAcceptedAsync(ticket, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or OperationCanceledException)
        {
            Interlocked.Decrement(ref _waiting);
            var refusal = "The alert could not be journaled, so it was not accepted (nothing will be placed for it): " + (ex is IOException ? ex.Message : "shutting down.");
            WebhookLog.AlertNotAccepted(_logger, alertId, refusal);
            return new AcceptResult(null, refusal);
        }

        _tickets[alertId] = ticket;
        _channel.Writer.TryWrite(ticket);
        return new AcceptResult(ticket, null);
    }

    /// <summary>Queues the alerts the journal holds without an outcome (at start).</summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>How many were queued again.</returns>
    public async Task<int> ReplayAsync(CancellationToken cancellationToken)
    {
        var pending = await _journal.OpenAsync(cancellationToken).ConfigureAwait(false);
        foreach (var entry in pending)
        {
            var ticket = new AlertTicket(entry.AlertId, entry.BrokerReference!, entry.Alert!, entry.AcceptedAt ?? _timeProvider.GetUtcNow(), replayed: true);
            Interlocked.Increment(ref _waiting);
            _tickets[ticket.AlertId] = ticket;
            _channel.Writer.TryWrite(ticket);
        }

        if (pending.Count > 0)
        {
            WebhookLog.JournalReplay(_logger, _journal.FilePath, pending.Count);
        }

        return pending.Count;
    }

    /// <summary>A worker took the alert.</summary>
    /// <param name="ticket">The alert.</param>
    public void Started(AlertTicket ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        ticket.Start();
        Interlocked.Decrement(ref _waiting);
    }

    /// <summary>Records an alert's outcome (in the journal too, unless it must be tried again after a restart).</summary>
    /// <param name="ticket">The alert.</param>
    /// <param name="outcome">The outcome.</param>
    /// <param name="keepInJournal">Leave it pending in the journal (shutdown interrupted it): the next start replays it.</param>
    /// <returns>A task that completes when recorded.</returns>
    public async Task FinishAsync(AlertTicket ticket, WebhookOutcome outcome, bool keepInJournal)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        ArgumentNullException.ThrowIfNull(outcome);
        if (!keepInJournal)
        {
            await _journal.AppendDoneAsync(ticket.AlertId, OutcomeStatuses.Name(outcome.Status)).ConfigureAwait(false);
        }

        ticket.Finish(outcome);
        _finished.Enqueue(ticket.AlertId);
        while (_finished.Count > _options.RememberedOutcomes && _finished.TryDequeue(out var oldest))
        {
            _tickets.TryRemove(oldest, out _);
        }
    }

    /// <summary>Finds an alert accepted by this process (or replayed at its start) and not yet forgotten.</summary>
    /// <param name="alertId">The alert id.</param>
    /// <param name="ticket">The alert.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public bool TryGet(string alertId, out AlertTicket ticket) => _tickets.TryGetValue(alertId, out ticket!);
}
