using Broker.Errors;

namespace Broker.Dhan.Orders;

/// <summary>
/// A body received on a postback URL is not the order JSON Dhan documents: not JSON at all, not an object, or a field of
/// the wrong type (the message and <see cref="JsonPath"/> name it). Raised by <see cref="DhanPostback"/> instead of a
/// raw <see cref="System.Text.Json.JsonException"/>; a receiver answers it with HTTP 400.
/// </summary>
/// <remarks>The message says where and why reading failed; it never carries the whole body.</remarks>
public class DhanPostbackFormatException : BrokerException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong with the body.</param>
    /// <param name="innerException">The underlying parse error, if any.</param>
    public DhanPostbackFormatException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Broker = Errors.DhanErrorReader.Broker;
        Category = ErrorCategory.InvalidResponse;
    }

    /// <summary>The JSON path of the value at fault, such as <c>$.quantity</c>; <see langword="null"/> when the body as a whole is at fault.</summary>
    public string? JsonPath { get; init; }

    /// <summary>The 0-based line of the fault in the body, when known.</summary>
    public long? LineNumber { get; init; }

    /// <summary>The 0-based byte position of the fault within its line, when known.</summary>
    public long? BytePositionInLine { get; init; }
}
