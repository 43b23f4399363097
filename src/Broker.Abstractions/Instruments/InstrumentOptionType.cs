namespace Broker.Instruments;

/// <summary>Whether a contract is a call, a put, or not an option (stocks, indices, futures).</summary>
public enum InstrumentOptionType
{
    /// <summary>Not an option (masters write <c>XX</c>, <c>FUT</c> or nothing).</summary>
    None = 0,

    /// <summary>A call option (<c>CE</c>).</summary>
    Call,

    /// <summary>A put option (<c>PE</c>).</summary>
    Put,
}
