using Broker.Samples.Webhook.Configuration;
using Broker.Samples.Webhook.Orders;
using Microsoft.Extensions.Hosting;

namespace Broker.Samples.Webhook.Queue;

/// <summary>
/// Places queued alerts: at start it queues again what the journal holds without an outcome, then
/// <see cref="QueueOptions.Workers"/> workers take alerts in order and hand each to the <see cref="OrderDesk"/>. An
/// alert interrupted by shutdown before it got a final answer stays pending in the journal for the next start.
/// </summary>
internal sealed class AlertWorkers(WebhookOptions options, AlertQueue queue, OrderDesk desk, IHostApplicationLifetime lifetime) : BackgroundService
{
    /// <inheritdoc />
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        // Before the server takes new alerts: what the journal holds is queued first, in its original order.
        await queue.ReplayAsync(cancellationToken).ConfigureAwait(false);
        await base.StartAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.WhenAll(Enumerable.Range(0, options.Queue.Workers).Select(_ => RunAsync(stoppingToken))).ConfigureAwait(false);
    }

    private async Task RunAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var ticket in queue.Reader.ReadAllAsync(stoppingToken).ConfigureAwait(false))
            {
                queue.Started(ticket);
                WebhookOutcome outcome;
                try
                {
                    // Never cancelled by the caller: once taken, an alert is handled to the end (the desk stops only
                    // for shutdown or its placement timeout).
                    outcome = await desk.HandleAsync(ticket.Alert, ticket.AlertId, ticket.BrokerReference, ticket.Replayed, CancellationToken.None).ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is not OutOfMemoryException)
                {
                    outcome = new WebhookOutcome
                    {
                        Status = OutcomeStatus.Failed,
                        AlertId = ticket.AlertId,
                        Alert = ticket.Alert,
                        ClientReference = ticket.Alert.ClientReference,
                        BrokerReference = ticket.BrokerReference,
                        InstrumentText = ticket.Alert.InstrumentText,
                        Message = $"The alert could not be handled ({ex.GetType().Name}).",
                    };
                }

                // Interrupted by shutdown (failed, or outcome unknown): leave it pending, so the next start looks its
                // reference up at the broker and places it only if it is not there.
                // (The desk stops at ApplicationStopping, which comes before this service's own stopping token.)
                var stopping = lifetime.ApplicationStopping.IsCancellationRequested || stoppingToken.IsCancellationRequested;
                var interrupted = stopping && outcome.Status is OutcomeStatus.Failed or OutcomeStatus.Unknown or OutcomeStatus.NotReady;
                await queue.FinishAsync(ticket, outcome, keepInJournal: interrupted).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: what is still queued stays in the journal.
        }
    }
}
