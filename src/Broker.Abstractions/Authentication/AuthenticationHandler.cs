using Broker.Errors;
using Broker.Http;
using Broker.Logging;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Broker.Authentication;

/// <summary>
/// Attaches the account's access token to every request that needs one. When the attempt's classification says the
/// broker refused the token (<see cref="BrokerClassification.ShouldRenewToken"/>: HTTP 401, or a broker code such as
/// Dhan DH-906 "Invalid Token" or 807), it renews the token once through <see cref="TokenManager"/> (single-flight)
/// and resends the request once. When the token cannot or should not be renewed (a pasted token; a replacement that
/// was refused too), the broker's answer is passed on unchanged, so the exception carries its status, code and message.
/// </summary>
/// <remarks>
/// Resending is safe even for order writes: an authentication refusal means the broker did not process the request.
/// Broker packages subclass this to write their header(s). The handler holds no state of its own: it may be created
/// and disposed by the HTTP client factory at will.
/// </remarks>
public abstract class AuthenticationHandler : DelegatingHandler
{
    private readonly TokenManager _tokens;
    private readonly ILogger _logger;

    /// <summary>Creates the handler.</summary>
    /// <param name="tokens">The account's token manager (a singleton).</param>
    /// <param name="logger">The logger.</param>
    protected AuthenticationHandler(TokenManager tokens, ILogger? logger)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        _tokens = tokens;
        _logger = logger ?? NullLogger.Instance;
    }

    /// <summary>Writes the token into the request, replacing any value already there.</summary>
    /// <param name="request">The request.</param>
    /// <param name="token">The token.</param>
    protected abstract void ApplyToken(HttpRequestMessage request, AccessToken token);

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var state = BrokerRequestState.Of(request);
        if (state is { Endpoint.RequiresAuthentication: false })
        {
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }

        if (!_tokens.TryGetUsable(out var token))
        {
            token = await _tokens.GetTokenAsync(cancellationToken).ConfigureAwait(false);
        }

        ApplyToken(request, token);
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.GetClassification() is not { ShouldRenewToken: true } classification)
        {
            _tokens.MarkAccepted(token);
            return response;
        }

        BrokerLog.TokenRejected(_logger, state?.Endpoint.Name ?? "request", classification.StatusCode ?? 0);
        TokenRenewal renewal;
        try
        {
            renewal = await _tokens.RenewAfterRejectionAsync(token, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            response.Dispose();
            throw;
        }

        if (renewal.Token is not { } renewed)
        {
            // Nothing to renew with: the broker's own answer becomes the exception, with the reason attached.
            if (state is not null)
            {
                state.AuthenticationNote = renewal.Refusal;
                state.RequiresHumanAction = renewal.RequiresHumanAction;
                state.Flow = _tokens.FlowName;
            }

            return response;
        }

        response.Dispose();
        ApplyToken(request, renewed);
        var resent = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (resent.GetClassification() is { ShouldRenewToken: true })
        {
            if (state is not null)
            {
                state.AuthenticationNote = "The token was renewed once and the renewed token was refused too.";
                state.Flow = _tokens.FlowName;
            }
        }
        else
        {
            _tokens.MarkAccepted(renewed);
        }

        return resent;
    }
}
