namespace Broker.Errors;

/// <summary>
/// The broker answered, and the answer was an error: a non-success HTTP status, an error envelope inside a
/// 2xx response (Groww <c>status: FAILURE</c>, Dhan <c>status: failed</c> or an <c>errorCode</c>), or a body that
/// is not the documented shape (HTML, empty, malformed JSON).
/// </summary>
public class BrokerApiException : BrokerException
{
    /// <summary>Creates an API exception.</summary>
    /// <param name="message">What went wrong, including the broker's code and message where it gave them.</param>
    /// <param name="innerException">The underlying cause, if any (for example a JSON parse error).</param>
    public BrokerApiException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }

    /// <summary>The HTTP status code of the response, such as 400 or 503.</summary>
    public int StatusCode { get; init; }

    /// <summary>The broker's own error code, such as <c>GA001</c>, <c>DH-905</c> or <c>805</c>; <see langword="null"/> when none was given.</summary>
    public string? BrokerErrorCode { get; init; }

    /// <summary>The broker's own error message, as sent (secrets redacted); <see langword="null"/> when none was given.</summary>
    public string? BrokerMessage { get; init; }

    /// <summary>The broker's error type where it sends one (Dhan <c>errorType</c>, such as <c>Input_Exception</c>).</summary>
    public string? BrokerErrorType { get; init; }

    /// <summary>The start of the response body with secrets redacted, for diagnostics; <see langword="null"/> when the body was empty.</summary>
    public string? ResponseSnippet { get; init; }

    /// <summary>The request id sent with the call (Groww <c>x-request-id</c>), useful when contacting broker support.</summary>
    public string? RequestId { get; init; }
}
