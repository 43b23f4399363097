using Broker.Http;
using Broker.Security;

namespace Broker.Diagnostics;

/// <summary>
/// The tag (metric) and attribute (span) names and the fixed values the SDK writes, following the OpenTelemetry
/// naming rules: lower-case dotted names, snake_case enumerated values. Every value is either one of these constants,
/// a name the SDK defines (endpoint, rate-limit category, flow), an HTTP status, or a broker error code checked
/// against the account's secrets.
/// </summary>
internal static class BrokerTags
{
    public const string BrokerName = "broker.name";
    public const string Endpoint = "broker.endpoint";
    public const string RateLimitCategory = "broker.rate_limit.category";
    public const string RateLimitReason = "broker.rate_limit.reason";
    public const string Outcome = "broker.outcome";
    public const string StatusCode = "http.response.status_code";
    public const string ErrorCode = "broker.error.code";
    public const string ErrorType = "error.type";
    public const string Attempt = "broker.attempt";
    public const string Attempts = "broker.attempts";
    public const string ClientReference = "broker.client_reference";
    public const string AuthFlow = "broker.auth.flow";
    public const string MintReason = "broker.token.mint_reason";

    /// <summary>The outcome of a request the pipeline refused before sending it (a client-side rate-limit refusal, a failed token mint).</summary>
    public const string NotSent = "not_sent";

    /// <summary>The outcome of a mint or of an attempt that succeeded.</summary>
    public const string Success = "success";

    /// <summary>The outcome of a mint that failed.</summary>
    public const string Failure = "failure";

    /// <summary>The longest broker error code written as a tag; a longer one is written as <see cref="OtherErrorCode"/>.</summary>
    public const int MaxErrorCodeLength = 32;

    /// <summary>The value written instead of a broker error code that is too long, has unexpected characters or contains a secret.</summary>
    public const string OtherErrorCode = "_OTHER";

    /// <summary>The snake_case name of an attempt outcome (no allocation).</summary>
    /// <param name="outcome">The outcome.</param>
    /// <returns>The tag value.</returns>
    public static string Of(BrokerAttemptOutcome outcome) => outcome switch
    {
        BrokerAttemptOutcome.Success => Success,
        BrokerAttemptOutcome.Refused => "refused",
        BrokerAttemptOutcome.Failed => "failed",
        BrokerAttemptOutcome.UnreadableAnswer => "unreadable_answer",
        BrokerAttemptOutcome.NoAnswer => "no_answer",
        BrokerAttemptOutcome.TimedOut => "timed_out",
        BrokerAttemptOutcome.Cancelled => "cancelled",
        _ => "unknown",
    };

    /// <summary>
    /// The broker's error code as a tag value: the code itself when it is short, made of letters, digits and
    /// <c>-_.</c>, and contains none of the account's secrets; otherwise <see cref="OtherErrorCode"/>. A broker code
    /// is read from the answer's body, so it is checked like any other text from the wire.
    /// </summary>
    /// <param name="classification">The classification.</param>
    /// <param name="secrets">The account's secrets.</param>
    /// <returns>The value, or <see langword="null"/> when the broker sent no code.</returns>
    public static string? ErrorCodeOf(BrokerClassification? classification, BrokerSecrets secrets)
    {
        var code = classification?.Error?.Code;
        if (string.IsNullOrEmpty(code))
        {
            return null;
        }

        if (code.Length > MaxErrorCodeLength)
        {
            return OtherErrorCode;
        }

        foreach (var c in code)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('-' or '_' or '.'))
            {
                return OtherErrorCode;
            }
        }

        return string.Equals(secrets.Redact(code), code, StringComparison.Ordinal) ? code : OtherErrorCode;
    }
}
