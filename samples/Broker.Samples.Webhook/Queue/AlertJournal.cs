using System.Text;
using System.Text.Json;
using Broker.Samples.Webhook.Configuration;
using Broker.Samples.Webhook.Logging;
using Broker.Samples.Webhook.OrderLog;
using Microsoft.Extensions.Logging;

namespace Broker.Samples.Webhook.Queue;

/// <summary>
/// The alert journal: an append-only file of JSON lines next to the order log. An accepted alert is written and
/// flushed to disk before the caller is answered; its outcome is appended when it is handled. At start the alerts
/// without an outcome are read back (and the file is rewritten with only those), so an alert accepted before a crash
/// or a restart is neither lost nor, because its broker reference was fixed at acceptance and is looked up first,
/// placed twice.
/// </summary>
internal sealed class AlertJournal : IDisposable
{
    private static readonly byte[] NewLine = "\n"u8.ToArray();
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly ILogger<AlertJournal> _logger;
    private FileStream? _stream;

    /// <summary>Creates the journal (the file is opened by <see cref="OpenAsync"/> or the first append).</summary>
    public AlertJournal(WebhookOptions options, CsvOrderLog orderLog, ILogger<AlertJournal> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(orderLog);
        FilePath = Path.GetFullPath(options.Queue.JournalPath
            ?? Path.Combine(Path.GetDirectoryName(orderLog.FilePath) ?? ".", "alerts.journal"));
        _logger = logger;
    }

    /// <summary>The journal's full path.</summary>
    public string FilePath { get; }

    /// <summary>
    /// Reads the alerts accepted but not handled, rewrites the file with only those, and opens it for appending.
    /// </summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The pending alerts, oldest first.</returns>
    public async Task<IReadOnlyList<JournalEntry>> OpenAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var pending = new List<JournalEntry>();
            if (File.Exists(FilePath))
            {
                var accepted = new Dictionary<string, JournalEntry>(StringComparer.Ordinal);
                var order = new List<string>();
                foreach (var line in await File.ReadAllLinesAsync(FilePath, Encoding.UTF8, cancellationToken).ConfigureAwait(false))
                {
                    var entry = Read(line);
                    if (entry is { Kind: JournalEntry.AcceptedKind, Alert: not null, BrokerReference: not null })
                    {
                        if (accepted.TryAdd(entry.AlertId, entry))
                        {
                            order.Add(entry.AlertId);
                        }
                    }
                    else if (entry is { Kind: JournalEntry.DoneKind })
                    {
                        accepted.Remove(entry.AlertId);
                    }
                }

                pending.AddRange(order.Where(accepted.ContainsKey).Select(id => accepted[id]));
            }

            // Compact: only what is still pending survives, written to a new file that replaces the old in one move.
            _stream?.Dispose();
            _stream = null;
            if (Path.GetDirectoryName(FilePath) is { Length: > 0 } directory)
            {
                Directory.CreateDirectory(directory);
            }

            var compacted = FilePath + ".new";
            var temporary = new FileStream(compacted, FileMode.Create, FileAccess.Write, FileShare.None, 4096, useAsync: true);
            await using (temporary.ConfigureAwait(false))
            {
                foreach (var entry in pending)
                {
                    await temporary.WriteAsync(Serialize(entry), cancellationToken).ConfigureAwait(false);
                    await temporary.WriteAsync(NewLine, cancellationToken).ConfigureAwait(false);
                }

                await temporary.FlushAsync(cancellationToken).ConfigureAwait(false);
                temporary.Flush(flushToDisk: true);
            }

            File.Move(compacted, FilePath, overwrite: true);
            EnsureOpen();
            return pending;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Appends an accepted alert and flushes it to disk; only then may the caller be told it was accepted.</summary>
    /// <param name="ticket">The alert.</param>
    /// <param name="cancellationToken">Cancels the wait for the file.</param>
    /// <returns>A task that completes when the line is on disk.</returns>
    /// <exception cref="IOException">The journal cannot be written: the alert must be refused.</exception>
    public async Task AppendAcceptedAsync(AlertTicket ticket, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        var line = Serialize(new JournalEntry
        {
            Kind = JournalEntry.AcceptedKind,
            AlertId = ticket.AlertId,
            BrokerReference = ticket.BrokerReference,
            AcceptedAt = ticket.AcceptedAt,
            Alert = ticket.Alert,
        });
        await AppendAsync(line, toDisk: true, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Appends the outcome of an alert. A failure is logged, not thrown: the worst it causes is one look-up by
    /// reference after the next restart.
    /// </summary>
    /// <param name="alertId">The alert.</param>
    /// <param name="outcome">The outcome's name.</param>
    /// <returns>A task that completes when written.</returns>
    public async Task AppendDoneAsync(string alertId, string outcome)
    {
        try
        {
            var line = Serialize(new JournalEntry { Kind = JournalEntry.DoneKind, AlertId = alertId, Outcome = outcome });
            await AppendAsync(line, toDisk: false, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ObjectDisposedException)
        {
            WebhookLog.JournalFailed(_logger, FilePath, ex.Message);
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _stream?.Dispose();
        _gate.Dispose();
    }

    private async Task AppendAsync(byte[] line, bool toDisk, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var stream = EnsureOpen();
            await stream.WriteAsync(line, CancellationToken.None).ConfigureAwait(false);
            await stream.WriteAsync(NewLine, CancellationToken.None).ConfigureAwait(false);
            await stream.FlushAsync(CancellationToken.None).ConfigureAwait(false);
            if (toDisk)
            {
                stream.Flush(flushToDisk: true);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            WebhookLog.JournalFailed(_logger, FilePath, ex.Message);
            throw new IOException($"The alert journal {FilePath} cannot be written: {ex.Message}", ex);
        }
        finally
        {
            _gate.Release();
        }
    }

    private FileStream EnsureOpen()
    {
        if (_stream is null)
        {
            if (Path.GetDirectoryName(FilePath) is { Length: > 0 } directory)
            {
                Directory.CreateDirectory(directory);
            }

            _stream = new FileStream(FilePath, FileMode.Append, FileAccess.Write, FileShare.Read, 4096, useAsync: true);
        }

        return _stream;
    }

    private static byte[] Serialize(JournalEntry entry) => JsonSerializer.SerializeToUtf8Bytes(entry, JournalJsonContext.Default.JournalEntry);

    private static JournalEntry? Read(string line)
    {
        if (string.IsNullOrWhiteSpace(line))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(line, JournalJsonContext.Default.JournalEntry);
        }
        catch (JsonException)
        {
            // A line cut short by a crash while it was written: that alert was never answered as accepted.
            return null;
        }
    }
}
