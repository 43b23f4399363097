using System.Text.Json.Serialization.Metadata;
using Broker.Http;

namespace Broker.Dhan.Sending;

/// <summary>
/// Dhan's REST sender: requests against the API host (or the auth host) in the configured HTTP version, sent through
/// the account's pipeline, answers read as plain JSON. The same vocabulary as Groww's sender (<see cref="BrokerSender"/>).
/// </summary>
internal sealed class DhanSender : BrokerSender
{
    private readonly DhanEnvironment _environment;

    public DhanSender(BrokerHttpInvoker invoker, DhanEnvironment environment, string clientId, Version? httpVersion, HttpVersionPolicy versionPolicy, bool acceptJsonPerRequest = false)
        : base(invoker, environment.ApiBaseAddress, httpVersion, versionPolicy, acceptJsonPerRequest)
    {
        _environment = environment;
        ClientId = clientId;
    }

    /// <summary>
    /// A sender over an HTTP client of the caller's own, outside any account (the consent helpers, which run before a
    /// token exists): Dhan's error reader and classifier, HTTP/1.1, <c>Accept: application/json</c> on each request.
    /// </summary>
    public static DhanSender Standalone(HttpClient httpClient, DhanEnvironment environment, TimeProvider? timeProvider) =>
        new(
            new BrokerHttpInvoker(httpClient, new BrokerResponseClassifier(new Errors.DhanErrorReader()), timeProvider),
            environment,
            clientId: string.Empty,
            System.Net.HttpVersion.Version11,
            HttpVersionPolicy.RequestVersionOrLower,
            acceptJsonPerRequest: true);

    /// <summary>The account's client id, which Dhan wants in several bodies (<c>dhanClientId</c>).</summary>
    public string ClientId { get; }

    /// <summary>A request without a body to the auth host (token generation, consent).</summary>
    public HttpRequestMessage AuthRequest(HttpMethod method, string path, BrokerQuery query = default) =>
        Request(method, _environment.AuthBaseAddress, path, query);

    /// <summary>Sends a request and deserializes the answer, which must be present.</summary>
    public async Task<T> SendAsync<T>(HttpRequestMessage request, BrokerEndpoint endpoint, JsonTypeInfo<T> type, CancellationToken cancellationToken)
        where T : class =>
        (await SendCoreAsync(request, endpoint, type, Same, new BrokerSendRules<T> { MissingResultProblem = "JSON null" }, cancellationToken).ConfigureAwait(false))!;

    /// <summary>
    /// Sends an order write and deserializes the answer; <paramref name="findMissing"/> names any part it must carry (the
    /// order id). An answer without it is judged by the classifier: outcome unknown.
    /// </summary>
    public async Task<T> SendAsync<T>(HttpRequestMessage request, BrokerEndpoint endpoint, JsonTypeInfo<T> type, string clientReference, Func<T, string?>? findMissing, CancellationToken cancellationToken)
        where T : class =>
        (await SendCoreAsync(
            request,
            endpoint,
            type,
            Same,
            new BrokerSendRules<T> { ClientReference = clientReference, FindMissing = findMissing, MissingResultProblem = "JSON null" },
            cancellationToken).ConfigureAwait(false))!;

    /// <summary>Sends a request whose success may be 202 with no body (cancel, convert, T-PIN): <see langword="null"/> then.</summary>
    public Task<T?> SendAllowingEmptyAsync<T>(HttpRequestMessage request, BrokerEndpoint endpoint, JsonTypeInfo<T> type, string? clientReference, CancellationToken cancellationToken)
        where T : class =>
        SendCoreAsync(request, endpoint, type, Same, new BrokerSendRules<T> { ClientReference = clientReference, AllowEmpty = true, MissingResultProblem = "JSON null" }, cancellationToken);

    /// <summary>A look-up: the answer, or <see langword="null"/> when Dhan says there is no such entity (404, DH-906 on a look-up).</summary>
    public Task<T?> FindAsync<T>(HttpRequestMessage request, BrokerEndpoint endpoint, JsonTypeInfo<T> type, CancellationToken cancellationToken)
        where T : class =>
        SendCoreAsync(request, endpoint, type, Same, new BrokerSendRules<T> { NullWhenNotFound = true, MissingResultProblem = "JSON null" }, cancellationToken);

    private static T Same<T>(T value) => value;
}
