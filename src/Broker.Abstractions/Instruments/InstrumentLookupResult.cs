namespace Broker.Instruments;

/// <summary>Creates <see cref="InstrumentLookupResult{T}"/> values.</summary>
public static class InstrumentLookupResult
{
    /// <summary>No match.</summary>
    /// <typeparam name="T">The instrument record.</typeparam>
    /// <param name="query">Describes the look-up, for messages.</param>
    /// <returns>The result.</returns>
    public static InstrumentLookupResult<T> None<T>(string? query = null) 
        where T : class => new(null, null, query);

    /// <summary>Exactly one match.</summary>
    /// <typeparam name="T">The instrument record.</typeparam>
    /// <param name="instrument">The match.</param>
    /// <returns>The result.</returns>
    public static InstrumentLookupResult<T> One<T>(T instrument)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(instrument);
        return new(instrument, null, null);
    }

    /// <summary>Any number of matches.</summary>
    /// <typeparam name="T">The instrument record.</typeparam>
    /// <param name="candidates">The matches (copied).</param>
    /// <param name="query">Describes the look-up, for messages.</param>
    /// <returns>The result.</returns>
    public static InstrumentLookupResult<T> FromCandidates<T>(IReadOnlyCollection<T> candidates, string? query = null)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(candidates);
        return candidates.Count switch
        {
            0 => None<T>(query),
            1 => new(candidates.First(), null, query),
            _ => new(null, [.. candidates], query),
        };
    }
}
