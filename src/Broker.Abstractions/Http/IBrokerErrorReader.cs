using Broker.Errors;

namespace Broker.Http;

/// <summary>
/// Reads a broker's error envelopes. Each broker package implements it once (Groww <c>status/error</c>; Dhan
/// <c>errorType/errorCode/errorMessage</c> and <c>{data:{code:msg},status:failed}</c>), and the shared pipeline uses it
/// both to raise typed exceptions and to spot "token expired" answers that arrive with a non-401 status.
/// </summary>
public interface IBrokerErrorReader
{
    /// <summary>The broker's display name, such as <c>Groww</c>.</summary>
    string BrokerName { get; }

    /// <summary>
    /// Inspects a response of any status and returns the error it carries, or <see langword="null"/> when its body is
    /// not an error shape. A 2xx whose body is an error shape must return the error.
    /// </summary>
    /// <param name="response">The response, read into memory.</param>
    /// <returns>The error, or <see langword="null"/>.</returns>
    BrokerErrorInfo? ReadError(BrokerRawResponse response);
}
