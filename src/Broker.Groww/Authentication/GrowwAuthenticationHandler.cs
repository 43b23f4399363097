using System.Net.Http.Headers;
using Broker.Authentication;
using Broker.Groww.Errors;
using Microsoft.Extensions.Logging;

namespace Broker.Groww.Authentication;

/// <summary>
/// Writes Groww's headers on every request, the token mint included: <c>Accept</c>, <c>X-API-VERSION</c>, a fresh
/// <c>x-request-id</c> per attempt and the configured <c>x-client-*</c> identification; and, on calls that need it,
/// <c>Authorization: Bearer</c> with the account's token (renewed once on rejection by the base class).
/// </summary>
internal sealed class GrowwAuthenticationHandler : AuthenticationHandler
{
    private static readonly MediaTypeWithQualityHeaderValue Json = new("application/json");
    private readonly GrowwClientOptions _options;

    public GrowwAuthenticationHandler(TokenManager tokens, GrowwErrorReader errorReader, GrowwClientOptions options, ILogger? logger)
        : base(tokens, errorReader, logger)
    {
        _options = options;
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var headers = request.Headers;
        headers.Accept.Clear();
        headers.Accept.Add(Json);
        Set(headers, "X-API-VERSION", _options.ApiVersion);
        Set(headers, "x-client-id", _options.ClientId);
        Set(headers, "x-client-platform", _options.ClientPlatform);
        Set(headers, "x-client-platform-version", _options.ClientPlatformVersion);
        NewRequestId(request);
        return base.SendAsync(request, cancellationToken);
    }

    protected override void ApplyToken(HttpRequestMessage request, AccessToken token)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(token);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.Value);

        // A resend after renewal is a new attempt; Groww support traces attempts by request id.
        NewRequestId(request);
    }

    private static void NewRequestId(HttpRequestMessage request) => Set(request.Headers, "x-request-id", RequestIds.Next());

    private static void Set(HttpRequestHeaders headers, string name, string? value)
    {
        headers.Remove(name);
        if (!string.IsNullOrEmpty(value))
        {
            headers.TryAddWithoutValidation(name, value);
        }
    }
}
