namespace Broker.Trading;

/// <summary>
/// An order's state, normalised to a small closed set so strategy code can branch on it for any broker.
/// The broker's own status string is always kept beside it (<see cref="TradingOrder.RawStatus"/>).
/// </summary>
public enum TradingOrderStatus
{
    /// <summary>The broker's status is not one the SDK knows; read the raw status.</summary>
    Unknown = 0,

    /// <summary>Working at the exchange (or on its way there), nothing filled yet.</summary>
    Open,

    /// <summary>Some quantity filled, the rest still working.</summary>
    PartiallyFilled,

    /// <summary>Fully executed. Terminal.</summary>
    Filled,

    /// <summary>Cancelled (by you, by the broker, or expired unfilled). Terminal; some quantity may have filled before.</summary>
    Cancelled,

    /// <summary>Refused by the broker or the exchange. Terminal.</summary>
    Rejected,

    /// <summary>A stop-loss order waiting for its trigger price.</summary>
    PendingTrigger,
}
