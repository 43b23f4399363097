using System.Net;
using Broker.Errors;
using Broker.Http;
using Broker.Logging;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Polly;
using Polly.Retry;

namespace Broker.Resilience;

/// <summary>
/// Hosts a Polly v8 retry pipeline around the rest of the handler chain. Only idempotent requests are retried
/// (see <see cref="BrokerRequestOptions.IsIdempotent"/>): reads on connection failures, timeouts, 502/503/504 and 429,
/// with exponential backoff, jitter and the broker's Retry-After. Order writes pass through exactly once.
/// </summary>
public sealed class ResilienceHandler : DelegatingHandler
{
    private static readonly ResiliencePropertyKey<HttpRequestMessage> RequestKey = new("Broker.Request");

    private readonly ResiliencePipeline<HttpResponseMessage> _pipeline;
    private readonly ILogger _logger;

    /// <summary>Creates the handler.</summary>
    /// <param name="options">Retry settings.</param>
    /// <param name="timeProvider">The clock for delays.</param>
    /// <param name="logger">The logger.</param>
    public ResilienceHandler(RetryOptions options, TimeProvider? timeProvider = null, ILogger<ResilienceHandler>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        var clock = timeProvider ?? TimeProvider.System;
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = clock };
        if (options.MaxRetryAttempts > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = options.MaxRetryAttempts,
                Delay = options.BaseDelay,
                MaxDelay = options.MaxDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = options.UseJitter,
                ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Context, args.Outcome)),
                DelayGenerator = args => ValueTask.FromResult(RetryAfter(args.Outcome, clock, options.MaxDelay)),
                OnRetry = args =>
                {
                    var request = args.Context.Properties.GetValue(RequestKey, null!);
                    BrokerLog.Retrying(
                        _logger,
                        request?.GetEndpoint()?.Name ?? request?.RequestUri?.AbsolutePath ?? "request",
                        args.AttemptNumber + 1,
                        args.RetryDelay.TotalMilliseconds,
                        Describe(args.Outcome));
                    return ValueTask.CompletedTask;
                },
            });
        }

        _pipeline = builder.Build();
    }

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!request.IsIdempotent())
        {
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }

        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(RequestKey, request);
        try
        {
            var outcome = await _pipeline.ExecuteOutcomeAsync(
                static async (ctx, state) =>
                {
                    try
                    {
                        return Outcome.FromResult(await state.Handler.SendCoreAsync(state.Request, ctx.CancellationToken).ConfigureAwait(ctx.ContinueOnCapturedContext));
                    }
                    catch (Exception ex)
                    {
                        return Outcome.FromException<HttpResponseMessage>(ex);
                    }
                },
                context,
                (Handler: this, Request: request)).ConfigureAwait(false);
            outcome.ThrowIfException();
            return outcome.Result!;
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private static bool ShouldRetry(ResilienceContext context, Outcome<HttpResponseMessage> outcome)
    {
        if (context.CancellationToken.IsCancellationRequested)
        {
            return false;
        }

        return outcome switch
        {
            { Exception: BrokerTimeoutException } => true,
            { Exception: HttpRequestException } => true,
            { Exception: IOException } => true,
            { Exception: not null } => false,
            { Result.StatusCode: HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout or HttpStatusCode.TooManyRequests } => true,
            _ => false,
        };
    }

    private static TimeSpan? RetryAfter(Outcome<HttpResponseMessage> outcome, TimeProvider clock, TimeSpan maxDelay)
    {
        if (outcome.Result is { } response && BrokerRawResponse.ReadRetryAfter(response.Headers, clock.GetUtcNow()) is { } delay)
        {
            return delay > maxDelay ? maxDelay : delay;
        }

        return null;
    }

    private static string Describe(Outcome<HttpResponseMessage> outcome) => outcome.Exception is { } ex
        ? ex.GetType().Name
        : $"HTTP {(int)outcome.Result!.StatusCode}";

    private Task<HttpResponseMessage> SendCoreAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        base.SendAsync(request, cancellationToken);
}
