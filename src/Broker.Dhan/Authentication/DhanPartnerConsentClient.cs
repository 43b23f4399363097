using Broker.Dhan.Errors;
using Broker.Dhan.Sending;
using Broker.Dhan.Serialization;
using Broker.Dhan.Validation;
using Broker.Errors;
using Broker.Http;

namespace Broker.Dhan.Authentication;

/// <summary>
/// The partner consent-flow calls. Available as <see cref="IDhanClient.PartnerConsent"/>, or on its own over any
/// <see cref="HttpClient"/> before any user has a token (the flow's whole point).
/// </summary>
public sealed class DhanPartnerConsentClient : IDhanPartnerConsentClient
{
    private const string Flow = "partner consent";

    private readonly DhanSender _sender;
    private readonly DhanEnvironment _environment;
    private readonly DhanPartnerConsentOptions _options;
    private readonly TimeProvider _timeProvider;

    /// <summary>Creates a partner consent client over an HTTP client of your own.</summary>
    /// <param name="httpClient">The HTTP client (it should not follow redirects).</param>
    /// <param name="environment">The hosts; <see cref="DhanEnvironment.Production"/> when null.</param>
    /// <param name="options">The HTTP methods of the two calls; the defaults of <see cref="DhanPartnerConsentOptions"/> when null. Copied.</param>
    /// <param name="timeProvider">The clock; the system clock when null.</param>
    public DhanPartnerConsentClient(HttpClient httpClient, DhanEnvironment? environment = null, DhanPartnerConsentOptions? options = null, TimeProvider? timeProvider = null)
        : this(
            DhanSender.Standalone(httpClient, environment ?? DhanEnvironment.Production, timeProvider),
            environment ?? DhanEnvironment.Production,
            options,
            timeProvider)
    {
    }

    internal DhanPartnerConsentClient(DhanSender sender, DhanEnvironment environment, DhanPartnerConsentOptions? options, TimeProvider? timeProvider)
    {
        ArgumentNullException.ThrowIfNull(sender);
        ArgumentNullException.ThrowIfNull(environment);
        _sender = sender;
        _environment = environment;
        _options = new DhanPartnerConsentOptions();
        options?.CopyTo(_options);
        _timeProvider = timeProvider ?? TimeProvider.System;
    }

    /// <inheritdoc />
    public async Task<DhanPartnerConsent> GenerateConsentAsync(DhanPartnerCredentials credentials, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        credentials.Validate();
        var consent = await WithMethodFallbackAsync(
            _options.GenerateConsentMethod,
            method => _sender.SendAsync(PartnerRequest(method, "partner/generate-consent", default, credentials), DhanEndpoints.PartnerGenerateConsent, DhanJsonContext.Default.DhanPartnerConsent, cancellationToken)).ConfigureAwait(false);
        if (string.IsNullOrWhiteSpace(consent.ConsentId))
        {
            throw new BrokerAuthenticationException($"Dhan {DhanEndpoints.PartnerGenerateConsent.Name} did not return a consent id (status '{consent.ConsentStatus}'); check the partner id and secret.")
            {
                Broker = DhanErrorReader.Broker,
                Endpoint = DhanEndpoints.PartnerGenerateConsent.Name,
                Flow = Flow,
                StatusCode = 200,
                RequiresHumanAction = true,
            };
        }

        return consent;
    }

    /// <inheritdoc />
    public Uri BuildLoginUri(string consentId)
    {
        DhanValidation.RequireText(consentId, "ConsentId");
        return new Uri(_environment.AuthBaseAddress, "consent-login?consentId=" + Uri.EscapeDataString(consentId.Trim()));
    }

    /// <inheritdoc />
    public Task<DhanTokenInfo> ConsumeConsentAsync(DhanPartnerCredentials credentials, string tokenId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        credentials.Validate();
        DhanValidation.RequireText(tokenId, "TokenId");
        var query = new BrokerQuery().Add("tokenId", tokenId.Trim());
        return WithMethodFallbackAsync(
            _options.ConsumeConsentMethod,
            method => DhanTokenMinter.MintAsync(_sender, PartnerRequest(method, "partner/consume-consent", query, credentials), DhanEndpoints.PartnerConsumeConsent, Flow, _timeProvider, cancellationToken));
    }

    /// <summary>Sends with the configured method and, when Dhan answers 405 and the options allow it, once more with the other.</summary>
    private async Task<T> WithMethodFallbackAsync<T>(DhanConsentHttpMethod configured, Func<HttpMethod, Task<T>> send)
    {
        var first = ToHttpMethod(configured);
        try
        {
            return await send(first).ConfigureAwait(false);
        }
        catch (BrokerApiException ex) when (ex.StatusCode == 405 && _options.RetryWithOtherMethodOn405)
        {
            return await send(first == HttpMethod.Get ? HttpMethod.Post : HttpMethod.Get).ConfigureAwait(false);
        }
    }

    private static HttpMethod ToHttpMethod(DhanConsentHttpMethod method) => method switch
    {
        DhanConsentHttpMethod.Get => HttpMethod.Get,
        DhanConsentHttpMethod.Post => HttpMethod.Post,
        _ => throw DhanValidation.Validator.Invalid(nameof(DhanPartnerConsentOptions), $"{nameof(DhanPartnerConsentOptions)} names an unknown HTTP method ({(int)method}); use Get or Post."),
    };

    private HttpRequestMessage PartnerRequest(HttpMethod method, string path, BrokerQuery query, DhanPartnerCredentials credentials)
    {
        var request = _sender.AuthRequest(method, path, query);
        request.Headers.TryAddWithoutValidation("partner_id", credentials.PartnerId);
        request.Headers.TryAddWithoutValidation("partner_secret", credentials.PartnerSecret);
        return request;
    }
}
