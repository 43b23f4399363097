namespace Broker.Instruments;

/// <summary>The unit an instrument master writes tick sizes in. The SDK always exposes tick sizes in rupees.</summary>
public enum TickSizeUnit
{
    /// <summary>Decide per row with <see cref="TickSizes.Normalize"/>'s documented rule (for masters that mix units).</summary>
    Auto = 0,

    /// <summary>Values are rupees (<c>0.05</c> means ₹0.05).</summary>
    Rupees,

    /// <summary>Values are paise (<c>5</c> means ₹0.05).</summary>
    Paise,
}
