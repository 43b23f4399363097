namespace Broker.Instruments;

/// <summary>
/// Returns one shared <see cref="string"/> per distinct text, looked up by span so a repeated value (exchange,
/// segment, instrument type, series, underlying) costs no allocation after its first occurrence. Not thread-safe:
/// use one pool per parse.
/// </summary>
internal sealed class StringPool
{
    private readonly Dictionary<string, string> _strings;
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    /// <summary>Creates an empty pool.</summary>
    public StringPool()
    {
        _strings = new Dictionary<string, string>(StringComparer.Ordinal);
        _lookup = _strings.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The number of distinct strings pooled.</summary>
    public int Count => _strings.Count;

    /// <summary>The pooled string equal to <paramref name="value"/>, created on first use.</summary>
    /// <param name="value">The text.</param>
    /// <returns>The shared string; <see cref="string.Empty"/> for empty text.</returns>
    public string Get(ReadOnlySpan<char> value)
    {
        if (value.IsEmpty)
        {
            return string.Empty;
        }

        if (_lookup.TryGetValue(value, out var existing))
        {
            return existing;
        }

        var created = value.ToString();
        _strings.Add(created, created);
        return created;
    }
}
