using System.Net;
using System.Net.Http.Headers;

namespace Broker.Http;

/// <summary>A broker response read into memory: status, headers and the whole body.</summary>
public sealed class BrokerRawResponse
{
    /// <summary>Creates a raw response.</summary>
    /// <param name="statusCode">The HTTP status.</param>
    /// <param name="mediaType">The body's media type, such as <c>application/json</c>, if given.</param>
    /// <param name="body">The body bytes.</param>
    /// <param name="retryAfter">The Retry-After the server sent, if any.</param>
    public BrokerRawResponse(HttpStatusCode statusCode, string? mediaType, ReadOnlyMemory<byte> body, TimeSpan? retryAfter = null)
    {
        StatusCode = statusCode;
        MediaType = mediaType;
        Body = body;
        RetryAfter = retryAfter;
    }

    /// <summary>The HTTP status.</summary>
    public HttpStatusCode StatusCode { get; }

    /// <summary><see langword="true"/> for a 2xx status.</summary>
    public bool IsSuccessStatusCode => (int)StatusCode is >= 200 and <= 299;

    /// <summary>The body's media type, if given.</summary>
    public string? MediaType { get; }

    /// <summary>The body bytes (UTF-8 for JSON).</summary>
    public ReadOnlyMemory<byte> Body { get; }

    /// <summary>The Retry-After the server sent, as a delay, if any.</summary>
    public TimeSpan? RetryAfter { get; }

    /// <summary>
    /// <see langword="true"/> when the body can be read as JSON: the media type says JSON (or is absent) and the first
    /// non-blank byte opens an object or array.
    /// </summary>
    public bool LooksLikeJson
    {
        get
        {
            if (MediaType is not null && !MediaType.Contains("json", StringComparison.OrdinalIgnoreCase)
                && !MediaType.StartsWith("text/plain", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            foreach (var b in Body.Span)
            {
                if (b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or 0xEF or 0xBB or 0xBF)
                {
                    continue;
                }

                return b is (byte)'{' or (byte)'[';
            }

            return false;
        }
    }

    /// <summary>Reads the Retry-After header of a response as a delay from <paramref name="now"/>.</summary>
    /// <param name="headers">The response headers.</param>
    /// <param name="now">The current time.</param>
    /// <returns>The delay, or <see langword="null"/> when the header is absent.</returns>
    public static TimeSpan? ReadRetryAfter(HttpResponseHeaders headers, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(headers);
        var retryAfter = headers.RetryAfter;
        if (retryAfter?.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }

        if (retryAfter?.Date is { } date)
        {
            var delay = date - now;
            return delay < TimeSpan.Zero ? TimeSpan.Zero : delay;
        }

        return null;
    }
}
