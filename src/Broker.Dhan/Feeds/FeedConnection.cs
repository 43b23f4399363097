using System.Buffers;
using System.Net;
using System.Net.WebSockets;
using Broker.Authentication;
using Broker.Errors;
using Broker.Security;

namespace Broker.Dhan.Feeds;

/// <summary>
/// One WebSocket of a feed, with its own reconnect loop: a token from the <see cref="TokenManager"/> on every attempt
/// (a renewal after an authentication failure), jittered exponential backoff, a bounded connect and close, and a read
/// loop that hands whole messages to the subclass.
/// </summary>
internal abstract class FeedConnection : IDisposable
{
    private const int InitialBufferSize = 16 * 1024;
    private const int MaxMessageSize = 16 * 1024 * 1024;

    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly CancellationTokenSource _stop;
    private ClientWebSocket? _socket;
    private Task? _loop;
    private long _lastActivityTicks;
    private int? _serverDisconnectReason;
    private bool _authenticationRejected;
    private bool _healthy;
    private DateTimeOffset _connectedAt;
    private volatile bool _connected;

    protected FeedConnection(DhanFeed feed, int index)
    {
        Feed = feed;
        Index = index;
        _stop = CancellationTokenSource.CreateLinkedTokenSource(feed.StoppingToken);
    }

    public DhanFeed Feed { get; }

    public int Index { get; }

    public bool IsConnected => _connected;

    public abstract bool HasSubscriptions { get; }

    public DateTimeOffset LastActivity => new(Interlocked.Read(ref _lastActivityTicks), TimeSpan.Zero);

    protected DhanFeedOptions Options => Feed.Options;

    public void Start()
    {
        lock (_sendLock)
        {
            _loop ??= Task.Run(RunAsync);
        }
    }

    /// <summary>Drops the current socket so that the loop reconnects (the watchdog's remedy).</summary>
    public void ForceReconnect()
    {
        _connected = false;
        _socket?.Abort();
    }

    /// <summary>Closes politely within the close timeout, then aborts; waits for the loop within the same bound.</summary>
    public async Task StopAsync()
    {
        var socket = _socket;
        if (socket is not null && socket.State == WebSocketState.Open)
        {
            using var timeout = new CancellationTokenSource(Options.CloseTimeout);
            try
            {
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "client closing", timeout.Token).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException or IOException or InvalidOperationException)
            {
                // A dead socket (or one closing concurrently): abort below.
            }
        }

        await _stop.CancelAsync().ConfigureAwait(false);
        socket?.Abort();
        if (_loop is { } loop)
        {
            try
            {
                await loop.WaitAsync(Options.CloseTimeout).ConfigureAwait(false);
            }
            catch (TimeoutException)
            {
                // Bounded: the loop ends by itself once the aborted receive returns.
            }
        }

        Dispose();
    }

    /// <summary>Releases the connection's handles (after <see cref="StopAsync"/>).</summary>
    public void Dispose()
    {
        _stop.Dispose();
        GC.SuppressFinalize(this);
    }

    protected abstract string FeedName { get; }

    protected abstract Uri BuildUri(string token);

    /// <summary>Called once the socket is open: send the login or the subscriptions.</summary>
    protected abstract Task OnConnectedAsync(string token, CancellationToken cancellationToken);

    /// <summary>Called with each complete message.</summary>
    protected abstract ValueTask OnMessageAsync(ReadOnlyMemory<byte> message, WebSocketMessageType type, CancellationToken cancellationToken);

    /// <summary>The server's disconnect packet arrived: the session ends after this message.</summary>
    protected void NoteServerDisconnect(int reasonCode)
    {
        _serverDisconnectReason = reasonCode;
        DhanFeedLog.ServerDisconnect(Feed.Logger, FeedName, Index, reasonCode, DhanServerDisconnect.Describe(reasonCode));
    }

    /// <summary>
    /// Whether the server's close frame means the credentials were refused. By default a close with status 1008 (policy
    /// violation) does; the order-update socket reads its own options.
    /// </summary>
    /// <param name="status">The close status, if the server sent one.</param>
    /// <param name="description">The close description, if any.</param>
    /// <param name="sinceConnected">How long after the socket opened (and the login or subscriptions were sent), on the feed's clock.</param>
    /// <param name="receivedMessage">Whether any message arrived on this connection before the close.</param>
    protected virtual bool IsAuthenticationClose(WebSocketCloseStatus? status, string? description, TimeSpan sinceConnected, bool receivedMessage) =>
        status == WebSocketCloseStatus.PolicyViolation;

    /// <summary>
    /// After the server refused <paramref name="token"/>: why renewing it cannot help (the message of the exception
    /// that ends the feed at once), or <see langword="null"/> to renew as usual.
    /// </summary>
    protected virtual string? RefusalRenewalCannotFix(AccessToken token) => null;

    /// <summary>The server refused the credentials in its own way (order-update socket).</summary>
    protected void NoteAuthenticationRejected() => _authenticationRejected = true;

    /// <summary>Sends a text message if connected; a failure is left to the read loop, which reconnects and resends everything.</summary>
    protected async Task SendTextAsync(ReadOnlyMemory<byte> utf8, CancellationToken cancellationToken)
    {
        var socket = _socket;
        if (socket is null || !_connected)
        {
            return;
        }

        await _sendLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await socket.SendAsync(utf8, WebSocketMessageType.Text, endOfMessage: true, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is WebSocketException or ObjectDisposedException or IOException)
        {
            // The read loop sees the broken socket and reconnects; subscriptions are resent then.
        }
        finally
        {
            _sendLock.Release();
        }
    }

    protected ValueTask PublishAsync(DhanFeedEvent feedEvent, CancellationToken cancellationToken)
    {
        feedEvent.Connection = Index;
        return Feed.PublishAsync(feedEvent, cancellationToken);
    }

    private async Task RunAsync()
    {
        var stopping = _stop.Token;
        var failures = 0;
        var authenticationFailures = 0;
        AccessToken? rejected = null;
        while (!stopping.IsCancellationRequested)
        {
            string detail;
            TimeSpan? delayOverride = null;
            AccessToken token;
            try
            {
                token = rejected is null
                    ? await Feed.Tokens.GetTokenAsync(stopping).ConfigureAwait(false)
                    : await Feed.Tokens.RenewAsync(rejected, stopping).ConfigureAwait(false);
                rejected = null;
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                break;
            }
            catch (BrokerAuthenticationException ex) when (ex.RequiresHumanAction || !ex.IsTransient)
            {
                DhanFeedLog.AuthenticationGaveUp(Feed.Logger, FeedName, authenticationFailures + 1);
                Feed.Fail(ex);
                return;
            }
            catch (BrokerException ex)
            {
                failures++;
                await DelayAsync(failures, null, "no token: " + ex.Message, stopping).ConfigureAwait(false);
                continue;
            }

            var outcome = await RunSessionAsync(token, failures + 1, stopping).ConfigureAwait(false);
            if (stopping.IsCancellationRequested)
            {
                break;
            }

            detail = outcome.Detail;
            if (_healthy)
            {
                failures = 0;
                authenticationFailures = 0;
            }

            var authFailed = outcome.HandshakeRefused || _authenticationRejected;
            if (_serverDisconnectReason is { } reason)
            {
                authFailed |= DhanServerDisconnect.IsAuthenticationCode(reason);
                if (reason == 805)
                {
                    delayOverride = Options.TooManyConnectionsDelay;
                }
            }

            failures++;
            if (authFailed)
            {
                authenticationFailures++;
                if (RefusedForGood(token, detail) is { } final)
                {
                    DhanFeedLog.AuthenticationGaveUp(Feed.Logger, FeedName, authenticationFailures);
                    Feed.Fail(final);
                    return;
                }

                // With renewal off, the account's current token is reused when someone else has replaced the refused one.
                rejected = Options.RenewAccountTokenOnRefusal ? token : null;
                if (authenticationFailures >= Options.MaxConsecutiveAuthenticationFailures)
                {
                    DhanFeedLog.AuthenticationGaveUp(Feed.Logger, FeedName, authenticationFailures);
                    Feed.Fail(new BrokerAuthenticationException(
                        $"The Dhan {FeedName} refused the access token {authenticationFailures} times in a row ({detail}); the feed has stopped. Check the client id and the token's validity, then start a new feed.")
                    {
                        Broker = "Dhan",
                        Endpoint = FeedName,
                        Flow = Feed.Tokens.FlowName,
                        StatusCode = 401,
                        BrokerErrorCode = _serverDisconnectReason?.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    });
                    return;
                }
            }

            await DelayAsync(failures, delayOverride, detail, stopping).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// The exception that ends the feed after a refusal of <paramref name="token"/> when no renewal by this feed can help:
    /// the subclass knows the token is of the wrong kind, or renewal is off and the account has no newer token.
    /// </summary>
    private BrokerAuthenticationException? RefusedForGood(AccessToken token, string detail)
    {
        var reasonCode = _serverDisconnectReason?.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (RefusalRenewalCannotFix(token) is { } problem)
        {
            return new BrokerAuthenticationException($"The Dhan {FeedName} refused the access token ({detail}); the feed has stopped without renewing it. {problem}")
            {
                Broker = "Dhan",
                Endpoint = FeedName,
                Flow = Feed.Tokens.FlowName,
                StatusCode = 401,
                BrokerErrorCode = reasonCode,
                RequiresHumanAction = true,
            };
        }

        if (Options.RenewAccountTokenOnRefusal)
        {
            return null;
        }

        var current = Feed.Tokens.CurrentToken;
        if (current is not null && current.Value != token.Value && !current.IsExpired(Feed.TimeProvider.GetUtcNow()))
        {
            return null;
        }

        return new BrokerAuthenticationException(
            $"The Dhan {FeedName} refused the access token ({detail}) and DhanFeedOptions.RenewAccountTokenOnRefusal is off, so the feed does not renew the account's token itself (on Dhan a new token replaces the old one and would log out other programs using the account); the account's token manager has no newer token. Renew the token where renewal is owned, then start a new feed.")
        {
            Broker = "Dhan",
            Endpoint = FeedName,
            Flow = Feed.Tokens.FlowName,
            StatusCode = 401,
            BrokerErrorCode = reasonCode,
        };
    }

    private async Task DelayAsync(int failures, TimeSpan? delayOverride, string detail, CancellationToken stopping)
    {
        var delay = delayOverride ?? Backoff(failures);
        DhanFeedMetrics.Add(Feed.Metrics.Reconnects, Feed.MetricKind);
        await PublishAsync(new DhanFeedConnectionChanged(DhanFeedConnectionState.Disconnected, failures, detail), stopping).ConfigureAwait(false);
        DhanFeedLog.Disconnected(Feed.Logger, FeedName, Index, detail, (long)delay.TotalMilliseconds);
        if (delay <= TimeSpan.Zero)
        {
            return;
        }

        try
        {
            await Task.Delay(delay, Feed.TimeProvider, stopping).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    private TimeSpan Backoff(int failures)
    {
        var baseDelay = Options.ReconnectBaseDelay;
        if (baseDelay <= TimeSpan.Zero)
        {
            return TimeSpan.Zero;
        }

        var exponent = Math.Min(Math.Max(failures - 1, 0), 20);
        var capped = Math.Min(baseDelay.Ticks * (double)(1L << exponent), Options.ReconnectMaxDelay.Ticks);
#pragma warning disable CA5394 // Jitter only spreads reconnects; no security use.
        var jitter = 0.5 + (Random.Shared.NextDouble() * 0.5);
#pragma warning restore CA5394
        return TimeSpan.FromTicks((long)(capped * jitter));
    }

    private async Task<SessionOutcome> RunSessionAsync(AccessToken token, int attempt, CancellationToken stopping)
    {
        _serverDisconnectReason = null;
        _authenticationRejected = false;
        _healthy = false;
        using var socket = new ClientWebSocket();
        socket.Options.KeepAliveInterval = Options.KeepAliveInterval;
        socket.Options.CollectHttpResponseDetails = true;
        var uri = BuildUri(token.Value);
        try
        {
            using (var connectTimeout = CancellationTokenSource.CreateLinkedTokenSource(stopping))
            {
                connectTimeout.CancelAfter(Options.ConnectTimeout);
                try
                {
                    await socket.ConnectAsync(uri, connectTimeout.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (!stopping.IsCancellationRequested)
                {
                    return new SessionOutcome($"connect timed out after {Options.ConnectTimeout.TotalSeconds:0.###} s", false);
                }
            }

            _socket = socket;
            _connected = true;
            _connectedAt = Feed.TimeProvider.GetUtcNow();
            Touch();
            DhanFeedLog.Connected(Feed.Logger, FeedName, Index, uri.Host, attempt);
            await PublishAsync(new DhanFeedConnectionChanged(DhanFeedConnectionState.Connected, attempt, null), stopping).ConfigureAwait(false);
            await OnConnectedAsync(token.Value, stopping).ConfigureAwait(false);
            return new SessionOutcome(await ReadLoopAsync(socket, stopping).ConfigureAwait(false), false);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            return new SessionOutcome("stopped", false);
        }
        catch (WebSocketException ex) when (socket.HttpStatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
        {
            return new SessionOutcome($"handshake refused with HTTP {(int)socket.HttpStatusCode} ({Redact(ex.Message, token)})", true);
        }
        catch (WebSocketException ex) when (socket.HttpStatusCode == HttpStatusCode.TooManyRequests)
        {
            _serverDisconnectReason = 805;
            return new SessionOutcome($"handshake refused with HTTP 429 ({Redact(ex.Message, token)})", false);
        }
        catch (Exception ex) when (ex is WebSocketException or IOException or HttpRequestException or ObjectDisposedException or OperationCanceledException)
        {
            return new SessionOutcome(Redact(ex.Message, token), false);
        }
        finally
        {
            _connected = false;
            _socket = null;
        }
    }

    private async Task<string> ReadLoopAsync(ClientWebSocket socket, CancellationToken stopping)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(InitialBufferSize);
        try
        {
            var count = 0;
            while (true)
            {
                if (count == buffer.Length)
                {
                    if (buffer.Length >= MaxMessageSize)
                    {
                        socket.Abort();
                        return $"message larger than {MaxMessageSize} bytes";
                    }

                    var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                    buffer.AsSpan(0, count).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                var result = await socket.ReceiveAsync(buffer.AsMemory(count), stopping).ConfigureAwait(false);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    if (IsAuthenticationClose(socket.CloseStatus, socket.CloseStatusDescription, Feed.TimeProvider.GetUtcNow() - _connectedAt, _healthy))
                    {
                        _authenticationRejected = true;
                    }

                    await CloseQuietlyAsync(socket).ConfigureAwait(false);
                    return $"closed by the server ({socket.CloseStatus} {socket.CloseStatusDescription})".TrimEnd();
                }

                count += result.Count;
                if (!result.EndOfMessage)
                {
                    continue;
                }

                Touch();
                DhanFeedMetrics.Add(Feed.Metrics.Messages, Feed.MetricKind);
                await OnMessageAsync(buffer.AsMemory(0, count), result.MessageType, stopping).ConfigureAwait(false);
                count = 0;
                if (_serverDisconnectReason is { } reason)
                {
                    await CloseQuietlyAsync(socket).ConfigureAwait(false);
                    return $"server disconnect {reason}: {DhanServerDisconnect.Describe(reason)}";
                }

                _healthy = true;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private async Task CloseQuietlyAsync(ClientWebSocket socket)
    {
        using var timeout = new CancellationTokenSource(Options.CloseTimeout);
        try
        {
            await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException or IOException)
        {
            socket.Abort();
        }
    }

    private void Touch() => Interlocked.Exchange(ref _lastActivityTicks, Feed.TimeProvider.GetUtcNow().UtcTicks);

    private static string Redact(string message, AccessToken token) => SecretRedactor.Redact(message, [token.Value]);

    private readonly record struct SessionOutcome(string Detail, bool HandshakeRefused);
}
