using System.Diagnostics.CodeAnalysis;

namespace Broker.Collections;

/// <summary>Creates <see cref="ValueDictionary{TKey, TValue}"/> instances.</summary>
public static class ValueDictionary
{
    /// <summary>
    /// The entries as a <see cref="ValueDictionary{TKey, TValue}"/>: the same instance when it already is one, otherwise
    /// a copy using the source's key comparer when it is a <see cref="Dictionary{TKey, TValue}"/>;
    /// <see langword="null"/> stays <see langword="null"/>.
    /// </summary>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <typeparam name="TValue">The value type.</typeparam>
    /// <param name="entries">The entries, or <see langword="null"/>.</param>
    /// <returns>The dictionary, or <see langword="null"/>.</returns>
    [return: NotNullIfNotNull(nameof(entries))]
    public static ValueDictionary<TKey, TValue>? From<TKey, TValue>(IEnumerable<KeyValuePair<TKey, TValue>>? entries)
        where TKey : notnull
    {
        switch (entries)
        {
            case null:
                return null;
            case ValueDictionary<TKey, TValue> dictionary:
                return dictionary;
        }

        var copy = new Dictionary<TKey, TValue>((entries as Dictionary<TKey, TValue>)?.Comparer);
        var order = new List<TKey>();
        foreach (var (key, value) in entries)
        {
            if (copy.TryAdd(key, value))
            {
                order.Add(key);
            }
            else
            {
                copy[key] = value;
            }
        }

        return order.Count == 0 ? ValueDictionary<TKey, TValue>.EmptyDictionary : new ValueDictionary<TKey, TValue>(copy, [.. order]);
    }
}
