using Broker.Http;
using Broker.Logging;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Broker.RateLimiting;

/// <summary>
/// Takes a permit of the request's category from the account's <see cref="BrokerRateLimiter"/> before every attempt
/// (retries and authentication resends included; a resend the socket handler makes on its own takes one more), holds
/// it until the answer arrives, and when the attempt's classification says the broker throttled it, pauses the
/// category for the broker's Retry-After (clamped) or the configured pause and slows it down. Holds no state of its own.
/// </summary>
public sealed class RateLimitHandler : DelegatingHandler
{
    private readonly BrokerRateLimiter _limiter;
    private readonly ILogger _logger;

    /// <summary>Creates the handler.</summary>
    /// <param name="limiter">The account's limiter (a singleton).</param>
    /// <param name="logger">The logger.</param>
    public RateLimitHandler(BrokerRateLimiter limiter, ILogger<RateLimitHandler>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(limiter);
        _limiter = limiter;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var state = BrokerRequestState.Of(request);
        var endpoint = state?.Endpoint;
        var category = endpoint?.RateLimitCategory ?? RateLimitCategory.Unlimited;

        // The permit is charged until the answer arrives: wherever in that span the broker saw the request, its
        // windows and ours agree.
        var waitStarted = _limiter.TimeProvider.GetTimestamp();
        var permit = await _limiter.AcquireLeaseAsync(category, cancellationToken).ConfigureAwait(false);
        if (state is not null)
        {
            state.RateLimitWait += _limiter.TimeProvider.GetElapsedTime(waitStarted);
            state.Limiter = _limiter;
            state.Category = category;
            state.Permit = permit;
        }

        HttpResponseMessage response;
        try
        {
            response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (BrokerAttemptException ex)
        {
            Observe(ex.Classification, endpoint, category);
            throw;
        }
        finally
        {
            if (state is not null)
            {
                state.ReleasePermit();
            }
            else
            {
                permit.Dispose();
            }
        }

        if (response.GetClassification() is { } classification)
        {
            Observe(classification, endpoint, category);
        }

        return response;
    }

    private void Observe(BrokerClassification classification, BrokerEndpoint? endpoint, RateLimitCategory category)
    {
        if (!classification.IsThrottled || category.IsUnlimited)
        {
            return;
        }

        var pause = classification.RetryAfter ?? _limiter.Options.DefaultServerPause;
        _limiter.OnServerThrottled(category, pause);
        BrokerLog.ServerThrottled(_logger, endpoint?.Name ?? "request", category.Name, pause.TotalMilliseconds);
    }
}
