using System.Globalization;
using Broker.Authentication;
using Broker.Errors;
using Microsoft.Extensions.Logging;
using Broker.Dhan.Sending;
using Broker.Dhan.Validation;

namespace Broker.Dhan.Feeds;

/// <summary>
/// Dhan's full market depth: 20 levels (up to 50 instruments per connection) or 200 levels (one instrument per
/// connection), NSE_EQ and NSE_FNO only, up to <see cref="DhanFeedOptions.MaxConnections"/> connections. Each update is one
/// side (<see cref="DhanDepthUpdate"/>) of one instrument; prices are float64 on the wire, rounded to the tick here.
/// </summary>
public sealed class DhanDepthFeed : DhanFeed
{
    private readonly Lock _gate = new();
    private readonly List<DepthFeedConnection> _connections = [];
    private readonly Dictionary<DhanInstrument, DepthFeedConnection> _owners = [];

    internal DhanDepthFeed(DhanDepthFeedKind kind, DhanFeedOptions options, TokenManager tokens, TimeProvider timeProvider, ILogger logger, DhanFeedMetrics? metrics = null)
        : base(options, tokens, timeProvider, logger, watchdog: true, kind == DhanDepthFeedKind.TwentyLevel ? "depth_20" : "depth_200", metrics)
    {
        Kind = kind;
        Instruments = new FeedInstrumentTable(options);
    }

    /// <summary>20 or 200 levels.</summary>
    public DhanDepthFeedKind Kind { get; }

    /// <summary>The subscribed instruments.</summary>
    public IReadOnlyList<DhanInstrument> Subscriptions
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

    private int PerConnection => Kind == DhanDepthFeedKind.TwentyLevel ? Options.MaxTwentyDepthInstrumentsPerConnection : 1;

    /// <summary>Subscribes instruments to depth (already subscribed ones are skipped).</summary>
    /// <param name="instruments">NSE_EQ or NSE_FNO instruments.</param>
    /// <param name="cancellationToken">Cancels sending.</param>
    /// <returns>A task that completes when the messages are sent or queued for the connection.</returns>
    /// <exception cref="BrokerValidationException">A segment other than NSE_EQ/NSE_FNO, or too many instruments for the connections allowed.</exception>
    public async Task SubscribeAsync(IEnumerable<DhanInstrument> instruments, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(instruments);
        ThrowIfEnded();
        var infos = instruments.Select(Instruments.Register).ToList();
        foreach (var info in infos.Where(i => i.SegmentCode is not (1 or 2)))
        {
            throw DhanValidation.Validator.Invalid("ExchangeSegment", $"Full market depth is available for NSE_EQ and NSE_FNO only; {info.Instrument} is not.");
        }

        var plan = new List<(DepthFeedConnection Connection, List<DhanInstrument> Instruments, bool IsNew)>();
        lock (_gate)
        {
            var fresh = infos.Select(i => i.Instrument).Distinct().Where(i => !_owners.ContainsKey(i)).ToList();
            var capacity = _connections.Sum(c => PerConnection - c.Instruments.Count) + ((Options.MaxConnections - _connections.Count) * PerConnection);
            if (fresh.Count > capacity)
            {
                throw DhanValidation.Validator.Invalid("instruments", string.Create(CultureInfo.InvariantCulture,
                    $"Subscribing {fresh.Count} more instrument(s) would exceed Dhan's {(int)Kind}-level depth limit of {Options.MaxConnections} connection(s) × {PerConnection} instrument(s); {_owners.Count} in use."));
            }

            var next = 0;
            foreach (var connection in _connections)
            {
                var room = Math.Min(PerConnection - connection.Instruments.Count, fresh.Count - next);
                if (room > 0)
                {
                    plan.Add((connection, fresh.GetRange(next, room), false));
                    next += room;
                }
            }

            while (next < fresh.Count)
            {
                var connection = new DepthFeedConnection(this, _connections.Count);
                _connections.Add(connection);
                var take = Math.Min(PerConnection, fresh.Count - next);
                plan.Add((connection, fresh.GetRange(next, take), true));
                next += take;
            }

            foreach (var (connection, list, _) in plan)
            {
                foreach (var instrument in list)
                {
                    connection.Instruments.Add(instrument);
                    _owners[instrument] = connection;
                }

                connection.Changed();
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
                await connection.SendAsync(list, subscribe: true, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Unsubscribes instruments (with <see cref="DhanFeedOptions.DepthUnsubscribeCode"/>).</summary>
    /// <param name="instruments">The instruments.</param>
    /// <param name="cancellationToken">Cancels sending.</param>
    /// <returns>A task that completes when the messages are sent.</returns>
    public async Task UnsubscribeAsync(IEnumerable<DhanInstrument> instruments, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(instruments);
        ThrowIfEnded();
        var infos = instruments.Select(Instruments.Register).ToList();
        var byConnection = new Dictionary<DepthFeedConnection, List<DhanInstrument>>();
        lock (_gate)
        {
            foreach (var instrument in infos.Select(i => i.Instrument).Distinct())
            {
                if (_owners.Remove(instrument, out var connection))
                {
                    connection.Instruments.Remove(instrument);
                    connection.Changed();
                    if (!byConnection.TryGetValue(connection, out var list))
                    {
                        byConnection[connection] = list = [];
                    }

                    list.Add(instrument);
                }
            }
        }

        foreach (var (connection, list) in byConnection)
        {
            await connection.SendAsync(list, subscribe: false, cancellationToken).ConfigureAwait(false);
        }
    }

    internal override IReadOnlyList<FeedConnection> Connections()
    {
        lock (_gate)
        {
            return [.. _connections];
        }
    }

    internal List<DhanInstrument> Snapshot(DepthFeedConnection connection)
    {
        lock (_gate)
        {
            return [.. connection.Instruments];
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
