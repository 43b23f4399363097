using System.Globalization;
using Broker.Dhan.Orders;
using Broker.Samples.Webhook.Configuration;
using Broker.Samples.Webhook.Logging;
using Broker.Samples.Webhook.OrderLog;
using Broker.Samples.Webhook.Security;
using Broker.Samples.Webhook.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;

namespace Broker.Samples.Webhook.Endpoints;

/// <summary>
/// <c>POST /dhan/postback/{secret}</c>: the postback URL to give Dhan (on Dhan Web when generating the token, or in the
/// API-key app) as <c>https://&lt;your host&gt;/dhan/postback/&lt;Webhook:DhanPostbackSecret&gt;</c>. Dhan signs
/// nothing, so the secret path segment (compared in constant time) is the authentication; a wrong or missing one, or a
/// service without <c>Webhook:DhanPostbackSecret</c>, gets 404 as if the route did not exist. The body is read with
/// the SDK's <see cref="DhanPostback"/> parser and recorded in the order log; a body that is not a Dhan order gets 400
/// naming the problem.
/// </summary>
internal static class DhanPostbackEndpoints
{
    /// <summary>The route.</summary>
    public const string Pattern = "/dhan/postback/{secret}";

    /// <summary>Maps the route.</summary>
    /// <param name="endpoints">The application.</param>
    /// <returns>The same application.</returns>
    public static IEndpointRouteBuilder MapDhanPostbackEndpoint(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapPost(Pattern, HandleAsync);
        return endpoints;
    }

    private static async Task<IResult> HandleAsync(
        string secret,
        HttpContext http,
        WebhookOptions options,
        DhanPostbackSecretVerifier verifier,
        DhanPostbackRecorder recorder,
        SecretScrubber scrubber,
        ILogger<DhanPostbackRecorder> logger)
    {
        if (!verifier.IsValid(secret))
        {
            if (verifier.IsEnabled)
            {
                WebhookLog.DhanPostbackUnauthorized(logger, http.Connection.RemoteIpAddress?.ToString() ?? "unknown");
            }

            return TypedResults.NotFound();
        }

        var body = await WebhookEndpoints.ReadBodyAsync(http.Request, options.MaxBodyBytes, http.RequestAborted).ConfigureAwait(false);
        if (body is null)
        {
            return Error(413, string.Create(CultureInfo.InvariantCulture, $"The body is larger than {options.MaxBodyBytes} bytes."));
        }

        DhanOrder order;
        try
        {
            order = DhanPostback.Parse(body.Value.Span);
        }
        catch (DhanPostbackFormatException ex)
        {
            var problem = scrubber.Scrub(ex.Message) ?? string.Empty;
            WebhookLog.DhanPostbackInvalid(logger, problem);
            return Error(400, problem);
        }

        var id = await recorder.RecordAsync(order).ConfigureAwait(false);
        return TypedResults.Json(
            new DhanPostbackResponse("recorded", id, order.OrderId, order.OrderStatus.Value),
            WebhookJsonContext.Default.DhanPostbackResponse);
    }

    private static JsonHttpResult<ErrorResponse> Error(int statusCode, string message) =>
        TypedResults.Json(new ErrorResponse(message), WebhookJsonContext.Default.ErrorResponse, statusCode: statusCode);
}
