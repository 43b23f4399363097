using Broker.Http;

namespace Broker.Errors;

/// <summary>
/// Turns a broker error read from a response into the exception a caller should catch. One rule set for every
/// broker, so Groww and Dhan behave alike: an order write that failed with a server error is
/// <see cref="OrderOutcomeUnknownException"/>, a definite refusal is <see cref="OrderRejectedException"/>, and so on.
/// </summary>
public static class BrokerExceptionFactory
{
    /// <summary>Creates the exception for an error answer.</summary>
    /// <param name="broker">The broker's name.</param>
    /// <param name="endpoint">The endpoint that was called.</param>
    /// <param name="error">The error as read from the response.</param>
    /// <param name="snippet">The redacted start of the response body.</param>
    /// <param name="clientReference">The client reference of an order write, if any.</param>
    /// <param name="retryAfter">The server's Retry-After, if any.</param>
    /// <param name="requestId">The request id sent with the call, if any.</param>
    /// <returns>The exception to throw.</returns>
    public static BrokerException FromError(
        string broker,
        BrokerEndpoint endpoint,
        BrokerErrorInfo error,
        string? snippet,
        string? clientReference = null,
        TimeSpan? retryAfter = null,
        string? requestId = null)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        ArgumentNullException.ThrowIfNull(error);

        var message = Describe(broker, endpoint, error);
        var isOrderWrite = endpoint.IsOrderWrite && clientReference is not null;

        if (isOrderWrite && error.Category == ErrorCategory.DuplicateReference)
        {
            return new DuplicateClientReferenceException(clientReference!, message)
            {
                Broker = broker, Endpoint = endpoint.Name, StatusCode = error.StatusCode, BrokerErrorCode = error.Code,
                BrokerMessage = error.Message, BrokerErrorType = error.ErrorType, ResponseSnippet = snippet, RequestId = requestId,
            };
        }

        if (isOrderWrite && (error.StatusCode >= 500 || error.Category is ErrorCategory.Server or ErrorCategory.Timeout or ErrorCategory.InvalidResponse))
        {
            return new OrderOutcomeUnknownException(
                clientReference!,
                $"{message} The order may or may not have been placed: look it up by its client reference '{clientReference}' before sending it again.")
            {
                Broker = broker, Endpoint = endpoint.Name, StatusCode = error.StatusCode, Category = error.Category,
            };
        }

        if (error.Category == ErrorCategory.Authentication)
        {
            return new BrokerAuthenticationException(message)
            {
                Broker = broker, Endpoint = endpoint.Name, StatusCode = error.StatusCode, BrokerErrorCode = error.Code,
                BrokerMessage = error.Message, BrokerErrorType = error.ErrorType, ResponseSnippet = snippet, RequestId = requestId,
            };
        }

        if (error.Category == ErrorCategory.RateLimit)
        {
            return new BrokerRateLimitException(message)
            {
                Broker = broker, Endpoint = endpoint.Name, StatusCode = error.StatusCode, BrokerErrorCode = error.Code,
                BrokerMessage = error.Message, BrokerErrorType = error.ErrorType, ResponseSnippet = snippet, RequestId = requestId,
                RetryAfter = retryAfter, RateLimitCategory = endpoint.RateLimitCategory.Name,
            };
        }

        if (isOrderWrite)
        {
            return new OrderRejectedException(message)
            {
                Broker = broker, Endpoint = endpoint.Name, StatusCode = error.StatusCode, BrokerErrorCode = error.Code,
                BrokerMessage = error.Message, BrokerErrorType = error.ErrorType, ResponseSnippet = snippet, RequestId = requestId,
                ClientReference = clientReference, Category = error.Category == ErrorCategory.Unknown ? ErrorCategory.OrderRejected : error.Category,
                IsTransient = false,
            };
        }

        return new BrokerApiException(message)
        {
            Broker = broker, Endpoint = endpoint.Name, StatusCode = error.StatusCode, BrokerErrorCode = error.Code,
            BrokerMessage = error.Message, BrokerErrorType = error.ErrorType, ResponseSnippet = snippet, RequestId = requestId,
            Category = error.Category, IsTransient = error.IsTransient,
        };
    }

    private static string Describe(string broker, BrokerEndpoint endpoint, BrokerErrorInfo error)
    {
        var code = error.Code is null ? string.Empty : $" {error.Code}";
        var text = string.IsNullOrWhiteSpace(error.Message) ? "no error message was given" : error.Message.Trim();
        return $"{broker} {endpoint.Name} failed with HTTP {error.StatusCode}{code}: {text}";
    }
}
