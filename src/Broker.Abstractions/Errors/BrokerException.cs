namespace Broker.Errors;

/// <summary>
/// The root of every exception the broker SDKs throw on purpose. Catch this to handle any broker failure;
/// catch a subtype to handle one kind (authentication, rate limits, validation, order outcome).
/// </summary>
/// <remarks>
/// Messages never contain secrets: access tokens, API keys, secrets, PINs and TOTP codes are redacted
/// before any text from a request or response is placed in an exception.
/// </remarks>
public class BrokerException : Exception
{
    /// <summary>Creates an exception with a message and an optional cause.</summary>
    /// <param name="message">What went wrong, written for the person reading the log.</param>
    /// <param name="innerException">The underlying cause, if any.</param>
    public BrokerException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }

    /// <summary>The broker this failure came from, such as <c>Groww</c> or <c>Dhan</c>; <see langword="null"/> when not tied to one.</summary>
    public string? Broker { get; init; }

    /// <summary>The SDK's name for the endpoint being called, such as <c>orders.create</c>; <see langword="null"/> when not tied to one.</summary>
    public string? Endpoint { get; init; }

    /// <summary>The failure category.</summary>
    public virtual ErrorCategory Category { get; init; } = ErrorCategory.Unknown;

    /// <summary>
    /// <see langword="true"/> when trying the same call again later may succeed (a 503, a timeout, a rate limit).
    /// It never means "safe to resend an order": an order write whose outcome is unknown raises
    /// <see cref="OrderOutcomeUnknownException"/>, which is never transient, and the SDK never retries order writes by
    /// itself whatever this says. Reconcile by the client reference before placing again.
    /// </summary>
    public bool IsTransient { get; init; }
}
