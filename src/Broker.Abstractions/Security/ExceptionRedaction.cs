using System.Text.Json;

namespace Broker.Security;

/// <summary>
/// Keeps secrets out of the inner exceptions the SDK attaches to its own: a hostile or buggy server can put text into
/// a transport exception (an invalid header line is quoted in the message) or a decoding exception (a value that does
/// not parse). When no message in the chain holds anything to redact the exception is kept as it is (type and stack
/// trace intact); otherwise the chain is rebuilt with redacted messages, keeping the exception types that callers test
/// for.
/// </summary>
internal static class ExceptionRedaction
{
    public static Exception Sanitize(Exception exception, BrokerSecrets secrets)
    {
        return NeedsRedaction(exception, secrets) ? Rebuild(exception, secrets) : exception;
    }

    private static bool NeedsRedaction(Exception exception, BrokerSecrets secrets)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (!string.Equals(secrets.Redact(current.Message), current.Message, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static Exception Rebuild(Exception exception, BrokerSecrets secrets)
    {
        var inner = exception.InnerException is null ? null : Rebuild(exception.InnerException, secrets);
        var message = secrets.Redact(exception.Message);
        return exception switch
        {
            HttpRequestException http => new HttpRequestException(http.HttpRequestError, message, inner, http.StatusCode),
            InvalidDataException => new InvalidDataException(message, inner),
            JsonException => new JsonException(message, inner),
            IOException => new IOException(message, inner),
            FormatException => new FormatException(message, inner),
            OverflowException => new OverflowException(message, inner),
            InvalidOperationException => new InvalidOperationException(message, inner),
            _ => new RedactedException(exception.GetType().FullName ?? exception.GetType().Name, message, inner),
        };
    }

    /// <summary>Stands in for an exception of another type whose message held a secret.</summary>
    private sealed class RedactedException(string originalType, string message, Exception? inner)
        : Exception($"{originalType}: {message}", inner);
}
