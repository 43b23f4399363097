using System.Collections;
using System.Globalization;
using System.Text;

namespace Broker.Collections;

/// <summary>
/// The list behind every list-valued property of the SDK's models: read-only, compared by its items (so two records
/// holding the same orders or depth levels are equal, and <c>with</c> copies compare as expected), and printed with
/// its items (<c>[a, b, c]</c>) so a model's <c>ToString()</c> shows what it holds instead of a type name.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
public sealed class ValueList<T> : IReadOnlyList<T>, IEquatable<ValueList<T>>
{
    /// <summary>How many items <see cref="ToString"/> shows before it summarises the rest.</summary>
    public const int PrintedItems = 20;

    private readonly T[] _items;

    internal ValueList(T[] items) => _items = items;

    /// <summary>The empty list of this item type.</summary>
    internal static ValueList<T> EmptyList { get; } = new([]);

    /// <inheritdoc />
    public int Count => _items.Length;

    /// <inheritdoc />
    public T this[int index] => _items[index];

    /// <inheritdoc />
    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc />
    public bool Equals(ValueList<T>? other) =>
        other is not null && (ReferenceEquals(this, other) || _items.AsSpan().SequenceEqual(other._items, EqualityComparer<T>.Default));

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ValueList<T> other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in _items)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    /// <summary>The items, <c>[a, b, c]</c>; after <see cref="PrintedItems"/> items the rest are counted, not printed.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var text = new StringBuilder("[");
        for (var i = 0; i < _items.Length && i < PrintedItems; i++)
        {
            text.Append(i == 0 ? string.Empty : ", ").Append(CultureInfo.InvariantCulture, $"{_items[i]}");
        }

        if (_items.Length > PrintedItems)
        {
            text.Append(CultureInfo.InvariantCulture, $", … ({_items.Length - PrintedItems} more)");
        }

        return text.Append(']').ToString();
    }
}
