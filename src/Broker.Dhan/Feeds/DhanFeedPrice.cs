namespace Broker.Dhan.Feeds;

/// <summary>
/// Turns the feeds' binary prices into <see langword="decimal"/>. The live market feed sends float32 (about seven
/// significant digits, so 1500.25 may arrive as 1500.2500000001, and 1,00,000.05 as 100000.046875); the depth feeds send
/// float64. The wire value is widened to <see langword="double"/> exactly, then rounded once: to the
/// instrument's tick size when it is known, otherwise to two decimal places (paise), which is exact for every
/// NSE/BSE equity and F&amp;O tick. Currency instruments (tick 0.0025) need their tick size to keep four places.
/// </summary>
public static class DhanFeedPrice
{
    /// <summary>The number of decimal places used when the tick size is unknown.</summary>
    public const int DefaultDecimals = 2;

    // Larger magnitudes are not prices (and a float can exceed decimal's range); they read as 0.
    private const double MaxMagnitude = 1e15;

    /// <summary>Rounds a float32 feed price.</summary>
    /// <param name="value">The wire value.</param>
    /// <param name="tickSize">The instrument's tick size; 0 or less when unknown (then 2 decimal places).</param>
    /// <returns>The price; 0 for NaN, infinity or absurd magnitudes.</returns>
    public static decimal FromSingle(float value, decimal tickSize = 0m)
    {
        if (!float.IsFinite(value) || Math.Abs(value) > MaxMagnitude)
        {
            return 0m;
        }

        // Widen first: a direct float-to-decimal conversion keeps only 7 significant digits, which drops the paise
        // of every price from 1,00,000 up (100000.05 would read as 100000.0). The double holds the float exactly.
        return Round((decimal)(double)value, tickSize);
    }

    /// <summary>Rounds a float64 depth-feed price.</summary>
    /// <param name="value">The wire value.</param>
    /// <param name="tickSize">The instrument's tick size; 0 or less when unknown (then 2 decimal places).</param>
    /// <returns>The price; 0 for NaN, infinity or absurd magnitudes.</returns>
    public static decimal FromDouble(double value, decimal tickSize = 0m)
    {
        if (!double.IsFinite(value) || Math.Abs(value) > MaxMagnitude)
        {
            return 0m;
        }

        return Round((decimal)value, tickSize);
    }

    private static decimal Round(decimal value, decimal tickSize)
    {
        if (tickSize <= 0m)
        {
            return Math.Round(value, DefaultDecimals, MidpointRounding.AwayFromZero);
        }

        return Math.Round(value / tickSize, 0, MidpointRounding.AwayFromZero) * tickSize;
    }
}
