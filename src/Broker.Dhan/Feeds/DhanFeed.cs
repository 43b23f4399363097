using System.Threading.Channels;
using Broker.Authentication;
using Broker.Time;
using Microsoft.Extensions.Logging;

namespace Broker.Dhan.Feeds;

/// <summary>
/// What every Dhan feed has in common: a bounded buffer between the socket readers and you (read it with
/// <see cref="ReadAllAsync"/> or <see cref="Events"/>), a count of events dropped by the overflow policy, connections that
/// reconnect by themselves with a fresh token, a market-hours-aware stall watchdog, and a bounded <see cref="DisposeAsync"/>.
/// If authentication keeps failing the feed ends: <see cref="Completion"/> and the reader fail with a
/// <see cref="Broker.Errors.BrokerAuthenticationException"/>.
/// </summary>
public abstract class DhanFeed : IAsyncDisposable
{
    private readonly Channel<DhanFeedEvent> _channel;
    private readonly CancellationTokenSource _stopping = new();
    private readonly TaskCompletionSource _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly ITimer? _watchdog;
    private long _dropped;
    private int _disposed;

    private protected DhanFeed(DhanFeedOptions options, TokenManager tokens, TimeProvider timeProvider, ILogger logger, bool watchdog, string kind, DhanFeedMetrics? metrics)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(logger);
        options.Validate();
        Options = options;
        Tokens = tokens;
        TimeProvider = timeProvider;
        Logger = logger;
        MetricKind = kind;
        Metrics = metrics ?? DhanFeedMetrics.Shared;
        var channelOptions = new BoundedChannelOptions(options.ChannelCapacity)
        {
            FullMode = options.OverflowPolicy switch
            {
                DhanFeedOverflowPolicy.DropNewest => BoundedChannelFullMode.DropWrite,
                DhanFeedOverflowPolicy.Wait => BoundedChannelFullMode.Wait,
                _ => BoundedChannelFullMode.DropOldest,
            },
            SingleReader = false,
            SingleWriter = false,
            AllowSynchronousContinuations = false,
        };
        _channel = Channel.CreateBounded<DhanFeedEvent>(channelOptions, _ =>
        {
            Interlocked.Increment(ref _dropped);
            DhanFeedMetrics.Add(Metrics.Dropped, MetricKind);
        });
        _completion.Task.ContinueWith(static t => _ = t.Exception, TaskScheduler.Default);
        if (watchdog && options.StallTimeout is { } stall)
        {
            var period = TimeSpan.FromTicks(Math.Max(stall.Ticks / 4, TimeSpan.FromMilliseconds(10).Ticks));
            _watchdog = timeProvider.CreateTimer(static state => ((DhanFeed)state!).CheckForStalls(), this, period, period);
        }
    }

    /// <summary>The events, for <c>await foreach</c> or <c>WaitToReadAsync</c>/<c>TryRead</c> loops.</summary>
    public ChannelReader<DhanFeedEvent> Events => _channel.Reader;

    /// <summary>How many events the overflow policy discarded because the consumer fell behind.</summary>
    public long DroppedEventCount => Interlocked.Read(ref _dropped);

    /// <summary>Completes when the feed is disposed; fails with a <see cref="Broker.Errors.BrokerAuthenticationException"/> when authentication keeps failing.</summary>
    public Task Completion => _completion.Task;

    /// <summary>How many of the feed's connections are open now.</summary>
    public int ConnectedCount => Connections().Count(c => c.IsConnected);

    internal DhanFeedOptions Options { get; }

    internal TokenManager Tokens { get; }

    internal TimeProvider TimeProvider { get; }

    internal ILogger Logger { get; }

    /// <summary>The feed's kind as a metric tag: <c>market</c>, <c>depth_20</c>, <c>depth_200</c> or <c>order_update</c>.</summary>
    internal string MetricKind { get; }

    /// <summary>The instruments measurements go to.</summary>
    internal DhanFeedMetrics Metrics { get; }

    internal CancellationToken StoppingToken => _stopping.Token;

    /// <summary>Reads the events until the feed is disposed (or fails).</summary>
    /// <param name="cancellationToken">Stops the enumeration (the feed keeps running).</param>
    /// <returns>The events, in arrival order per connection.</returns>
    public IAsyncEnumerable<DhanFeedEvent> ReadAllAsync(CancellationToken cancellationToken = default) => _channel.Reader.ReadAllAsync(cancellationToken);

    /// <summary>Closes every connection (politely, within <see cref="DhanFeedOptions.CloseTimeout"/>, else aborted) and completes the reader.</summary>
    /// <returns>A task that completes within about twice the close timeout, even on a dead socket.</returns>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        if (_watchdog is not null)
        {
            await _watchdog.DisposeAsync().ConfigureAwait(false);
        }

        await Task.WhenAll(Connections().Select(c => c.StopAsync())).ConfigureAwait(false);
        await _stopping.CancelAsync().ConfigureAwait(false);
        _channel.Writer.TryComplete();
        _completion.TrySetResult();
        _stopping.Dispose();
        GC.SuppressFinalize(this);
    }

    internal abstract IReadOnlyList<FeedConnection> Connections();

    internal ValueTask PublishAsync(DhanFeedEvent feedEvent, CancellationToken cancellationToken)
    {
        if (_channel.Writer.TryWrite(feedEvent))
        {
            return ValueTask.CompletedTask;
        }

        return Options.OverflowPolicy == DhanFeedOverflowPolicy.Wait ? WriteSlowlyAsync(feedEvent, cancellationToken) : ValueTask.CompletedTask;
    }

    internal void Fail(Exception exception)
    {
        _channel.Writer.TryComplete(exception);
        _completion.TrySetException(exception);
        try
        {
            _stopping.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // Already disposed.
        }
    }

    internal bool IsMarketOpen(DateTimeOffset now)
    {
        var ist = IndianTime.ToIst(now);
        if (Options.IsMarketOpen is { } rule)
        {
            return rule(ist);
        }

        var time = TimeOnly.FromDateTime(ist.DateTime);
        return Options.TradingDays.Contains(ist.DayOfWeek) && time >= Options.MarketOpen && time < Options.MarketClose;
    }

    internal void ThrowIfDisposed() => ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0 || _completion.Task.IsCompleted, this);

    private async ValueTask WriteSlowlyAsync(DhanFeedEvent feedEvent, CancellationToken cancellationToken)
    {
        try
        {
            await _channel.Writer.WriteAsync(feedEvent, cancellationToken).ConfigureAwait(false);
        }
        catch (ChannelClosedException)
        {
            // The feed ended.
        }
    }

    private void CheckForStalls()
    {
        var stall = Options.StallTimeout;
        if (stall is null || Volatile.Read(ref _disposed) != 0)
        {
            return;
        }

        var now = TimeProvider.GetUtcNow();
        if (!IsMarketOpen(now))
        {
            return;
        }

        foreach (var connection in Connections())
        {
            var silence = now - connection.LastActivity;
            if (connection.IsConnected && connection.HasSubscriptions && silence >= stall.Value)
            {
                DhanFeedLog.Stalled(Logger, GetType().Name, connection.Index, (long)silence.TotalMilliseconds);
                _channel.Writer.TryWrite(new DhanFeedStalled(silence) { Connection = connection.Index });
                connection.ForceReconnect();
            }
        }
    }
}
