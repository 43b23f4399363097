using System.Globalization;
using Broker.Validation;

namespace Broker.Trading;

/// <summary>
/// Polls an order until it reaches a final state: the loop behind Groww's and Dhan's <c>WaitForFinalStatusAsync</c>.
/// Both brokers accept an order first and decide later (Groww answers the placement and the order turns
/// <c>REJECTED</c>; Dhan answers <c>TRANSIT</c>), so "placed" is not "done": wait for the final state to learn the
/// outcome and the broker's reason. Each poll is one ordinary read through the account's pipeline, so it counts
/// against the account's rate limit for order reads and waits for a permit like any other call.
/// </summary>
internal static class OrderStatusWait
{
    /// <summary>The pause between polls when none is given: one second, well inside both brokers' limits for order reads.</summary>
    public static TimeSpan DefaultPollInterval { get; } = TimeSpan.FromSeconds(1);

    /// <summary>The shortest pause allowed between polls.</summary>
    public static TimeSpan MinimumPollInterval { get; } = TimeSpan.FromMilliseconds(100);

    /// <summary>The longest wait allowed: one day (an order that is not final by then belongs to a later session).</summary>
    public static TimeSpan MaximumTimeout { get; } = TimeSpan.FromDays(1);

    /// <summary>
    /// Reads the order every <paramref name="pollInterval"/> until <paramref name="isFinal"/> holds or
    /// <paramref name="timeout"/> has passed on <paramref name="timeProvider"/>.
    /// </summary>
    /// <typeparam name="TOrder">The broker's order type.</typeparam>
    /// <param name="validator">The broker's validator, so a wrong timeout or interval is refused naming the broker.</param>
    /// <param name="find">Reads the order; <see langword="null"/> when the broker does not list it (yet).</param>
    /// <param name="isFinal">Whether the order can no longer change.</param>
    /// <param name="timeout">How long to wait; more than zero and at most <see cref="MaximumTimeout"/>.</param>
    /// <param name="pollInterval">The pause between reads; <see cref="DefaultPollInterval"/> when <see langword="null"/>, at least <see cref="MinimumPollInterval"/>.</param>
    /// <param name="timeProvider">The clock of the pauses and the deadline.</param>
    /// <param name="cancellationToken">Stops waiting (an <see cref="OperationCanceledException"/>).</param>
    /// <returns>
    /// The order in its final state; or, when the deadline passed first, the last state read (not final: check its
    /// status); or <see langword="null"/> when the broker never listed the order.
    /// </returns>
    /// <exception cref="Errors.BrokerValidationException">The timeout or the interval is out of range; nothing was sent.</exception>
    public static async Task<TOrder?> PollAsync<TOrder>(
        BrokerValidator validator,
        Func<CancellationToken, Task<TOrder?>> find,
        Func<TOrder, bool> isFinal,
        TimeSpan timeout,
        TimeSpan? pollInterval,
        TimeProvider timeProvider,
        CancellationToken cancellationToken)
        where TOrder : class
    {
        ArgumentNullException.ThrowIfNull(validator);
        ArgumentNullException.ThrowIfNull(find);
        ArgumentNullException.ThrowIfNull(isFinal);
        ArgumentNullException.ThrowIfNull(timeProvider);
        var interval = pollInterval ?? DefaultPollInterval;
        if (timeout <= TimeSpan.Zero || timeout > MaximumTimeout)
        {
            throw validator.Invalid("timeout", string.Create(CultureInfo.InvariantCulture, $"timeout must be more than zero and at most one day; it is {timeout}."));
        }

        if (interval < MinimumPollInterval)
        {
            throw validator.Invalid("pollInterval", string.Create(CultureInfo.InvariantCulture, $"pollInterval must be at least {MinimumPollInterval.TotalMilliseconds} ms; it is {interval}."));
        }

        var deadline = timeProvider.GetUtcNow() + timeout;
        TOrder? last = null;
        while (true)
        {
            var order = await find(cancellationToken).ConfigureAwait(false);
            if (order is not null)
            {
                last = order;
                if (isFinal(order))
                {
                    return order;
                }
            }

            var remaining = deadline - timeProvider.GetUtcNow();
            if (remaining <= TimeSpan.Zero)
            {
                return last;
            }

            await Task.Delay(remaining < interval ? remaining : interval, timeProvider, cancellationToken).ConfigureAwait(false);
        }
    }
}
