namespace Broker.Instruments;

/// <summary>How many instruments a look-up matched.</summary>
public enum InstrumentLookupStatus
{
    /// <summary>None.</summary>
    NotFound = 0,

    /// <summary>Exactly one.</summary>
    Found,

    /// <summary>More than one: the SDK does not guess; narrow the look-up (exchange, segment, series) or choose from the candidates.</summary>
    Ambiguous,
}
