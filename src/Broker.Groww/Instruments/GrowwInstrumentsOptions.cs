using Broker.Instruments;

namespace Broker.Groww.Instruments;

/// <summary>Settings of the Groww instrument catalogue (<c>AddGrowwInstruments</c>).</summary>
public sealed class GrowwInstrumentsOptions : InstrumentCatalogOptions
{
    /// <summary>The documented master: <c>https://growwapi-assets.groww.in/instruments/instrument.csv</c> (no authentication).</summary>
    public static readonly Uri DefaultAddress = new("https://growwapi-assets.groww.in/instruments/instrument.csv");

    /// <summary>Where the master is downloaded from. Default <see cref="DefaultAddress"/>.</summary>
    public Uri Address { get; set; } = DefaultAddress;

    /// <summary>
    /// The unit of <c>tick_size</c>. Default <see cref="TickSizeUnit.Rupees"/>: Groww documents rupees (<c>0.05</c>)
    /// and the observed file agrees, although the SDK docs once printed <c>tick_size: 5</c> for RELIANCE. If Groww
    /// switches to paise, set <see cref="TickSizeUnit.Paise"/>; <see cref="TickSizeUnit.Auto"/> treats values of 1 or
    /// more as paise (the file has no price column to compare with).
    /// </summary>
    public TickSizeUnit TickSizeUnit { get; set; } = TickSizeUnit.Rupees;

    /// <inheritdoc />
    public override void Validate(ICollection<string> errors)
    {
        base.Validate(errors);
        ValidateAddress(Address, "Address", errors);
    }
}
