using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using Broker.Samples.Webhook.Alerts;
using Broker.Samples.Webhook.Configuration;
using Broker.Samples.Webhook.Health;
using Broker.Samples.Webhook.Logging;
using Broker.Samples.Webhook.OrderLog;
using Broker.Samples.Webhook.Orders;
using Broker.Samples.Webhook.Security;
using Broker.Samples.Webhook.Serialization;
using Broker.Time;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;

namespace Broker.Samples.Webhook.Endpoints;

/// <summary>
/// The service's HTTP endpoints: <c>POST /webhook</c>, <c>GET /health</c>, <c>GET /ready</c>, <c>GET /logs</c>, and
/// <c>POST /dhan/postback/{secret}</c> (<see cref="DhanPostbackEndpoints"/>).
/// </summary>
internal static class WebhookEndpoints
{
    /// <summary>The header that can carry the secret instead of the body (and that <c>/logs</c> requires).</summary>
    public const string SecretHeader = "X-Webhook-Secret";

    /// <summary>The number of log rows <c>/logs</c> returns without <c>limit</c>.</summary>
    public const int DefaultLogLimit = 50;

    /// <summary>Maps the endpoints.</summary>
    /// <param name="endpoints">The application.</param>
    /// <returns>The same application.</returns>
    public static IEndpointRouteBuilder MapWebhookEndpoints(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapPost("/webhook", HandleAlertAsync);
        endpoints.MapGet("/health", static () => TypedResults.Json(new HealthReport("healthy"), WebhookJsonContext.Default.HealthReport));
        endpoints.MapGet("/ready", static (ReadinessProbe probe) =>
        {
            var report = probe.Report();
            return TypedResults.Json(report, WebhookJsonContext.Default.ReadinessReport, statusCode: report.Ready ? 200 : 503);
        });
        endpoints.MapGet("/logs", ReadLogsAsync);
        endpoints.MapDhanPostbackEndpoint();
        return endpoints;
    }

    private static async Task<JsonHttpResult<WebhookResponse>> HandleAlertAsync(
        HttpContext http, WebhookOptions options, WebhookSecretVerifier verifier, OrderDesk desk, TimeProvider timeProvider, ILogger<OrderDesk> logger)
    {
        var alertId = NewAlertId(timeProvider);
        var headerSecret = http.Request.Headers[SecretHeader].FirstOrDefault();
        var body = await ReadBodyAsync(http.Request, options.MaxBodyBytes, http.RequestAborted).ConfigureAwait(false);
        if (body is null)
        {
            // Too large to read: only a caller that proved the secret in the header learns why.
            var tooLarge = verifier.IsValid(headerSecret);
            return await RespondAsync(desk, new WebhookOutcome
            {
                Status = tooLarge ? OutcomeStatus.TooLarge : OutcomeStatus.Unauthorized,
                AlertId = alertId,
                Message = tooLarge
                    ? string.Create(CultureInfo.InvariantCulture, $"The body is larger than {options.MaxBodyBytes} bytes.")
                    : "Missing or wrong secret.",
            }).ConfigureAwait(false);
        }

        var parsed = AlertParser.Parse(body.Value);
        if (!verifier.IsValid(headerSecret ?? parsed.Secret))
        {
            var remote = http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
            WebhookLog.Unauthorized(logger, alertId, remote);
            return await RespondAsync(desk, new WebhookOutcome
            {
                Status = OutcomeStatus.Unauthorized,
                AlertId = alertId,
                Message = $"Missing or wrong secret (from {remote}).",
            }).ConfigureAwait(false);
        }

        if (parsed.Alert is null)
        {
            return await RespondAsync(desk, new WebhookOutcome
            {
                Status = OutcomeStatus.Invalid,
                AlertId = alertId,
                ClientReference = parsed.ClientReference,
                InstrumentText = parsed.InstrumentText,
                Errors = parsed.Errors,
                Message = "The alert is malformed: " + string.Join("; ", parsed.Errors.Select(e => e.ToString())),
            }).ConfigureAwait(false);
        }

        var outcome = await desk.HandleAsync(parsed.Alert, alertId, http.RequestAborted).ConfigureAwait(false);
        return ToResult(desk, outcome);
    }

    private static async Task<JsonHttpResult<WebhookResponse>> RespondAsync(OrderDesk desk, WebhookOutcome outcome)
    {
        await desk.RecordAsync(outcome).ConfigureAwait(false);
        return ToResult(desk, outcome);
    }

    private static JsonHttpResult<WebhookResponse> ToResult(OrderDesk desk, WebhookOutcome outcome)
    {
        var order = outcome.Order;
        var unauthorized = outcome.Status == OutcomeStatus.Unauthorized;
        var response = new WebhookResponse
        {
            Status = OutcomeStatuses.Name(outcome.Status),
            AlertId = outcome.AlertId,
            Broker = unauthorized ? null : desk.Broker,
            Mode = unauthorized ? null : desk.Mode,
            ClientReference = desk.Scrub(outcome.ClientReference),
            BrokerReference = outcome.BrokerReference,
            Symbol = desk.Scrub(order?.Symbol ?? outcome.InstrumentText),
            SecurityId = order?.SecurityId,
            ExchangeSegment = order?.ExchangeSegment,
            OrderId = outcome.OrderId,
            OrderStatus = outcome.OrderStatus,
            Message = unauthorized ? "Missing or wrong secret." : desk.Scrub(outcome.Message),
            Errors = outcome.Errors.Count > 0 ? [.. outcome.Errors.Select(e => e with { Message = desk.Scrub(e.Message) ?? string.Empty })] : null,
            DuplicateOf = outcome.DuplicateOf,
        };
        return TypedResults.Json(response, WebhookJsonContext.Default.WebhookResponse, statusCode: OutcomeStatuses.HttpStatus(outcome.Status));
    }

    private static async Task<IResult> ReadLogsAsync(HttpContext http, WebhookOptions options, WebhookSecretVerifier verifier, CsvOrderLog orderLog)
    {
        if (options.OrderLog.RequireSecret && !verifier.IsValid(http.Request.Headers[SecretHeader].FirstOrDefault()))
        {
            return TypedResults.Json(new ErrorResponse($"Send the webhook secret in the {SecretHeader} header."), WebhookJsonContext.Default.ErrorResponse, statusCode: 401);
        }

        var limit = DefaultLogLimit;
        if (http.Request.Query["limit"].FirstOrDefault() is { } text
            && (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit < 1))
        {
            return TypedResults.Json(
                new ErrorResponse(string.Create(CultureInfo.InvariantCulture, $"limit must be a whole number from 1 to {options.OrderLog.MaxReadLimit}.")),
                WebhookJsonContext.Default.ErrorResponse,
                statusCode: 400);
        }

        var entries = await orderLog.ReadLatestAsync(Math.Min(limit, options.OrderLog.MaxReadLimit), http.RequestAborted).ConfigureAwait(false);
        return TypedResults.Json(new LogsResponse(entries.Count, entries), WebhookJsonContext.Default.LogsResponse);
    }

    /// <summary>Reads the body, or returns <see langword="null"/> when it is larger than <paramref name="maxBytes"/>.</summary>
    internal static async Task<ReadOnlyMemory<byte>?> ReadBodyAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            return null;
        }

        var buffer = new ArrayBufferWriter<byte>(Math.Min(maxBytes, 4096));
        var stream = request.Body;
        while (true)
        {
            var memory = buffer.GetMemory(1024);
            var read = await stream.ReadAsync(memory, cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                return buffer.WrittenMemory;
            }

            buffer.Advance(read);
            if (buffer.WrittenCount > maxBytes)
            {
                return null;
            }
        }
    }

    private static string NewAlertId(TimeProvider timeProvider)
    {
        Span<byte> random = stackalloc byte[3];
        RandomNumberGenerator.Fill(random);
        return IndianTime.Format(timeProvider.GetUtcNow(), "yyyyMMdd-HHmmss") + "-" + Convert.ToHexStringLower(random);
    }
}
