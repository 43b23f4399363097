using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.Json;
using Broker.Dhan.Serialization;

namespace Broker.Dhan.Orders;

/// <summary>
/// Reads the order updates Dhan POSTs to the postback (webhook) URL of an access token (set when the token is generated
/// on Dhan Web or in the API-key app) on every status change (<c>TRANSIT</c>, <c>PENDING</c>, <c>REJECTED</c>,
/// <c>CANCELLED</c>, <c>TRADED</c>, <c>EXPIRED</c>), modification and partial fill of that token's orders. The body is
/// the order-book object, so it is read into <see cref="DhanOrder"/>: the fill comes from <c>filled_qty</c>
/// (snake_case in postbacks, unlike the order book's <c>filledQty</c>) and <c>algoId</c> may be null. Reading uses the same
/// lenient rules as the order book: numbers may be strings, <c>NA</c> and <c>""</c> mean no value, timestamps without
/// a zone are IST (+05:30), the <c>0001-01-01</c> sentinels read as <see langword="null"/>, and status or enum values
/// the SDK does not know are kept as they were sent rather than refused.
/// </summary>
/// <remarks>
/// <para>
/// This is only a deserializer. Dhan documents no signature, HMAC or retry policy for postbacks, so the body proves
/// nothing about who sent it: authenticate the caller in the application, for example with a long random secret path
/// segment (<c>https://example.com/dhan/postback/{secret}</c>) compared in constant time, and treat a postback as a
/// hint to read the order book when a decision matters.
/// </para>
/// <para>Dhan never calls <c>localhost</c> or <c>127.0.0.1</c> postback URLs; a receiver must be publicly reachable (HTTPS).</para>
/// </remarks>
public static class DhanPostback
{
    /// <summary>Reads a postback body.</summary>
    /// <param name="utf8Json">The request body, UTF-8 JSON.</param>
    /// <returns>The order update.</returns>
    /// <exception cref="DhanPostbackFormatException">The body is not JSON, not an object, or has a field of the wrong type.</exception>
    public static DhanOrder Parse(ReadOnlySpan<byte> utf8Json)
    {
        try
        {
            return Require(JsonSerializer.Deserialize(utf8Json, DhanJsonContext.Default.DhanOrder));
        }
        catch (JsonException ex)
        {
            throw FormatError(ex);
        }
    }

    /// <summary>Reads a postback body.</summary>
    /// <param name="json">The request body.</param>
    /// <returns>The order update.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="DhanPostbackFormatException">The body is not JSON, not an object, or has a field of the wrong type.</exception>
    public static DhanOrder Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Parse(Encoding.UTF8.GetBytes(json));
    }

    /// <summary>Reads a postback body without throwing on a malformed one.</summary>
    /// <param name="utf8Json">The request body, UTF-8 JSON.</param>
    /// <param name="order">The order update, or <see langword="null"/> when the body is not one.</param>
    /// <returns><see langword="true"/> when the body was read.</returns>
    public static bool TryParse(ReadOnlySpan<byte> utf8Json, [NotNullWhen(true)] out DhanOrder? order)
    {
        try
        {
            order = JsonSerializer.Deserialize(utf8Json, DhanJsonContext.Default.DhanOrder);
        }
        catch (JsonException)
        {
            order = null;
        }

        return order is not null;
    }

    /// <summary>Reads a postback body from a stream, such as an ASP.NET Core request body.</summary>
    /// <param name="utf8Json">The request body, UTF-8 JSON; read to its end and left open.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The order update.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    /// <exception cref="DhanPostbackFormatException">The body is not JSON, not an object, or has a field of the wrong type.</exception>
    public static async Task<DhanOrder> ParseAsync(Stream utf8Json, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        try
        {
            return Require(await JsonSerializer.DeserializeAsync(utf8Json, DhanJsonContext.Default.DhanOrder, cancellationToken).ConfigureAwait(false));
        }
        catch (JsonException ex)
        {
            throw FormatError(ex);
        }
    }

    private static DhanOrder Require(DhanOrder? order) =>
        order ?? throw new DhanPostbackFormatException("The Dhan postback body is the JSON literal null, not an order object.");

    private static DhanPostbackFormatException FormatError(JsonException ex)
    {
        var where = ex.Path is { Length: > 1 } path ? $" at {path}" : string.Empty;
        return new DhanPostbackFormatException($"The Dhan postback body is not the documented order JSON{where}: {Reason(ex)}", ex)
        {
            JsonPath = ex.Path,
            LineNumber = ex.LineNumber,
            BytePositionInLine = ex.BytePositionInLine,
        };
    }

    /// <summary>The parse error's own words without the position suffix System.Text.Json appends (the exception carries it as properties).</summary>
    private static string Reason(JsonException ex)
    {
        var message = ex.Message;
        var cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
        if (cut < 0)
        {
            cut = message.IndexOf(" LineNumber: ", StringComparison.Ordinal);
        }

        return (cut < 0 ? message : message[..cut]).TrimEnd();
    }
}
