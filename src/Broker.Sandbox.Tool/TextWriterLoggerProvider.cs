using Microsoft.Extensions.Logging;

namespace Broker.Sandbox.Tool;

/// <summary>
/// Writes the sandbox's own log lines (request paths without query strings, endpoint names, statuses: never
/// credentials, see <see cref="SandboxOptions.LoggerFactory"/>) to the tool's output, one line each.
/// </summary>
internal sealed class TextWriterLoggerProvider(TextWriter output, LogLevel minimum, TimeProvider time) : ILoggerProvider
{
    private readonly Lock _gate = new();
    private readonly LogLevel _minimum = minimum;
    private readonly TimeProvider _time = time;

    public ILogger CreateLogger(string categoryName) => new LineLogger(this);

    public void Dispose()
    {
    }

    private void Write(string line)
    {
        lock (_gate)
        {
            output.WriteLine(line);
            output.Flush();
        }
    }

    private sealed class LineLogger(TextWriterLoggerProvider provider) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= provider._minimum && logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel))
            {
                return;
            }

            // The clock is the host's, shown in IST like everything else a trader reads here.
            var at = provider._time.GetUtcNow().ToOffset(new TimeSpan(5, 30, 0));
            var text = formatter(state, exception);
            var level = logLevel >= LogLevel.Warning ? $" {logLevel.ToString().ToUpperInvariant()}" : string.Empty;
            provider.Write(exception is null
                ? $"{at:HH:mm:ss.fff}{level} {text}"
                : $"{at:HH:mm:ss.fff}{level} {text} ({exception.GetType().Name})");
        }
    }
}
