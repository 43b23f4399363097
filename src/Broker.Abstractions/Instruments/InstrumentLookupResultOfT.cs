namespace Broker.Instruments;

/// <summary>
/// The outcome of an instrument look-up: the one match, or every candidate when several match, or none. A look-up
/// never picks one of several candidates for you, because a wrong pick routes an order to the wrong contract.
/// </summary>
/// <typeparam name="T">The broker's instrument record.</typeparam>
public readonly struct InstrumentLookupResult<T> : IEquatable<InstrumentLookupResult<T>>
    where T : class
{
    private readonly T? _single;
    private readonly T[]? _many;
    private readonly string? _query;

    internal InstrumentLookupResult(T? single, T[]? many, string? query)
    {
        _single = single;
        _many = many;
        _query = query;
    }

    /// <summary>Whether the look-up matched none, one or several instruments.</summary>
    public InstrumentLookupStatus Status => _many is not null ? InstrumentLookupStatus.Ambiguous : _single is not null ? InstrumentLookupStatus.Found : InstrumentLookupStatus.NotFound;

    /// <summary><see langword="true"/> when exactly one instrument matched.</summary>
    public bool IsFound => _single is not null;

    /// <summary>The match when exactly one instrument matched; otherwise <see langword="null"/>.</summary>
    public T? Instrument => _single;

    /// <summary>Every match: empty, one, or all candidates of an ambiguous look-up.</summary>
    public IReadOnlyList<T> Candidates => _many ?? (_single is null ? [] : [_single]);

    /// <summary>Describes the look-up, as used in exception messages.</summary>
    public string Query => _query ?? "the instrument look-up";

    /// <summary>Returns a copy describing the look-up as <paramref name="query"/>.</summary>
    /// <param name="query">Describes the look-up.</param>
    /// <returns>The result.</returns>
    public InstrumentLookupResult<T> WithQuery(string query) => new(_single, _many, query);

    /// <summary>Keeps the candidates that satisfy <paramref name="predicate"/>.</summary>
    /// <param name="predicate">The condition.</param>
    /// <returns>The narrowed result.</returns>
    public InstrumentLookupResult<T> Where(Func<T, bool> predicate)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        if (_many is null)
        {
            return _single is not null && predicate(_single) ? this : InstrumentLookupResult.None<T>(_query);
        }

        var kept = new List<T>(_many.Length);
        foreach (var candidate in _many)
        {
            if (predicate(candidate))
            {
                kept.Add(candidate);
            }
        }

        return InstrumentLookupResult.FromCandidates(kept, _query);
    }

    /// <summary>The one match.</summary>
    /// <returns>The instrument.</returns>
    /// <exception cref="InstrumentNotFoundException">Nothing matched.</exception>
    /// <exception cref="AmbiguousInstrumentException">Several matched; the exception lists them all.</exception>
    public T GetSingle()
    {
        if (_single is not null)
        {
            return _single;
        }

        if (_many is not null)
        {
            throw new AmbiguousInstrumentException(Query, [.. _many]);
        }

        throw new InstrumentNotFoundException(Query);
    }

    /// <summary>The one match, if exactly one instrument matched.</summary>
    /// <param name="instrument">The match.</param>
    /// <returns><see langword="true"/> when exactly one matched.</returns>
    public bool TryGetSingle(out T instrument)
    {
        instrument = _single!;
        return _single is not null;
    }

    /// <inheritdoc />
    public bool Equals(InstrumentLookupResult<T> other) => ReferenceEquals(_single, other._single) && ReferenceEquals(_many, other._many);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is InstrumentLookupResult<T> other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(_single, _many);

    /// <summary>Compares two results by identity of their matches.</summary>
    /// <param name="left">A result.</param>
    /// <param name="right">Another result.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(InstrumentLookupResult<T> left, InstrumentLookupResult<T> right) => left.Equals(right);

    /// <summary>Compares two results by identity of their matches.</summary>
    /// <param name="left">A result.</param>
    /// <param name="right">Another result.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(InstrumentLookupResult<T> left, InstrumentLookupResult<T> right) => !left.Equals(right);

    /// <inheritdoc />
    public override string ToString() => Status switch
    {
        InstrumentLookupStatus.Found => $"Found: {_single}",
        InstrumentLookupStatus.Ambiguous => $"Ambiguous: {_many!.Length} candidates for {Query}",
        _ => $"Not found: {Query}",
    };
}
