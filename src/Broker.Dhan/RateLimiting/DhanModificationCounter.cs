using Broker.Errors;
using Broker.Time;
using Broker.Dhan.Sending;
using Broker.Dhan.Validation;

namespace Broker.Dhan;

/// <summary>
/// Counts modifications per order so the one Dhan would refuse (the 26th by default) is refused locally, before it
/// is sent. One instance per account (a keyed singleton); counts reset at the start of each IST trading day, when
/// yesterday's order ids stop mattering.
/// </summary>
internal sealed class DhanModificationCounter
{
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private readonly TimeProvider _timeProvider;
    private readonly int _maxPerOrder;
    private DateOnly _day;

    /// <summary>Creates a counter.</summary>
    /// <param name="maxPerOrder">The most modifications allowed per order.</param>
    /// <param name="timeProvider">The clock.</param>
    public DhanModificationCounter(int maxPerOrder, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        _maxPerOrder = maxPerOrder;
        _timeProvider = timeProvider;
        _day = IndianTime.Today(timeProvider);
    }

    /// <summary>How many modifications of an order have been sent today (and not definitely refused).</summary>
    /// <param name="orderId">The order id.</param>
    /// <returns>The count.</returns>
    public int CountOf(string orderId)
    {
        lock (_gate)
        {
            ResetOnNewDay();
            return _counts.GetValueOrDefault(orderId);
        }
    }

    /// <summary>Reserves one modification of an order, or refuses when the cap is reached.</summary>
    /// <param name="orderId">The order id.</param>
    /// <exception cref="BrokerValidationException">The order has used all its modifications.</exception>
    public void Reserve(string orderId)
    {
        lock (_gate)
        {
            ResetOnNewDay();
            var count = _counts.GetValueOrDefault(orderId);
            if (count >= _maxPerOrder)
            {
                throw DhanValidation.Validator.Invalid(
                    "OrderId",
                    $"OrderId {orderId} has already been modified {count} times; Dhan allows at most {_maxPerOrder} modifications per order. Cancel it and place a new one.");
            }

            _counts[orderId] = count + 1;
        }
    }

    /// <summary>Gives back a reservation after Dhan definitely refused the modification.</summary>
    /// <param name="orderId">The order id.</param>
    public void Release(string orderId)
    {
        lock (_gate)
        {
            if (_counts.TryGetValue(orderId, out var count) && count > 0)
            {
                _counts[orderId] = count - 1;
            }
        }
    }

    private void ResetOnNewDay()
    {
        var today = IndianTime.Today(_timeProvider);
        if (today != _day)
        {
            _counts.Clear();
            _day = today;
        }
    }
}
