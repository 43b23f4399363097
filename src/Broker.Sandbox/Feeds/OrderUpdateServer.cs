using System.Net.WebSockets;
using System.Text.Json;
using Broker.Sandbox.Dhan;
using Broker.Sandbox.Hosting;

namespace Broker.Sandbox.Feeds;

/// <summary>
/// The order-update socket: reads the <c>LoginReq</c> message, refuses bad credentials with a 1008 close, then sends an
/// <c>order_alert</c> for every order of the account whose state, fill or modification count changed. It looks for
/// changes when woken (<see cref="Notify"/>, after each tick's fills) and at least every <see cref="PollInterval"/>
/// (orders placed, modified or cancelled over REST).
/// </summary>
internal sealed class OrderUpdateServer(SandboxContext context, DhanBroker dhan, FeedConnectionRegistry registry, FeedAuthenticator authenticator)
{
    private readonly Lock _gate = new();
    private readonly List<Waiter> _wakers = [];
    private long _pollIntervalTicks = TimeSpan.FromMilliseconds(20).Ticks;
    private volatile bool _closeAfterLogin;

    /// <summary>Whether an accepted login is answered by a normal close with no message (a silent refusal).</summary>
    public bool CloseAfterLogin
    {
        get => _closeAfterLogin;
        set => _closeAfterLogin = value;
    }

    /// <summary>The longest a session waits before looking for changed orders when nothing wakes it.</summary>
    public TimeSpan PollInterval
    {
        get => TimeSpan.FromTicks(Interlocked.Read(ref _pollIntervalTicks));
        set => Interlocked.Exchange(ref _pollIntervalTicks, value.Ticks);
    }

    /// <summary>Wakes every session to look for changed orders now. Cheap and non-blocking: safe under the sandbox's lock.</summary>
    public void Notify()
    {
        lock (_gate)
        {
            foreach (var waker in _wakers.Where(w => w.Wake.CurrentCount == 0))
            {
                waker.Wake.Release();
            }
        }
    }

    /// <summary>Closes every logged-in session with a normal close, no description and no message before it.</summary>
    public void CloseAll()
    {
        lock (_gate)
        {
            foreach (var waker in _wakers)
            {
                waker.CloseRequested = true;
                if (waker.Wake.CurrentCount == 0)
                {
                    waker.Wake.Release();
                }
            }
        }
    }

    /// <summary>Serves one accepted order-update socket until it closes or the sandbox stops.</summary>
    public async Task RunAsync(WebSocket socket, CancellationToken stopping)
    {
        var session = new FeedSession(socket, SandboxFeedKind.OrderUpdate, string.Empty, registry.NextId(), () => 1);
        var buffer = new byte[8192];
        using var semaphore = new SemaphoreSlim(0, 1);
        var wake = new Waiter(semaphore);
        try
        {
            var (clientId, token) = await ReadLoginAsync(socket, buffer, stopping).ConfigureAwait(false);
            var reason = authenticator.Check(token, clientId);
            if (reason != 0)
            {
                registry.Open(session, new SandboxFeedConnection(session.Id, SandboxFeedKind.OrderUpdate, clientId, token, Accepted: false));
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(1));
                await socket.CloseOutputAsync(WebSocketCloseStatus.PolicyViolation, "Authentication Failed", timeout.Token).ConfigureAwait(false);
                return;
            }

            if (CloseAfterLogin)
            {
                registry.Open(session, new SandboxFeedConnection(session.Id, SandboxFeedKind.OrderUpdate, clientId, token, Accepted: true));
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(1));
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token).ConfigureAwait(false);
                return;
            }

            // The baseline and the wake-up are in place before the session counts as open, so a test that waits for the
            // connection and then moves the market cannot slip a change in between.
            var principal = dhan.Principals.First(p => p.Account.ClientId == clientId);
            var seen = Snapshot(principal);
            lock (_gate)
            {
                _wakers.Add(wake);
            }

            registry.Open(session, new SandboxFeedConnection(session.Id, SandboxFeedKind.OrderUpdate, clientId, token, Accepted: true));
            using var poll = CancellationTokenSource.CreateLinkedTokenSource(stopping);
            var reader = DrainAsync(socket, buffer, poll);
            await SendChangesAsync(socket, principal, seen, wake, poll.Token).ConfigureAwait(false);
            await reader.ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException or IOException or JsonException or ObjectDisposedException)
        {
            // The client went away, sent garbage, or the sandbox is stopping.
        }
        finally
        {
            lock (_gate)
            {
                _wakers.Remove(wake);
            }

            registry.Close(session);
        }
    }

    private static async Task<(string? ClientId, string? Token)> ReadLoginAsync(WebSocket socket, byte[] buffer, CancellationToken stopping)
    {
        var received = await socket.ReceiveAsync(buffer, stopping).ConfigureAwait(false);
        if (received.MessageType != WebSocketMessageType.Text)
        {
            return (null, null);
        }

        using var login = JsonDocument.Parse(buffer.AsMemory(0, received.Count));
        if (!login.RootElement.TryGetProperty("LoginReq", out var request))
        {
            return (null, null);
        }

        return (
            request.TryGetProperty("ClientId", out var c) ? c.GetString() : null,
            request.TryGetProperty("Token", out var t) ? t.GetString() : null);
    }

    /// <summary>Reads (and ignores) what the client sends until it closes, then stops the session.</summary>
    private static Task DrainAsync(WebSocket socket, byte[] buffer, CancellationTokenSource poll) => Task.Run(
        async () =>
        {
            try
            {
                while (true)
                {
                    var r = await socket.ReceiveAsync(buffer, poll.Token).ConfigureAwait(false);
                    if (r.MessageType == WebSocketMessageType.Close)
                    {
                        break;
                    }
                }
            }
            catch (Exception ex) when (ex is OperationCanceledException or WebSocketException or IOException)
            {
                // Gone.
            }
            finally
            {
                await poll.CancelAsync().ConfigureAwait(false);
            }
        },
        CancellationToken.None);

    private Dictionary<string, (SandboxOrderState State, long Filled, int Modifications)> Snapshot(DhanPrincipal principal)
    {
        var seen = new Dictionary<string, (SandboxOrderState State, long Filled, int Modifications)>(StringComparer.Ordinal);
        lock (context.Gate)
        {
            foreach (var order in principal.Book.Orders)
            {
                seen[order.Id] = (order.State, order.FilledQuantity, order.Modifications);
            }
        }

        return seen;
    }

    private async Task SendChangesAsync(
        WebSocket socket,
        DhanPrincipal principal,
        Dictionary<string, (SandboxOrderState State, long Filled, int Modifications)> seen,
        Waiter wake,
        CancellationToken cancellationToken)
    {
        while (true)
        {
            await wake.Wake.WaitAsync(PollInterval, cancellationToken).ConfigureAwait(false);
            if (wake.CloseRequested)
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(1));
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token).ConfigureAwait(false);
                return;
            }

            foreach (var message in Changes(principal, seen))
            {
                await socket.SendAsync(message, WebSocketMessageType.Text, true, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private List<byte[]> Changes(DhanPrincipal principal, Dictionary<string, (SandboxOrderState State, long Filled, int Modifications)> seen)
    {
        var messages = new List<byte[]>();
        lock (context.Gate)
        {
            foreach (var order in principal.Book.Orders)
            {
                var now = (order.State, order.FilledQuantity, order.Modifications);
                if (!seen.TryGetValue(order.Id, out var before) || before != now)
                {
                    seen[order.Id] = now;
                    messages.Add(OrderAlertMessage.Create(principal.Account.ClientId, order));
                }
            }
        }

        return messages;
    }

    /// <summary>One logged-in session's wake-up, and whether a test asked it to close.</summary>
    private sealed class Waiter(SemaphoreSlim wake)
    {
        private volatile bool _closeRequested;

        public SemaphoreSlim Wake { get; } = wake;

        public bool CloseRequested
        {
            get => _closeRequested;
            set => _closeRequested = value;
        }
    }
}
