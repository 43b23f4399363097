using Broker.Authentication;
using Broker.Dhan.Sending;
using Broker.Dhan.Validation;
using Broker.Dhan.Serialization;
using Broker.Errors;
using Broker.Http;
using Broker.Time;

namespace Broker.Dhan.Authentication;

/// <summary>
/// Sends a token-issuing request and turns the answer into <see cref="DhanTokenInfo"/>: the token from
/// <c>accessToken</c> (or <c>token</c>), its expiry from <c>expiryTime</c> (IST wall clock) or the JWT <c>exp</c>
/// claim. A 2xx without a token is a failure, because the auth host reports some errors with HTTP 200.
/// </summary>
internal static class DhanTokenMinter
{
    /// <summary>Dhan tokens live 24 hours; used only when neither the answer nor the JWT says when it expires.</summary>
    private static readonly TimeSpan DocumentedLifetime = TimeSpan.FromHours(24);

    public static async Task<DhanTokenInfo> MintAsync(
        DhanSender sender, HttpRequestMessage request, BrokerEndpoint endpoint, string flow, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        DhanTokenResponse response;
        try
        {
            response = await sender.SendAsync(request, endpoint, DhanJsonContext.Default.DhanTokenResponse, cancellationToken).ConfigureAwait(false);
        }
        catch (BrokerApiException ex) when (ex is not BrokerAuthenticationException)
        {
            throw new BrokerAuthenticationException($"Obtaining a Dhan access token by the {flow} flow failed: {ex.Message}", ex)
            {
                Broker = DhanErrorReaderName,
                Endpoint = endpoint.Name,
                Flow = flow,
                StatusCode = ex.StatusCode,
                BrokerErrorCode = ex.BrokerErrorCode,
                BrokerMessage = ex.BrokerMessage,
                BrokerErrorType = ex.BrokerErrorType,
                ResponseSnippet = ex.ResponseSnippet,
                RequiresHumanAction = ex.StatusCode is >= 200 and < 500 && ex.Category != ErrorCategory.RateLimit,
                IsTransient = ex.IsTransient,
            };
        }

        var value = string.IsNullOrWhiteSpace(response.AccessToken) ? response.Token : response.AccessToken;
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new BrokerAuthenticationException($"Dhan {endpoint.Name} answered without an access token; check the credentials of the {flow} flow.")
            {
                Broker = DhanErrorReaderName,
                Endpoint = endpoint.Name,
                Flow = flow,
                StatusCode = 200,
                RequiresHumanAction = true,
            };
        }

        var expiry = IndianTime.TryParse(response.ExpiryTime, out var parsed) ? parsed : DhanJwt.ReadExpiry(value);
        expiry ??= IndianTime.Now(timeProvider) + DocumentedLifetime;
        return new DhanTokenInfo(new AccessToken(value, expiry), response.DhanClientId)
        {
            ClientName = response.DhanClientName,
            ClientUcc = response.DhanClientUcc,
            GivenPowerOfAttorney = response.GivenPowerOfAttorney,
        };
    }

    private const string DhanErrorReaderName = Errors.DhanErrorReader.Broker;
}
