using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Broker.Testing;

/// <summary>
/// A hostile HTTP/1.1 server on 127.0.0.1 at an OS-assigned port, written on raw sockets so a test can answer in
/// ways no well-behaved server would: close after reading a request, stall mid-body, send a body bigger than
/// declared, compressed garbage, malformed headers, endless bodies. Every request is recorded with its arrival time
/// (a monotonic timestamp) and its connection.
/// </summary>
public sealed class RawHttpServer : IAsyncDisposable
{
    private readonly TcpListener _listener;
    private readonly Func<RawRequest, RawConnection, Task> _respond;
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentQueue<RawRequest> _requests = new();
    private readonly ConcurrentBag<TcpClient> _clients = [];
    private readonly Task _accepting;
    private int _connections;

    /// <summary>Starts the server.</summary>
    /// <param name="respond">Answers one request on its connection (write a response, or close, or stall).</param>
    public RawHttpServer(Func<RawRequest, RawConnection, Task> respond)
    {
        _respond = respond;
        _listener = new TcpListener(IPAddress.Loopback, 0);
        _listener.Start();
        _accepting = AcceptAsync();
    }

    /// <summary><c>http://127.0.0.1:port/</c>.</summary>
    public Uri BaseAddress => new($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port.ToString(CultureInfo.InvariantCulture)}/");

    /// <summary>Every request that arrived, in order of arrival.</summary>
    public IReadOnlyList<RawRequest> Requests => [.. _requests];

    /// <summary>How many connections were accepted.</summary>
    public int Connections => Volatile.Read(ref _connections);

    /// <summary>A complete response with a body.</summary>
    public static byte[] Response(int status, string? body = null, string contentType = "application/json", params string[] headers)
    {
        var bytes = body is null ? [] : Encoding.UTF8.GetBytes(body);
        return Response(status, bytes, contentType, headers);
    }

    /// <summary>A complete response with a binary body.</summary>
    public static byte[] Response(int status, byte[] body, string contentType, params string[] headers)
    {
        var head = new StringBuilder();
        head.Append(CultureInfo.InvariantCulture, $"HTTP/1.1 {status} {Reason(status)}\r\n");
        if (body.Length > 0 || status >= 200)
        {
            head.Append(CultureInfo.InvariantCulture, $"Content-Type: {contentType}\r\nContent-Length: {body.Length}\r\n");
        }

        foreach (var header in headers)
        {
            head.Append(header).Append("\r\n");
        }

        head.Append("\r\n");
        return [.. Encoding.ASCII.GetBytes(head.ToString()), .. body];
    }

    /// <summary>Stops accepting, closes every connection.</summary>
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        foreach (var client in _clients)
        {
            client.Dispose();
        }

        try
        {
            await _accepting;
        }
        catch (Exception ex) when (ex is OperationCanceledException or ObjectDisposedException or SocketException)
        {
        }

        _stop.Dispose();
    }

    private static string Reason(int status) => status switch
    {
        200 => "OK",
        202 => "Accepted",
        301 => "Moved Permanently",
        302 => "Found",
        303 => "See Other",
        307 => "Temporary Redirect",
        308 => "Permanent Redirect",
        400 => "Bad Request",
        401 => "Unauthorized",
        404 => "Not Found",
        429 => "Too Many Requests",
        500 => "Internal Server Error",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        _ => "Status",
    };

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception ex) when (ex is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                return;
            }

            _clients.Add(client);
            var id = Interlocked.Increment(ref _connections);
            _ = Task.Run(() => ServeAsync(client, id));
        }
    }

    private async Task ServeAsync(TcpClient client, int connectionId)
    {
        var connection = new RawConnection(client);
        var reader = new RequestReader(client.GetStream());
        try
        {
            for (var index = 1; !_stop.IsCancellationRequested && !connection.IsClosed; index++)
            {
                var request = await reader.ReadAsync(connectionId, index, _stop.Token);
                if (request is null)
                {
                    return;
                }

                _requests.Enqueue(request);
                await _respond(request, connection);
            }
        }
        catch (Exception ex) when (ex is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
        {
        }
        finally
        {
            connection.Close();
        }
    }

    /// <summary>Reads HTTP/1.1 requests (headers and a Content-Length body) from a connection.</summary>
    private sealed class RequestReader(Stream stream)
    {
        private readonly byte[] _buffer = new byte[64 * 1024];
        private int _start;
        private int _end;

        public async Task<RawRequest?> ReadAsync(int connectionId, int index, CancellationToken cancellationToken)
        {
            int headerEnd;
            while ((headerEnd = IndexOfHeaderEnd()) < 0)
            {
                if (!await FillAsync(cancellationToken))
                {
                    return null;
                }
            }

            var arrived = Stopwatch.GetTimestamp();
            var head = Encoding.ASCII.GetString(_buffer, _start, headerEnd - _start);
            _start = headerEnd + 4;
            var lines = head.Split("\r\n");
            var parts = lines[0].Split(' ');
            var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var line in lines.Skip(1))
            {
                var colon = line.IndexOf(':', StringComparison.Ordinal);
                if (colon > 0)
                {
                    headers[line[..colon].Trim()] = line[(colon + 1)..].Trim();
                }
            }

            var length = headers.TryGetValue("Content-Length", out var text) ? int.Parse(text, CultureInfo.InvariantCulture) : 0;
            var body = new byte[length];
            var copied = 0;
            while (copied < length)
            {
                if (_start == _end && !await FillAsync(cancellationToken))
                {
                    return null;
                }

                var n = Math.Min(length - copied, _end - _start);
                Array.Copy(_buffer, _start, body, copied, n);
                _start += n;
                copied += n;
            }

            return new RawRequest(connectionId, index, arrived, parts[0], parts.Length > 1 ? parts[1] : "/", headers, body);
        }

        private int IndexOfHeaderEnd()
        {
            for (var i = _start; i + 3 < _end; i++)
            {
                if (_buffer[i] == '\r' && _buffer[i + 1] == '\n' && _buffer[i + 2] == '\r' && _buffer[i + 3] == '\n')
                {
                    return i;
                }
            }

            return -1;
        }

        private async Task<bool> FillAsync(CancellationToken cancellationToken)
        {
            if (_start > 0)
            {
                Array.Copy(_buffer, _start, _buffer, 0, _end - _start);
                _end -= _start;
                _start = 0;
            }

            var read = await stream.ReadAsync(_buffer.AsMemory(_end), cancellationToken);
            _end += read;
            return read > 0;
        }
    }
}

/// <summary>One request as it arrived on the wire.</summary>
/// <param name="Connection">The connection it came on (1 for the first accepted).</param>
/// <param name="IndexOnConnection">Its position on that connection (1 for the first).</param>
/// <param name="ArrivedAt">A <see cref="Stopwatch"/> timestamp of its arrival.</param>
/// <param name="Method">The method.</param>
/// <param name="Target">The path and query.</param>
/// <param name="Headers">The headers.</param>
/// <param name="Body">The body.</param>
public sealed record RawRequest(int Connection, int IndexOnConnection, long ArrivedAt, string Method, string Target, IReadOnlyDictionary<string, string> Headers, byte[] Body)
{
    /// <summary>The path without the query.</summary>
    public string Path => Target.Split('?')[0];

    /// <summary>The body as text.</summary>
    public string BodyText => Encoding.UTF8.GetString(Body);
}

/// <summary>The server side of one connection: write raw bytes, or close it.</summary>
public sealed class RawConnection
{
    private readonly TcpClient _client;

    internal RawConnection(TcpClient client)
    {
        _client = client;
    }

    /// <summary><see langword="true"/> once closed.</summary>
    public bool IsClosed { get; private set; }

    /// <summary>Writes bytes as they are.</summary>
    public async Task WriteAsync(byte[] bytes)
    {
        await _client.GetStream().WriteAsync(bytes);
        await _client.GetStream().FlushAsync();
    }

    /// <summary>Writes text as they are (ASCII).</summary>
    public Task WriteAsync(string text) => WriteAsync(Encoding.ASCII.GetBytes(text));

    /// <summary>Writes zeros until the client goes away or <paramref name="total"/> bytes are written.</summary>
    public async Task WriteZerosAsync(long total)
    {
        var chunk = new byte[64 * 1024];
        for (long written = 0; written < total; written += chunk.Length)
        {
            await _client.GetStream().WriteAsync(chunk.AsMemory(0, (int)Math.Min(chunk.Length, total - written)));
        }
    }

    /// <summary>Closes the connection without another byte (the client sees it end).</summary>
    public void Close()
    {
        if (IsClosed)
        {
            return;
        }

        IsClosed = true;
        try
        {
            _client.Client.Shutdown(SocketShutdown.Both);
        }
        catch (SocketException)
        {
        }

        _client.Dispose();
    }
}
