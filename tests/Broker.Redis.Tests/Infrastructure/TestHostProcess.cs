using System.Diagnostics;
using System.Threading.Channels;

namespace Broker.Redis.Tests.Infrastructure;

/// <summary>
/// One Broker.Redis.TestHost child process (a Dhan client sharing its account through Redis), driven over stdin and
/// read line by line from stdout. Killed by its process id when disposed.
/// </summary>
public sealed class TestHostProcess : IAsyncDisposable
{
    private static readonly TimeSpan LineTimeout = TimeSpan.FromSeconds(60);
    private readonly Process _process;
    private readonly Channel<string> _lines = Channel.CreateUnbounded<string>();
    private readonly List<string> _seen = [];

    private TestHostProcess(Process process)
    {
        _process = process;
    }

    public IReadOnlyList<string> Seen
    {
        get
        {
            lock (_seen)
            {
                return [.. _seen];
            }
        }
    }

    public static TestHostProcess Start(IReadOnlyDictionary<string, string> settings)
    {
        var dll = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "redis-testhost-path.txt")).Trim();
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        foreach (var (key, value) in settings)
        {
            start.Environment["BRH_" + key] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("The test host did not start.");
        var host = new TestHostProcess(process);
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                host._lines.Writer.TryComplete();
                return;
            }

            lock (host._seen)
            {
                host._seen.Add(e.Data);
            }

            host._lines.Writer.TryWrite(e.Data);
        };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                lock (host._seen)
                {
                    host._seen.Add("stderr: " + e.Data);
                }
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return host;
    }

    public int Id => _process.Id;

    public async Task SendAsync(string command)
    {
        await _process.StandardInput.WriteLineAsync(command);
        await _process.StandardInput.FlushAsync();
    }

    /// <summary>Reads lines until one starts with <paramref name="prefix"/>; returns the lines read before it and that line.</summary>
    public async Task<(List<string> Before, string Line)> ReadUntilAsync(string prefix)
    {
        using var timeout = new CancellationTokenSource(LineTimeout);
        var before = new List<string>();
        try
        {
            while (await _lines.Reader.WaitToReadAsync(timeout.Token))
            {
                while (_lines.Reader.TryRead(out var line))
                {
                    if (line.StartsWith(prefix, StringComparison.Ordinal))
                    {
                        return (before, line);
                    }

                    before.Add(line);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Reported below with what the process said.
        }

        throw new InvalidOperationException($"The test host never said '{prefix}'. It said:\n{string.Join('\n', Seen)}");
    }

    /// <summary>Reads lines until <paramref name="count"/> of them match <paramref name="match"/> (all stay in <see cref="Seen"/>).</summary>
    public async Task ReadMatchingAsync(Func<string, bool> match, int count)
    {
        using var timeout = new CancellationTokenSource(LineTimeout);
        var found = 0;
        try
        {
            while (found < count && await _lines.Reader.WaitToReadAsync(timeout.Token))
            {
                while (found < count && _lines.Reader.TryRead(out var line))
                {
                    found += match(line) ? 1 : 0;
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Reported below.
        }

        if (found < count)
        {
            throw new InvalidOperationException($"The test host said {found} of the {count} lines awaited. It said:\n{string.Join('\n', Seen)}");
        }
    }

    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }
    }

    public async ValueTask DisposeAsync()
    {
        Kill();
        await _process.WaitForExitAsync();
        _process.Dispose();
    }
}
