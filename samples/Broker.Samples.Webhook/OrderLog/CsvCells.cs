using System.Text;

namespace Broker.Samples.Webhook.OrderLog;

/// <summary>
/// Writes and reads the cells of the order log. Cells are RFC 4180 quoted when needed; line breaks and tabs become
/// spaces, so one row is always one line; and a cell a spreadsheet would run as a formula (starting with <c>=</c>,
/// <c>+</c>, <c>-</c>, <c>@</c>, or their full-width forms) is prefixed with <c>'</c>, so opening the log in a
/// spreadsheet cannot execute anything an alert sent.
/// </summary>
internal static class CsvCells
{
    /// <summary>Encodes one cell.</summary>
    /// <param name="value">The value; <see langword="null"/> for an empty cell.</param>
    /// <returns>The cell as it goes into the file.</returns>
    public static string Encode(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        var text = value.Replace("\r\n", " ", StringComparison.Ordinal).Replace('\r', ' ').Replace('\n', ' ').Replace('\t', ' ');
        if (StartsLikeFormula(text))
        {
            text = "'" + text;
        }

        var needsQuotes = text.AsSpan().IndexOfAny(",\"") >= 0 || text[0] == ' ' || text[^1] == ' ';
        return needsQuotes ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }

    /// <summary>Whether a spreadsheet would take <paramref name="text"/> for a formula.</summary>
    /// <param name="text">The cell text.</param>
    /// <returns><see langword="true"/> when it starts with a formula character.</returns>
    public static bool StartsLikeFormula(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\uFF1D' or '\uFF0B' or '\uFF0D' or '\uFF20';

    /// <summary>Joins encoded cells into a row (without the line break).</summary>
    /// <param name="values">The values.</param>
    /// <returns>The row.</returns>
    public static string Row(IEnumerable<string?> values) => string.Join(',', values.Select(Encode));

    /// <summary>Splits one row into its cells (quotes removed; a formula guard <c>'</c> is kept).</summary>
    /// <param name="line">The row.</param>
    /// <returns>The cells.</returns>
    public static List<string> Split(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var cells = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }

        cells.Add(cell.ToString());
        return cells;
    }
}
