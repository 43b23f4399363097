using Broker.Http;
using Broker.Logging;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Polly;

namespace Broker.Resilience;

/// <summary>
/// The SDK's retry, hosted in Microsoft.Extensions.Http.Resilience: an <see cref="HttpRetryStrategyOptions"/> whose
/// predicate reads the attempt's <see cref="BrokerClassification"/> instead of judging the answer again.
/// </summary>
/// <remarks>
/// <para>Unsafe requests are never retried: a request is retried only when its endpoint is idempotent and not an order
/// write (<see cref="BrokerRequestOptions.IsIdempotent"/>); a request the SDK did not build only for GET, HEAD and
/// OPTIONS. The gate is by endpoint rather than by HTTP method because Dhan serves reads (quotes, charts, margin
/// calculations) over POST, while its order cancel is a DELETE.</para>
/// <para>The delay is exponential with jitter; a broker's Retry-After (already clamped by the classifier) wins, up to
/// <see cref="RetryOptions.MaxDelay"/>.</para>
/// </remarks>
internal static class BrokerRetryStrategy
{
    public static HttpRetryStrategyOptions Create(RetryOptions options, ILogger logger)
    {
        var maxDelay = options.MaxDelay;
        return new HttpRetryStrategyOptions
        {
            Name = "BrokerRetry",
            MaxRetryAttempts = options.MaxRetryAttempts,
            Delay = options.BaseDelay,
            MaxDelay = maxDelay,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = options.UseJitter,
            ShouldRetryAfterHeader = false,
            ShouldHandle = static args => ValueTask.FromResult(ShouldRetry(args.Context, args.Outcome)),
            DelayGenerator = args => ValueTask.FromResult(Classification(args.Outcome)?.RetryAfter is { } after ? (after > maxDelay ? maxDelay : after) : (TimeSpan?)null),
            OnRetry = args =>
            {
                var request = args.Context.GetRequestMessage();
                BrokerLog.Retrying(
                    logger,
                    request?.GetEndpoint()?.Name ?? "request",
                    args.AttemptNumber + 2,
                    args.RetryDelay.TotalMilliseconds,
                    Classification(args.Outcome)?.ToString() ?? "failure");
                return ValueTask.CompletedTask;
            },
        };
    }

    private static bool ShouldRetry(ResilienceContext context, Outcome<HttpResponseMessage> outcome)
    {
        if (context.CancellationToken.IsCancellationRequested)
        {
            return false;
        }

        var request = context.GetRequestMessage() ?? outcome.Result?.RequestMessage;
        return request is not null && request.IsIdempotent() && Classification(outcome) is { IsRetryable: true };
    }

    private static BrokerClassification? Classification(Outcome<HttpResponseMessage> outcome) =>
        outcome.Exception is BrokerAttemptException attempt ? attempt.Classification : outcome.Result?.GetClassification();
}
