using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;

namespace Broker.Collections;

/// <summary>
/// The dictionary behind the SDK's dictionary-valued model properties: read-only, compared by its entries, and printed
/// with them (<c>{key: value, …}</c>) so a model's <c>ToString()</c> shows what it holds. Keys keep the order they
/// arrived in.
/// </summary>
/// <typeparam name="TKey">The key type.</typeparam>
/// <typeparam name="TValue">The value type.</typeparam>
public sealed class ValueDictionary<TKey, TValue> : IReadOnlyDictionary<TKey, TValue>, IEquatable<ValueDictionary<TKey, TValue>>
    where TKey : notnull
{
    private readonly Dictionary<TKey, TValue> _entries;
    private readonly TKey[] _order;

    internal ValueDictionary(Dictionary<TKey, TValue> entries, TKey[] order)
    {
        _entries = entries;
        _order = order;
    }

    /// <summary>The empty dictionary of these types.</summary>
    internal static ValueDictionary<TKey, TValue> EmptyDictionary { get; } = new([], []);

    /// <inheritdoc />
    public int Count => _order.Length;

    /// <inheritdoc />
    public IEnumerable<TKey> Keys => _order;

    /// <inheritdoc />
    public IEnumerable<TValue> Values => _order.Select(key => _entries[key]);

    /// <inheritdoc />
    public TValue this[TKey key] => _entries[key];

    /// <inheritdoc />
    public bool ContainsKey(TKey key) => _entries.ContainsKey(key);

    /// <inheritdoc />
    public bool TryGetValue(TKey key, [MaybeNullWhen(false)] out TValue value) => _entries.TryGetValue(key, out value);

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<TKey, TValue>> GetEnumerator() =>
        _order.Select(key => KeyValuePair.Create(key, _entries[key])).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc />
    public bool Equals(ValueDictionary<TKey, TValue>? other)
    {
        if (other is null || other.Count != Count)
        {
            return false;
        }

        foreach (var (key, value) in _entries)
        {
            if (!other._entries.TryGetValue(key, out var theirs) || !EqualityComparer<TValue>.Default.Equals(value, theirs))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ValueDictionary<TKey, TValue> other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        // Order-independent, like the equality.
        var hash = 0;
        foreach (var (key, value) in _entries)
        {
            hash ^= HashCode.Combine(key, value);
        }

        return HashCode.Combine(Count, hash);
    }

    /// <summary>
    /// The entries, <c>{key: value, …}</c>; after <see cref="ValueList{T}.PrintedItems"/> entries the rest are counted.
    /// </summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var text = new StringBuilder("{");
        for (var i = 0; i < _order.Length && i < ValueList<TKey>.PrintedItems; i++)
        {
            var key = _order[i];
            text.Append(i == 0 ? string.Empty : ", ").Append(CultureInfo.InvariantCulture, $"{key}: {_entries[key]}");
        }

        if (_order.Length > ValueList<TKey>.PrintedItems)
        {
            text.Append(CultureInfo.InvariantCulture, $", … ({_order.Length - ValueList<TKey>.PrintedItems} more)");
        }

        return text.Append('}').ToString();
    }
}
