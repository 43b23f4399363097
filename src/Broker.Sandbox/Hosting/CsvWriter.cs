using System.Globalization;
using System.Text;

namespace Broker.Sandbox.Hosting;

/// <summary>Builds the instrument-master CSV files: a header row, then one row per instrument, fields quoted only when needed.</summary>
internal sealed class CsvWriter(string header)
{
    private readonly StringBuilder _text = new(header + "\n");

    public void Row(params object?[] fields)
    {
        _text.AppendJoin(',', fields.Select(Format));
        _text.Append('\n');
    }

    public SandboxResponse ToResponse() => new(200, Encoding.UTF8.GetBytes(_text.ToString()), "text/csv");

    private static string Format(object? value)
    {
        var text = value switch
        {
            null => string.Empty,
            decimal d => d.ToString(CultureInfo.InvariantCulture),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? string.Empty,
        };
        return text.IndexOfAny([',', '"', '\n']) >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }
}
