namespace Broker.Dhan.Authentication;

/// <summary>
/// The API-key consent flow (Dhan Web → Access DhanHQ APIs → API key). It needs a person in the middle:
/// <list type="number">
/// <item><see cref="GenerateConsentAsync"/> with the app's key and secret;</item>
/// <item>open <see cref="BuildLoginUri"/> in a browser, where the user logs in; Dhan redirects to your redirect URL with <c>?tokenId=…</c>;</item>
/// <item><see cref="ConsumeConsentAsync"/> with that token id returns the access token (valid 24 h).</item>
/// </list>
/// Then configure the client with <see cref="DhanClientOptions.AccessToken"/>. The SDK does not automate the browser
/// login (there is no documented password API).
/// </summary>
public interface IDhanConsentClient
{
    /// <summary>Step 1: <c>POST auth.dhan.co/app/generate-consent?client_id=</c> with headers <c>app_id</c> and <c>app_secret</c>.</summary>
    /// <param name="clientId">Your Dhan client id.</param>
    /// <param name="credentials">The app's API key and secret.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The consent (up to 25 per day).</returns>
    Task<DhanConsent> GenerateConsentAsync(string clientId, DhanApiKeyCredentials credentials, CancellationToken cancellationToken = default);

    /// <summary>Step 2: the browser login page for a consent, <c>auth.dhan.co/login/consentApp-login?consentAppId=</c>.</summary>
    /// <param name="consentAppId">The consent id from step 1.</param>
    /// <returns>The URL to open.</returns>
    Uri BuildLoginUri(string consentAppId);

    /// <summary>
    /// Step 3: <c>GET auth.dhan.co/app/consumeApp-consent?tokenId=</c> with headers <c>app_id</c> and <c>app_secret</c>
    /// (sent again as POST if Dhan answers 405, since its documentation disagrees on the method).
    /// </summary>
    /// <param name="credentials">The app's API key and secret.</param>
    /// <param name="tokenId">The <c>tokenId</c> Dhan appended to your redirect URL.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The access token and account details.</returns>
    Task<DhanTokenInfo> ConsumeConsentAsync(DhanApiKeyCredentials credentials, string tokenId, CancellationToken cancellationToken = default);
}
