using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Broker.Errors;

namespace Broker.Http;

/// <summary>
/// The REST sender of one broker account, the base of each broker package's own (Groww's unwraps its
/// <c>status/payload</c> envelope, Dhan's reads plain JSON): builds requests against the account's host, sends them
/// through the account's pipeline and turns the answer into a value. Every broker speaks the same small vocabulary:
/// send and deserialize (<c>SendAsync</c>), send allowing an empty answer (<c>SendAllowingEmptyAsync</c>, a 202 without
/// a body), and look up allowing "not found" (<c>FindAsync</c>, <see langword="null"/> instead of an exception).
/// </summary>
/// <remarks>
/// What an answer means is decided by the account's <see cref="BrokerResponseClassifier"/>, never here: an answer that
/// lacks a required part (no payload, no order id) is handed back to it through <see cref="BrokerHttpInvoker.Unusable"/>.
/// </remarks>
internal abstract class BrokerSender
{
    private static readonly MediaTypeHeaderValue JsonMediaType = new("application/json");
    private static readonly MediaTypeWithQualityHeaderValue AcceptJson = new("application/json");
    private readonly Version _httpVersion;
    private readonly HttpVersionPolicy _versionPolicy;
    private readonly bool _acceptJsonPerRequest;

    /// <summary>Creates a sender.</summary>
    /// <param name="invoker">The account's invoker.</param>
    /// <param name="baseAddress">The REST host; relative paths are appended to it.</param>
    /// <param name="httpVersion">The HTTP version requests ask for; 1.1 when <see langword="null"/>.</param>
    /// <param name="versionPolicy">How strictly the version applies.</param>
    /// <param name="acceptJsonPerRequest">
    /// Write <c>Accept: application/json</c> on each request (for an <see cref="HttpClient"/> the SDK did not configure);
    /// the registered clients carry it as a default header instead.
    /// </param>
    protected BrokerSender(BrokerHttpInvoker invoker, Uri baseAddress, Version? httpVersion = null, HttpVersionPolicy versionPolicy = HttpVersionPolicy.RequestVersionOrLower, bool acceptJsonPerRequest = false)
    {
        ArgumentNullException.ThrowIfNull(invoker);
        ArgumentNullException.ThrowIfNull(baseAddress);
        Invoker = invoker;
        BaseAddress = baseAddress;
        _httpVersion = httpVersion ?? System.Net.HttpVersion.Version11;
        _versionPolicy = versionPolicy;
        _acceptJsonPerRequest = acceptJsonPerRequest;
    }

    /// <summary>The account's invoker.</summary>
    public BrokerHttpInvoker Invoker { get; }

    /// <summary>The REST host.</summary>
    public Uri BaseAddress { get; }

    /// <summary>A request without a body to <paramref name="path"/> (below <see cref="BaseAddress"/>): no content, no Content-Type.</summary>
    /// <param name="method">The method.</param>
    /// <param name="path">The path, such as <c>v1/order/status/123</c>; ids in it must have passed the path-segment check.</param>
    /// <param name="query">The query.</param>
    /// <returns>The request.</returns>
    public HttpRequestMessage Request(HttpMethod method, string path, BrokerQuery query = default) =>
        Request(method, BaseAddress, path, query);

    /// <summary>A request without a body to <paramref name="path"/> below another host of the broker (an auth host).</summary>
    /// <param name="method">The method.</param>
    /// <param name="root">The host.</param>
    /// <param name="path">The path.</param>
    /// <param name="query">The query.</param>
    /// <returns>The request.</returns>
    public HttpRequestMessage Request(HttpMethod method, Uri root, string path, BrokerQuery query = default)
    {
        var request = new HttpRequestMessage(method, BrokerUrl.Combine(root, path, query))
        {
            Version = _httpVersion,
            VersionPolicy = _versionPolicy,
        };
        if (_acceptJsonPerRequest)
        {
            request.Headers.Accept.Add(AcceptJson);
        }

        return request;
    }

    /// <summary>A request with a JSON body (source-generated metadata) and <c>Content-Type: application/json</c>.</summary>
    /// <typeparam name="TBody">The body's type.</typeparam>
    /// <param name="method">The method.</param>
    /// <param name="path">The path.</param>
    /// <param name="body">The body.</param>
    /// <param name="bodyType">Its metadata.</param>
    /// <param name="query">The query.</param>
    /// <returns>The request.</returns>
    public HttpRequestMessage Request<TBody>(HttpMethod method, string path, TBody body, JsonTypeInfo<TBody> bodyType, BrokerQuery query = default)
    {
        var request = Request(method, path, query);
        var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(body, bodyType));
        content.Headers.ContentType = JsonMediaType;
        request.Content = content;
        return request;
    }

    /// <summary>
    /// Sends a request and decodes its answer: the wire value is deserialized, <paramref name="unwrap"/> takes the
    /// result out of it (an envelope's payload), and the result must be there and complete.
    /// </summary>
    /// <typeparam name="TWire">The type on the wire.</typeparam>
    /// <typeparam name="TResult">The result.</typeparam>
    /// <param name="request">The request (disposed by this call).</param>
    /// <param name="endpoint">The endpoint.</param>
    /// <param name="wireType">Metadata of the wire type.</param>
    /// <param name="unwrap">Takes the result out of the wire value; <see langword="null"/> when it is missing.</param>
    /// <param name="rules">What the answer may lack, and the client reference of an order write.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The result; <see langword="null"/> only where <paramref name="rules"/> allow it.</returns>
    protected async Task<TResult?> SendCoreAsync<TWire, TResult>(
        HttpRequestMessage request,
        BrokerEndpoint endpoint,
        JsonTypeInfo<TWire> wireType,
        Func<TWire, TResult?> unwrap,
        BrokerSendRules<TResult> rules,
        CancellationToken cancellationToken)
        where TResult : class
    {
        ArgumentNullException.ThrowIfNull(unwrap);
        ArgumentNullException.ThrowIfNull(rules);
        BrokerRawResponse raw;
        try
        {
            raw = await Invoker.SendForRawAsync(request, endpoint, rules.ClientReference, cancellationToken).ConfigureAwait(false);
        }
        catch (BrokerApiException ex) when (rules.NullWhenNotFound && ex.Category == ErrorCategory.NotFound)
        {
            return null;
        }

        if (rules.AllowEmpty && IsBlank(raw.Body.Span))
        {
            return null;
        }

        var wire = Invoker.Deserialize(raw, endpoint, wireType, rules.ClientReference);
        if (unwrap(wire) is not { } result)
        {
            throw Invoker.Unusable(raw, endpoint, rules.ClientReference, rules.MissingResultProblem);
        }

        if (rules.FindMissing?.Invoke(result) is { } missing)
        {
            throw Invoker.Unusable(raw, endpoint, rules.ClientReference, missing);
        }

        return result;
    }

    private static bool IsBlank(ReadOnlySpan<byte> body)
    {
        foreach (var b in body)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
            {
                return false;
            }
        }

        return true;
    }
}
