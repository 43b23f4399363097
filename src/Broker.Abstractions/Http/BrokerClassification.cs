using Broker.Errors;

namespace Broker.Http;

/// <summary>
/// What one attempt's outcome means, decided once by <see cref="BrokerResponseClassifier"/> where the outcome first
/// arrives (the innermost handler), and read by every later stage: the authentication handler (renew the token?), the
/// retry strategy (try again?), the rate-limit handler (slow down?) and the invoker (which exception?). No stage reads
/// the body or decides again.
/// </summary>
public sealed class BrokerClassification
{
    private static readonly BrokerClassification[] Successes = [.. Enumerable.Range(200, 100).Select(static s => new BrokerClassification(BrokerAttemptOutcome.Success, ErrorCategory.Unknown) { StatusCode = s, WasSent = true })];

    internal BrokerClassification(BrokerAttemptOutcome outcome, ErrorCategory category)
    {
        Outcome = outcome;
        Category = category;
    }

    /// <summary>What happened.</summary>
    public BrokerAttemptOutcome Outcome { get; }

    /// <summary><see langword="true"/> for a 2xx answer without an error.</summary>
    public bool IsSuccess => Outcome == BrokerAttemptOutcome.Success;

    /// <summary>The failure category (<see cref="ErrorCategory.Unknown"/> for a success).</summary>
    public ErrorCategory Category { get; }

    /// <summary>The HTTP status of the answer; <see langword="null"/> when none arrived.</summary>
    public int? StatusCode { get; init; }

    /// <summary>The broker's error as read from its envelope (message already redacted), if it sent one.</summary>
    public BrokerErrorInfo? Error { get; init; }

    /// <summary>
    /// <see langword="true"/> when the outcome proves the broker did nothing with the request: a definite refusal, or
    /// a failure before the request was handed to the network. An order write is "rejected" only when this holds;
    /// otherwise its outcome is unknown.
    /// </summary>
    public bool ProvesNotExecuted { get; init; }

    /// <summary><see langword="true"/> when the request was handed to the network (it may have reached the broker).</summary>
    public bool WasSent { get; init; }

    /// <summary><see langword="true"/> when the broker refused the access token: renew it once and resend.</summary>
    public bool ShouldRenewToken { get; init; }

    /// <summary>
    /// <see langword="true"/> when another attempt may succeed (a 502/503/504, a dropped connection, a timeout, a
    /// throttle). Applied only to idempotent requests: an order write is never sent twice by the SDK.
    /// </summary>
    public bool IsRetryable { get; init; }

    /// <summary><see langword="true"/> when the broker throttled the request: its rate-limit category slows down and pauses.</summary>
    public bool IsThrottled { get; init; }

    /// <summary>How long the broker asked to wait (Retry-After), clamped to the configured maximum; <see langword="null"/> when it did not say.</summary>
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>What happened, in words, with secrets removed; <see langword="null"/> for a success.</summary>
    public string? Description { get; init; }

    /// <summary>The failure behind the outcome (transport, decoding), with secrets removed from its message; <see langword="null"/> when none.</summary>
    public Exception? Exception { get; init; }

    /// <summary>The per-attempt timeout that elapsed, for <see cref="BrokerAttemptOutcome.TimedOut"/>.</summary>
    public TimeSpan? Timeout { get; init; }

    /// <summary>The shared classification of a 2xx answer without an error.</summary>
    /// <param name="statusCode">The 2xx status.</param>
    /// <returns>The classification.</returns>
    internal static BrokerClassification Success(int statusCode) =>
        statusCode is >= 200 and < 300 ? Successes[statusCode - 200] : new(BrokerAttemptOutcome.Success, ErrorCategory.Unknown) { StatusCode = statusCode, WasSent = true };

    /// <inheritdoc />
    public override string ToString() => IsSuccess
        ? $"Success (HTTP {StatusCode})"
        : $"{Outcome} {Category}{(StatusCode is { } s ? $" HTTP {s}" : string.Empty)}{(Error?.Code is { } c ? $" {c}" : string.Empty)}: {Description}";
}
