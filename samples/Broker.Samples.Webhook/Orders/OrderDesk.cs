using System.Globalization;
using Broker.Errors;
using Broker.Samples.Webhook.Alerts;
using Broker.Samples.Webhook.Configuration;
using Broker.Samples.Webhook.Health;
using Broker.Samples.Webhook.Logging;
using Broker.Samples.Webhook.OrderLog;
using Broker.Samples.Webhook.Risk;
using Broker.Samples.Webhook.Security;
using Broker.Time;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Broker.Samples.Webhook.Orders;

/// <summary>
/// Turns a valid alert into at most one order: resolves it through the broker's instrument master, refuses a repeat
/// of a client reference already handled (in-process record, plus the SDK's idempotent placement at the broker for
/// repeats after a restart or an unknown outcome), places it (live) or reports what it would send (dry run), and
/// records every outcome in the order log. Placement is never retried, and never cancelled because the caller hung up.
/// </summary>
internal sealed class OrderDesk
{
    private readonly WebhookOptions _options;
    private readonly IOrderGateway _gateway;
    private readonly CsvOrderLog _orderLog;
    private readonly SecretScrubber _scrubber;
    private readonly BrokerHealth _health;
    private readonly RiskGuard _risk;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<OrderDesk> _logger;
    private readonly CancellationToken _stopping;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, (Task<WebhookOutcome> Outcome, long Sequence)> _handled = new(StringComparer.Ordinal);
    private readonly Queue<(string Reference, long Sequence)> _handledOrder = new();
    private long _sequence;

    /// <summary>Creates the desk.</summary>
    public OrderDesk(
        WebhookOptions options,
        IOrderGateway gateway,
        CsvOrderLog orderLog,
        SecretScrubber scrubber,
        BrokerHealth health,
        RiskGuard risk,
        TimeProvider timeProvider,
        IHostApplicationLifetime lifetime,
        ILogger<OrderDesk> logger)
    {
        ArgumentNullException.ThrowIfNull(lifetime);
        _options = options;
        _gateway = gateway;
        _orderLog = orderLog;
        _scrubber = scrubber;
        _health = health;
        _risk = risk;
        _timeProvider = timeProvider;
        _logger = logger;
        _stopping = lifetime.ApplicationStopping;
    }

    /// <summary><c>live</c> or <c>dry_run</c>.</summary>
    public string Mode => _options.LiveTrading ? "live" : "dry_run";

    /// <summary>The broker's name.</summary>
    public string Broker => _gateway.Broker.ToString();

    /// <summary>Masks secrets in a text bound for a response.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The masked text.</returns>
    public string? Scrub(string? text) => _scrubber.Scrub(text);

    /// <summary>Handles a valid alert.</summary>
    /// <param name="alert">The alert.</param>
    /// <param name="alertId">The service's id for it.</param>
    /// <param name="brokerReference">The reference the order carries, fixed when the alert was accepted (<see cref="BrokerReferences.For"/>).</param>
    /// <param name="replayed">The alert comes from the journal after a restart: look its reference up at the broker before placing.</param>
    /// <param name="requestAborted">The caller's cancellation: it stops waiting, never an order already being placed.</param>
    /// <returns>The outcome (already written to the order log).</returns>
    public async Task<WebhookOutcome> HandleAsync(TradingAlert alert, string alertId, string brokerReference, bool replayed, CancellationToken requestAborted)
    {
        ArgumentException.ThrowIfNullOrEmpty(brokerReference);
        ArgumentNullException.ThrowIfNull(alert);
        if (alert.Broker is { } named && named != _gateway.Broker)
        {
            return await RecordAsync(new WebhookOutcome
            {
                Status = OutcomeStatus.Invalid,
                AlertId = alertId,
                Alert = alert,
                ClientReference = alert.ClientReference,
                InstrumentText = alert.InstrumentText,
                Errors = [new FieldError("broker", $"this service places orders with {_gateway.Broker}; the alert names {named}.")],
            }).ConfigureAwait(false);
        }

        if (alert.ClientReference is null)
        {
            return await RecordAsync(await ProcessAsync(alert, alertId, brokerReference, replayed).ConfigureAwait(false)).ConfigureAwait(false);
        }

        var mine = new TaskCompletionSource<WebhookOutcome>(TaskCreationOptions.RunContinuationsAsynchronously);
        Task<WebhookOutcome>? earlier;
        lock (_gate)
        {
            if (_handled.TryGetValue(brokerReference, out var entry))
            {
                earlier = entry.Outcome;
            }
            else
            {
                earlier = null;
                Remember(brokerReference, mine.Task);
            }
        }

        if (earlier is not null)
        {
            WebhookOutcome? first = null;
            try
            {
                first = await earlier.WaitAsync(requestAborted).ConfigureAwait(false);
            }
            catch (Exception) when (!requestAborted.IsCancellationRequested)
            {
                // The first attempt failed unexpectedly; it placed nothing this service knows of.
            }

            if (first is { IsFinal: true })
            {
                return await RecordAsync(DuplicateOf(first, alert, alertId)).ConfigureAwait(false);
            }

            // The first attempt placed nothing (or its outcome is unknown): handle this one as new. The idempotent
            // placement looks the reference up at the broker, so an order that did reach it is not placed twice.
            return await HandleAsync(alert, alertId, brokerReference, replayed, requestAborted).ConfigureAwait(false);
        }

        WebhookOutcome outcome;
        try
        {
            outcome = await ProcessAsync(alert, alertId, brokerReference, replayed).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            Forget(brokerReference, mine.Task);
            mine.SetException(ex);
            throw;
        }

        if (!outcome.IsFinal)
        {
            Forget(brokerReference, mine.Task);
        }

        mine.SetResult(outcome);
        return await RecordAsync(outcome).ConfigureAwait(false);
    }

    /// <summary>Writes an outcome that did not come from <see cref="HandleAsync"/> (401, 400, 413) to the order log.</summary>
    /// <param name="outcome">The outcome.</param>
    /// <returns>The same outcome.</returns>
    public Task<WebhookOutcome> RecordAsync(WebhookOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        return RecordCoreAsync(outcome);
    }

    private async Task<WebhookOutcome> RecordCoreAsync(WebhookOutcome outcome)
    {
        var order = outcome.Order;
        var alert = outcome.Alert;
        var message = _scrubber.Scrub(Describe(outcome));
        await _orderLog.AppendAsync(new OrderLogEntry
        {
            Time = IndianTime.Format(_timeProvider.GetUtcNow(), "yyyy-MM-dd'T'HH:mm:ss.fffzzz"),
            AlertId = outcome.AlertId,
            Outcome = OutcomeStatuses.Name(outcome.Status),
            HttpStatus = OutcomeStatuses.HttpStatus(outcome.Status),
            Broker = _gateway.Broker.ToString(),
            Mode = Mode,
            ClientReference = outcome.ClientReference,
            BrokerReference = outcome.BrokerReference,
            Symbol = order?.Symbol ?? outcome.InstrumentText,
            SecurityId = order?.SecurityId,
            ExchangeSegment = order?.ExchangeSegment,
            Side = alert is null ? null : alert.Side == AlertSide.Buy ? "BUY" : "SELL",
            Quantity = alert?.Quantity,
            OrderType = order?.OrderType ?? (alert is null ? null : AlertParser.OrderTypeName(alert.OrderType)),
            Price = alert?.Price,
            TriggerPrice = alert?.TriggerPrice,
            Product = order?.Product,
            OrderId = outcome.OrderId,
            OrderStatus = outcome.OrderStatus,
            Message = message,
        }).ConfigureAwait(false);

        if (outcome.Status == OutcomeStatus.Unauthorized)
        {
            return outcome;
        }

        var outcomeName = OutcomeStatuses.Name(outcome.Status);
        var httpStatus = OutcomeStatuses.HttpStatus(outcome.Status);
        string? side = alert is null ? null : alert.Side == AlertSide.Buy ? "BUY" : "SELL";
        var instrument = _scrubber.Scrub(order?.Symbol ?? outcome.InstrumentText);
        WebhookLog.AlertHandled(_logger, outcome.AlertId, outcomeName, httpStatus, side, alert?.Quantity, instrument, outcome.BrokerReference, outcome.OrderId, message);

        if (outcome.Status == OutcomeStatus.Unknown && outcome.BrokerReference is { } reference)
        {
            WebhookLog.OutcomeUnknown(_logger, outcome.AlertId, Broker, reference);
        }

        return outcome;
    }

    private static string? Describe(WebhookOutcome outcome) =>
        outcome.Errors.Count > 0
            ? string.Join("; ", outcome.Errors.Select(e => e.ToString()))
            : outcome.Message;

    private async Task<WebhookOutcome> ProcessAsync(TradingAlert alert, string alertId, string brokerReference, bool replayed)
    {
        var outcome = new WebhookOutcome
        {
            Status = OutcomeStatus.Failed,
            AlertId = alertId,
            Alert = alert,
            ClientReference = alert.ClientReference,
            BrokerReference = brokerReference,
            InstrumentText = alert.InstrumentText,
        };

        // The caller (TradingView waits a few seconds) may hang up; an order must not be abandoned half-sent because
        // of that, so only shutdown and the placement timeout cancel the work.
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(_stopping);
        timeout.CancelAfter(_options.PlacementTimeout);
        var ct = timeout.Token;

        PreparedOrder order;
        try
        {
            order = await _gateway.PrepareAsync(alert, brokerReference, ct).ConfigureAwait(false);
        }
        catch (OrderPreparationException ex)
        {
            return outcome with { Status = OutcomeStatus.Unresolved, Errors = [new FieldError(ex.Field, ex.Message)] };
        }
        catch (Exception ex) when (ex is BrokerException or HttpRequestException or InvalidOperationException or IOException or OperationCanceledException)
        {
            return outcome with { Status = OutcomeStatus.NotReady, Message = "The instrument master is not available: " + ex.Message };
        }

        outcome = outcome with { Order = order };

        // Fat-finger limits, before anything is sent (and in a dry run, so a dry run shows what live trading would do).
        RiskVerdict verdict;
        try
        {
            verdict = await _risk.CheckAsync(order, alertId, ct).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return outcome with { Status = OutcomeStatus.Failed, Message = "Shutting down or timed out before the order was sent." };
        }

        if (verdict.Refusal is { } refusal)
        {
            return outcome with { Status = OutcomeStatus.RiskRefused, Limit = refusal.Limit, Message = refusal.Message + " Nothing sent." };
        }

        if (!_options.LiveTrading)
        {
            _risk.Release(verdict.Reservation);
            return outcome with
            {
                Status = OutcomeStatus.DryRun,
                Message = string.Create(CultureInfo.InvariantCulture, $"Dry run: would place {order.OrderType} {(alert.Side == AlertSide.Buy ? "BUY" : "SELL")} {alert.Quantity} {order.Symbol} ({order.ExchangeSegment} {order.SecurityId}) {order.Product}{(alert.Price is { } p ? $" at {p}" : string.Empty)}{(alert.TriggerPrice is { } t ? $" trigger {t}" : string.Empty)}; nothing sent{(verdict.Note is null ? "" : "; " + verdict.Note)}."),
            };
        }

        var placed = await PlaceAsync(outcome, order, replayed, ct).ConfigureAwait(false);
        if (placed.Status is not (OutcomeStatus.Placed or OutcomeStatus.Unknown))
        {
            _risk.Release(verdict.Reservation);
        }

        return placed;
    }

    private async Task<WebhookOutcome> PlaceAsync(WebhookOutcome outcome, PreparedOrder order, bool replayed, CancellationToken ct)
    {
        try
        {
            var placement = await _gateway.PlaceAsync(order, replayed, ct).ConfigureAwait(false);
            _health.RecordSuccess(IndianTime.Now(_timeProvider));
            outcome = outcome with { OrderId = placement.OrderId, OrderStatus = placement.OrderStatus, BrokerReference = placement.BrokerReference };
            if (placement.AlreadyPlaced)
            {
                return outcome with { Status = OutcomeStatus.Duplicate, Message = $"{_gateway.Broker} already has order {placement.OrderId} with reference {placement.BrokerReference}; nothing placed." };
            }

            return placement.IsRejected
                ? outcome with { Status = OutcomeStatus.Rejected, Message = placement.Remark is null ? $"{_gateway.Broker} rejected the order ({placement.OrderStatus}) and gave no reason." : $"{_gateway.Broker} rejected the order: {placement.Remark} ({placement.OrderStatus})." }
                : outcome with { Status = OutcomeStatus.Placed, Message = $"Order {placement.OrderId} placed ({placement.OrderStatus})." };
        }
        catch (OrderOutcomeUnknownException ex)
        {
            return Unknown(outcome, ex);
        }
        catch (OperationCanceledException ex) when (ex.InnerException is OrderOutcomeUnknownException unknown)
        {
            return Unknown(outcome, unknown);
        }
        catch (DuplicateClientReferenceException ex)
        {
            return outcome with { Status = OutcomeStatus.Duplicate, Message = ex.Message };
        }
        catch (OrderRejectedException ex)
        {
            var code = ex.BrokerErrorCode is null ? string.Empty : $" [{ex.BrokerErrorCode}]";
            return outcome with { Status = OutcomeStatus.Rejected, Message = $"{_gateway.Broker} rejected the order{code}: {ex.BrokerMessage ?? ex.Message}" };
        }
        catch (BrokerValidationException ex)
        {
            return outcome with { Status = OutcomeStatus.Unresolved, Errors = [new FieldError(ex.ParameterName, ex.Message)] };
        }
        catch (BrokerException ex)
        {
            return outcome with { Status = OutcomeStatus.Failed, Message = $"{_gateway.Broker} call failed ({ex.GetType().Name}): {ex.Message}" };
        }
        catch (OperationCanceledException)
        {
            return outcome with { Status = OutcomeStatus.Failed, Message = "Shutting down or timed out before the order was sent." };
        }
    }

    private WebhookOutcome Unknown(WebhookOutcome outcome, OrderOutcomeUnknownException ex) => outcome with
    {
        Status = OutcomeStatus.Unknown,
        BrokerReference = ex.ClientReference,
        Message = $"The order may or may not have been placed: look it up at {_gateway.Broker} by reference {ex.ClientReference}. {ex.Message}",
    };

    private static WebhookOutcome DuplicateOf(WebhookOutcome first, TradingAlert alert, string alertId) => first with
    {
        Status = OutcomeStatus.Duplicate,
        AlertId = alertId,
        Alert = alert,
        DuplicateOf = first.AlertId,
        Errors = [],
        Message = first.Status == OutcomeStatus.DryRun
            ? $"Repeat of alert {first.AlertId} (client reference {alert.ClientReference}), already handled as a dry run; nothing done."
            : $"Repeat of alert {first.AlertId} (client reference {alert.ClientReference}): order {first.OrderId} already placed; nothing placed.",
    };

    private void Remember(string reference, Task<WebhookOutcome> task)
    {
        var sequence = ++_sequence;
        _handled[reference] = (task, sequence);
        _handledOrder.Enqueue((reference, sequence));
        while (_handledOrder.Count > _options.RememberedReferences && _handledOrder.TryDequeue(out var oldest))
        {
            // A reference forgotten and remembered again has a newer sequence: keep that entry.
            if (_handled.TryGetValue(oldest.Reference, out var current) && current.Sequence == oldest.Sequence)
            {
                _handled.Remove(oldest.Reference);
            }
        }
    }

    private void Forget(string reference, Task<WebhookOutcome> task)
    {
        lock (_gate)
        {
            if (_handled.TryGetValue(reference, out var current) && current.Outcome == task)
            {
                _handled.Remove(reference);
            }
        }
    }
}
