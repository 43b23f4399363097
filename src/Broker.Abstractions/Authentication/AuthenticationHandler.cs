using Broker.Errors;
using Broker.Http;
using Broker.Logging;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Broker.Authentication;

/// <summary>
/// Attaches the account's access token to every request that needs one, and when the broker rejects the token
/// (HTTP 401, or a broker "token expired" answer recognised by the <see cref="IBrokerErrorReader"/>) disposes the
/// answer, renews the token once through <see cref="TokenManager"/> (single-flight) and resends the request once.
/// </summary>
/// <remarks>
/// Resending is safe even for order writes: an authentication failure means the broker did not process the request.
/// If the resent request is rejected again the answer is passed on, and the client raises
/// <see cref="BrokerAuthenticationException"/>. Broker packages subclass this to write their header(s).
/// The handler holds no state of its own: it may be created and disposed by the HTTP client factory at will.
/// </remarks>
public abstract class AuthenticationHandler : DelegatingHandler
{
    /// <summary>The largest 2xx body inspected for a "token expired" error (such answers are short).</summary>
    private const long MaxInspectedSuccessBody = 2048;

    private readonly TokenManager _tokens;
    private readonly IBrokerErrorReader? _errorReader;
    private readonly ILogger _logger;

    /// <summary>Creates the handler.</summary>
    /// <param name="tokens">The account's token manager (a singleton).</param>
    /// <param name="errorReader">Recognises "token expired" answers that do not use HTTP 401; <see langword="null"/> to rely on 401 alone.</param>
    /// <param name="logger">The logger.</param>
    protected AuthenticationHandler(TokenManager tokens, IBrokerErrorReader? errorReader, ILogger? logger)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        _tokens = tokens;
        _errorReader = errorReader;
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
        var endpoint = request.GetEndpoint();
        if (endpoint is { RequiresAuthentication: false })
        {
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }

        if (request.Content is not null)
        {
            // Buffer the body so the same bytes can be sent again after a renewal.
            await request.Content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);
        }

        var token = await _tokens.GetTokenAsync(cancellationToken).ConfigureAwait(false);
        ApplyToken(request, token);
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (!await IsTokenRejectedAsync(response, cancellationToken).ConfigureAwait(false)
            || request.Options.TryGetValue(BrokerRequestOptions.AuthenticationRetriedKey, out var retried) && retried)
        {
            return response;
        }

        BrokerLog.TokenRejected(_logger, endpoint?.Name ?? request.RequestUri?.AbsolutePath ?? "request", (int)response.StatusCode);
        response.Dispose();
        var renewed = await _tokens.RenewAsync(token, cancellationToken).ConfigureAwait(false);
        request.Options.Set(BrokerRequestOptions.AuthenticationRetriedKey, true);
        ApplyToken(request, renewed);
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Whether an answer means the token was rejected: HTTP 401, or an error the broker's error reader classifies as
    /// <see cref="ErrorCategory.Authentication"/> (Dhan DH-906 "Invalid Token" arrives as 400, 807 even as 200).
    /// </summary>
    /// <param name="response">The answer.</param>
    /// <param name="cancellationToken">Cancels reading the body.</param>
    /// <returns><see langword="true"/> when the token should be renewed.</returns>
    protected virtual async Task<bool> IsTokenRejectedAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (response.StatusCode == System.Net.HttpStatusCode.Unauthorized)
        {
            return true;
        }

        if (_errorReader is null)
        {
            return false;
        }

        var isSuccess = response.IsSuccessStatusCode;
        var length = response.Content.Headers.ContentLength;
        if (isSuccess && (length is null || length > MaxInspectedSuccessBody))
        {
            return false;
        }

        await response.Content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        var raw = new BrokerRawResponse(response.StatusCode, response.Content.Headers.ContentType?.MediaType, body);
        return _errorReader.TryReadError(raw)?.Category == ErrorCategory.Authentication;
    }
}
