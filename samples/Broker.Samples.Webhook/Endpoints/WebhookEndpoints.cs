using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using Broker.Samples.Webhook.Alerts;
using Broker.Samples.Webhook.Configuration;
using Broker.Samples.Webhook.Health;
using Broker.Samples.Webhook.Logging;
using Broker.Samples.Webhook.OrderLog;
using Broker.Samples.Webhook.Orders;
using Broker.Samples.Webhook.Queue;
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
/// The service's HTTP endpoints: <c>POST /webhook</c>, <c>GET /alerts/{id}</c>, <c>GET /health</c>, <c>GET /ready</c>,
/// <c>GET /logs</c>, and <c>POST /dhan/postback/{secret}</c> (<see cref="DhanPostbackEndpoints"/>).
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
        endpoints.MapGet("/alerts/{id}", ReadAlert);
        endpoints.MapDhanPostbackEndpoint();
        return endpoints;
    }

    private static async Task<JsonHttpResult<WebhookResponse>> HandleAlertAsync(
        HttpContext http, WebhookOptions options, WebhookSecretVerifier verifier, OrderDesk desk, AlertQueue queue, TimeProvider timeProvider, ILogger<OrderDesk> logger)
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
        var candidate = headerSecret ?? parsed.Secret;
        if (candidate is null && parsed.IsNotJson)
        {
            // Nothing in the body could carry a secret: say it is not JSON, and nothing about where it breaks.
            return await RespondAsync(desk, new WebhookOutcome
            {
                Status = OutcomeStatus.Invalid,
                AlertId = alertId,
                Errors = [new FieldError("body", "is not JSON; send the alert as a JSON object (see the README for the fields).")],
                Message = "The body is not JSON.",
            }).ConfigureAwait(false);
        }

        if (!verifier.IsValid(candidate))
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

        var accepted = await queue.AcceptAsync(parsed.Alert, alertId, http.RequestAborted).ConfigureAwait(false);
        if (accepted.Ticket is not { } ticket)
        {
            return await RespondAsync(desk, new WebhookOutcome
            {
                Status = OutcomeStatus.QueueFull,
                AlertId = alertId,
                Alert = parsed.Alert,
                ClientReference = parsed.Alert.ClientReference,
                InstrumentText = parsed.Alert.InstrumentText,
                Message = accepted.Refusal,
            }).ConfigureAwait(false);
        }

        // Answer within a bounded time: the outcome if it is ready, otherwise "accepted and queued" (TradingView
        // gives up after a few seconds; the order is placed either way, and GET /alerts/{id} tells how it went).
        try
        {
            var outcome = await ticket.Outcome.WaitAsync(options.Queue.AnswerWithin, timeProvider, http.RequestAborted).ConfigureAwait(false);
            return ToResult(desk, outcome);
        }
        catch (Exception ex) when (ex is TimeoutException or OperationCanceledException)
        {
            return ToResult(desk, Queued(ticket, queue));
        }
    }

    private static WebhookOutcome Queued(AlertTicket ticket, AlertQueue queue) => new()
    {
        Status = OutcomeStatus.Queued,
        AlertId = ticket.AlertId,
        Alert = ticket.Alert,
        ClientReference = ticket.Alert.ClientReference,
        BrokerReference = ticket.BrokerReference,
        InstrumentText = ticket.Alert.InstrumentText,
        Message = string.Create(CultureInfo.InvariantCulture, $"Accepted and queued ({queue.Waiting} waiting); the order carries reference {ticket.BrokerReference}. GET /alerts/{ticket.AlertId} shows the outcome."),
    };

    private static IResult ReadAlert(string id, HttpContext http, WebhookOptions options, WebhookSecretVerifier verifier, AlertQueue queue, OrderDesk desk)
    {
        if (options.OrderLog.RequireSecret && !verifier.IsValid(http.Request.Headers[SecretHeader].FirstOrDefault()))
        {
            return TypedResults.Json(new ErrorResponse($"Send the webhook secret in the {SecretHeader} header."), WebhookJsonContext.Default.ErrorResponse, statusCode: 401);
        }

        if (!queue.TryGet(id, out var ticket))
        {
            return TypedResults.Json(new ErrorResponse("No such alert in memory (this process forgets old ones; the order log, GET /logs, has every outcome)."), WebhookJsonContext.Default.ErrorResponse, statusCode: 404);
        }

        var outcome = ticket.Outcome.IsCompletedSuccessfully ? ticket.Outcome.Result : null;
        var report = new AlertStatusResponse
        {
            AlertId = ticket.AlertId,
            State = ticket.State,
            AcceptedAt = IndianTime.ToIst(ticket.AcceptedAt),
            Replayed = ticket.Replayed,
            Outcome = outcome is null ? ToResponse(desk, Queued(ticket, queue)) with { Status = ticket.State } : ToResponse(desk, outcome),
        };
        return TypedResults.Json(report, WebhookJsonContext.Default.AlertStatusResponse);
    }

    private static async Task<JsonHttpResult<WebhookResponse>> RespondAsync(OrderDesk desk, WebhookOutcome outcome)
    {
        await desk.RecordAsync(outcome).ConfigureAwait(false);
        return ToResult(desk, outcome);
    }

    private static JsonHttpResult<WebhookResponse> ToResult(OrderDesk desk, WebhookOutcome outcome) =>
        TypedResults.Json(ToResponse(desk, outcome), WebhookJsonContext.Default.WebhookResponse, statusCode: OutcomeStatuses.HttpStatus(outcome.Status));

    private static WebhookResponse ToResponse(OrderDesk desk, WebhookOutcome outcome)
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
            Limit = outcome.Limit,
            DuplicateOf = outcome.DuplicateOf,
        };
        return response;
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
