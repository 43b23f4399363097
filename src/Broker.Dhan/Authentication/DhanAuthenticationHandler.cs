using Broker.Authentication;
using Broker.Dhan.Errors;
using Microsoft.Extensions.Logging;

namespace Broker.Dhan.Authentication;

/// <summary>
/// Writes Dhan's <c>access-token</c> and <c>client-id</c> headers on every authenticated request. Renewal on rejection
/// comes from the shared <see cref="AuthenticationHandler"/>, which follows the attempt's classification; the account's
/// classifier reads Dhan's non-401 signals with <see cref="DhanErrorReader"/>: 400 DH-906 "Invalid Token" and data-API
/// 807/808/809/810 (807 even with HTTP 200).
/// </summary>
internal sealed class DhanAuthenticationHandler : AuthenticationHandler
{
    private readonly string _clientId;

    /// <summary>Creates the handler.</summary>
    /// <param name="tokens">The account's token manager.</param>
    /// <param name="clientId">The Dhan client id, sent as <c>client-id</c>.</param>
    /// <param name="logger">The logger.</param>
    public DhanAuthenticationHandler(TokenManager tokens, string clientId, ILogger<DhanAuthenticationHandler>? logger = null)
        : base(tokens, logger)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(clientId);
        _clientId = clientId;
    }

    /// <inheritdoc />
    protected override void ApplyToken(HttpRequestMessage request, AccessToken token)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(token);
        request.Headers.Remove("access-token");
        request.Headers.Remove("client-id");
        request.Headers.Add("access-token", token.Value);
        request.Headers.Add("client-id", _clientId);
    }
}
