using System.Globalization;
using System.Text;

namespace Broker.Groww.Http;

/// <summary>Builds a query string in the order parameters are added, escaping every value; unset values are skipped.</summary>
internal sealed class GrowwQuery
{
    private readonly StringBuilder _text = new();

    public GrowwQuery Add(string name, string? value)
    {
        if (value is null)
        {
            return this;
        }

        _text.Append(_text.Length == 0 ? '?' : '&').Append(name).Append('=').Append(Uri.EscapeDataString(value));
        return this;
    }

    /// <summary>Adds one parameter whose value is a comma-joined list, keeping the commas literal as Groww's docs write them.</summary>
    public GrowwQuery AddList(string name, IEnumerable<string> values)
    {
        _text.Append(_text.Length == 0 ? '?' : '&').Append(name).Append('=').AppendJoin(',', values.Select(Uri.EscapeDataString));
        return this;
    }

    public GrowwQuery Add(string name, int? value) => Add(name, value?.ToString(CultureInfo.InvariantCulture));

    public override string ToString() => _text.ToString();
}
