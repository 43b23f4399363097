namespace Broker.RateLimiting;

/// <summary>
/// A rate-limit permit held while its request is in flight (from <see cref="BrokerRateLimiter.AcquireLeaseAsync"/>).
/// Disposing it marks the request complete: from then on the permit counts against each window for one window
/// more. Dispose it exactly when the response or the failure has arrived; a second dispose does nothing.
/// </summary>
public sealed class RateLimitPermit : IDisposable
{
    private readonly BrokerRateLimiter? _limiter;
    private readonly object? _state;
    private readonly IDisposable? _completion;
    private int _disposed;

    internal RateLimitPermit(BrokerRateLimiter? limiter, object? state)
    {
        _limiter = limiter;
        _state = state;
    }

    /// <summary>A permit leased from an <see cref="IRateLimitStore"/>: disposing it ends the store's lease.</summary>
    internal RateLimitPermit(IDisposable? completion)
    {
        _completion = completion;
    }

    /// <summary>A permit of a category without limits: disposing it does nothing.</summary>
    internal static RateLimitPermit None { get; } = new(null, null);

    /// <inheritdoc />
    public void Dispose()
    {
        if ((_limiter is not null || _completion is not null) && Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            if (_limiter is not null)
            {
                _limiter.Complete(_state!);
            }
            else
            {
                _completion!.Dispose();
            }
        }
    }
}
