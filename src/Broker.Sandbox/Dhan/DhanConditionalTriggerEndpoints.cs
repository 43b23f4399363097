using System.Globalization;
using System.Text.Json;
using Broker.Sandbox.Engine;
using Broker.Sandbox.Hosting;
using Broker.Time;

namespace Broker.Sandbox.Dhan;

/// <summary>
/// Dhan conditional triggers (<c>/v2/alerts/orders</c>): a condition on an equity or index and the orders to place
/// when it is met. The sandbox evaluates <c>PRICE_WITH_VALUE</c> conditions against the last price (the crossing
/// operators against the previous one) whenever the price moves; technical conditions (indicators) are accepted,
/// stored and listed but never trigger, because the sandbox computes no indicators. An alert past its
/// <c>expDate</c> (IST) reads as EXPIRED.
/// </summary>
internal sealed class DhanConditionalTriggerEndpoints
{
    private static readonly string[] ComparisonTypes = ["TECHNICAL_WITH_VALUE", "TECHNICAL_WITH_INDICATOR", "TECHNICAL_WITH_CLOSE", "PRICE_WITH_VALUE"];
    private static readonly string[] ConditionSegments = ["NSE_EQ", "BSE_EQ", "IDX_I"];
    private static readonly string[] Indicators =
    [
        "SMA_5", "SMA_10", "SMA_20", "SMA_50", "SMA_100", "SMA_200", "EMA_5", "EMA_10", "EMA_20", "EMA_50", "EMA_100", "EMA_200",
        "BB_UPPER", "BB_LOWER", "RSI_14", "ATR_14", "STOCHASTIC", "STOCHRSI_14", "MACD_26", "MACD_12", "MACD_HIST",
    ];

    private static readonly string[] TimeFrames = ["DAY", "ONE_MIN", "FIVE_MIN", "FIFTEEN_MIN"];
    private static readonly string[] Operators =
        ["CROSSING_UP", "CROSSING_DOWN", "CROSSING_ANY_SIDE", "GREATER_THAN", "LESS_THAN", "GREATER_THAN_EQUAL", "LESS_THAN_EQUAL", "EQUAL", "NOT_EQUAL"];

    private static readonly string[] Frequencies = ["ONCE"];
    private readonly DhanBroker _broker;
    private readonly List<DhanAlert> _alerts = [];
    private long _sequence;

    public DhanConditionalTriggerEndpoints(DhanBroker broker)
    {
        _broker = broker;
        broker.Context.Ticks.Register(TickStage.ConditionalTriggers, OnPriceChanged);
    }

    /// <summary><c>POST /v2/alerts/orders</c> <c>{dhanClientId, condition, orders[]}</c> → <c>{"alertId","alertStatus":"ACTIVE"}</c>.</summary>
    public SandboxResponse Create(RequestData request, AuthOutcome auth)
    {
        var session = (DhanSession)auth.Principal!;
        DhanBodyRules.RequireTradingEnabled(session);
        var body = request.JsonObject();
        DhanBodyRules.RequireClientId(body, session, _broker.Options);
        var rule = ReadCondition(body);
        var orders = ReadOrders(body) ?? throw new FieldException("orders is required.");
        var id = (7_000_000L + Interlocked.Increment(ref _sequence)).ToString(CultureInfo.InvariantCulture);
        var alert = new DhanAlert(id, session.Principal, _broker.Context.Clock.GetUtcNow())
        {
            Rule = rule, Orders = orders, PreviousPrice = rule.Instrument.LastPrice,
        };
        _alerts.Add(alert);
        Evaluate(alert, initial: true);
        return Ack(alert);
    }

    /// <summary><c>PUT /v2/alerts/orders/{alertId}</c>: a new condition and, when given, new orders (an ACTIVE alert only).</summary>
    public SandboxResponse Modify(RequestData request, AuthOutcome auth)
    {
        var session = (DhanSession)auth.Principal!;
        DhanBodyRules.RequireTradingEnabled(session);
        var body = request.JsonObject();
        DhanBodyRules.RequireClientId(body, session, _broker.Options);
        var alertId = request.Route("alertId");
        if (JsonFields.OptionalString(body, "alertId") is { } bodyId && bodyId != alertId)
        {
            throw new FieldException("alertId in the body must match the alert id in the path.");
        }

        var alert = Find(session, alertId, 400);
        if (StatusOf(alert) != "ACTIVE")
        {
            throw DhanTradingProtocol.OrderError($"Alert is {StatusOf(alert)} and cannot be modified.");
        }

        alert.Rule = ReadCondition(body);
        alert.Orders = ReadOrders(body) ?? alert.Orders;
        alert.PreviousPrice = alert.Rule.Instrument.LastPrice;
        Evaluate(alert, initial: true);
        return Ack(alert);
    }

    /// <summary><c>DELETE /v2/alerts/orders/{alertId}</c> → <c>{"alertId","alertStatus":"CANCELLED"}</c>.</summary>
    public SandboxResponse Delete(RequestData request, AuthOutcome auth)
    {
        var alert = Find((DhanSession)auth.Principal!, request.Route("alertId"), 400);
        if (StatusOf(alert) != "ACTIVE")
        {
            throw DhanTradingProtocol.OrderError("Nothing to Cancel . ");
        }

        alert.Status = "CANCELLED";
        return Ack(alert);
    }

    /// <summary><c>GET /v2/alerts/orders/{alertId}</c>: the alert object; an unknown id is 404 DH-906.</summary>
    public SandboxResponse Get(RequestData request, AuthOutcome auth)
    {
        var alert = Find((DhanSession)auth.Principal!, request.Route("alertId"), 404);
        return SandboxResponse.Json(200, w => Write(w, alert));
    }

    /// <summary><c>GET /v2/alerts/orders</c>: every alert of the account, oldest first.</summary>
    public SandboxResponse List(RequestData request, AuthOutcome auth)
    {
        var session = (DhanSession)auth.Principal!;
        var alerts = _alerts.Where(a => a.Owner == session.Principal).ToList();
        return SandboxResponse.Json(200, w =>
        {
            w.WriteStartArray();
            foreach (var alert in alerts)
            {
                Write(w, alert);
            }

            w.WriteEndArray();
        });
    }

    private DhanAlert Find(DhanSession session, string alertId, int statusCode) =>
        _alerts.FirstOrDefault(a => a.Owner == session.Principal && a.Id == alertId)
        ?? throw DhanTradingProtocol.OrderError(DhanTradingProtocol.OrderErrorMessage, statusCode);

    private string StatusOf(DhanAlert alert)
    {
        if (alert.Status == "ACTIVE" && Today() > alert.Rule.ExpDate)
        {
            alert.Status = "EXPIRED";
        }

        return alert.Status;
    }

    private DateOnly Today() => DateOnly.FromDateTime(IndianTime.ToIst(_broker.Context.Clock.GetUtcNow()).DateTime);

    private DhanAlertRule ReadCondition(JsonElement body)
    {
        if (!body.TryGetProperty("condition", out var c) || c.ValueKind != JsonValueKind.Object)
        {
            throw new FieldException("condition is required.");
        }

        var type = JsonFields.RequiredEnum(c, "comparisonType", ComparisonTypes);
        var segment = JsonFields.RequiredEnum(c, "exchangeSegment", ConditionSegments);
        var securityId = JsonFields.RequiredString(c, "securityId");
        var instrument = _broker.Context.Market.FindDhan(segment, securityId)
            ?? throw new FieldException($"Invalid securityId {securityId} for exchangeSegment {segment}.");
        var op = JsonFields.RequiredEnum(c, "operator", Operators);
        var technical = type != "PRICE_WITH_VALUE";
        var indicator = technical ? JsonFields.RequiredEnum(c, "indicatorName", Indicators) : null;
        var timeFrame = technical ? JsonFields.RequiredEnum(c, "timeFrame", TimeFrames) : OptionalEnum(c, "timeFrame", TimeFrames);
        var value = JsonFields.OptionalDecimal(c, "comparingValue", allowNumericString: true);
        if (type is "TECHNICAL_WITH_VALUE" or "PRICE_WITH_VALUE" && value is null)
        {
            throw new FieldException($"comparingValue is required for comparisonType {type}.");
        }

        var comparingIndicator = type == "TECHNICAL_WITH_INDICATOR" ? JsonFields.RequiredEnum(c, "comparingIndicatorName", Indicators) : null;
        var expText = JsonFields.RequiredString(c, "expDate");
        if (!DateOnly.TryParseExact(expText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var expDate))
        {
            throw new FieldException("expDate must be YYYY-MM-DD.");
        }

        if (expDate < Today())
        {
            throw new FieldException("expDate must be today or later.");
        }

        var frequency = JsonFields.RequiredEnum(c, "frequency", Frequencies);
        return new DhanAlertRule(instrument, type, op, indicator, timeFrame, value, comparingIndicator, expDate, frequency, JsonFields.OptionalString(c, "userNote"));
    }

    private static string? OptionalEnum(JsonElement body, string name, string[] allowed) =>
        JsonFields.OptionalString(body, name) is null ? null : JsonFields.RequiredEnum(body, name, allowed);

    private List<OrderTicket>? ReadOrders(JsonElement body)
    {
        if (!body.TryGetProperty("orders", out var list) || list.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (list.ValueKind != JsonValueKind.Array || list.GetArrayLength() == 0)
        {
            throw new FieldException("orders must be a non-empty array.");
        }

        var tickets = new List<OrderTicket>();
        foreach (var o in list.EnumerateArray())
        {
            if (o.ValueKind != JsonValueKind.Object)
            {
                throw new FieldException("orders must hold order objects.");
            }

            var side = JsonFields.RequiredEnum(o, "transactionType", DhanWire.TransactionTypes);
            var segment = JsonFields.RequiredEnum(o, "exchangeSegment", DhanWire.ExchangeSegments);
            var product = JsonFields.RequiredEnum(o, "productType", DhanWire.ProductTypes);
            var orderType = JsonFields.RequiredEnum(o, "orderType", DhanWire.OrderTypes);
            var securityId = JsonFields.RequiredString(o, "securityId");
            var quantity = JsonFields.OptionalInt64(o, "quantity", allowNumericString: true) ?? throw new FieldException("quantity is required.");
            var validity = JsonFields.RequiredEnum(o, "validity", DhanWire.Validities);
            var price = JsonFields.OptionalDecimal(o, "price", allowNumericString: true);
            var disclosed = JsonFields.OptionalInt64(o, "discQuantity", allowNumericString: true) ?? 0;
            var trigger = JsonFields.OptionalDecimal(o, "triggerPrice", allowNumericString: true);
            if (segment == "IDX_I")
            {
                throw new FieldException("Orders cannot be placed on exchangeSegment IDX_I.");
            }

            var instrument = _broker.Context.Market.FindDhan(segment, securityId)
                ?? throw new FieldException($"Invalid securityId {securityId} for exchangeSegment {segment}.");
            var ticket = new OrderTicket(
                instrument, side == "BUY" ? OrderSide.Buy : OrderSide.Sell, DhanWire.ToOrderType(orderType), product,
                DhanWire.ToProductClass(product), validity, validity == "IOC", quantity,
                orderType is "LIMIT" or "STOP_LOSS" ? price : null, orderType is "STOP_LOSS" or "STOP_LOSS_MARKET" ? trigger : null, null, disclosed);
            DhanOrderEndpoints.Validate(ticket);
            tickets.Add(ticket);
        }

        return tickets;
    }

    private void OnPriceChanged(InstrumentState instrument)
    {
        foreach (var alert in _alerts.Where(a => a.Status == "ACTIVE" && a.Rule.Instrument == instrument).ToList())
        {
            Evaluate(alert, initial: false);
        }
    }

    private void Evaluate(DhanAlert alert, bool initial)
    {
        var rule = alert.Rule;
        var last = rule.Instrument.LastPrice;
        var previous = alert.PreviousPrice;
        alert.PreviousPrice = last;
        if (StatusOf(alert) != "ACTIVE" || rule.ComparisonType != "PRICE_WITH_VALUE" || rule.ComparingValue is not { } value)
        {
            return;
        }

        var met = rule.Operator switch
        {
            "CROSSING_UP" => !initial && previous < value && last >= value,
            "CROSSING_DOWN" => !initial && previous > value && last <= value,
            "CROSSING_ANY_SIDE" => !initial && ((previous < value && last >= value) || (previous > value && last <= value)),
            "GREATER_THAN" => last > value,
            "LESS_THAN" => last < value,
            "GREATER_THAN_EQUAL" => last >= value,
            "LESS_THAN_EQUAL" => last <= value,
            "EQUAL" => last == value,
            _ => last != value,
        };
        if (!met)
        {
            return;
        }

        alert.Status = "TRIGGERED";
        alert.TriggeredAt = _broker.Context.Clock.GetUtcNow();
        alert.TriggeredPrice = last;
        foreach (var ticket in alert.Orders)
        {
            alert.PlacedOrderIds.Add(_broker.Context.Engine.Place(alert.Owner.Book, ticket, _broker.NewOrderId()).Id);
        }
    }

    private SandboxResponse Ack(DhanAlert alert) => SandboxResponse.Json(200, w =>
    {
        w.WriteStartObject();
        w.WriteString("alertId", alert.Id);
        w.WriteString("alertStatus", StatusOf(alert));
        w.WriteEndObject();
    });

    private static string Iso(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static string Money(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    private void Write(Utf8JsonWriter w, DhanAlert alert)
    {
        var rule = alert.Rule;
        w.WriteStartObject();
        w.WriteString("alertId", alert.Id);
        w.WriteString("alertStatus", StatusOf(alert));
        w.WriteString("createdTime", Iso(alert.CreatedAt));
        if (alert.TriggeredAt is { } triggered)
        {
            w.WriteString("triggeredTime", Iso(triggered));
        }
        else
        {
            w.WriteNull("triggeredTime");
        }

        w.WriteNumber("lastPrice", alert.TriggeredPrice ?? rule.Instrument.LastPrice);
        w.WriteStartObject("condition");
        w.WriteString("comparisonType", rule.ComparisonType);
        w.WriteString("exchangeSegment", rule.Instrument.Definition.DhanExchangeSegment);
        w.WriteString("securityId", rule.Instrument.Definition.DhanSecurityId);
        WriteOptional(w, "indicatorName", rule.IndicatorName);
        WriteOptional(w, "timeFrame", rule.TimeFrame);
        w.WriteString("operator", rule.Operator);
        if (rule.ComparingValue is { } value)
        {
            w.WriteNumber("comparingValue", value);
        }

        WriteOptional(w, "comparingIndicatorName", rule.ComparingIndicatorName);
        w.WriteString("expDate", rule.ExpDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        w.WriteString("frequency", rule.Frequency);
        WriteOptional(w, "userNote", rule.UserNote);
        w.WriteEndObject();
        w.WriteStartArray("orders");
        foreach (var t in alert.Orders)
        {
            w.WriteStartObject();
            w.WriteString("transactionType", t.Side == OrderSide.Buy ? "BUY" : "SELL");
            w.WriteString("exchangeSegment", t.Instrument.Definition.DhanExchangeSegment);
            w.WriteString("productType", t.Product);
            w.WriteString("orderType", DhanWire.FromOrderType(t.OrderType));
            w.WriteString("securityId", t.Instrument.Definition.DhanSecurityId);
            w.WriteNumber("quantity", t.Quantity);
            w.WriteString("validity", t.Validity);
            w.WriteString("price", Money(t.Price ?? 0m));
            w.WriteString("discQuantity", t.DisclosedQuantity.ToString(CultureInfo.InvariantCulture));
            w.WriteString("triggerPrice", Money(t.TriggerPrice ?? 0m));
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteOptional(Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
    }
}
