namespace Broker.Authentication;

/// <summary>
/// Obtains a new access token from the broker by one authentication flow (a ready token, API key + secret,
/// TOTP, PIN + TOTP, renewal). It knows nothing of caching: <see cref="TokenManager"/> decides when to call it and
/// makes sure concurrent callers share one call.
/// </summary>
public interface IAccessTokenProvider
{
    /// <summary>A short name of the flow for logs and errors, such as <c>totp</c> or <c>access-token</c>.</summary>
    string FlowName { get; }

    /// <summary>
    /// <see langword="false"/> when the provider cannot produce a new token by itself (a token pasted from the broker's
    /// website): once it expires or is rejected, a person must supply a new one.
    /// </summary>
    bool CanRenew { get; }

    /// <summary>What a person must do when the token cannot be renewed automatically, for error messages.</summary>
    string RenewalHint { get; }

    /// <summary>Obtains a token. Failures are thrown as <see cref="Errors.BrokerAuthenticationException"/> naming the flow.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new token.</returns>
    Task<AccessToken> GetTokenAsync(CancellationToken cancellationToken);
}
