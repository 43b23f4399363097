namespace Broker.Instruments;

/// <summary>
/// An immutable hash index from a key to every instrument with that key: O(1) look-ups that report all candidates
/// when a key is shared, without allocating for the common single-match case. Duplicates are chained through an
/// array, so the index costs one dictionary entry per distinct key and one <see cref="int"/> per instrument.
/// </summary>
/// <typeparam name="TKey">The key.</typeparam>
/// <typeparam name="T">The instrument record.</typeparam>
internal sealed class InstrumentIndex<TKey, T>
    where TKey : notnull
    where T : class
{
    private readonly IReadOnlyList<T> _items;
    private readonly Dictionary<TKey, int> _first;
    private readonly int[] _next;

    /// <summary>Indexes <paramref name="items"/>.</summary>
    /// <param name="items">The instruments (not copied; must not change afterwards).</param>
    /// <param name="keySelector">The key of an instrument; <see langword="false"/> to leave it out of this index.</param>
    /// <param name="comparer">Compares keys; the default comparer when <see langword="null"/>.</param>
    public InstrumentIndex(IReadOnlyList<T> items, KeySelector keySelector, IEqualityComparer<TKey>? comparer = null)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(keySelector);
        _items = items;
        _first = new Dictionary<TKey, int>(items.Count, comparer);
        _next = new int[items.Count];

        // Walk backwards so each chain lists instruments in file order.
        for (var i = items.Count - 1; i >= 0; i--)
        {
            if (!keySelector(items[i], out var key))
            {
                _next[i] = -1;
                continue;
            }

            ref var head = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_first, key, out var exists);
            _next[i] = exists ? head : -1;
            head = i;
        }
    }

    /// <summary>Extracts an instrument's key.</summary>
    /// <param name="item">The instrument.</param>
    /// <param name="key">Its key.</param>
    /// <returns><see langword="false"/> to leave the instrument out of the index.</returns>
    public delegate bool KeySelector(T item, out TKey key);

    /// <summary>The number of distinct keys.</summary>
    public int KeyCount => _first.Count;

    /// <summary>The distinct keys.</summary>
    public IEnumerable<TKey> Keys => _first.Keys;

    /// <summary>Every instrument with <paramref name="key"/>.</summary>
    /// <param name="key">The key.</param>
    /// <returns>None, one, or all candidates.</returns>
    public InstrumentLookupResult<T> Find(TKey key)
    {
        if (!_first.TryGetValue(key, out var index))
        {
            return InstrumentLookupResult.None<T>();
        }

        if (_next[index] < 0)
        {
            return InstrumentLookupResult.One(_items[index]);
        }

        var candidates = new List<T>(4);
        for (; index >= 0; index = _next[index])
        {
            candidates.Add(_items[index]);
        }

        return InstrumentLookupResult.FromCandidates(candidates);
    }
}
