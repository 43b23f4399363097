using System.Text;
using Microsoft.Extensions.Logging.Testing;

namespace Broker.Testing;

/// <summary>Searches what a <see cref="FakeLogCollector"/> (Microsoft.Extensions.Diagnostics.Testing) captured.</summary>
public static class FakeLogCollectorExtensions
{
    /// <summary>
    /// Everything captured as one text, every record in full (see <see cref="ToFullText"/>). Secret-leak tests search
    /// this, so nothing a log sink could write is left out.
    /// </summary>
    public static string AllText(this FakeLogCollector logs)
    {
        ArgumentNullException.ThrowIfNull(logs);
        return string.Join(Environment.NewLine, logs.GetSnapshot().Select(ToFullText));
    }

    /// <summary>
    /// One record in full: level, category, event id and name, the formatted message, every structured value, the raw
    /// state, and the exception with its inner exceptions and stack. Scopes are left out: ASP.NET Core's request scope
    /// carries the request path (the webhook sample's secret postback path among them), which only a sink configured
    /// with IncludeScopes writes.
    /// </summary>
    public static string ToFullText(this FakeLogRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var text = new StringBuilder();
        text.Append(record.Level).Append(' ').Append(record.Category).Append(" [").Append(record.Id.Id).Append("] ").Append(record.Id.Name)
            .Append(' ').Append(record.Message).Append(" | ");
        foreach (var pair in record.StructuredState ?? [])
        {
            text.Append(pair.Key).Append('=').Append(pair.Value).Append("; ");
        }

        text.Append("| ").Append(record.State).Append(" | ");
        return text.Append("| ").Append(record.Exception).ToString();
    }

    /// <summary>The records with the event id <paramref name="id"/>.</summary>
    public static IEnumerable<FakeLogRecord> WithEventId(this FakeLogCollector logs, int id)
    {
        ArgumentNullException.ThrowIfNull(logs);
        return logs.GetSnapshot().Where(r => r.Id.Id == id);
    }
}
