namespace Broker.Dhan.Authentication;

/// <summary>
/// The partner consent flow, for platforms Dhan has onboarded as partners (headers <c>partner_id</c> and
/// <c>partner_secret</c>). Like the API-key flow (<see cref="IDhanConsentClient"/>), it needs a person in the middle:
/// <list type="number">
/// <item><see cref="GenerateConsentAsync"/> with the partner's id and secret;</item>
/// <item>open <see cref="BuildLoginUri"/> in a browser or web view, where the user logs in; Dhan redirects to the
/// partner's redirect URL with <c>?tokenId=…</c>;</item>
/// <item><see cref="ConsumeConsentAsync"/> with that token id returns the user's access token (valid 24 h).</item>
/// </list>
/// Then configure a client for that user with <see cref="DhanClientOptions.AccessToken"/> and the returned client id.
/// Dhan's sources disagree on the HTTP methods of steps 1 and 3; see <see cref="DhanPartnerConsentOptions"/>.
/// </summary>
public interface IDhanPartnerConsentClient
{
    /// <summary>
    /// Step 1: <c>auth.dhan.co/partner/generate-consent</c> with headers <c>partner_id</c> and <c>partner_secret</c>.
    /// Sent as POST by default (the portal's label; the classic curl sends GET): the method is uncertain and set by
    /// <see cref="DhanPartnerConsentOptions.GenerateConsentMethod"/>, with the other one tried once on 405.
    /// </summary>
    /// <param name="credentials">The partner's id and secret.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The consent (<c>consentId</c> and <c>consentStatus</c>).</returns>
    /// <exception cref="Broker.Errors.BrokerValidationException">The credentials cannot be sent; nothing was sent.</exception>
    /// <exception cref="Broker.Errors.BrokerAuthenticationException">Dhan refused the partner, or answered without a consent id.</exception>
    Task<DhanPartnerConsent> GenerateConsentAsync(DhanPartnerCredentials credentials, CancellationToken cancellationToken = default);

    /// <summary>
    /// Step 2: the browser login page for a consent, <c>auth.dhan.co/consent-login?consentId=</c> (on the configured
    /// auth host).
    /// </summary>
    /// <param name="consentId">The consent id from step 1.</param>
    /// <returns>The URL to open.</returns>
    /// <exception cref="Broker.Errors.BrokerValidationException">The consent id is blank.</exception>
    Uri BuildLoginUri(string consentId);

    /// <summary>
    /// Step 3: <c>auth.dhan.co/partner/consume-consent?tokenId=</c> with headers <c>partner_id</c> and
    /// <c>partner_secret</c>. Sent as GET by default (the classic curl; the portal labels it POST): the method is
    /// uncertain and set by <see cref="DhanPartnerConsentOptions.ConsumeConsentMethod"/>, with the other one tried once
    /// on 405.
    /// </summary>
    /// <param name="credentials">The partner's id and secret.</param>
    /// <param name="tokenId">The <c>tokenId</c> Dhan appended to the partner's redirect URL.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The user's access token and account details.</returns>
    /// <exception cref="Broker.Errors.BrokerValidationException">The token id is blank or the credentials cannot be sent; nothing was sent.</exception>
    /// <exception cref="Broker.Errors.BrokerAuthenticationException">Dhan refused the partner or the token id, or answered without a token.</exception>
    Task<DhanTokenInfo> ConsumeConsentAsync(DhanPartnerCredentials credentials, string tokenId, CancellationToken cancellationToken = default);
}
