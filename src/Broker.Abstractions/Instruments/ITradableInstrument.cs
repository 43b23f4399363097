namespace Broker.Instruments;

/// <summary>What the pre-send order checks need to know about an instrument, in rupees and units.</summary>
public interface ITradableInstrument
{
    /// <summary>Names the instrument in messages (exchange, segment, id and symbol).</summary>
    string Description { get; }

    /// <summary>The lot size: quantities must be a multiple of it (1 for cash equities).</summary>
    long LotSize { get; }

    /// <summary>The tick size in rupees, if known: prices must be a multiple of it.</summary>
    decimal? TickSize { get; }

    /// <summary>The exchange's freeze quantity, if known: one order must be for less.</summary>
    long? FreezeQuantity { get; }
}
