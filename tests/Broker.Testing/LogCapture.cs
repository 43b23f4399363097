using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Broker.Testing;

/// <summary>
/// Captures every log line at every level, with its structured values and exception text, so tests can search all
/// of it (for secrets, or for an expected event).
/// </summary>
public sealed class LogCapture : ILoggerProvider
{
    private readonly ConcurrentQueue<CapturedLog> _entries = new();

    public IReadOnlyCollection<CapturedLog> Entries => [.. _entries];

    public ILogger CreateLogger(string categoryName) => new CapturingLogger(this, categoryName);

    public void Dispose()
    {
    }

    /// <summary>Everything captured as one text: messages, structured values and exceptions.</summary>
    public string AllText() => string.Join(Environment.NewLine, _entries.Select(e => e.ToFullText()));

    public bool Contains(string text) => AllText().Contains(text, StringComparison.Ordinal);

    public IEnumerable<CapturedLog> WithEventId(int id) => _entries.Where(e => e.EventId.Id == id);

    private sealed class CapturingLogger(LogCapture owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state is IEnumerable<KeyValuePair<string, object?>> pairs
                ? pairs.Select(p => $"{p.Key}={p.Value}").ToArray()
                : [];
            owner._entries.Enqueue(new CapturedLog(category, logLevel, eventId, formatter(state, exception), values, exception?.ToString()));
        }
    }
}

public sealed record CapturedLog(string Category, LogLevel Level, EventId EventId, string Message, IReadOnlyList<string> Values, string? Exception)
{
    public string ToFullText() => $"{Level} {Category} [{EventId.Id}] {Message} | {string.Join("; ", Values)} | {Exception}";
}
