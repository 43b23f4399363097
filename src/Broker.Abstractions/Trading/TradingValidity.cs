namespace Broker.Trading;

/// <summary>How long an order stays open.</summary>
public enum TradingValidity
{
    /// <summary>Valid until the end of the trading day.</summary>
    Day = 1,

    /// <summary>Immediate or cancel: whatever cannot fill at once is cancelled. Not every broker offers it (Groww does not).</summary>
    ImmediateOrCancel,
}
