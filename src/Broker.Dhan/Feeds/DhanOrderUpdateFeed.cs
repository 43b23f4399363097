using Broker.Authentication;
using Microsoft.Extensions.Logging;

namespace Broker.Dhan.Feeds;

/// <summary>
/// Dhan's live order updates (<c>wss://api-order-update.dhan.co</c>): after connecting it sends the login message with the
/// client id and a current token, then reports each <c>order_alert</c> as a <see cref="DhanOrderUpdate"/> (other messages
/// as <see cref="DhanUnknownMessage"/>). It starts when created. Dhan documents no login refusal, so what counts as an
/// authentication failure is configurable: a close with a status in <see cref="DhanFeedOptions.OrderUpdateAuthFailureCloseCodes"/>
/// (default 1008, policy violation), an error message or close description mentioning
/// <see cref="DhanFeedOptions.OrderUpdateAuthFailureText"/>, or a close without any message within
/// <see cref="DhanFeedOptions.OrderUpdateSilentCloseAuthFailureWindow"/> of the login. Treat the stream as a fast path and reconcile with the REST order book after reconnects.
/// </summary>
public sealed class DhanOrderUpdateFeed : DhanFeed
{
    private readonly OrderUpdateConnection _connection;

    internal DhanOrderUpdateFeed(DhanFeedOptions options, TokenManager tokens, TimeProvider timeProvider, ILogger logger, DhanFeedMetrics? metrics = null)
        : base(options, tokens, timeProvider, logger, watchdog: false, "order_update", metrics)
    {
        _connection = new OrderUpdateConnection(this);
        _connection.Start();
    }

    /// <summary>Reads only the order updates (connection events and unknown messages are skipped).</summary>
    /// <param name="cancellationToken">Stops the enumeration.</param>
    /// <returns>The order updates.</returns>
    public async IAsyncEnumerable<DhanOrderUpdate> ReadOrderUpdatesAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var feedEvent in ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            if (feedEvent is DhanOrderUpdate update)
            {
                yield return update;
            }
        }
    }

    internal override IReadOnlyList<FeedConnection> Connections() => [_connection];
}
