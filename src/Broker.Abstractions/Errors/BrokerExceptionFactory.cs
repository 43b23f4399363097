using Broker.Http;

namespace Broker.Errors;

/// <summary>
/// Turns a <see cref="BrokerClassification"/> into the exception a caller catches: the only place that builds the
/// broker exceptions, <see cref="OrderOutcomeUnknownException"/> included. One rule set for every broker:
/// an order write whose outcome does not prove it was refused is "outcome unknown"; a definite refusal is
/// <see cref="OrderRejectedException"/> (or a rate-limit, authentication or duplicate-reference exception); a read
/// gets the typed exception of its category.
/// </summary>
internal static class BrokerExceptionFactory
{
    public static Exception Create(BrokerClassification classification, in BrokerCall call)
    {
        ArgumentNullException.ThrowIfNull(classification);
        var endpoint = call.Endpoint;
        var isOrderWrite = endpoint.IsOrderWrite && call.ClientReference is not null;
        var description = classification.Description ?? classification.Outcome.ToString();
        var message = $"{call.Broker} {endpoint.Name} {description}{(description.EndsWith('.') || description.EndsWith('?') || description.EndsWith('!') ? string.Empty : ".")}";

        if (classification.Outcome == BrokerAttemptOutcome.Cancelled)
        {
            if (isOrderWrite && !classification.ProvesNotExecuted)
            {
                var unknown = OutcomeUnknown(classification, call, message, inner: null);
                return new OperationCanceledException(unknown.Message, unknown, call.CancellationToken);
            }

            return new OperationCanceledException(message, null, call.CancellationToken);
        }

        if (isOrderWrite && classification.ProvesNotExecuted && classification.Category == ErrorCategory.DuplicateReference)
        {
            return new DuplicateClientReferenceException(call.ClientReference!, message)
            {
                Broker = call.Broker, Endpoint = endpoint.Name, StatusCode = classification.StatusCode ?? 0,
                BrokerErrorCode = classification.Error?.Code, BrokerMessage = classification.Error?.Message,
                BrokerErrorType = classification.Error?.ErrorType, ResponseSnippet = call.Snippet, RequestId = call.RequestId,
            };
        }

        if (isOrderWrite && !classification.ProvesNotExecuted)
        {
            var inner = classification.Outcome == BrokerAttemptOutcome.TimedOut
                ? Timeout(classification, call, message)
                : classification.Exception;
            return OutcomeUnknown(classification, call, message, inner);
        }

        if (classification.Error is not null && classification.Category == ErrorCategory.Authentication)
        {
            var note = call.AuthenticationNote is null ? string.Empty : $" {call.AuthenticationNote}";
            return new BrokerAuthenticationException(message + note)
            {
                Broker = call.Broker, Endpoint = endpoint.Name, StatusCode = classification.StatusCode ?? 0,
                BrokerErrorCode = classification.Error.Code, BrokerMessage = classification.Error.Message,
                BrokerErrorType = classification.Error.ErrorType, ResponseSnippet = call.Snippet, RequestId = call.RequestId,
                RequiresHumanAction = call.RequiresHumanAction, Flow = call.Flow,
            };
        }

        if (classification.Error is null && classification.StatusCode == 401)
        {
            var note = call.AuthenticationNote is null ? string.Empty : $" {call.AuthenticationNote}";
            return new BrokerAuthenticationException(message + note)
            {
                Broker = call.Broker, Endpoint = endpoint.Name, StatusCode = 401, ResponseSnippet = call.Snippet, RequestId = call.RequestId,
                RequiresHumanAction = call.RequiresHumanAction, Flow = call.Flow,
            };
        }

        if (classification.IsThrottled)
        {
            return new BrokerRateLimitException(message)
            {
                Broker = call.Broker, Endpoint = endpoint.Name, StatusCode = classification.StatusCode ?? 0,
                BrokerErrorCode = classification.Error?.Code, BrokerMessage = classification.Error?.Message,
                BrokerErrorType = classification.Error?.ErrorType, ResponseSnippet = call.Snippet, RequestId = call.RequestId,
                RetryAfter = classification.RetryAfter, RateLimitCategory = endpoint.RateLimitCategory.Name,
            };
        }

        if (isOrderWrite && classification.Outcome == BrokerAttemptOutcome.NoAnswer)
        {
            // Failed before a byte reached the broker (connection refused, name not resolved): proven not placed, but
            // the broker refused nothing, so this is no OrderRejectedException.
            return new BrokerTransportException(message + " Nothing was sent, so the order was not placed; it is safe to send it again.", classification.Exception)
            {
                Broker = call.Broker, Endpoint = endpoint.Name, IsTransient = true,
            };
        }

        if (isOrderWrite)
        {
            return new OrderRejectedException(message)
            {
                Broker = call.Broker, Endpoint = endpoint.Name, StatusCode = classification.StatusCode ?? 0,
                BrokerErrorCode = classification.Error?.Code, BrokerMessage = classification.Error?.Message,
                BrokerErrorType = classification.Error?.ErrorType, ResponseSnippet = call.Snippet, RequestId = call.RequestId,
                ClientReference = call.ClientReference,
                Category = classification.Category is ErrorCategory.Unknown or ErrorCategory.Server ? ErrorCategory.OrderRejected : classification.Category,
                IsTransient = false,
            };
        }

        return classification.Outcome switch
        {
            BrokerAttemptOutcome.TimedOut => Timeout(classification, call, message),
            BrokerAttemptOutcome.NoAnswer => new BrokerTransportException(message, classification.Exception)
            {
                Broker = call.Broker, Endpoint = endpoint.Name, IsTransient = classification.IsRetryable,
            },
            _ => new BrokerApiException(message, classification.Exception)
            {
                Broker = call.Broker, Endpoint = endpoint.Name, StatusCode = classification.StatusCode ?? 0,
                BrokerErrorCode = classification.Error?.Code, BrokerMessage = classification.Error?.Message,
                BrokerErrorType = classification.Error?.ErrorType, ResponseSnippet = call.Snippet, RequestId = call.RequestId,
                Category = classification.Category, IsTransient = classification.IsRetryable,
            },
        };
    }

    private static BrokerTimeoutException Timeout(BrokerClassification classification, in BrokerCall call, string message) =>
        new(message, classification.Timeout ?? TimeSpan.Zero)
        {
            Broker = call.Broker,
            Endpoint = call.Endpoint.Name,
        };

    private static OrderOutcomeUnknownException OutcomeUnknown(BrokerClassification classification, in BrokerCall call, string message, Exception? inner)
    {
        var reference = call.ClientReference!;
        var code = classification.Error?.Code is { } c ? $" (broker code {c})" : string.Empty;
        return new OrderOutcomeUnknownException(
            reference,
            $"{message}{code} The order may or may not have been placed: look it up by its client reference '{reference}' before sending it again.",
            inner)
        {
            Broker = call.Broker,
            Endpoint = call.Endpoint.Name,
            StatusCode = classification.StatusCode,
            Category = classification.Category == ErrorCategory.Unknown ? ErrorCategory.Server : classification.Category,
            OccurredAt = call.OccurredAt,
        };
    }
}

/// <summary>What the factory needs to know about the call besides its classification.</summary>
internal readonly record struct BrokerCall(string Broker, BrokerEndpoint Endpoint, string? ClientReference)
{
    public string? Snippet { get; init; }

    public string? RequestId { get; init; }

    public string? AuthenticationNote { get; init; }

    public bool RequiresHumanAction { get; init; }

    public string? Flow { get; init; }

    public DateTimeOffset OccurredAt { get; init; }

    public CancellationToken CancellationToken { get; init; }
}
