using Broker.Errors;
using Broker.Http;
using Broker.Logging;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Broker.Resilience;

/// <summary>
/// The innermost SDK handler: bounds one attempt on the wire (from sending to the whole body read) by a timeout
/// taken from the injected <see cref="TimeProvider"/>, and raises <see cref="BrokerTimeoutException"/> naming the
/// endpoint and the timeout. Time spent waiting for a rate-limit permit does not count. It also marks the request as
/// having gone to the wire, so an order write that fails afterwards is reported as "outcome unknown".
/// </summary>
public sealed class AttemptTimeoutHandler : DelegatingHandler
{
    private readonly TimeSpan _timeout;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;

    /// <summary>Creates the handler.</summary>
    /// <param name="timeout">The per-attempt timeout; <see cref="Timeout.InfiniteTimeSpan"/> for none.</param>
    /// <param name="timeProvider">The clock.</param>
    /// <param name="logger">The logger.</param>
    public AttemptTimeoutHandler(TimeSpan timeout, TimeProvider? timeProvider = null, ILogger<AttemptTimeoutHandler>? logger = null)
    {
        _timeout = timeout;
        _timeProvider = timeProvider ?? TimeProvider.System;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Options.Set(BrokerRequestOptions.SentKey, true);
        if (_timeout == Timeout.InfiniteTimeSpan)
        {
            var plain = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            await plain.Content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);
            return plain;
        }

        using var timeout = new CancellationTokenSource(_timeout, _timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        HttpResponseMessage? response = null;
        try
        {
            response = await base.SendAsync(request, linked.Token).ConfigureAwait(false);

            // Read the whole body inside the timeout: a broker that sends headers and then stalls is a timeout too.
            await response.Content.LoadIntoBufferAsync(linked.Token).ConfigureAwait(false);
            return response;
        }
        catch (OperationCanceledException ex) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            response?.Dispose();
            var endpoint = request.GetEndpoint()?.Name ?? request.RequestUri?.AbsolutePath ?? "request";
            BrokerLog.AttemptTimedOut(_logger, endpoint, _timeout.TotalMilliseconds);
            throw new BrokerTimeoutException($"{endpoint} did not answer within {_timeout.TotalSeconds:0.###} s.", _timeout, ex)
            {
                Endpoint = endpoint,
            };
        }
        catch
        {
            response?.Dispose();
            throw;
        }
    }
}
