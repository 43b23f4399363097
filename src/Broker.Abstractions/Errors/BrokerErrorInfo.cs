namespace Broker.Errors;

/// <summary>
/// A broker error as read from a response by the broker's <see cref="Http.IBrokerErrorReader"/>, before
/// <see cref="Http.BrokerResponseClassifier"/> decides what it means.
/// </summary>
/// <param name="StatusCode">The HTTP status code.</param>
/// <param name="Code">The broker's error code (<c>GA001</c>, <c>DH-905</c>, <c>805</c>), if any.</param>
/// <param name="Message">The broker's message, if any (secrets are removed by the classifier).</param>
/// <param name="Category">The category from the broker's code table (or from the HTTP status when there is no code).</param>
/// <param name="IsTransient">Whether a later retry may succeed.</param>
public sealed record BrokerErrorInfo(int StatusCode, string? Code, string? Message, ErrorCategory Category, bool IsTransient)
{
    /// <summary>The broker's error type, where it sends one (Dhan <c>errorType</c>).</summary>
    public string? ErrorType { get; init; }

    /// <summary>
    /// <see langword="true"/> when the code is one the broker's table lists as a refusal that proves nothing was done
    /// (see <see cref="BrokerErrorCode.ProvesNotExecuted"/>).
    /// </summary>
    public bool ProvesNotExecuted { get; init; }
}
