namespace Broker.Instruments;

/// <summary>Normalises tick sizes to rupees.</summary>
public static class TickSizes
{
    /// <summary>
    /// A tick of at most this fraction of the price reference reads as rupees under <see cref="TickSizeUnit.Auto"/>:
    /// real ticks are 0.0005–0.1 % of a contract's price band, while a paise value misread as rupees is 100 times larger.
    /// </summary>
    public const decimal MaxRupeeTickToPriceRatio = 0.001m;

    /// <summary>
    /// Converts a master's tick size to rupees.
    /// <list type="bullet">
    /// <item><see cref="TickSizeUnit.Rupees"/>: as written. <see cref="TickSizeUnit.Paise"/>: divided by 100.</item>
    /// <item><see cref="TickSizeUnit.Auto"/>, for masters observed to mix units (Dhan writes <c>10.0000</c> for RELIANCE,
    /// i.e. ₹0.10, and <c>0.0500</c> for index rows): a value below 1 is rupees (no paise tick is below one paisa;
    /// currency derivatives' ₹0.0025 is written in rupees). A value of 1 or more is rupees only when a positive
    /// <paramref name="priceReference"/> (such as the upper circuit limit) is known and the value is at most
    /// <see cref="MaxRupeeTickToPriceRatio"/> of it (a ₹5 tick on a ₹1,40,000 share, a ₹1 tick on MCX gold);
    /// otherwise it is paise (<c>5.0000</c> on a ₹20 option is ₹0.05).</item>
    /// </list>
    /// </summary>
    /// <param name="raw">The value as written.</param>
    /// <param name="unit">The unit the master uses.</param>
    /// <param name="priceReference">A price of the instrument from the same row, if the master has one.</param>
    /// <returns>The tick size in rupees, or <see langword="null"/> when the raw value is missing, zero or negative.</returns>
    public static decimal? Normalize(decimal? raw, TickSizeUnit unit, decimal? priceReference = null)
    {
        if (raw is not { } value || value <= 0)
        {
            return null;
        }

        return unit switch
        {
            TickSizeUnit.Rupees => value,
            TickSizeUnit.Paise => value / 100m,
            _ when value < 1m => value,
            _ when priceReference is { } price && price > 0 && value <= price * MaxRupeeTickToPriceRatio => value,
            _ => value / 100m,
        };
    }
}
