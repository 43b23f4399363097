using System.Net.Http.Headers;
using Broker.Authentication;
using Broker.Errors;
using Broker.Groww.Sending;
using Broker.Groww.Logging;
using Broker.Groww.Serialization;
using Broker.Http;
using Broker.Time;
using Microsoft.Extensions.Logging;

namespace Broker.Groww.Authentication;

/// <summary>
/// Calls <c>POST /v1/token/api/access</c> through the account's own named HTTP client (so the call obeys the
/// Authentication rate limit and the timeout), created on the first mint: building that client's handlers resolves
/// the token manager, which owns this minter.
/// </summary>
internal sealed class GrowwTokenMinter
{
    private readonly IHttpClientFactory _httpClientFactory;
    private readonly string _httpClientName;
    private readonly GrowwClientOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private BrokerHttpInvoker? _invoker;

    private readonly BrokerResponseClassifier _classifier;

    public GrowwTokenMinter(IHttpClientFactory httpClientFactory, string httpClientName, GrowwClientOptions options, BrokerResponseClassifier classifier, TimeProvider timeProvider, ILogger logger)
    {
        _classifier = classifier;
        _httpClientFactory = httpClientFactory;
        _httpClientName = httpClientName;
        _options = options;
        _timeProvider = timeProvider;
        _logger = logger;
    }

    public TimeProvider TimeProvider => _timeProvider;

    public async Task<AccessToken> MintAsync(string flow, string bearerKey, GrowwTokenMintRequest body, string hint, CancellationToken cancellationToken)
    {
        GrowwLog.MintingToken(_logger, flow);
        var invoker = _invoker ??= new BrokerHttpInvoker(_httpClientFactory.CreateClient(_httpClientName), _classifier, _timeProvider, _logger);
        var request = new GrowwSender(invoker, _options.BaseAddress).Request(HttpMethod.Post, "v1/token/api/access", body, GrowwJsonContext.Default.GrowwTokenMintRequest);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearerKey);
        GrowwTokenMintResponse answer;
        try
        {
            var raw = await invoker.SendForRawAsync(request, GrowwEndpoints.TokenMint, null, cancellationToken).ConfigureAwait(false);
            answer = invoker.Deserialize(raw, GrowwEndpoints.TokenMint, GrowwJsonContext.Default.GrowwTokenMintResponse);
        }
        catch (BrokerApiException ex) when (ex is not BrokerAuthenticationException)
        {
            var code = ex.BrokerErrorCode is null ? string.Empty : $" {ex.BrokerErrorCode}";
            var detail = _classifier.Secrets.Redact(ex.BrokerMessage ?? ex.Message);
            throw new BrokerAuthenticationException($"Groww refused the {flow} token request (HTTP {ex.StatusCode}{code}): {detail} {hint}", ex)
            {
                Broker = "Groww",
                Endpoint = GrowwEndpoints.TokenMint.Name,
                Flow = flow,
                StatusCode = ex.StatusCode,
                BrokerErrorCode = ex.BrokerErrorCode,
                BrokerMessage = ex.BrokerMessage,
                RequestId = ex.RequestId,
                IsTransient = ex.IsTransient,
                RequiresHumanAction = ex.StatusCode is 400 or 401 or 403,
            };
        }
        catch (BrokerAuthenticationException ex)
        {
            throw new BrokerAuthenticationException($"Groww refused the {flow} token request (HTTP {ex.StatusCode}). {hint}", ex)
            {
                Broker = "Groww",
                Endpoint = GrowwEndpoints.TokenMint.Name,
                Flow = flow,
                StatusCode = ex.StatusCode,
                BrokerErrorCode = ex.BrokerErrorCode,
                RequestId = ex.RequestId,
                RequiresHumanAction = true,
            };
        }

        var token = answer.Token ?? answer.Payload?.Token;
        if (string.IsNullOrWhiteSpace(token))
        {
            throw new BrokerAuthenticationException($"Groww's answer to the {flow} token request carried no token.")
            {
                Broker = "Groww",
                Endpoint = GrowwEndpoints.TokenMint.Name,
                Flow = flow,
                Category = ErrorCategory.InvalidResponse,
            };
        }

        var expiry = answer.Expiry ?? answer.Payload?.Expiry ?? IndianTime.NextOccurrence(_timeProvider.GetUtcNow(), _options.DailyTokenExpiry);
        return new AccessToken(token, expiry);
    }
}
