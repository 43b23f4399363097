using System.Net.Http.Headers;
using System.Text;
using System.Threading.Channels;
using Broker.Sandbox.Engine;
using Broker.Sandbox.Hosting;
using Broker.Sandbox.Logging;

namespace Broker.Sandbox.Dhan;

/// <summary>
/// Dhan's postbacks: for an account with a <see cref="DhanSandboxAccount.PostbackUrl"/>, every change the engine
/// reports for one of its orders (placed, modified, partly or completely filled, cancelled, rejected) is POSTed there
/// as the documented JSON (the order-book object with <c>filled_qty</c>). The body is taken at the moment of the
/// change, under the sandbox's lock, and queued; one background loop sends the queue in order, each POST bounded by
/// <see cref="DhanSandboxOptions.PostbackTimeout"/>, so a slow or dead receiver never delays or fails an order. Failures
/// are logged (the URL's scheme, host and port only: its path usually carries a secret) and recorded in
/// <see cref="SandboxPostbackLog"/>. Unlike Dhan, which never calls <c>localhost</c>, the sandbox calls any URL, loopback
/// included, so tests can receive postbacks.
/// </summary>
internal sealed class DhanPostbackSender : IAsyncDisposable
{
    /// <summary>How many postbacks may wait to be sent; further ones are dropped (and logged) rather than block an order.</summary>
    public const int QueueCapacity = 10_000;

    private readonly SandboxContext _context;
    private readonly Dictionary<SimAccount, DhanPrincipal> _principals;
    private readonly Channel<Pending> _queue;
    private readonly HttpClient _http;
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task _loop;
    private long _sequence;

    public DhanPostbackSender(SandboxContext context, DhanBroker dhan)
    {
        _context = context;
        _principals = dhan.Principals.ToDictionary(p => p.Book);
        _queue = Channel.CreateBounded<Pending>(
            new BoundedChannelOptions(QueueCapacity) { SingleReader = true, FullMode = BoundedChannelFullMode.DropWrite },
            dropped => SandboxLog.PostbackDropped(context.Logger, dropped.AccountId, dropped.OrderId, dropped.Status));
        _http = new HttpClient(new SocketsHttpHandler { UseProxy = false, AllowAutoRedirect = false }) { Timeout = Timeout.InfiniteTimeSpan };
        context.Engine.OrderChanged += OnOrderChanged;
        _loop = Task.Run(SendAllAsync, CancellationToken.None);
    }

    public SandboxPostbackLog Sent { get; } = new();

    public async ValueTask DisposeAsync()
    {
        lock (_context.Gate)
        {
            _context.Engine.OrderChanged -= OnOrderChanged;
        }

        _queue.Writer.TryComplete();
        await _stopping.CancelAsync().ConfigureAwait(false);
        await _loop.ConfigureAwait(false);
        _http.Dispose();
        _stopping.Dispose();
    }

    /// <summary>Where a URL points, without its path, query or user info (any of which may carry a secret).</summary>
    private static string Target(Uri url) => new UriBuilder(url.Scheme, url.Host, url.Port).Uri.ToString();

    /// <summary>Runs under the sandbox's lock: takes the body now and queues it, never waits.</summary>
    private void OnOrderChanged(SimOrder order)
    {
        if (!_principals.TryGetValue(order.Account, out var principal) || principal.Account.PostbackUrl is not { } url)
        {
            return;
        }

        var clientId = principal.Account.ClientId;
        _queue.Writer.TryWrite(new Pending(
            ++_sequence, _context.Clock.GetUtcNow(), url, clientId, order.Id, DhanWire.Status(order.State), order.FilledQuantity, DhanWire.Postback(clientId, order)));
    }

    private async Task SendAllAsync()
    {
        try
        {
            await foreach (var pending in _queue.Reader.ReadAllAsync(_stopping.Token).ConfigureAwait(false))
            {
                var (statusCode, error) = await SendAsync(pending).ConfigureAwait(false);
                if (_stopping.IsCancellationRequested)
                {
                    return;
                }

                if (error is not null)
                {
                    SandboxLog.PostbackFailed(_context.Logger, pending.AccountId, pending.OrderId, pending.Status, Target(pending.Url), error);
                }

                Sent.Add(new SandboxPostback(
                    pending.Sequence, pending.ChangedAt, pending.AccountId, pending.OrderId, pending.Status, pending.FilledQuantity,
                    Encoding.UTF8.GetString(pending.Body), statusCode, error));
            }
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
            // The sandbox is stopping; what is still queued is not sent.
        }
    }

    private async Task<(int StatusCode, string? Error)> SendAsync(Pending pending)
    {
        var timeout = _context.Options.Dhan.PostbackTimeout;
        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(_stopping.Token);
        bounded.CancelAfter(timeout);
        try
        {
            using var content = new ByteArrayContent(pending.Body);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            using var response = await _http.PostAsync(pending.Url, content, bounded.Token).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            return (status, response.IsSuccessStatusCode ? null : $"the receiver answered HTTP {status}");
        }
        catch (OperationCanceledException) when (!_stopping.IsCancellationRequested)
        {
            return (0, $"no answer within {timeout.TotalSeconds:0.###} s");
        }
        catch (HttpRequestException ex)
        {
            return (0, ex.HttpRequestError == HttpRequestError.Unknown ? "the request failed" : $"the request failed ({ex.HttpRequestError})");
        }
        catch (OperationCanceledException)
        {
            return (0, "the sandbox stopped");
        }
    }

    private sealed record Pending(
        long Sequence, DateTimeOffset ChangedAt, Uri Url, string AccountId, string OrderId, string Status, long FilledQuantity, byte[] Body);
}
