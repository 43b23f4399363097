using System.Diagnostics.CodeAnalysis;

namespace Broker.Collections;

/// <summary>Creates <see cref="ValueList{T}"/> instances.</summary>
public static class ValueList
{
    /// <summary>The empty list.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <returns>The one empty list of <typeparamref name="T"/>.</returns>
    public static ValueList<T> Empty<T>() => ValueList<T>.EmptyList;

    /// <summary>
    /// The items as a <see cref="ValueList{T}"/>: the same instance when it already is one, otherwise a copy (so later
    /// changes to the caller's list do not show through); <see langword="null"/> stays <see langword="null"/>.
    /// </summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="items">The items, or <see langword="null"/>.</param>
    /// <returns>The list, or <see langword="null"/>.</returns>
    [return: NotNullIfNotNull(nameof(items))]
    public static ValueList<T>? From<T>(IEnumerable<T>? items) => items switch
    {
        null => null,
        ValueList<T> list => list,
        _ => items.TryGetNonEnumeratedCount(out var count) && count == 0 ? ValueList<T>.EmptyList : new ValueList<T>([.. items]),
    };

    /// <summary>The items as a <see cref="ValueList{T}"/>, the empty list when <paramref name="items"/> is <see langword="null"/>.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="items">The items, or <see langword="null"/>.</param>
    /// <returns>The list.</returns>
    public static ValueList<T> OrEmpty<T>(IEnumerable<T>? items) => From(items) ?? ValueList<T>.EmptyList;

    /// <summary>
    /// Wraps an array without copying it, for code that has just built the array and never touches it again (a feed
    /// parser on its hot path). Changing the array afterwards changes the list.
    /// </summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="items">The array, owned by the list from now on.</param>
    /// <returns>The list.</returns>
    public static ValueList<T> Adopt<T>(T[] items)
    {
        ArgumentNullException.ThrowIfNull(items);
        return items.Length == 0 ? ValueList<T>.EmptyList : new ValueList<T>(items);
    }
}
