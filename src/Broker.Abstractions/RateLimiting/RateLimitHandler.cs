using System.Net;
using Broker.Http;
using Broker.Logging;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Broker.RateLimiting;

/// <summary>
/// Takes a permit of the request's category from the account's <see cref="BrokerRateLimiter"/> before every send
/// (retries and authentication resends included), holds it until the response arrives, and pauses the category when the broker answers 429.
/// Holds no state of its own.
/// </summary>
public sealed class RateLimitHandler : DelegatingHandler
{
    private readonly BrokerRateLimiter _limiter;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;

    /// <summary>Creates the handler.</summary>
    /// <param name="limiter">The account's limiter (a singleton).</param>
    /// <param name="timeProvider">The clock, for Retry-After dates.</param>
    /// <param name="logger">The logger.</param>
    public RateLimitHandler(BrokerRateLimiter limiter, TimeProvider? timeProvider = null, ILogger<RateLimitHandler>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(limiter);
        _limiter = limiter;
        _timeProvider = timeProvider ?? TimeProvider.System;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var endpoint = request.GetEndpoint();
        var category = endpoint?.RateLimitCategory ?? RateLimitCategory.Unlimited;
        HttpResponseMessage response;

        // The permit is charged until the response arrives: wherever in that span the broker saw the request, its
        // windows and ours agree.
        using (await _limiter.AcquireLeaseAsync(category, cancellationToken).ConfigureAwait(false))
        {
            request.Options.Set(BrokerRequestOptions.SentKey, true);
            response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }

        if (response.StatusCode == HttpStatusCode.TooManyRequests && !category.IsUnlimited)
        {
            var pause = BrokerRawResponse.ReadRetryAfter(response.Headers, _timeProvider.GetUtcNow()) ?? _limiter.Options.DefaultServerPause;
            _limiter.Pause(category, pause);
            BrokerLog.ServerThrottled(_logger, endpoint?.Name ?? "request", category.Name, pause.TotalMilliseconds);
        }

        return response;
    }
}
