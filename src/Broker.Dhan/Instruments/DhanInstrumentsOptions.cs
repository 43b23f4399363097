using Broker.DependencyInjection;
using Broker.Instruments;

namespace Broker.Dhan.Instruments;

/// <summary>Settings of the Dhan instrument catalogue (<c>AddDhanInstruments</c>).</summary>
public sealed class DhanInstrumentsOptions : InstrumentCatalogOptions
{
    /// <summary>The documented compact master.</summary>
    public static readonly Uri DefaultCompactAddress = new("https://images.dhan.co/api-data/api-scrip-master.csv");

    /// <summary>The documented detailed master.</summary>
    public static readonly Uri DefaultDetailedAddress = new("https://images.dhan.co/api-data/api-scrip-master-detailed.csv");

    /// <summary>Which master to download. Default <see cref="DhanScripMasterSource.Detailed"/>.</summary>
    public DhanScripMasterSource Source { get; set; } = DhanScripMasterSource.Detailed;

    /// <summary>The compact master's address.</summary>
    public Uri CompactAddress { get; set; } = DefaultCompactAddress;

    /// <summary>The detailed master's address.</summary>
    public Uri DetailedAddress { get; set; } = DefaultDetailedAddress;

    /// <summary>The segments downloaded with <see cref="DhanScripMasterSource.Segments"/> (default NSE_EQ, NSE_FNO, IDX_I).</summary>
    public IList<DhanExchangeSegment> Segments { get; } = [DhanExchangeSegment.NseEquity, DhanExchangeSegment.NseFno, DhanExchangeSegment.Index];

    /// <summary>
    /// The Dhan account (registration name) whose client, token and rate limits the per-segment endpoint uses. Default
    /// <see cref="BrokerAccountKey.DefaultName"/>. Only used with <see cref="DhanScripMasterSource.Segments"/>.
    /// </summary>
    public string AccountName { get; set; } = BrokerAccountKey.DefaultName;

    /// <summary>
    /// The unit of <c>TICK_SIZE</c>. Default <see cref="TickSizeUnit.Auto"/>, because Dhan's files are observed to mix
    /// units (<c>10.0000</c> for RELIANCE meaning ₹0.10 next to <c>0.0500</c> for indices and futures): a value below 1
    /// is rupees; a value of 1 or more is rupees only if it is at most 0.1 % of the row's upper circuit
    /// (<c>SM_UPPER_LIMIT</c>, detailed master), otherwise paise. Compact rows have no price, so values of 1 or more
    /// are paise there. See <see cref="TickSizes.Normalize"/>.
    /// </summary>
    public TickSizeUnit TickSizeUnit { get; set; } = TickSizeUnit.Auto;

    /// <inheritdoc />
    public override void Validate(ICollection<string> errors)
    {
        base.Validate(errors);
        ArgumentNullException.ThrowIfNull(errors);
        ValidateAddress(CompactAddress, "CompactAddress", errors);
        ValidateAddress(DetailedAddress, "DetailedAddress", errors);
        if (Source == DhanScripMasterSource.Segments)
        {
            if (Segments.Count == 0)
            {
                errors.Add("Segments must list at least one exchange segment when Source is Segments.");
            }

            if (string.IsNullOrWhiteSpace(AccountName))
            {
                errors.Add("AccountName must name the Dhan account registered with AddDhanClient when Source is Segments.");
            }
        }
    }
}
