using Broker.Samples.Webhook.Logging;
using Broker.Samples.Webhook.Orders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Broker.Samples.Webhook.Health;

/// <summary>
/// Loads the broker's instrument master in the background at start-up, retrying every minute until it succeeds, so
/// the first alert does not wait for the download. <c>/ready</c> stays 503 until it is loaded.
/// </summary>
/// <param name="gateway">The broker.</param>
/// <param name="timeProvider">The clock for the retry delay.</param>
/// <param name="logger">The logger.</param>
internal sealed class InstrumentWarmup(IOrderGateway gateway, TimeProvider timeProvider, ILogger<InstrumentWarmup> logger) : BackgroundService
{
    /// <summary>How long a failed load waits before the next attempt.</summary>
    public static readonly TimeSpan RetryDelay = TimeSpan.FromMinutes(1);

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var broker = gateway.Broker.ToString();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await gateway.WarmUpAsync(stoppingToken).ConfigureAwait(false);
                var status = gateway.Instruments;
                WebhookLog.InstrumentsReady(logger, broker, status.Count, status.LoadedAt);
                return;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                WebhookLog.InstrumentsFailed(logger, broker, RetryDelay, ex.Message);
            }

            try
            {
                await Task.Delay(RetryDelay, timeProvider, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
