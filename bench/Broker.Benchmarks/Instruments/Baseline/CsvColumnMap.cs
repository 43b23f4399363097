// Baseline for InstrumentMasterBenchmarks only: the hand-written CSV reader the SDK used before Sylvan.Data.Csv
// (src/Broker.Abstractions/Instruments at the commit before the switch), kept here so one run measures both.
using Broker.Instruments;

namespace Broker.Benchmarks.Instruments.Baseline;

/// <summary>
/// The columns of a CSV header, found by name (trimmed, case-insensitive), never by position. Brokers add columns,
/// reorder them (Groww swapped <c>lot_size</c> and <c>strike_price</c> in 2025) and end the header with a comma;
/// all of that is tolerated. A column the SDK cannot work without fails loudly, naming the column.
/// </summary>
internal sealed class CsvColumnMap
{
    private readonly Dictionary<string, int> _positions = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Maps a header.</summary>
    /// <param name="names">The header's column names, in file order.</param>
    /// <param name="sourceName">Names the file in error messages.</param>
    public CsvColumnMap(IReadOnlyList<string> names, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(names);
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceName);
        Names = names;
        SourceName = sourceName;
        for (var i = 0; i < names.Count; i++)
        {
            var name = names[i]?.Trim();

            // An empty name is the trailing comma some masters end their header with; a repeated name keeps its first position.
            if (!string.IsNullOrEmpty(name))
            {
                _positions.TryAdd(name, i);
            }
        }
    }

    /// <summary>The column names, in file order, as read.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>The file named in error messages.</summary>
    public string SourceName { get; }

    /// <summary>Whether the header has a column.</summary>
    /// <param name="name">The column name.</param>
    /// <returns><see langword="true"/> when present.</returns>
    public bool Contains(string name) => _positions.ContainsKey(name);

    /// <summary>The position of a column the SDK cannot work without.</summary>
    /// <param name="name">The column name, as the broker documents it.</param>
    /// <returns>Its 0-based position.</returns>
    /// <exception cref="InstrumentMasterFormatException">The header lacks the column; the message names it and lists the header.</exception>
    public int Required(string name)
    {
        if (_positions.TryGetValue(name, out var position))
        {
            return position;
        }

        throw new InstrumentMasterFormatException(
            SourceName,
            $"The instrument master '{SourceName}' has no '{name}' column, which the SDK needs. The broker may have changed the file's format; its header is: {string.Join(",", Names)}")
        {
            ColumnName = name,
        };
    }

    /// <summary>The position of an optional column, or -1 when absent (reads of -1 give an empty field).</summary>
    /// <param name="name">The column name.</param>
    /// <returns>Its 0-based position, or -1.</returns>
    public int Optional(string name) => _positions.TryGetValue(name, out var position) ? position : -1;
}
