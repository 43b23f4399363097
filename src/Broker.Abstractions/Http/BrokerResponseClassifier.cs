using System.Globalization;
using System.Net;
using Broker.Errors;
using Broker.Security;

namespace Broker.Http;

/// <summary>
/// The one place that decides what an attempt's outcome means (modelled on Azure.Core's <c>ResponseClassifier</c>):
/// an answer (status, the broker's error envelope, Retry-After), a transport failure, a body that cannot be decoded,
/// a timeout or a cancellation becomes one <see cref="BrokerClassification"/> that every stage reads. One instance per
/// account; the broker package supplies its <see cref="IBrokerErrorReader"/> (envelopes and code table).
/// </summary>
/// <remarks>
/// <para>The money rule lives here: an answer proves the broker did nothing only when it is a definite refusal (a code
/// the broker's table lists as a refusal, HTTP 401 or HTTP 429, never with a 3xx or 5xx status). Every other failure
/// after sending (redirects, 5xx, unknown codes, unreadable or undecodable answers, dropped connections, timeouts)
/// leaves the outcome of an order write unknown.</para>
/// <para>Every text it produces has the account's secrets removed (<see cref="Secrets"/>).</para>
/// </remarks>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "One classifier object per account is the single decision point every stage calls; its methods stay instance methods so a broker can carry account-specific state.")]
public sealed class BrokerResponseClassifier
{
    private readonly IBrokerErrorReader _errorReader;

    /// <summary>Creates the classifier of an account.</summary>
    /// <param name="errorReader">Reads the broker's error envelopes and code table.</param>
    /// <param name="secrets">The account's secrets, removed from every message; <see cref="BrokerSecrets.None"/> when <see langword="null"/>.</param>
    /// <param name="maxServerPause">The longest pause a broker's Retry-After may impose; one minute when <see langword="null"/>.</param>
    public BrokerResponseClassifier(IBrokerErrorReader errorReader, BrokerSecrets? secrets = null, TimeSpan? maxServerPause = null)
    {
        ArgumentNullException.ThrowIfNull(errorReader);
        _errorReader = errorReader;
        Secrets = secrets ?? BrokerSecrets.None;
        MaxServerPause = maxServerPause is { } max && max > TimeSpan.Zero ? max : TimeSpan.FromMinutes(1);
    }

    /// <summary>The broker's display name, such as <c>Groww</c>.</summary>
    public string BrokerName => _errorReader.BrokerName;

    /// <summary>The account's secrets.</summary>
    public BrokerSecrets Secrets { get; }

    /// <summary>The longest pause a broker's Retry-After may impose; longer values are clamped to it.</summary>
    public TimeSpan MaxServerPause { get; }

    /// <summary>Classifies an answer read into memory.</summary>
    /// <param name="response">The answer.</param>
    /// <param name="endpoint">The endpoint that was called.</param>
    /// <returns>What it means.</returns>
    public BrokerClassification Classify(BrokerRawResponse response, BrokerEndpoint endpoint)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(endpoint);
        var status = (int)response.StatusCode;
        if (status is >= 300 and < 400)
        {
            return new BrokerClassification(BrokerAttemptOutcome.UnreadableAnswer, ErrorCategory.InvalidResponse)
            {
                StatusCode = status,
                WasSent = true,
                Description = $"answered HTTP {status} {ReasonOf(response.StatusCode)}, a redirect; the SDK never follows redirects, so no credential is sent to another address",
            };
        }

        var error = ReadError(response);
        if (error is null)
        {
            return response.IsSuccessStatusCode ? BrokerClassification.Success(status) : ClassifyBareStatus(response, endpoint);
        }

        error = error with { Message = error.Message is null ? null : Secrets.Redact(error.Message) };
        var throttled = status == 429 || error.Category == ErrorCategory.RateLimit;
        var category = status == 429 ? ErrorCategory.RateLimit : error.Category;
        var definite = status is not (>= 300 and < 400) and not >= 500
            && (status is 401 or 429 || error.ProvesNotExecuted);
        return new BrokerClassification(definite ? BrokerAttemptOutcome.Refused : BrokerAttemptOutcome.Failed, category)
        {
            StatusCode = status,
            Error = error with { Category = category },
            WasSent = true,
            ProvesNotExecuted = definite,
            ShouldRenewToken = category == ErrorCategory.Authentication && endpoint.RequiresAuthentication,
            IsThrottled = throttled,
            IsRetryable = throttled || error.IsTransient,
            RetryAfter = Clamp(response.RetryAfter),
            Description = Describe(status, error),
        };
    }

    /// <summary>
    /// Classifies a successful answer whose body turned out unusable (not the documented JSON, JSON null, a required
    /// part missing such as the order id of a placement).
    /// </summary>
    /// <param name="response">The answer.</param>
    /// <param name="endpoint">The endpoint that was called.</param>
    /// <param name="problem">What is wrong, in words (no body text: it is not redacted here).</param>
    /// <param name="exception">The decoding failure, if any.</param>
    /// <returns>What it means.</returns>
    public BrokerClassification ClassifyUnusableAnswer(BrokerRawResponse response, BrokerEndpoint endpoint, string problem, Exception? exception = null)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(endpoint);
        var status = (int)response.StatusCode;
        return new BrokerClassification(BrokerAttemptOutcome.UnreadableAnswer, ErrorCategory.InvalidResponse)
        {
            StatusCode = status,
            WasSent = true,
            Description = $"answered HTTP {status} with {problem}{(exception is null ? string.Empty : $" ({Secrets.Redact(exception.Message)})")}",
            Exception = exception is null ? null : ExceptionRedaction.Sanitize(exception, Secrets),
        };
    }

    /// <summary>Classifies an answer whose body is larger than the cap (it was not read further).</summary>
    /// <param name="statusCode">The answer's status.</param>
    /// <param name="endpoint">The endpoint that was called.</param>
    /// <param name="maxBytes">The cap.</param>
    /// <returns>What it means.</returns>
    public BrokerClassification ClassifyOversizedAnswer(int statusCode, BrokerEndpoint endpoint, long maxBytes)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        return new BrokerClassification(BrokerAttemptOutcome.UnreadableAnswer, ErrorCategory.InvalidResponse)
        {
            StatusCode = statusCode,
            WasSent = true,
            Description = $"answered HTTP {statusCode} with a body larger than the {maxBytes.ToString("N0", CultureInfo.InvariantCulture)}-byte cap (MaxResponseBytes); it was not read further",
        };
    }

    /// <summary>Classifies a failure that left no (complete) answer: the connection, the transport or a handler failed.</summary>
    /// <param name="exception">The failure.</param>
    /// <param name="endpoint">The endpoint that was called.</param>
    /// <param name="sent">Whether the request had been handed to the network.</param>
    /// <param name="statusCode">The status, when the failure came while reading an answer's body.</param>
    /// <returns>What it means.</returns>
    public BrokerClassification ClassifyFailure(Exception exception, BrokerEndpoint endpoint, bool sent, int? statusCode = null)
    {
        ArgumentNullException.ThrowIfNull(exception);
        ArgumentNullException.ThrowIfNull(endpoint);
        var detail = Secrets.Redact(exception.Message);
        var sanitized = ExceptionRedaction.Sanitize(exception, Secrets);
        if (IsCorruptAnswer(exception))
        {
            return new BrokerClassification(BrokerAttemptOutcome.UnreadableAnswer, ErrorCategory.InvalidResponse)
            {
                StatusCode = statusCode,
                WasSent = true,
                IsRetryable = true,
                Description = $"sent an answer that could not be decoded ({detail})",
                Exception = sanitized,
            };
        }

        var transport = exception is HttpRequestException or IOException or System.Net.Sockets.SocketException;
        var what = statusCode is { } status
            ? $"answered HTTP {status.ToString(CultureInfo.InvariantCulture)}, then the answer was cut off ({detail})"
            : transport ? $"could not be completed: the connection failed ({detail})" : $"could not be completed: {exception.GetType().Name} in the HTTP pipeline ({detail})";
        return new BrokerClassification(BrokerAttemptOutcome.NoAnswer, ErrorCategory.Network)
        {
            StatusCode = statusCode,
            WasSent = sent,
            ProvesNotExecuted = !sent,
            IsRetryable = transport,
            Description = what,
            Exception = sanitized,
        };
    }

    /// <summary>Classifies an attempt that got no complete answer within its timeout.</summary>
    /// <param name="endpoint">The endpoint that was called.</param>
    /// <param name="timeout">The per-attempt timeout.</param>
    /// <returns>What it means.</returns>
    public BrokerClassification ClassifyTimeout(BrokerEndpoint endpoint, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        return new BrokerClassification(BrokerAttemptOutcome.TimedOut, ErrorCategory.Timeout)
        {
            WasSent = true,
            IsRetryable = true,
            Timeout = timeout,
            Description = $"did not answer within {timeout.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)} s",
        };
    }

    /// <summary>Classifies a call the caller cancelled.</summary>
    /// <param name="endpoint">The endpoint that was called.</param>
    /// <param name="sent">Whether the request had been handed to the network before the cancellation.</param>
    /// <returns>What it means.</returns>
    public BrokerClassification ClassifyCancellation(BrokerEndpoint endpoint, bool sent)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        return new BrokerClassification(BrokerAttemptOutcome.Cancelled, ErrorCategory.Unknown)
        {
            WasSent = sent,
            ProvesNotExecuted = !sent,
            Description = sent ? "was cancelled by the caller after the request was sent" : "was cancelled by the caller before the request was sent",
        };
    }

    /// <summary>Clamps a Retry-After to [0, <see cref="MaxServerPause"/>].</summary>
    /// <param name="retryAfter">The broker's value.</param>
    /// <returns>The clamped value, or <see langword="null"/>.</returns>
    public TimeSpan? Clamp(TimeSpan? retryAfter) => retryAfter switch
    {
        null => null,
        { } value when value <= TimeSpan.Zero => TimeSpan.Zero,
        { } value when value > MaxServerPause => MaxServerPause,
        var value => value,
    };

    private BrokerErrorInfo? ReadError(BrokerRawResponse response)
    {
        if (!response.LooksLikeJson)
        {
            return null;
        }

        try
        {
            return _errorReader.ReadError(response);
        }
#pragma warning disable CA1031 // A reader that cannot understand a hostile body means "no recognisable error", never a crash.
        catch (Exception)
#pragma warning restore CA1031
        {
            return null;
        }
    }

    private BrokerClassification ClassifyBareStatus(BrokerRawResponse response, BrokerEndpoint endpoint)
    {
        var status = (int)response.StatusCode;
        var (category, transient) = BrokerErrorCodeTable.ClassifyStatus(status);
        var what = response.Body.IsEmpty
            ? "an empty body"
            : response.LooksLikeJson ? "no recognisable error details" : $"a body that is not JSON ({response.MediaType ?? "no content type"})";

        // Without a broker code only two statuses prove the request was not processed: a refused token and a throttle.
        var definite = status is 401 or 429;
        return new BrokerClassification(definite ? BrokerAttemptOutcome.Refused : BrokerAttemptOutcome.Failed, category)
        {
            StatusCode = status,
            WasSent = true,
            ProvesNotExecuted = definite,
            ShouldRenewToken = status == 401 && endpoint.RequiresAuthentication,
            IsThrottled = status == 429,
            IsRetryable = transient,
            RetryAfter = Clamp(response.RetryAfter),
            Description = $"answered HTTP {status} {ReasonOf(response.StatusCode)} with {what}",
        };
    }

    private static bool IsCorruptAnswer(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is InvalidDataException)
            {
                return true;
            }
        }

        return false;
    }

    private static string Describe(int status, BrokerErrorInfo error)
    {
        var code = error.Code is null ? string.Empty : $" {error.Code}";
        var text = string.IsNullOrWhiteSpace(error.Message) ? "no error message was given" : error.Message.Trim();
        return $"failed with HTTP {status.ToString(CultureInfo.InvariantCulture)}{code}: {text}";
    }

    private static string ReasonOf(HttpStatusCode status) =>
        Enum.IsDefined(status) ? status.ToString() : ((int)status).ToString(CultureInfo.InvariantCulture);
}
