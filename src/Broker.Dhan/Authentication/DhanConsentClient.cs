using Broker.Dhan.Errors;
using Broker.Dhan.Sending;
using Broker.Dhan.Validation;
using Broker.Dhan.Serialization;
using Broker.Errors;
using Broker.Http;

namespace Broker.Dhan.Authentication;

/// <summary>
/// The consent-flow calls. Available as <see cref="IDhanClient.Consent"/>, or on its own over any
/// <see cref="HttpClient"/> before you have a token (the flow's whole point).
/// </summary>
public sealed class DhanConsentClient : IDhanConsentClient
{
    private readonly DhanSender _sender;
    private readonly DhanEnvironment _environment;
    private readonly TimeProvider _timeProvider;

    /// <summary>Creates a consent client over an HTTP client of your own.</summary>
    /// <param name="httpClient">The HTTP client (it should not follow redirects).</param>
    /// <param name="environment">The hosts; <see cref="DhanEnvironment.Production"/> when null.</param>
    /// <param name="timeProvider">The clock; the system clock when null.</param>
    public DhanConsentClient(HttpClient httpClient, DhanEnvironment? environment = null, TimeProvider? timeProvider = null)
        : this(
            DhanSender.Standalone(httpClient, environment ?? DhanEnvironment.Production, timeProvider),
            environment ?? DhanEnvironment.Production,
            timeProvider)
    {
    }

    internal DhanConsentClient(DhanSender sender, DhanEnvironment environment, TimeProvider? timeProvider)
    {
        ArgumentNullException.ThrowIfNull(sender);
        ArgumentNullException.ThrowIfNull(environment);
        _sender = sender;
        _environment = environment;
        _timeProvider = timeProvider ?? TimeProvider.System;
    }

    /// <inheritdoc />
    public async Task<DhanConsent> GenerateConsentAsync(string clientId, DhanApiKeyCredentials credentials, CancellationToken cancellationToken = default)
    {
        DhanValidation.RequireText(clientId, "ClientId");
        ArgumentNullException.ThrowIfNull(credentials);
        var request = _sender.AuthRequest(HttpMethod.Post, "app/generate-consent", new BrokerQuery().Add("client_id", clientId));
        AddAppHeaders(request, credentials);
        var consent = await _sender.SendAsync(request, DhanEndpoints.GenerateConsent, DhanJsonContext.Default.DhanConsent, cancellationToken).ConfigureAwait(false);
        if (string.IsNullOrWhiteSpace(consent.ConsentAppId) || (consent.Status is not null && !consent.Status.Equals("success", StringComparison.OrdinalIgnoreCase)))
        {
            throw new BrokerAuthenticationException($"Dhan {DhanEndpoints.GenerateConsent.Name} did not return a consent (status '{consent.Status}'); check the API key, secret and client id.")
            {
                Broker = DhanErrorReader.Broker,
                Endpoint = DhanEndpoints.GenerateConsent.Name,
                Flow = "consent",
                StatusCode = 200,
                RequiresHumanAction = true,
            };
        }

        return consent;
    }

    /// <inheritdoc />
    public Uri BuildLoginUri(string consentAppId)
    {
        DhanValidation.RequireText(consentAppId, "ConsentAppId");
        return new Uri(_environment.AuthBaseAddress, "login/consentApp-login?consentAppId=" + Uri.EscapeDataString(consentAppId));
    }

    /// <inheritdoc />
    public async Task<DhanTokenInfo> ConsumeConsentAsync(DhanApiKeyCredentials credentials, string tokenId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        DhanValidation.RequireText(tokenId, "TokenId");
        try
        {
            return await ConsumeAsync(HttpMethod.Get, credentials, tokenId, cancellationToken).ConfigureAwait(false);
        }
        catch (BrokerAuthenticationException ex) when (ex.StatusCode == 405)
        {
            return await ConsumeAsync(HttpMethod.Post, credentials, tokenId, cancellationToken).ConfigureAwait(false);
        }
    }

    private Task<DhanTokenInfo> ConsumeAsync(HttpMethod method, DhanApiKeyCredentials credentials, string tokenId, CancellationToken cancellationToken)
    {
        var request = _sender.AuthRequest(method, "app/consumeApp-consent", new BrokerQuery().Add("tokenId", tokenId));
        AddAppHeaders(request, credentials);
        return DhanTokenMinter.MintAsync(_sender, request, DhanEndpoints.ConsumeConsent, "consent", _timeProvider, cancellationToken);
    }

    private static void AddAppHeaders(HttpRequestMessage request, DhanApiKeyCredentials credentials)
    {
        request.Headers.TryAddWithoutValidation("app_id", credentials.AppId);
        request.Headers.TryAddWithoutValidation("app_secret", credentials.AppSecret);
    }
}
