using System.Globalization;
using Broker.Time;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Broker.Instruments;

/// <summary>
/// Holds one broker's current instrument master as an immutable, indexed <typeparamref name="TSnapshot"/> and replaces
/// it atomically: readers always see a whole old or a whole new master, never a half-built one, and never block.
/// The master is downloaded at most once at a time (concurrent callers share the download), refreshed once per trading
/// day after <see cref="InstrumentCatalogOptions.RolloverTime"/> (IST) or on demand, and can be persisted to and
/// restored from <see cref="InstrumentCatalogOptions.CacheFilePath"/>. All times come from the injected <see cref="System.TimeProvider"/>.
/// </summary>
/// <typeparam name="TSnapshot">The broker's snapshot type.</typeparam>
public abstract class InstrumentCatalog<TSnapshot> : IDisposable
    where TSnapshot : class, IInstrumentSnapshot
{
    private readonly InstrumentCatalogOptions _options;
    private readonly ILogger _logger;
    private readonly Lock _gate = new();
    private readonly CancellationTokenSource _disposed = new();
    private TSnapshot? _current;
    private Task<TSnapshot>? _refresh;
    private ITimer? _timer;

    /// <summary>Creates the catalogue (empty until loaded).</summary>
    /// <param name="brokerName">The broker, for messages and logs.</param>
    /// <param name="options">The refresh, cache and download settings.</param>
    /// <param name="timeProvider">The clock.</param>
    /// <param name="logger">The logger.</param>
    protected InstrumentCatalog(string brokerName, InstrumentCatalogOptions options, TimeProvider? timeProvider, ILogger? logger)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(brokerName);
        ArgumentNullException.ThrowIfNull(options);
        BrokerName = brokerName;
        _options = options;
        TimeProvider = timeProvider ?? TimeProvider.System;
        _logger = logger ?? NullLogger.Instance;
    }

    /// <summary>Raised after a new snapshot has replaced the previous one (on the thread that loaded it).</summary>
    public event EventHandler<TSnapshot>? SnapshotChanged;

    /// <summary>The broker, such as <c>Groww</c>.</summary>
    public string BrokerName { get; }

    /// <summary><see langword="true"/> once a master has been loaded.</summary>
    public bool IsLoaded => Volatile.Read(ref _current) is not null;

    /// <summary>
    /// <see langword="true"/> when no master is loaded or the loaded one predates the latest trading-day rollover.
    /// A stale master still resolves every instrument it lists; only contracts listed since are missing.
    /// </summary>
    public bool IsStale => Volatile.Read(ref _current) is not { } current || IsStaleNow(current);

    /// <summary>
    /// The current snapshot, for synchronous look-ups. Take it once for a group of look-ups that must agree with each
    /// other: a refresh replaces the catalogue's snapshot, never the one you hold.
    /// </summary>
    /// <exception cref="InvalidOperationException">Nothing is loaded yet.</exception>
    public TSnapshot Snapshot => Volatile.Read(ref _current)
        ?? throw new InvalidOperationException($"The {BrokerName} instrument catalogue is not loaded yet: await GetSnapshotAsync() (or RefreshAsync, LoadAsync, LoadFromFileAsync) once at start-up.");

    /// <summary>The clock.</summary>
    protected TimeProvider TimeProvider { get; }

    /// <summary>What the catalogue holds, for logs: the broker and the loaded master (count, source, when, stale) or that none is loaded yet.</summary>
    /// <returns>For example <c>Dhan instrument catalogue (250,123 instruments from https://..., loaded 2026-12-04 08:31:02 +05:30)</c>.</returns>
    public override string ToString()
    {
        var current = Volatile.Read(ref _current);
        return current is null
            ? $"{BrokerName} instrument catalogue (not loaded)"
            : string.Create(
                CultureInfo.InvariantCulture,
                $"{BrokerName} instrument catalogue ({current.Count:N0} instruments from {current.Source}, loaded {current.LoadedAt:yyyy-MM-dd HH:mm:ss zzz}{(IsStaleNow(current) ? ", stale" : string.Empty)})");
    }

    /// <summary>
    /// The current snapshot, loading it first when there is none (from the cache file when that is still fresh,
    /// otherwise by download) or refreshing it when it is stale. When a stale master cannot be refreshed, the stale one
    /// is returned and the failure logged, so trading continues on yesterday's ids; with no master at all the failure
    /// is raised.
    /// </summary>
    /// <param name="cancellationToken">Stops waiting (a shared download carries on for other callers).</param>
    /// <returns>The snapshot.</returns>
    public async ValueTask<TSnapshot> GetSnapshotAsync(CancellationToken cancellationToken = default)
    {
        var current = Volatile.Read(ref _current);
        if (current is not null && !IsStaleNow(current))
        {
            return current;
        }

        try
        {
            return await RunRefreshAsync(restoreFromCache: current is null, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (current is not null && ex is not OperationCanceledException)
        {
            InstrumentLog.UsingStale(_logger, ex, BrokerName, current.LoadedAt);
            return current;
        }
    }

    /// <summary>Downloads the master now, whatever the time, and swaps it in.</summary>
    /// <param name="cancellationToken">Stops waiting (a shared download carries on for other callers).</param>
    /// <returns>The new snapshot.</returns>
    public Task<TSnapshot> RefreshAsync(CancellationToken cancellationToken = default) =>
        RunRefreshAsync(restoreFromCache: false, cancellationToken);

    /// <summary>Parses a master from a stream (a file you downloaded yourself, a test fixture) and swaps it in.</summary>
    /// <param name="csv">The master's CSV bytes (UTF-8); read to the end, not disposed.</param>
    /// <param name="sourceName">Names the source in errors and in <see cref="IInstrumentSnapshot.Source"/>.</param>
    /// <param name="cancellationToken">Cancels the parse.</param>
    /// <returns>The new snapshot.</returns>
    public async Task<TSnapshot> LoadAsync(Stream csv, string sourceName = "stream", CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(csv);
        var started = TimeProvider.GetTimestamp();
        var snapshot = await ParseAsync(csv, sourceName, IndianTime.Now(TimeProvider), cancellationToken).ConfigureAwait(false);
        Swap(snapshot, started);
        return snapshot;
    }

    /// <summary>
    /// Loads a master from a local file and swaps it in: the broker's CSV as downloaded, or this catalogue's cache file
    /// (whose recorded load time is kept, so a stale cache is refreshed at the next opportunity).
    /// </summary>
    /// <param name="path">The file.</param>
    /// <param name="cancellationToken">Cancels the parse.</param>
    /// <returns>The new snapshot.</returns>
    public async Task<TSnapshot> LoadFromFileAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var started = TimeProvider.GetTimestamp();
        var snapshot = await ReadFileAsync(path, cancellationToken).ConfigureAwait(false);
        Swap(snapshot, started);
        return snapshot;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Stops the refresh timer and any download in progress.</summary>
    /// <param name="disposing"><see langword="true"/> when called from <see cref="Dispose()"/>.</param>
    protected virtual void Dispose(bool disposing)
    {
        if (!disposing)
        {
            return;
        }

        lock (_gate)
        {
            _timer?.Dispose();
            _timer = null;
        }

        if (!_disposed.IsCancellationRequested)
        {
            _disposed.Cancel();
        }

        _disposed.Dispose();
    }

    /// <summary>
    /// Downloads and parses the broker's master. Pass each downloaded stream through <paramref name="cache"/>'s
    /// <see cref="InstrumentCacheSink.Capture"/> (when not <see langword="null"/>) so the same bytes are persisted.
    /// </summary>
    /// <param name="cache">Where to copy the master's bytes, or <see langword="null"/> when no cache is configured.</param>
    /// <param name="loadedAt">The load time to stamp on the snapshot (IST).</param>
    /// <param name="cancellationToken">Cancels the download.</param>
    /// <returns>The snapshot.</returns>
    protected abstract Task<TSnapshot> DownloadAsync(InstrumentCacheSink? cache, DateTimeOffset loadedAt, CancellationToken cancellationToken);

    /// <summary>Parses a master read from a stream (a file, the cache, a caller's stream).</summary>
    /// <param name="csv">The CSV bytes; not disposed.</param>
    /// <param name="sourceName">Names the source.</param>
    /// <param name="loadedAt">The load time to stamp on the snapshot (IST).</param>
    /// <param name="cancellationToken">Cancels the parse.</param>
    /// <returns>The snapshot.</returns>
    protected abstract Task<TSnapshot> ParseAsync(Stream csv, string sourceName, DateTimeOffset loadedAt, CancellationToken cancellationToken);

    private bool IsStaleNow(TSnapshot snapshot) =>
        InstrumentRefreshSchedule.IsStale(snapshot.LoadedAt, TimeProvider.GetUtcNow(), _options.RolloverTime, _options.TradingDays);

    private Task<TSnapshot> RunRefreshAsync(bool restoreFromCache, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed.IsCancellationRequested, this);
        Task<TSnapshot> refresh;
        lock (_gate)
        {
            refresh = _refresh ??= Task.Run(() => RefreshOnceAsync(restoreFromCache), CancellationToken.None);
        }

        return refresh.WaitAsync(cancellationToken);
    }

    private async Task<TSnapshot> RefreshOnceAsync(bool restoreFromCache)
    {
        try
        {
            var cancellationToken = _disposed.Token;
            var started = TimeProvider.GetTimestamp();
            var path = _options.CacheFilePath;
            if (restoreFromCache && path is not null && File.Exists(path))
            {
                var cached = await TryRestoreAsync(path, cancellationToken).ConfigureAwait(false);
                if (cached is not null)
                {
                    Swap(cached, started, logLoad: false);
                    InstrumentLog.Restored(_logger, cached.Count, BrokerName, path, cached.LoadedAt);
                    return cached;
                }
            }

            var loadedAt = IndianTime.Now(TimeProvider);
            Exception? cacheError = null;
            using var sink = path is null ? null : InstrumentCacheSink.TryCreate(path, loadedAt, out cacheError);
            var snapshot = await DownloadAsync(sink, loadedAt, cancellationToken).ConfigureAwait(false);
            sink?.Commit();
            cacheError ??= sink?.Error;
            if (cacheError is not null)
            {
                InstrumentLog.CacheUnusable(_logger, BrokerName, path!, cacheError.Message);
            }

            Swap(snapshot, started);
            return snapshot;
        }
        finally
        {
            lock (_gate)
            {
                _refresh = null;
            }
        }
    }

    private async Task<TSnapshot?> TryRestoreAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            var cached = await ReadFileAsync(path, cancellationToken).ConfigureAwait(false);
            if (!IsStaleNow(cached))
            {
                return cached;
            }

            InstrumentLog.CacheUnusable(_logger, BrokerName, path, $"it was loaded at {cached.LoadedAt:O}, before the latest rollover");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InstrumentMasterFormatException)
        {
            InstrumentLog.CacheUnusable(_logger, BrokerName, path, ex.Message);
        }

        return null;
    }

    private async Task<TSnapshot> ReadFileAsync(string path, CancellationToken cancellationToken)
    {
        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, useAsync: true);
        await using (file.ConfigureAwait(false))
        {
            var loadedAt = InstrumentCacheSink.ReadLoadedAt(file) ?? IndianTime.Now(TimeProvider);
            return await ParseAsync(file, path, loadedAt, cancellationToken).ConfigureAwait(false);
        }
    }

    private void Swap(TSnapshot snapshot, long started, bool logLoad = true)
    {
        Volatile.Write(ref _current, snapshot);
        if (logLoad && _logger.IsEnabled(LogLevel.Information))
        {
            var elapsed = TimeProvider.GetElapsedTime(started).TotalMilliseconds;
            InstrumentLog.Loaded(_logger, snapshot.Count, BrokerName, snapshot.Source, elapsed);
        }

        if (_options.AutoRefresh)
        {
            Schedule(InstrumentRefreshSchedule.NextRollover(TimeProvider.GetUtcNow(), _options.RolloverTime, _options.TradingDays));
        }

        SnapshotChanged?.Invoke(this, snapshot);
    }

    private void Schedule(DateTimeOffset dueAt)
    {
        var delay = dueAt - TimeProvider.GetUtcNow();
        if (delay < TimeSpan.Zero)
        {
            delay = TimeSpan.Zero;
        }

        lock (_gate)
        {
            if (_disposed.IsCancellationRequested)
            {
                return;
            }

            _timer?.Dispose();
            _timer = TimeProvider.CreateTimer(static state => ((InstrumentCatalog<TSnapshot>)state!).OnRefreshDue(), this, delay, Timeout.InfiniteTimeSpan);
        }

        var dueAtIst = IndianTime.ToIst(dueAt);
        InstrumentLog.RefreshScheduled(_logger, BrokerName, dueAtIst);
    }

    private void OnRefreshDue() => _ = BackgroundRefreshAsync();

    private async Task BackgroundRefreshAsync()
    {
        if (_disposed.IsCancellationRequested)
        {
            return;
        }

        try
        {
            await RunRefreshAsync(restoreFromCache: false, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !_disposed.IsCancellationRequested)
        {
            // Nothing awaits a background refresh: log it, keep the current master, and try again later.
            var retryAt = IndianTime.ToIst(TimeProvider.GetUtcNow() + _options.RefreshRetryDelay);
            var loadedAt = Volatile.Read(ref _current)?.LoadedAt ?? DateTimeOffset.MinValue;
            InstrumentLog.RefreshFailed(_logger, ex, BrokerName, loadedAt, retryAt);
            Schedule(retryAt);
        }
        catch (OperationCanceledException)
        {
            // Disposed while downloading: nothing to do.
        }
    }
}
