using System.Globalization;

namespace Broker.Http;

/// <summary>
/// A query string built in the order parameters are added, every value escaped, unset values skipped: <c>?a=1&amp;b=2</c>.
/// A value type that holds one string, so a call with one or two parameters costs one or two small strings.
/// </summary>
internal readonly struct BrokerQuery : IEquatable<BrokerQuery>
{
    private readonly string? _text;

    private BrokerQuery(string text)
    {
        _text = text;
    }

    /// <summary>Adds a parameter; a <see langword="null"/> value is skipped.</summary>
    /// <param name="name">The parameter's name (not escaped: the SDK's names are plain).</param>
    /// <param name="value">The value, escaped.</param>
    /// <returns>The query with the parameter.</returns>
    public BrokerQuery Add(string name, string? value) =>
        value is null ? this : new(string.Concat(_text ?? "?", _text is null ? string.Empty : "&", name, "=", Uri.EscapeDataString(value)));

    /// <summary>Adds a number; a <see langword="null"/> value is skipped.</summary>
    /// <param name="name">The parameter's name.</param>
    /// <param name="value">The value.</param>
    /// <returns>The query with the parameter.</returns>
    public BrokerQuery Add(string name, long? value) => Add(name, value?.ToString(CultureInfo.InvariantCulture));

    /// <summary>Adds one parameter whose value is a comma-joined list, the commas kept literal (as Groww's docs write them).</summary>
    /// <param name="name">The parameter's name.</param>
    /// <param name="values">The values, each escaped.</param>
    /// <returns>The query with the parameter.</returns>
    public BrokerQuery AddList(string name, IEnumerable<string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return new(string.Concat(_text ?? "?", _text is null ? string.Empty : "&", name, "=", string.Join(',', values.Select(Uri.EscapeDataString))));
    }

    /// <inheritdoc />
    public override string ToString() => _text ?? string.Empty;

    /// <inheritdoc />
    public bool Equals(BrokerQuery other) => string.Equals(_text, other._text, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is BrokerQuery other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _text?.GetHashCode(StringComparison.Ordinal) ?? 0;

    /// <summary>Whether two queries are the same text.</summary>
    /// <param name="left">One query.</param>
    /// <param name="right">The other.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(BrokerQuery left, BrokerQuery right) => left.Equals(right);

    /// <summary>Whether two queries differ.</summary>
    /// <param name="left">One query.</param>
    /// <param name="right">The other.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(BrokerQuery left, BrokerQuery right) => !left.Equals(right);
}
