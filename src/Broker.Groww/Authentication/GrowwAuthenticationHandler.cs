using System.Net.Http.Headers;
using Broker.Authentication;
using Broker.Http;
using Microsoft.Extensions.Logging;

namespace Broker.Groww.Authentication;

/// <summary>
/// Writes Groww's per-attempt headers: a fresh <c>x-request-id</c> on every attempt (Groww support traces attempts by
/// it) and, on calls that need it, <c>Authorization: Bearer</c> with the account's token (renewed once on rejection by
/// the base class). The constant headers (<c>Accept</c>, <c>X-API-VERSION</c>, <c>x-client-*</c>) are the client's
/// defaults, set once at registration.
/// </summary>
internal sealed class GrowwAuthenticationHandler : AuthenticationHandler
{
    public GrowwAuthenticationHandler(TokenManager tokens, ILogger? logger)
        : base(tokens, logger)
    {
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.GetEndpoint() is { RequiresAuthentication: false })
        {
            // The token mint: no access token, but still one request id per attempt.
            NewRequestId(request);
        }

        return base.SendAsync(request, cancellationToken);
    }

    protected override void ApplyToken(HttpRequestMessage request, AccessToken token)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(token);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.Value);

        // A resend after renewal is a new attempt with its own id.
        NewRequestId(request);
    }

    private static void NewRequestId(HttpRequestMessage request)
    {
        request.Headers.Remove(BrokerHttpInvoker.RequestIdHeader);
        request.Headers.Add(BrokerHttpInvoker.RequestIdHeader, RequestIds.Next());
    }
}
