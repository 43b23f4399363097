using Broker.Collections;

namespace Broker.Dhan.TradersControl;

/// <summary>
/// P&amp;L based exit for the day (<c>POST /pnlExit</c>): when the day's profit reaches <see cref="ProfitValue"/> or the
/// loss reaches <see cref="LossValue"/> (absolute rupees), Dhan exits the positions. A value already passed triggers
/// at once. Valid for the current day only.
/// </summary>
public sealed record DhanPnlExitRequest
{
    /// <summary>The profit (₹) at which to exit.</summary>
    public required decimal ProfitValue { get; init; }

    /// <summary>The loss (₹, positive) at which to exit.</summary>
    public required decimal LossValue { get; init; }

    /// <summary>Which positions are watched (INTRADAY, DELIVERY); at least one.</summary>
    public required IReadOnlyList<DhanPnlExitProductType> ProductTypes { get; init => field = ValueList.OrEmpty(value); }

    /// <summary>Also activate the kill switch after exiting.</summary>
    public bool EnableKillSwitch { get; init; }
}
