namespace Broker.Errors;

/// <summary>
/// One row of a broker's error-code table: what the code means to the SDK. Broker packages keep their table as
/// data (one file per broker) and look codes up with <see cref="BrokerErrorCodeTable"/>.
/// </summary>
/// <param name="Code">The broker's code, such as <c>GA007</c> or <c>DH-904</c>.</param>
/// <param name="Category">What kind of failure it is.</param>
/// <param name="IsTransient">Whether a later retry may succeed.</param>
/// <param name="Description">The broker's documented meaning.</param>
/// <param name="ProvesNotExecuted">
/// Whether an answer with this code proves the broker did nothing with the request (a validation or account refusal).
/// Only such codes make a failed order write "rejected"; an order write that fails with any other code (or a code the
/// table does not list) has an unknown outcome.
/// </param>
public sealed record BrokerErrorCode(string Code, ErrorCategory Category, bool IsTransient, string Description, bool ProvesNotExecuted);
