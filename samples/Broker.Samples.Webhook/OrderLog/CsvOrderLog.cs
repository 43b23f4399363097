using System.Globalization;
using System.Text;
using Broker.Samples.Webhook.Configuration;
using Broker.Samples.Webhook.Logging;
using Broker.Samples.Webhook.Security;
using Microsoft.Extensions.Logging;

namespace Broker.Samples.Webhook.OrderLog;

/// <summary>
/// The order log: one CSV row per alert, appended as it is handled and flushed at once, so the file is a complete
/// record even after a crash. Every text cell goes through <see cref="SecretScrubber"/> and <see cref="CsvCells"/>.
/// </summary>
internal sealed class CsvOrderLog : IDisposable
{
    /// <summary>The header row's column names, in file order.</summary>
    public static readonly IReadOnlyList<string> Columns =
    [
        "time", "alert_id", "outcome", "http_status", "broker", "mode", "client_reference", "broker_reference", "symbol",
        "security_id", "exchange_segment", "side", "quantity", "order_type", "price", "trigger_price", "product",
        "order_id", "order_status", "message",
    ];

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly SecretScrubber _scrubber;
    private readonly ILogger<CsvOrderLog> _logger;

    /// <summary>Creates the log; the file is created with its header on the first append.</summary>
    /// <param name="options">The service options (<c>Webhook:OrderLog:Path</c>).</param>
    /// <param name="scrubber">Masks secrets in every cell.</param>
    /// <param name="logger">Where failures to write are reported.</param>
    public CsvOrderLog(WebhookOptions options, SecretScrubber scrubber, ILogger<CsvOrderLog> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        FilePath = System.IO.Path.GetFullPath(options.OrderLog.Path);
        _scrubber = scrubber;
        _logger = logger;
    }

    /// <summary>The log file's full path.</summary>
    public string FilePath { get; }

    /// <summary>Appends one row. A failure to write is logged, not thrown: the order outcome must still reach the caller.</summary>
    /// <param name="entry">The row.</param>
    /// <returns><see langword="true"/> when the row was written.</returns>
    public async Task<bool> AppendAsync(OrderLogEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var row = CsvCells.Row(ToCells(entry).Select(_scrubber.Scrub)) + "\n";
        await _gate.WaitAsync().ConfigureAwait(false);
        try
        {
            if (System.IO.Path.GetDirectoryName(FilePath) is { Length: > 0 } directory)
            {
                Directory.CreateDirectory(directory);
            }

            var stream = new FileStream(FilePath, FileMode.Append, FileAccess.Write, FileShare.Read, 4096, useAsync: true);
            await using (stream.ConfigureAwait(false))
            {
                var text = stream.Length == 0 ? CsvCells.Row(Columns) + "\n" + row : row;
                await stream.WriteAsync(Utf8NoBom.GetBytes(text)).ConfigureAwait(false);
                await stream.FlushAsync().ConfigureAwait(false);
            }

            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            WebhookLog.OrderLogWriteFailed(_logger, FilePath, ex.Message);
            return false;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Reads the newest rows, newest first.</summary>
    /// <param name="limit">How many rows at most.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The rows; empty when the file does not exist yet.</returns>
    public async Task<IReadOnlyList<OrderLogEntry>> ReadLatestAsync(int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        if (!File.Exists(FilePath))
        {
            return [];
        }

        var latest = new Queue<string>(Math.Min(limit, 1024));
        var stream = new FileStream(FilePath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 64 * 1024, useAsync: true);
        using (var reader = new StreamReader(stream, Utf8NoBom))
        {
            var first = true;
            while (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
            {
                if (first && line.StartsWith("time,", StringComparison.Ordinal))
                {
                    first = false;
                    continue;
                }

                first = false;
                if (line.Length == 0)
                {
                    continue;
                }

                if (latest.Count == limit)
                {
                    latest.Dequeue();
                }

                latest.Enqueue(line);
            }
        }

        return [.. latest.Reverse().Select(line => FromCells(CsvCells.Split(line)))];
    }

    /// <inheritdoc />
    public void Dispose() => _gate.Dispose();

    private static string?[] ToCells(OrderLogEntry e) =>
    [
        e.Time, e.AlertId, e.Outcome, Number(e.HttpStatus), e.Broker, e.Mode, e.ClientReference, e.BrokerReference, e.Symbol,
        e.SecurityId, e.ExchangeSegment, e.Side, e.Quantity is { } q ? Number(q) : null, e.OrderType,
        e.Price is { } p ? Number(p) : null, e.TriggerPrice is { } t ? Number(t) : null, e.Product, e.OrderId, e.OrderStatus, e.Message,
    ];

    private static OrderLogEntry FromCells(List<string> cells)
    {
        string? Cell(int index) => index < cells.Count && cells[index].Length > 0 ? cells[index] : null;
        return new OrderLogEntry
        {
            Time = Cell(0) ?? string.Empty,
            AlertId = Cell(1) ?? string.Empty,
            Outcome = Cell(2) ?? string.Empty,
            HttpStatus = int.TryParse(Cell(3), NumberStyles.None, CultureInfo.InvariantCulture, out var status) ? status : 0,
            Broker = Cell(4),
            Mode = Cell(5),
            ClientReference = Cell(6),
            BrokerReference = Cell(7),
            Symbol = Cell(8),
            SecurityId = Cell(9),
            ExchangeSegment = Cell(10),
            Side = Cell(11),
            Quantity = long.TryParse(Cell(12), NumberStyles.None, CultureInfo.InvariantCulture, out var quantity) ? quantity : null,
            OrderType = Cell(13),
            Price = decimal.TryParse(Cell(14), NumberStyles.Number, CultureInfo.InvariantCulture, out var price) ? price : null,
            TriggerPrice = decimal.TryParse(Cell(15), NumberStyles.Number, CultureInfo.InvariantCulture, out var trigger) ? trigger : null,
            Product = Cell(16),
            OrderId = Cell(17),
            OrderStatus = Cell(18),
            Message = Cell(19),
        };
    }

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
