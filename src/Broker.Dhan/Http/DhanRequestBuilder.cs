using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Broker.Dhan.Http;

/// <summary>
/// Builds Dhan requests the way Dhan expects them: absolute URLs on the right host, HTTP/1.1 by default,
/// <c>Accept: application/json</c> on every call, JSON bodies (with <c>Content-Type: application/json</c>) from
/// source-generated metadata. A call without a body (GET, DELETE, RenewToken, the PIN+TOTP generate call) sends no
/// content and no <c>Content-Type</c>. Authentication headers are added later by the pipeline.
/// </summary>
internal sealed class DhanRequestBuilder
{
    private static readonly MediaTypeHeaderValue JsonMediaType = new("application/json");
    private static readonly MediaTypeWithQualityHeaderValue AcceptJson = new("application/json");
    private readonly DhanEnvironment _environment;
    private readonly Version _version;
    private readonly HttpVersionPolicy _versionPolicy;

    public DhanRequestBuilder(DhanEnvironment environment, Version? version, HttpVersionPolicy versionPolicy)
    {
        _environment = environment;
        _version = version ?? System.Net.HttpVersion.Version11;
        _versionPolicy = versionPolicy;
    }

    public DhanRequestBuilder(DhanClientOptions options)
        : this(options.Environment, options.HttpVersion, options.HttpVersionPolicy)
    {
    }

    public HttpRequestMessage Api(HttpMethod method, string path, params (string Name, string? Value)[] query) =>
        Create(method, new Uri(_environment.ApiBaseAddress, path + QueryString(query)), null);

    public HttpRequestMessage ApiJson<T>(HttpMethod method, string path, T body, JsonTypeInfo<T> bodyType) =>
        Create(method, new Uri(_environment.ApiBaseAddress, path), JsonSerializer.SerializeToUtf8Bytes(body, bodyType));

    public HttpRequestMessage Auth(HttpMethod method, string path, params (string Name, string? Value)[] query) =>
        Create(method, new Uri(_environment.AuthBaseAddress, path + QueryString(query)), null);

    public static string Segment(string value) => Uri.EscapeDataString(value);

    private HttpRequestMessage Create(HttpMethod method, Uri uri, byte[]? body)
    {
        var request = new HttpRequestMessage(method, uri)
        {
            Version = _version,
            VersionPolicy = _versionPolicy,
        };
        if (body is not null)
        {
            request.Content = new ByteArrayContent(body);
            request.Content.Headers.ContentType = JsonMediaType;
        }

        request.Headers.Accept.Add(AcceptJson);
        return request;
    }

    private static string QueryString((string Name, string? Value)[] query)
    {
        if (query.Length == 0)
        {
            return string.Empty;
        }

        var builder = new StringBuilder();
        foreach (var (name, value) in query)
        {
            if (value is null)
            {
                continue;
            }

            builder.Append(builder.Length == 0 ? '?' : '&').Append(Uri.EscapeDataString(name)).Append('=').Append(Uri.EscapeDataString(value));
        }

        return builder.ToString();
    }
}
