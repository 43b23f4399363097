using System.Globalization;
using Broker.Authentication;
using Broker.Errors;
using Microsoft.Extensions.Logging;
using Broker.Dhan.Sending;
using Broker.Dhan.Validation;

namespace Broker.Dhan.Feeds;

/// <summary>
/// Dhan's live market feed (<c>wss://api-feed.dhan.co</c>, version 2): ticks, quotes, full packets with depth, open
/// interest and previous close for the instruments you subscribe. Subscriptions are split into messages of at most 100
/// instruments and spread over up to 5 connections of up to 5000 each (Dhan's limits, see <see cref="DhanFeedOptions"/>);
/// beyond that <see cref="SubscribeAsync"/> refuses with a <see cref="BrokerValidationException"/>. After a reconnect every
/// subscription is sent again.
/// <code>
/// await using var feed = feeds.CreateMarketFeed();
/// await feed.SubscribeAsync([new DhanInstrument(DhanExchangeSegment.NseEquity, "1333")], DhanFeedMode.Quote, ct);
/// await foreach (var e in feed.ReadAllAsync(ct))
/// {
///     if (e is DhanQuoteUpdate q) Console.WriteLine($"{q.Instrument} {q.LastPrice}");
/// }
/// </code>
/// </summary>
public sealed class DhanMarketFeed : DhanFeed
{
    private readonly Lock _gate = new();
    private readonly List<MarketFeedConnection> _connections = [];
    private readonly Dictionary<DhanFeedSubscription, MarketFeedConnection> _owners = [];

    internal DhanMarketFeed(DhanFeedOptions options, TokenManager tokens, TimeProvider timeProvider, ILogger logger, DhanFeedMetrics? metrics = null)
        : base(options, tokens, timeProvider, logger, watchdog: true, "market", metrics)
    {
        Instruments = new FeedInstrumentTable(options);
    }

    /// <summary>How many connections the feed has opened (some may be reconnecting).</summary>
    public int ConnectionCount
    {
        get
        {
            lock (_gate)
            {
                return _connections.Count;
            }
        }
    }

    /// <summary>The current subscriptions.</summary>
    public IReadOnlyList<DhanFeedSubscription> Subscriptions
    {
        get
        {
            lock (_gate)
            {
                return [.. _owners.Keys];
            }
        }
    }

    internal FeedInstrumentTable Instruments { get; }

    /// <summary>
    /// Subscribes instruments in a mode. Instruments already subscribed in that mode are skipped. Opens connections as
    /// needed; when connected the subscribe messages are sent at once, otherwise on connection.
    /// </summary>
    /// <param name="instruments">The instruments (segment and numeric security id).</param>
    /// <param name="mode">The mode.</param>
    /// <param name="cancellationToken">Cancels sending.</param>
    /// <returns>A task that completes when the messages are sent (or queued for the connection).</returns>
    /// <exception cref="BrokerValidationException">An instrument has no feed code, or the subscription would exceed the connection limits; nothing was subscribed.</exception>
    public async Task SubscribeAsync(IEnumerable<DhanInstrument> instruments, DhanFeedMode mode, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(instruments);
        ThrowIfEnded();
        var infos = instruments.Select(Instruments.Register).ToList();
        var plan = new List<(MarketFeedConnection Connection, List<DhanInstrument> Instruments, bool IsNew)>();
        lock (_gate)
        {
            var fresh = infos.Select(i => i.Instrument).Distinct().Where(i => !_owners.ContainsKey(new DhanFeedSubscription(i, mode))).ToList();
            var perConnection = Options.MaxInstrumentsPerConnection;
            var used = _owners.Count;
            var capacity = _connections.Sum(c => perConnection - c.Count) + ((Options.MaxConnections - _connections.Count) * perConnection);
            if (fresh.Count > capacity)
            {
                throw DhanValidation.Validator.Invalid("instruments", string.Create(CultureInfo.InvariantCulture,
                    $"Subscribing {fresh.Count} more instrument(s) in {mode} mode would exceed Dhan's live-feed limit of {Options.MaxConnections} connection(s) × {perConnection} instruments ({Options.MaxConnections * perConnection} subscriptions; {used} in use). Unsubscribe some first."));
            }

            var next = 0;
            foreach (var connection in _connections)
            {
                var room = Math.Min(perConnection - connection.Count, fresh.Count - next);
                if (room > 0)
                {
                    plan.Add((connection, fresh.GetRange(next, room), false));
                    next += room;
                }
            }

            while (next < fresh.Count)
            {
                var connection = new MarketFeedConnection(this, _connections.Count);
                _connections.Add(connection);
                var take = Math.Min(perConnection, fresh.Count - next);
                plan.Add((connection, fresh.GetRange(next, take), true));
                next += take;
            }

            foreach (var (connection, list, _) in plan)
            {
                connection.Add(mode, list);
                foreach (var instrument in list)
                {
                    _owners[new DhanFeedSubscription(instrument, mode)] = connection;
                }
            }
        }

        foreach (var (connection, list, isNew) in plan)
        {
            if (isNew)
            {
                connection.Start();
            }
            else
            {
                await connection.SendAsync(mode, list, subscribe: true, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Unsubscribes instruments from a mode (instruments not subscribed in that mode are ignored).</summary>
    /// <param name="instruments">The instruments.</param>
    /// <param name="mode">The mode.</param>
    /// <param name="cancellationToken">Cancels sending.</param>
    /// <returns>A task that completes when the messages are sent.</returns>
    public async Task UnsubscribeAsync(IEnumerable<DhanInstrument> instruments, DhanFeedMode mode, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(instruments);
        ThrowIfEnded();
        var infos = instruments.Select(Instruments.Register).ToList();
        var byConnection = new Dictionary<MarketFeedConnection, List<DhanInstrument>>();
        lock (_gate)
        {
            foreach (var instrument in infos.Select(i => i.Instrument).Distinct())
            {
                var key = new DhanFeedSubscription(instrument, mode);
                if (_owners.Remove(key, out var connection))
                {
                    if (!byConnection.TryGetValue(connection, out var list))
                    {
                        byConnection[connection] = list = [];
                    }

                    list.Add(instrument);
                }
            }

            foreach (var (connection, list) in byConnection)
            {
                connection.Remove(mode, list);
            }
        }

        foreach (var (connection, list) in byConnection)
        {
            await connection.SendAsync(mode, list, subscribe: false, cancellationToken).ConfigureAwait(false);
        }
    }

    internal override IReadOnlyList<FeedConnection> Connections()
    {
        lock (_gate)
        {
            return [.. _connections];
        }
    }

    internal List<(DhanFeedMode Mode, List<DhanInstrument> Instruments)> Snapshot(MarketFeedConnection connection)
    {
        lock (_gate)
        {
            return [.. connection.Subscriptions.Where(p => p.Value.Count > 0).Select(p => (p.Key, p.Value.ToList()))];
        }
    }

    private void ThrowIfEnded()
    {
        if (Completion.IsFaulted)
        {
            throw Completion.Exception!.InnerException!;
        }

        ThrowIfDisposed();
    }
}
