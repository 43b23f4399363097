namespace Broker.Sandbox;

/// <summary>One request the sandbox received, as recorded in <see cref="BrokerSandbox.Requests"/>.</summary>
/// <param name="Sequence">The order of arrival, from 1.</param>
/// <param name="ArrivedAt">When it arrived, by the server clock (<see cref="BrokerSandbox.Clock"/>).</param>
/// <param name="Elapsed">
/// When it arrived, as time since the sandbox started on the rate-limit clock (real time unless configured): the
/// timeline on which to check that a client never exceeded a window.
/// </param>
/// <param name="Broker"><c>Groww</c> or <c>Dhan</c>.</param>
/// <param name="Endpoint">The endpoint's stable name (<see cref="SandboxEndpointNames"/>).</param>
/// <param name="Category">The rate-limit category (<see cref="GrowwRateCategories"/>, <see cref="DhanRateCategories"/>).</param>
/// <param name="Method">The HTTP method.</param>
/// <param name="Path">The path, without the query string (which may carry credentials).</param>
/// <param name="StatusCode">The status answered; 0 when the connection was aborted instead.</param>
/// <param name="Account">The account it was attributed to (Groww UCC, Dhan client id), when known.</param>
/// <param name="Fault">The injected fault that hit it, if any.</param>
/// <param name="RateLimited">Whether the sandbox refused it for exceeding a rate limit.</param>
public sealed record SandboxRequest(
    long Sequence,
    DateTimeOffset ArrivedAt,
    TimeSpan Elapsed,
    string Broker,
    string Endpoint,
    string Category,
    string Method,
    string Path,
    int StatusCode,
    string? Account,
    FaultKind? Fault,
    bool RateLimited);
